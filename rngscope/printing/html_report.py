"""The replay as one self-contained HTML page (``rngscope replay --html FILE``).

``report(result, expectations)`` turns a finished ``trace.replay.Replay`` into
a page with nothing to fetch: inline CSS, no scripts, no fonts, no URLs.  It
shows, top to bottom:

- the streams at the start (fingerprint, distribution, seed);
- the call timeline as a grid of calls × streams, laid out by
  ``printing.timeline.build`` (the rows the text timeline prints, runs of
  identical calls collapsed): each cell says ``advanced``, ``read``,
  ``restored``, ``set`` or ``unchanged`` with the state fingerprints and the
  draw numbers; a repeated draw links to the call that first made it and an
  equal result links to the earlier result (and back);
- the findings and ``--expect`` verdicts, their call numbers linked;
- each compiled function as a picture: Graphviz's SVG inline when ``dot`` is
  installed, else the annotated text tree.

A grid row becomes a card on a narrow screen; printed, the page drops its
scrolling and keeps rows and pictures whole.  The same replay gives the same
bytes.
"""
from __future__ import annotations

import html
import re

from rngscope import version
from rngscope.printing import dot, render, timeline as timeline_printer, tree

SCHEMA = "rngscope.report/1"
MAX_ROWS = 4000  # grid rows shown; the middle of a longer timeline is left out
VERBS = ("advanced", "read", "restored", "set", "unchanged", "advancing", "reading")


