"""The replay timeline as text (pipes) or a rich table (terminals).

``build(timeline, findings, expectations)`` walks the events once into a
``View``: one ``Row`` per call, one per group of stream writes made together,
one column per stream, and runs of identical call rows collapsed ("calls
5–99,998: f() ×99,994, advancing rv_u.rng").  Only the rows shown are turned
into full events, so fingerprints are computed for them alone.
``render_text`` and ``print_rich`` only lay the view out.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import gc_paused

COLLAPSE_AT = 4  # a run this long shows its first and last call and one line for the rest
NOTHING = "·"


@dataclass(frozen=True)
class Row:
    kind: str  # "call" | "state" | "run"
    index: str
    line: str
    what: str
    cells: tuple  # one per stream
    values: str
    sentence: str = ""  # for "run": the whole row in words


@dataclass(frozen=True)
class View:
    title: str
    streams: tuple  # (name, fingerprint, kind, seed)
    rows: tuple
    findings: tuple  # Finding events
    expectations: tuple  # Expectation events
    calls: int
    draws: int


def build(timeline, findings=(), expectations=()):
    start, end = timeline.start(), timeline.end()
    names = [s.stream for s in start.streams]
    with gc_paused():  # 100,000 rows that do not collapse: many small acyclic objects
        rows = [row for item in _plan(timeline) for row in _rows(timeline, item, names)]
    title = f"replay of {start.script}: {_count(end.calls, 'call')}, {_count(end.draws, 'draw')}"
    streams = tuple((s.stream, s.state, s.kind, s.seed) for s in start.streams)
    return View(title, streams, tuple(rows), tuple(findings), tuple(expectations),
                end.calls, end.draws)


def _count(n, word):
    return f"{n:,} {word}{'' if n == 1 else 's'}"


# -- planning: which rows, which runs ------------------------------------------------------


def _segments(timeline, joins):
    """("run", (first, last)) for each stretch of calls that join the one before and have no
    write between them (a call that never joins is a stretch of one), and ("state", w), in order."""
    n = len(joins)
    cut = ~joins
    writes = timeline.recording.writes
    for w in writes:
        if 0 <= w.after_calls < n:
            cut[w.after_calls] = True
    starts = np.flatnonzero(cut).tolist() + [n]
    w = 0
    for first, end in zip(starts, starts[1:]):
        while w < len(writes) and writes[w].after_calls <= first:
            yield "state", w
            w += 1
        yield "run", (first, end - 1)
    for w in range(w, len(writes)):
        yield "state", w


def _plan(timeline):
    """("call", c) | ("state", [w, ...]) | ("run", first, last) items, in order.

    Consecutive calls with equal signatures (no write between them) form a run,
    kept as its first and last index: a run of 100,000 calls costs two ints.
    """
    plan, run = [], None

    def flush():
        if run is None:
            return
        first, last = run
        if last - first + 1 >= COLLAPSE_AT:
            plan.extend([("call", first), ("run", first + 1, last - 1), ("call", last)])
        else:
            plan.extend(("call", c) for c in range(first, last + 1))

    writes = timeline.recording.writes
    for kind, index in _segments(timeline, timeline.run_joins()):
        if kind == "run":
            flush()
            run = index
            continue
        flush()
        run = None
        write = writes[index]
        last = plan[-1] if plan else None
        if last and last[0] == "state":  # writes made together (one restore) share a row
            first = writes[last[1][0]]
            same = (first.after_calls, first.site, first.source) == (
                write.after_calls, write.site, write.source)
            if same and all(writes[w].stream != write.stream for w in last[1]):
                last[1].append(index)
                continue
        plan.append(("state", [index]))
    flush()
    return plan


# -- rows -------------------------------------------------------------------------------------


def _rows(timeline, item, names):
    if item[0] == "call":
        yield _call_row(timeline.call(item[1], digests=False), names)  # (it shows none)
    elif item[0] == "state":
        yield _state_row([timeline.state(w) for w in item[1]], names)
    else:
        yield _run_row(timeline, item[1], item[2], names)


def _call_row(call, names):
    cells = dict.fromkeys(names, NOTHING)
    draws_by_stream = {}
    for d in call.draws:
        draws_by_stream.setdefault(d.stream, []).append(d)
    for step in call.streams:
        verb = "advanced" if step.advanced else "read"
        states = f"{step.before} → {step.after}" if step.advanced else step.before
        draws = draws_by_stream.pop(step.stream, [])
        cells[step.stream] = f"{verb} {states}" + (", " + draws_text(draws) if draws else "")
    for stream, draws in draws_by_stream.items():  # draws from states the call does not keep
        cells[stream] = draws_text(draws)
    values = "; ".join(
        (f"{o.name} " if len(call.outputs) > 1 and o.name else "") + f"= {o.equals}"
        for o in call.outputs if o.equals)
    return Row("call", str(call.call), _line(call.line), call.text, tuple(cells.values()), values)


def _draw_text(draw):
    text = f"draw #{draw.draw:,}"
    if draw.repeat_of is not None:
        text += f" again (call {draw.repeat_of})"
    return text


def draws_text(draws):
    """A call's draws of one stream: ``draw #1``; a loop's as ``loop walk ×3: draws #1–#3``."""
    parts, k = [], 0
    while k < len(draws):
        loop = draws[k].loop
        if loop is None:
            parts.append(_draw_text(draws[k]))
            k += 1
            continue
        end = k
        while end < len(draws) and draws[end].loop == loop:
            end += 1
        steps = len({d.step for d in draws[k:end]})
        parts.append(f"loop {loop} ×{steps:,}: " + number_ranges(draws[k:end]))
        k = end
    return ", ".join(parts)


