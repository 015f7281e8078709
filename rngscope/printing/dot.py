"""Graphviz DOT for function views: each draw one box, each stream a node with its update loop.

``document(views, title)`` renders ``tree.FunctionView`` records as one
``digraph``, a cluster per function.  The nodes are the lines of the same
``debugprint.walk`` that Theano's text and the JSON document come from, so a
node is named ``"FUNCTION.ID"`` with its debugprint letter id (``"f.A"``) and
labelled ``[id A]``.  Edges follow the data: an input points at the node that
reads it.

- A random node is a coloured, double-bordered box labelled with its variable,
  distribution and stream, with two ports: ``state`` (output .0, the new
  state) and ``draw`` (output .1).  It has one edge from its draw to each use.
  Its constant inputs (size, parameters) are in its label, not drawn.
- A stream is a cylinder.  Its update is an edge from the value's node (the
  random op's ``state`` port) back to the stream, labelled ``default update``
  or ``update``: a function that advances a stream draws a loop.  A stream the
  function reads without advancing has no loop and is marked frozen.  The
  update edge is written ``stream -> value [dir=back]``: drawn from the value
  to the stream, while Graphviz still ranks the stream above its reader, so
  the read and the update make a tight loop instead of a detour.
- Outputs are small ``output k`` nodes at the bottom.
- A loop whose step draws (a ``scan``) gets a dashed cluster ``loop NAME ·
  n_steps=N`` beside its node, holding each random node of the step (labelled
  with the stream it draws from and ``advanced once per step``), an edge from
  it to the loop node (``each step``) and a dashed edge from the stream it
  copies (``a copy per call``).

The same views give the same bytes; everything is iterative.
"""
from __future__ import annotations

from rngscope.graph.basic import gc_paused
from rngscope.printing.debugprint import PrintOptions

MAX_LABEL = 80  # longer op texts (huge fused Composites) are cut
FONT = "Helvetica"
COLORS = {
    "random_fill": "#fde4b8",
    "random_line": "#a85d00",
    "stream_fill": "#efd9f4",
    "stream_line": "#7b2d8e",
    "frozen_fill": "#e4e9ef",
    "frozen_line": "#5b6b7d",
    "update": "#7b2d8e",
    "constant": "#6b6b6b",
}


def document(views, title: str, labels: bool = True) -> str:
    """One ``digraph`` with a cluster per view, titled ``title``; ``labels``: name the clusters."""
    out = [
        "digraph rngscope {",
        f"  graph [label={quote(title)}, labelloc=t, fontname={quote(FONT)}, fontsize=16, "
        "rankdir=TB, nodesep=0.35, ranksep=0.45];",
        f"  node [fontname={quote(FONT)}, fontsize=11];",
        f"  edge [fontname={quote(FONT)}, fontsize=9];",
    ]
    with gc_paused():
        for view in views:
            out.append("")
            out.extend("  " + line for line in cluster(view, labels))
    out.append("}")
    return "\n".join(out) + "\n"