def report(result, expectations=(), findings=None, graphviz=None) -> str:
    """The page for ``result`` (a ``Replay``).

    Args:
        result: the finished replay.
        expectations: ``Expectation`` events of ``--expect``.
        findings: ``Finding`` events; by default ``trace.findings.findings`` of the timeline.
        graphviz: draw the functions with Graphviz; by default when ``dot`` is installed.
    """
    from rngscope.trace import findings as explain

    timeline = result.timeline
    if findings is None:
        findings = explain.findings(timeline)
    view = timeline_printer.build(timeline, findings, expectations)
    if graphviz is None:
        graphviz = render.find_dot() is not None
    grid = _Grid(timeline, view)
    title = f"rngscope replay: {result.source.name}"
    body = [
        f'<header><h1>{_e(title)}</h1><p class="summary">{_e(view.title)}</p>',
        '<nav><a href="#timeline">timeline</a> · <a href="#findings">findings</a> · '
        '<a href="#functions">functions</a></nav></header>',
        _streams_section(view),
        grid.section(),
        _findings_section(view, grid.anchors),
        _functions_section(result, graphviz),
        f'<footer>rngscope {_e(version())} · {_e(SCHEMA)} · fingerprints name stream states: '
        "equal fingerprints, equal future draws.</footer>",
    ]
    return ("<!DOCTYPE html>\n"
            f'<html lang="en" data-schema="{SCHEMA}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


def write(path, result, expectations=(), findings=None) -> None:
    """Write the page to ``path`` atomically (``OSError`` if it cannot be written)."""
    render.write_atomic(path, report(result, expectations, findings).encode("utf-8"))


# -- the parts ---------------------------------------------------------------------------------


def _streams_section(view) -> str:
    rows = []
    for name, fp, kind, seed in view.streams:
        rows.append(f"<tr><th scope=\"row\">{_e(name)}</th><td>{_e(kind or '')}</td>"
                    f"<td>{'' if seed is None else seed}</td><td><code>{_e(fp)}</code></td></tr>")
    if not rows:
        return '<section id="streams"><h2>Streams</h2><p>The script made no random stream.</p>' \
               "</section>"
    return ('<section id="streams"><h2>Streams at the start</h2>'
            '<div class="grid-wrap"><table class="streams"><thead><tr><th scope="col">stream</th>'
            '<th scope="col">distribution</th><th scope="col">seed</th>'
            '<th scope="col">state fingerprint</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table></div></section>")


class _Grid:
    """The timeline grid: one row per call, group of writes or run; one column per stream."""

    def __init__(self, timeline, view):
        self.timeline = timeline
        self.view = view
        self.streams = [s[0] for s in view.streams]
        rows = list(view.rows)
        self.hidden = 0
        if len(rows) > MAX_ROWS:
            self.hidden = len(rows) - MAX_ROWS
            rows = rows[: MAX_ROWS // 2] + [None] + rows[-(MAX_ROWS // 2):]
        self.rows = rows
        self.anchors = {f"call-{r.index}" for r in rows if r is not None and r.kind == "call"}
        self.calls = {int(r.index): timeline.call(int(r.index)) for r in rows
                      if r is not None and r.kind == "call"}
        self.first = {}  # output digest -> (call, label) of the first shown result with it
        self.later = {}  # call -> [(call, label)] of later results equal to one of its outputs
        for number, call in self.calls.items():
            for out in call.outputs:
                label = out.name or (f"call {number}" + (
                    f" output {out.output}" if len(call.outputs) > 1 else ""))
                if out.digest in self.first:
                    self.later.setdefault(self.first[out.digest][0], []).append((number, label))
                else:
                    self.first[out.digest] = (number, label)

    def section(self) -> str:
        head = "".join(f'<th scope="col" class="stream">{_e(s)}</th>' for s in self.streams)
        rows = "\n".join(self._row(r) for r in self.rows)
        legend = "".join(f'<span class="cell {v}">{v}</span> ' for v in VERBS[:5])
        return ('<section id="timeline"><h2>Call timeline</h2>'
                f'<p class="legend">Each row is a call or a write to a stream; each column a '
                f"stream. {legend}· draw numbers name draws: the same number is the same draw, "
                "made again from the same state.</p>"
                '<div class="grid-wrap"><table class="grid" id="timeline-grid">'
                '<thead><tr><th scope="col">call</th><th scope="col">line</th>'
                f'<th scope="col">what</th>{head}<th scope="col">values</th></tr></thead>'
                f"<tbody>\n{rows}\n</tbody></table></div></section>")

    def _row(self, row) -> str:
        n = len(self.streams) + 4
        if row is None:
            return (f'<tr class="gap"><td colspan="{n}">… {self.hidden:,} rows not shown; '
                    "<code>rngscope replay --format jsonl</code> lists every event.</td></tr>")
        if row.kind == "run":
            cells = "".join(self._text_cell(name, text) for name, text in
                            zip(self.streams, row.cells))
            return (f'<tr class="run"><td data-label="calls">{_e(row.index)}</td>'
                    f'<td data-label="line">{_e(row.line)}</td>'
                    f'<td data-label="what">{_e(row.what)}</td>{cells}'
                    f'<td data-label="values">{_e(row.values)}</td></tr>')
        if row.kind == "state":
            cells = "".join(self._text_cell(name, text) for name, text in
                            zip(self.streams, row.cells))
            return (f'<tr class="state"><td data-label="call">–</td>'
                    f'<td data-label="line">{_e(row.line)}</td>'
                    f'<td data-label="what">{_e(row.what)}</td>{cells}'
                    '<td data-label="values"></td></tr>')
        call = self.calls[int(row.index)]
        return (f'<tr class="call" id="call-{call.call}"><td data-label="call">'
                f'<a href="#call-{call.call}">{call.call}</a></td>'
                f'<td data-label="line">{_e(row.line)}</td>'
                f'<td data-label="what"><code>{_e(call.text)}</code></td>'
                + "".join(self._call_cell(call, s) for s in self.streams)
                + f'<td data-label="values">{self._values(call)}</td></tr>')

    def _call_cell(self, call, stream) -> str:
        step = next((s for s in call.streams if s.stream == stream), None)
        draws = [d for d in call.draws if d.stream == stream]
        if step is None and not draws:
            return f'<td data-label="{_e(stream)}" class="cell none"></td>'
        parts = []
        verb = "read"
        if step is not None:
            verb = "advanced" if step.advanced else "read"
            states = (f"<code>{step.before}</code> → <code>{step.after}</code>" if step.advanced
                      else f"<code>{step.before}</code>")
            parts.append(f'<span class="verb">{verb}</span> {states}')
        looped = {}
        for d in draws:
            if d.loop is not None:  # a loop's draws: ranges, one line per loop
                looped.setdefault(d.loop, []).append(d)
                continue
            text = f'<span class="draw" id="{self._draw_id(call, d)}">draw #{d.draw:,}</span>'
            if d.repeat_of is not None:
                text += " again, as in " + self._call_link(d.repeat_of)
            parts.append(text)
        for loop, loop_draws in looped.items():
            parts.append(self._loop_text(call, loop, loop_draws))
        return f'<td data-label="{_e(stream)}" class="cell {verb}">' + "<br>".join(parts) + "</td>"

    def _loop_text(self, call, loop, draws) -> str:
        """``loop walk ×3: draws #2–#3 again, as in call 0, #4`` with anchors and links."""
        groups = []
        for d in draws:
            last = groups[-1] if groups else None
            if last and d.draw == last[-1].draw + 1 and d.repeat_of == last[-1].repeat_of:
                last.append(d)
            else:
                groups.append([d])
        texts = []
        for group in groups:
            lo, hi = group[0].draw, group[-1].draw
            number = f"#{lo:,}" if lo == hi else f"#{lo:,}–#{hi:,}"
            text = f'<span class="draw" id="{self._draw_id(call, group[0])}">{number}</span>'
            if group[0].repeat_of is not None:
                text += " again, as in " + self._call_link(group[0].repeat_of)
            texts.append(text)
        steps = len({d.step for d in draws})
        head = "draw " if len(draws) == 1 else "draws "
        return f"loop {_e(loop)} ×{steps:,}: {head}" + ", ".join(texts)

    def _draw_id(self, call, draw) -> str:
        return f"draw-{draw.draw}" if draw.repeat_of is None else f"draw-{draw.draw}-{call.call}"

    def _values(self, call) -> str:
        parts = []
        for out in call.outputs:
            name = f"<code>{_e(out.name)}</code>" if out.name else ""
            first = self.first.get(out.digest)
            if out.equals and first is not None and first[0] != call.call:
                parts.append(f'{name} <span class="equal">= <a href="#call-{first[0]}">'
                             f"{_e(out.equals)}</a></span>".strip())
            elif out.equals:
                parts.append(f'{name} <span class="equal">= {_e(out.equals)}</span>'.strip())
            elif name:
                parts.append(name)
        for number, label in self.later.get(call.call, []):
            parts.append(f'<span class="equal">same values later: <a href="#call-{number}">'
                         f"{_e(label)}</a></span>")
        return "<br>".join(parts)

    def _text_cell(self, stream, text) -> str:
        if text == timeline_printer.NOTHING:
            return f'<td data-label="{_e(stream)}" class="cell none"></td>'
        verb = text.split(" ", 1)[0]
        verb = {"advancing": "advanced", "reading": "read"}.get(verb, verb)
        kind = verb if verb in VERBS else "other"
        return (f'<td data-label="{_e(stream)}" class="cell {kind}">'
                f"{_link(_e(text), self.anchors)}</td>")

    def _call_link(self, number) -> str:
        if f"call-{number}" in self.anchors:
            return f'<a href="#call-{number}">call {number}</a>'
        return f"call {number}"


def _findings_section(view, anchors) -> str:
    items = []
    for f in view.findings:
        calls = ", ".join(f'<a href="#call-{c}">{c}</a>' if f"call-{c}" in anchors else str(c)
                          for c in f.calls)
        where = f' <span class="calls">(call{"s" if len(f.calls) > 1 else ""} {calls})</span>' \
            if f.calls else ""
        items.append(f'<li class="finding {_e(f.kind)}"><span class="kind">'
                     f"{_e(f.kind.replace('-', ' '))}</span> {_link(_e(f.message), anchors)}"
                     f"{where}</li>")
    out = ['<section id="findings"><h2>Findings</h2>']
    out.append(f'<ul class="findings">{"".join(items)}</ul>' if items
               else "<p>Nothing to explain: no equal or different results, no frozen streams.</p>")
    if view.expectations:
        checks = "".join(
            f'<li class="{"ok" if e.ok else "failed"}"><span class="kind">'
            f'{"ok" if e.ok else "FAILED"}</span> {_link(_e(e.message), anchors)}</li>'
            for e in view.expectations)
        out.append(f'<h3>Expectations</h3><ul class="expectations">{checks}</ul>')
    out.append("</section>")
    return "".join(out)


def _functions_section(result, graphviz) -> str:
    session = result.session
    out = ['<section id="functions"><h2>Functions</h2>']
    if not graphviz:
        out.append('<p class="note">Graphviz is not installed, so the graphs are shown as text '
                   "trees. " + _e(render.INSTALL) + "</p>")
    if not session.functions:
        out.append("<p>The script compiled no function.</p>")
    for k, cf in enumerate(session.functions):
        view = tree.function_view(cf.function, cf.name, index=cf.index, line=cf.line,
                                  streams=session.streams,
                                  updates_names=session.updates_names())
        streams = "; ".join(filter(None, [
            "advances " + ", ".join(view.advances) if view.advances else "",
            "reads only " + ", ".join(view.reads_only) if view.reads_only else ""]))
        where = f"line {cf.line} · " if cf.line is not None else ""
        caption = f"<b>{_e(cf.name)}</b> · {where}compiled graph" + (
            f" · {_e(streams)}" if streams else "")
        picture = None
        if graphviz:
            try:
                svg = render.render(dot.document([view], "", labels=False), "svg")
                picture = _inline_svg(svg, k)
            except render.RenderError:
                picture = None
        if picture is None:
            text = tree.render_text(tree.tree_rows([view], width=100))
            picture = f'<pre class="tree">{_e(text)}</pre>'
        out.append(f'<figure class="function" id="function-{k}">'
                   f"<figcaption>{caption}</figcaption>{picture}</figure>")
    out.append("</section>")
    return "".join(out)


# -- helpers -------------------------------------------------------------------------------------

_SVG_START = re.compile(r"<svg\b")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_XMLNS = re.compile(r'\s+xmlns(:\w+)?="[^"]*"')
_SIZE = re.compile(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"')
_ID = re.compile(r'\sid="')


def _inline_svg(data: bytes, k: int) -> str:
    """Graphviz's SVG for inline use: no prolog, comments or namespace URLs; ids made unique."""
    text = data.decode("utf-8")
    match = _SVG_START.search(text)
    if match is None:
        return None
    text = _COMMENT.sub("", text[match.start():])
    text = _XMLNS.sub("", text)
    text = _ID.sub(f' id="f{k}-', text)
    size = _SIZE.search(text)
    if size is not None:  # scale down to the column, never up past the drawn size
        width = float(size.group(1))
        text = _SIZE.sub(f'<svg style="max-width: {width:.0f}pt"', text, count=1)
    return f'<div class="picture">{text.strip()}</div>'


_CALL_REF = re.compile(r"\bcall (\d+)\b")


def _link(text: str, anchors) -> str:
    """``call 3`` in escaped ``text`` linked to its grid row when the row is shown."""
    def repl(match):
        anchor = f"call-{match.group(1)}"
        return f'<a href="#{anchor}">{match.group(0)}</a>' if anchor in anchors else match.group(0)

    return _CALL_REF.sub(repl, text)


def _e(text) -> str:
    return html.escape(str(text), quote=True)


CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #d0d4da; --advanced: #f1ddf5;
  --advanced-ink: #6a2479; --read: #e3ecf6; --read-ink: #284f7a; --restored: #dcf1df;
  --restored-ink: #1f6a2c; --set: #fbeccb; --set-ink: #7a5200; --unchanged: #eeeeee; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 78rem; padding: 1rem 1.25rem 2rem; color: var(--ink);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  font-size: .85em; }
a { color: #1a5fb4; }
.summary, .legend, footer, .note { color: var(--muted); }
nav { margin: .25rem 0; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left;
  vertical-align: top; }
thead th { background: #f6f7f9; }
.grid-wrap { overflow-x: auto; }
.grid { width: 100%; }
.grid td.cell { min-width: 11rem; }
.cell.advanced { background: var(--advanced); color: var(--advanced-ink); }
.cell.read { background: var(--read); color: var(--read-ink); }
.cell.restored { background: var(--restored); color: var(--restored-ink); }
.cell.set { background: var(--set); color: var(--set-ink); }
.cell.unchanged { background: var(--unchanged); }
.legend .cell { padding: 0 .35rem; border-radius: 3px; }
.verb { font-weight: 600; }
.draw { font-weight: 600; white-space: nowrap; }
tr.state td:nth-child(3) { font-style: italic; }
tr.run td, tr.gap td { color: var(--muted); }
tr:target, tr:target td { outline: 2px solid #1a5fb4; }
.equal { white-space: nowrap; font-weight: 600; }
.findings, .expectations { padding-left: 1.2rem; }
.findings li, .expectations li { margin: .35rem 0; }
.kind { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase;
  letter-spacing: .03em; padding: 0 .35rem; border-radius: 3px; background: #eef0f3;
  margin-right: .25rem; }
.expectations .ok .kind { background: var(--restored); }
.expectations .failed .kind { background: #f8d7d7; color: #8a1c1c; }
.calls { color: var(--muted); }
figure.function { margin: 1rem 0; border: 1px solid var(--line); border-radius: 6px;
  padding: .5rem .75rem; break-inside: avoid; }
figcaption { margin-bottom: .5rem; }
.picture { overflow-x: auto; }
.picture svg { width: 100%; height: auto; display: block; }
pre.tree { overflow-x: auto; margin: 0; }
footer { margin-top: 2rem; font-size: .8rem; }
@media (max-width: 720px) {
  body { padding: .75rem; font-size: 14px; }
  .grid-wrap { overflow: visible; }
  .grid, .grid tbody, .grid tr, .grid td { display: block; width: 100%; }
  .grid thead { display: none; }
  .grid tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 .75rem;
    overflow: hidden; }
  .grid td { border: 0; border-top: 1px solid var(--line); min-width: 0; }
  .grid td:nth-child(-n+3) { display: inline-block; width: auto; border: 0;
    padding-right: 0; }
  .grid td:nth-child(-n+3)::before { display: inline; font-size: inherit; }
  .grid td[data-label="call"]::before { content: "call "; }
  .grid td[data-label="calls"]::before { content: "calls "; }
  .grid td[data-label="line"]::before { content: "· line "; }
  .grid td[data-label="line"]:empty { display: none; }
  .grid td[data-label="what"]::before { content: "· "; }
  .grid td:nth-child(4) { border-top: 1px solid var(--line); }
  .grid td.cell.none, .grid td[data-label="values"]:empty { display: none; }
  .grid td[data-label]::before { content: attr(data-label); display: block;
    font-size: .75rem; font-weight: 700; color: var(--muted); }
  .grid td.cell { min-width: 0; overflow-wrap: anywhere; }
  .equal, .draw { white-space: normal; }
}
@page { size: landscape; margin: 12mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; padding: 0; font-size: 9pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  .grid-wrap, .picture, pre.tree { overflow: visible; }
  .grid td.cell { min-width: 0; }
  tr, figure.function, .findings li { break-inside: avoid; }
  h2 { break-after: avoid; }
  pre.tree { white-space: pre-wrap; }
  .picture svg { max-height: 17cm; }
}
""".strip()