def number_ranges(draws):
    """``draws #2–#3 again (call 0), #4``: consecutive numbers with the same origin as ranges."""
    groups = []
    for d in draws:
        last = groups[-1] if groups else None
        if last and d.draw == last[1] + 1 and d.repeat_of == last[2]:
            last[1] = d.draw
        else:
            groups.append([d.draw, d.draw, d.repeat_of])
    texts = []
    for lo, hi, repeat in groups:
        text = f"#{lo:,}" if lo == hi else f"#{lo:,}–#{hi:,}"
        texts.append(text + ("" if repeat is None else f" again (call {repeat})"))
    head = "draw " if len(draws) == 1 else "draws "
    return head + ", ".join(texts)


def _state_row(writes, names):
    cells = dict.fromkeys(names, NOTHING)
    for w in writes:
        if w.unchanged:
            cells[w.stream] = f"unchanged {w.after}"
        elif w.source == "raise":  # the failed call's draws moved it in place
            cells[w.stream] = f"advanced {w.before} → {w.after}"
        elif w.restores is not None:
            cells[w.stream] = f"restored {w.before} → {w.after}, {w.restores.describe()}"
        else:
            cells[w.stream] = f"set {w.before} → {w.after}"
    first = writes[0]
    if first.source == "restore-after":
        what = f"--restore-after {first.after_calls - 1}"
    elif first.source == "load-state":
        what = "--load-state"
    elif first.source == "raise":
        what = "call raised"
    elif first.source == "set_value" and len(writes) == 1:
        what = f"{first.stream}.set_value()"
    else:
        what = first.source  # "seed": RandomStreams.seed() writes every stream
    return Row("state", "-", _line(first.line), what, tuple(cells.values()), "")


def _run_row(timeline, first, last, names):
    call = timeline.call(first, fingerprints=False)
    count = last - first + 1
    cells = dict.fromkeys(names, NOTHING)
    doing = []
    for step in call.streams:
        verb = "advancing" if step.advanced else "reading"
        cells[step.stream] = f"{verb} ×{count:,}"
        doing.append(f"{verb} {step.stream}")
    numbers = [d.draw for d in call.draws] + [
        d.draw for d in timeline.call(last, fingerprints=False).draws]
    draws = ""
    if numbers:
        lo, hi = min(numbers), max(numbers)
        draws = f" (draws #{lo:,}–#{hi:,})" if lo != hi else f" (draw #{lo:,})"
    sentence = f"calls {first:,}–{last:,}: {call.text} ×{count:,}" + (
        ", " + ", ".join(doing) if doing else "") + draws
    return Row("run", f"{first:,}–{last:,}", _line(call.line), f"{call.text} ×{count:,}",
               tuple(cells.values()), draws.strip(" ()"), sentence)


def _line(line):
    return "" if line is None else str(line)


# -- text ---------------------------------------------------------------------------------------