def cluster(view, labels: bool = True) -> list:
    """The statements of one function's cluster (with its name, line and streams if ``labels``)."""
    fn = view.name
    lines = view.lines(PrintOptions(ids="CHAR"), prefixes=False)
    ids, order, objects = {}, [], {}  # objects: key -> its first Line
    for ln in lines:
        key = id(ln.node) if ln.node is not None else id(ln.var)
        if key not in ids:
            ids[key] = ln.id[4:-1]
            order.append(key)
            objects[key] = ln
    visible = _visible(view)

    def name(key):
        return quote(f"{fn}.{ids[key]}")

    def source_of(var):
        """(DOT endpoint, output index or None) of the node that gives ``var``."""
        node = var.owner
        if node is None:
            return name(id(var)), None
        if id(node) in view.random:
            port = "draw" if var is view.random[id(node)].draw else "state"
            return f"{name(id(node))}:{port}", None
        k = node.outputs.index(var)
        return name(id(node)), (k if len(node.outputs) > 1 else None)

    where = f"line {view.line} · " if view.line is not None else ""
    graph = "as written" if view.source else "compiled graph"
    streams = [f"advances {', '.join(view.advances)}"] if view.advances else []
    streams += [f"reads only {', '.join(view.reads_only)}"] if view.reads_only else []
    rows = [f"<b>{html(fn)}</b>", html(where + graph)] + [html("; ".join(streams))] * bool(streams)
    label = "<" + "".join(r + '<br align="left"/>' for r in rows) + ">" if labels else '""'
    out = [f"subgraph {quote(f'cluster_{view.index}_{fn}')} {{",
           f"  graph [label={label}, labeljust=l, style=rounded, color=\"#9a9a9a\""
           + ("];" if labels else ", peripheries=0];")]
    for key in order:
        if key in visible:
            ln = objects[key]
            out.append("  " + (_leaf_node(view, name(key), ln.var, ids[key]) if ln.node is None
                               else _apply_node(view, name(key), ln.node, ids[key], ln.order)))
    targets = {}
    for j, update in enumerate(view.updates):
        if id(update.shared) not in visible:  # updated but not read: still a stream node
            targets[id(update.shared)] = quote(f"{fn}.update{j}")
            out.append("  " + _target_node(view, targets[id(update.shared)], update))
    for k in range(len(view.outputs)):
        text = "output" if len(view.outputs) == 1 else f"output {k}"
        out.append(f"  {quote(f'{fn}.out{k}')} [label={quote(text)}, shape=plain, "
                   "fontsize=10];")
    draw_uses = {key: [0, r.use_count] for key, r in view.random.items()}  # edges so far, uses
    use_of = {(id(u.node), u.position): u for r in view.random.values() for u in r.uses
              if u.node is not None}
    for key in order:
        node = objects[key].node
        if key not in visible or node is None:
            continue
        random = view.random.get(key)
        for k, inp in enumerate(node.inputs):
            if random is not None and random.self_contained and inp is not random.rng:
                continue
            tail, index = source_of(inp)
            if random is not None and inp is random.rng:
                text = "reads"
            else:
                text = _input_label(view, node, k, inp, use_of.get((id(node), k)), draw_uses)
            if index is not None:
                text = f".{index}" + (f" → {text}" if text else "")
            out.append(f"  {tail} -> {name(key)}" + _attrs(label=text))
    for k, var in enumerate(view.outputs):
        tail, index = source_of(var)
        text = _root_label(view, var, draw_uses)
        if index is not None:
            text = f".{index}" + (f" · {text}" if text else "")
        out.append(f"  {tail} -> {quote(f'{fn}.out{k}')}" + _attrs(label=text))
    out += _loop_statements(view, fn, ids, name)
    for update in view.updates:  # written stream -> value with dir=back: see the docstring
        value, _index = source_of(update.value)
        stream = targets.get(id(update.shared)) or name(id(update.shared))
        text = "in place" if update.in_place else "default update" if update.default else "update"
        out.append(f"  {stream} -> {value} [dir=back, label={quote(text)}, "
                   f"color={quote(COLORS['update'])}, fontcolor={quote(COLORS['update'])}, "
                   "penwidth=2];")
    out.append("}")
    return out


def _loop_statements(view, fn, ids, name) -> list:
    """A dashed cluster per loop with the step's random nodes, and their edges."""
    out = []
    shown = set()
    for key, loop in view.loops.items():
        if key not in ids or key in shown:
            continue
        shown.add(key)
        prefix = f"{fn}.{ids[key]}"
        label = quote(f"loop {loop.name} · n_steps={loop.steps}")
        out.append(f"  subgraph {quote('cluster_' + prefix + '_step')} {{")
        out.append(f"    graph [label={label}, style=\"rounded,dashed\", color=\"#a85d00\"];")
        for k, r in enumerate(loop.random):
            node = quote(f"{prefix}.step{k}")
            head = r.label.rsplit(" from ", 1)[0]
            rows = [f'<tr><td><b>{html(head)}</b></td></tr>',
                    f'<tr><td>from {html(r.stream)} (a copy per call)</td></tr>',
                    f'<tr><td><i>{html(loop.step_text(r))}</i></td></tr>']
            table = ('<table border="0" cellborder="0" cellspacing="0" cellpadding="3">'
                     + "".join(rows) + "</table>")
            out.append(f"    {node} [label=<{table}>, shape=box, style=\"filled,dashed\", "
                       f"fillcolor={quote(COLORS['random_fill'])}, "
                       f"color={quote(COLORS['random_line'])}];")
        out.append("  }")
        for k, r in enumerate(loop.random):
            node = quote(f"{prefix}.step{k}")
            out.append(f"  {node} -> {name(key)} [style=dashed, label=\"each step\"];")
            stream = next((v for v, known in view.names.items() if known.name == r.stream), None)
            if stream is not None and stream in ids:
                out.append(f"  {name(stream)} -> {node} [style=dashed, label=\"a copy per call\", "
                           f"color={quote(COLORS['stream_line'])}];")
    return out


def _visible(view) -> set:
    """Keys of the nodes drawn: all but the inputs a self-contained random node's label shows."""
    seen = set()
    stack = list(reversed(view.outputs + [u.value for u in view.updates]))
    while stack:
        var = stack.pop()
        node = var.owner
        key = id(var) if node is None else id(node)
        if key in seen:
            continue
        seen.add(key)
        if node is None:
            continue
        random = view.random.get(key)
        inputs = [random.rng] if random is not None and random.self_contained else node.inputs
        stack.extend(reversed(inputs))
    return seen


def _apply_node(view, name, node, ident, order) -> str:
    random = view.random.get(id(node))
    step = f" · step {order}" if order else ""
    if random is None:
        text = str(node.op)
        if len(text) > MAX_LABEL:
            text = text[:MAX_LABEL] + f"… ({len(text)} characters)"
        label = quote(f"{text}\n[id {ident}]{step}")
        return f"{name} [label={label}, shape=ellipse];"
    uses = random.use_count
    head = random.label.rsplit(" from ", 1)[0]
    rows = [
        f'<tr><td colspan="2"><b>{html(head)}</b></td></tr>',
        f'<tr><td colspan="2">from {html(random.stream)} · [id {ident}]{html(step)}</td></tr>',
        f'<tr><td colspan="2"><i>one draw per call · used {uses}×</i></td></tr>',
        '<tr><td port="state">.0 new state</td><td port="draw">.1 draw</td></tr>',
    ]
    table = ('<table border="0" cellborder="0" cellspacing="0" cellpadding="3">'
             + "".join(rows) + "</table>")
    return (f"{name} [label=<{table}>, shape=box, style=\"filled,bold\", peripheries=2, "
            f"fillcolor={quote(COLORS['random_fill'])}, color={quote(COLORS['random_line'])}];")


def _leaf_node(view, name, var, ident) -> str:
    known = view.names.get(id(var))
    if known is not None:
        frozen = known.name in view.reads_only
        if frozen:
            note = "frozen: read, never advanced"
            if known.name in view.repeats:
                note += "\n(default update off: the same draw every call)"
            colors = ("frozen_fill", "frozen_line")
            style = "\"filled,dashed\""
        else:
            note = "stream, advanced by each call"
            colors = ("stream_fill", "stream_line")
            style = "filled"
        label = quote(f"{known.name} [id {ident}]\n{note}")
        return (f"{name} [label={label}, shape=cylinder, margin=\"0.15,0.1\", "
                f"style={style}, fillcolor={quote(COLORS[colors[0]])}, "
                f"color={quote(COLORS[colors[1]])}];")
    kind = view.graph.leaf_kind(var)
    text = view.graph.leaf_text(var)
    if kind == "constant":
        label = quote(f"{text}\n[id {ident}]")
        return (f"{name} [label={label}, shape=box, "
                f"color={quote(COLORS['constant'])}, fontcolor={quote(COLORS['constant'])}];")
    label = quote(f"{text}\n[id {ident}] · {kind}")
    return f"{name} [label={label}, shape=box, style=rounded];"


def _target_node(view, name, update) -> str:
    label = quote(f"{update.target}\n(updated, not read)")
    return (f"{name} [label={label}, shape=cylinder, "
            f"style=filled, fillcolor={quote(COLORS['stream_fill'])}, "
            f"color={quote(COLORS['stream_line'])}];")


def _input_label(view, node, k, inp, use, draw_uses) -> str:
    """``i0`` / ``1`` for a node with several inputs; a draw's ``use`` as ``use 2 of 3``."""
    composite = view.graph.fused_uses(node, k) is not None
    text = (f"i{k}" if composite else str(k)) if len(node.inputs) > 1 else ""
    random = _draw_of(view, inp)
    if random is None:
        return text
    if use is not None and use.count > 1:
        return f"{text} ×{use.count}".strip()
    return _join(text, _use_text(random, draw_uses))


def _root_label(view, var, draw_uses) -> str:
    random = _draw_of(view, var)
    return "" if random is None else _use_text(random, draw_uses)


def _draw_of(view, var):
    """The RandomNode whose draw ``var`` is, or None."""
    node = var.owner
    if node is None or id(node) not in view.random or var is not view.random[id(node)].draw:
        return None
    return view.random[id(node)]


def _use_text(random, draw_uses) -> str:
    counter = draw_uses[id(random.node)]
    if counter[1] < 2:
        return ""
    counter[0] += 1
    return f"use {counter[0]} of {counter[1]}"


def _join(*parts) -> str:
    return " · ".join(p for p in parts if p)


def _attrs(**attrs) -> str:
    shown = [f"{key}={quote(value)}" for key, value in attrs.items() if value]
    return f" [{', '.join(shown)}];" if shown else ";"


def quote(text: str) -> str:
    """A DOT double-quoted string; newlines become centred line breaks."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def html(text: str) -> str:
    """Text for a DOT HTML-like label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