def render_text(view):
    """Plain aligned columns; collapsed runs as one sentence; findings as a list."""
    out = [view.title, "", "streams at the start:"]
    width = max((len(s[0]) for s in view.streams), default=0)
    for name, fp, kind, seed in view.streams:
        detail = ", ".join(x for x in (kind, None if seed is None else f"seed {seed}") if x)
        out.append(f"  {name.ljust(width)}  {fp}" + (f"  ({detail})" if detail else ""))
    out.append("")
    header = ("call", "line", "what", *[s[0] for s in view.streams], "values")
    table = [r for r in view.rows if r.kind != "run"]
    widths = [max([len(header[i])] + [len(_cols(r)[i]) for r in table]) for i in range(len(header))]
    out.append(_join(header, widths))
    for row in view.rows:
        if row.kind == "run":
            out.append("  " + row.sentence)
        else:
            out.append(_join(_cols(row), widths))
    if view.findings:
        out += ["", "findings:"]
        out += [f"  - {f.message}" for f in view.findings]
    if view.expectations:
        out += ["", "expectations:"]
        out += [f"  {'ok' if e.ok else 'FAILED'}: {e.message}" for e in view.expectations]
    return "\n".join(out) + "\n"


def _cols(row):
    return (row.index, row.line, row.what, *row.cells, row.values)


def _join(cols, widths):
    return "  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip()


# -- rich --------------------------------------------------------------------------------------


def print_rich(view, console):
    """The same view as a rich table, findings and expectations below it."""
    from rich.table import Table
    from rich.text import Text

    console.print(Text(view.title, style="bold"))
    for name, fp, kind, seed in view.streams:
        detail = ", ".join(x for x in (kind, None if seed is None else f"seed {seed}") if x)
        console.print(Text.assemble("  ", (name, "cyan"), "  ", (fp, "magenta"),
                                    f"  ({detail})" if detail else ""))
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    table.add_column("call", justify="right", no_wrap=True)
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("what")
    for name, *_ in view.streams:
        table.add_column(name)
    table.add_column("values")
    for row in view.rows:
        style = {"state": "yellow", "run": "dim"}.get(row.kind)
        what = row.sentence if row.kind == "run" else row.what
        table.add_row(row.index, row.line, what, *row.cells, row.values, style=style)
    console.print(table)
    if view.findings:
        console.print(Text("findings", style="bold"))
        for f in view.findings:
            console.print(Text.assemble("  • ", (f.kind, "green"), ": ", f.message))
    if view.expectations:
        console.print(Text("expectations", style="bold"))
        for e in view.expectations:
            mark = ("ok", "green") if e.ok else ("FAILED", "bold red")
            console.print(Text.assemble("  ", mark, ": ", e.message))


# -- one call, revisited --------------------------------------------------------------------


def render_goto(visit):
    """A call revisited (``--goto N``): the streams before it and its draws with their values."""
    call = visit.call
    out = [f"call {call.call}" + (f", line {call.line}" if call.line is not None else "")
           + f": {call.text}", "", "streams before the call:"]
    width = max((len(s.stream) for s in visit.streams), default=0)
    for s in visit.streams:
        rebuilt = f"rebuilt from {s.checkpoint}, {_count(s.replayed, 'draw')} replayed"
        out.append(f"  {s.stream.ljust(width)}  {s.state}  {s.detail}  ({rebuilt})")
    out += ["", "the call:"]
    for step in call.streams:
        verb = "advanced" if step.advanced else "read"
        states = f"{step.before} → {step.after}" if step.advanced else step.before
        out.append(f"  {step.stream.ljust(width)}  {verb} {states}")
    out += ["", "draws:" if visit.draws else "draws: none"]
    by_number = {d.draw: d for d in call.draws}
    for d in visit.draws:
        again = by_number.get(d.draw)
        repeat = f", again (call {again.repeat_of})" if again and again.repeat_of is not None else ""
        where = f" (loop {d.loop}, step {d.step})" if d.loop is not None else ""
        out.append(f"  draw #{d.draw:,} of {d.stream}{where} at {d.state}, digest {d.digest}{repeat}")
        if d.values is None:
            out.append("    (its parameters were not constants: the values cannot be replayed)")
            continue
        values = np.array2string(np.asarray(d.values), separator=" ")
        out += ["    " + line for line in values.splitlines()]
        if d.reproduced is None:
            out.append("    (replayed: the call did not hand these values back, so they are not compared)")
        elif not d.reproduced:
            out.append("    (warning: replaying gave values that differ from the recorded digest)")
    return "\n".join(out) + "\n"
