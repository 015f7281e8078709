"""Annotated graph trees: each random node is one draw, named with its stream and uses.

``function_view`` turns a compiled function (its compiled graph, or with
``source=True`` the graph as written), as its backend describes it
(``rngscope.backends.describe``), into a ``FunctionView``: what Theano's
text cannot say — the random nodes with their stream and use count, the
updates, the streams each call advances or only reads.  ``tree_rows`` lays a
view out as rows of (text, rich style) segments over the same ``Line`` records
``debugprint.walk`` makes for Theano's text; ``render_text`` joins rows into
plain text and ``print_rich`` prints them on a rich console (rich is imported
there, lazily: the engine never imports it).

A tree deeper than the width allows is folded: past ``fold`` levels a node's
inputs continue in a block of their own below, so a 100,000-deep chain prints
in linear time and space.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from rngscope import backends
from rngscope.graph.basic import gc_paused, io_toposort
from rngscope.printing import loops as loop_views
from rngscope.printing.debugprint import Line, PrintOptions, walk

# A row is a list of (text, rich style) segments; style "" is plain.
STYLES = {
    "function": "bold cyan",
    "detail": "dim",
    "section": "bold",
    "id": "dim",
    "random": "bold magenta",
    "mark": "yellow",
    "stream": "magenta",
    "repeat": "dim",
    "note": "yellow",
    "guide": "dim",
}
MAX_TEXT = 400  # longer op texts (huge fused Composites) are cut in the tree styles
INDENT = "    "


# -- describing random nodes -------------------------------------------------------


def format_value(value) -> str:
    """``0.0``, ``2``, ``[0.5, 0.5]``."""
    arr = np.asarray(value)
    if arr.ndim == 0:
        item = arr.item()
        return repr(item) if isinstance(item, float) else str(item)
    return str(arr.tolist())


def format_size(var, graph) -> str | None:
    """``(2,2)`` for a constant size, None for an empty one (or none), else the expression."""
    if var is None:
        return None
    value = graph.constant_value(var)
    if value is None:
        return _short(var)
    if value.size == 0:
        return None
    dims = [str(int(s)) for s in value.ravel()]
    return "(" + ",".join(dims) + ("," if len(dims) == 1 else "") + ")"


def _short(var) -> str:
    """A variable's name, or its op (``Shape``) when its node has one output."""
    if var.name is not None:
        return var.name
    if var.owner is not None and len(var.owner.outputs) == 1:
        return str(var.owner.op)
    return str(var)


@dataclass(frozen=True)
class StreamName:
    """What the script calls a stream: ``rv_u.rng``, drawn by ``rv_u`` (a ``uniform``)."""

    name: str
    variable: str
    kind: str
    seed: int | None = None


def stream_names(streams) -> dict:
    """id(shared state) -> StreamName, from ``session.streams``."""
    out = {}
    for s in streams:
        variable = s.name[: -len(".rng")] if s.name.endswith(".rng") else "draw"
        out[id(s.shared)] = StreamName(s.name, variable, s.kind, s.seed)
    return out


@dataclass(frozen=True)
class Use:
    """A reference to a draw: by ``node``'s input ``position`` (``count`` times), or as a root."""

    node: object  # Apply, or None for an output / update value
    position: int
    count: int
    composite: bool = False


@dataclass(frozen=True)
class RandomNode:
    """One random node: sampled once per call, however many times it is used."""

    node: object
    variable: str
    stream: str
    distribution: str
    params: tuple
    size: str | None
    uses: tuple  # of Use
    self_contained: bool  # the label says everything its inputs say
    draw: object = None  # the output that is its draw (the other is its new state)
    rng: object = None  # the input it draws from (the stream's state)

    @property
    def label(self) -> str:
        args = list(self.params) + ([f"size={self.size}"] if self.size else [])
        return f"{self.variable} ~ {self.distribution}({', '.join(args)}) from {self.stream}"

    @property
    def use_count(self) -> int:
        return sum(u.count for u in self.uses)


def describe_random(node, names: dict, graph, uses=()) -> RandomNode:
    """The RandomNode record of a random ``node`` (read by its backend's ``graph``); ``names``
    from ``stream_names``."""
    state, size, params, _new_state, draw, kind = graph.random_parts(node)
    known = names.get(id(state))
    if known is not None:
        variable, stream, kind = known.variable, known.name, known.kind
    else:
        variable = draw.name or "draw"
        stream = _chained(state, names, graph) or (
            _short(state) if state.owner is not None else graph.leaf_text(state))
    values = [graph.param_value(p) for p in params]
    texts = tuple(format_value(v) if v is not None else _short(p) for p, v in zip(params, values))
    self_contained = (state.owner is None and all(v is not None for v in values)
                      and (size is None or graph.constant_value(size) is not None))
    return RandomNode(node, variable, stream, kind, texts, stream_size(state, size, graph),
                      tuple(uses), self_contained, draw, state)


def stream_size(state, size, graph) -> str | None:
    """The size a stream's draws were asked for (an MRG normal of 3 values draws 4
    uniforms: its state's tag keeps the 3), else the random node's ``size``."""
    asked = getattr(state, "tag", {}).get("size") if isinstance(
        getattr(state, "tag", None), dict) else None
    if isinstance(asked, (int, np.integer)):
        asked = (asked,)
    if isinstance(asked, (tuple, list)) and all(isinstance(s, (int, np.integer)) for s in asked):
        return "(" + ",".join(str(int(s)) for s in asked) + ("," if len(asked) == 1 else "") + ")"
    if asked is not None and not isinstance(asked, (tuple, list)):
        return format_size(asked, graph)
    return format_size(size, graph)


def _chained(state, names, graph) -> str | None:
    """``r after its uniform draw`` for a state another random node made (a chain), or None."""
    steps = []
    while state.owner is not None and graph.is_random(state.owner):
        rng, _size, _params, _new, _draw, kind = graph.random_parts(state.owner)
        steps.append(kind)
        state = rng
    if not steps:
        return None
    known = names.get(id(state))
    root = known.name if known is not None else graph.leaf_text(state)
    return f"{root} after its {' and '.join(reversed(steps))} draw" + ("s" if len(steps) > 1 else "")


# -- function views ------------------------------------------------------------------


@dataclass(frozen=True)
class Update:
    """``target ← value`` after each call; ``default`` when it is the stream's default update."""

    target: str
    shared: object
    value: object
    default: bool
    in_place: bool = False  # no update: the op overwrites the stream's state as it draws


@dataclass
class FunctionView:
    """A function's graph (compiled or as written) with its streams, draws and updates."""

    name: str
    index: int
    line: int | None
    source: bool
    inputs: list
    outputs: list
    updates: list
    order: list | None  # toposort of the compiled graph; None for a source graph
    node_count: int
    advances: list
    reads_only: list
    repeats: list  # read-only streams whose default update was left out
    random: dict  # id(Apply) -> RandomNode
    names: dict = field(default_factory=dict)  # id(shared state) -> StreamName
    graph: object = None  # the backend's ``Graph``: how its nodes read
    loops: dict = field(default_factory=dict)  # id(loop node) -> loops.LoopView (draws inside)

    def roots(self):
        """(variable, toposort) pairs: outputs, then update values (Theano's order)."""
        return [(v, self.order) for v in self.outputs + [u.value for u in self.updates]]

    def lines(self, options=PrintOptions(), expand=None, prefixes=True) -> list:
        return walk(self.roots(), options, expand=expand, prefixes=prefixes,
                    leaf_text=self.graph.leaf_text)

    def tree_lines(self, options=PrintOptions()) -> list:
        """Lines for the annotated tree: a self-contained random node hides its inputs."""
        def expand(node):
            r = self.random.get(id(node))
            return r is None or not r.self_contained

        return self.lines(options, expand=expand, prefixes=False)


def function_view(fn, name: str, *, index: int = 0, line: int | None = None, streams=(),
                  source: bool = False, updates_names=None) -> FunctionView:
    """The view of compiled function ``fn``: compiled graph, or as written when ``source``;
    ``updates_names``: {id(loop op): what the script calls the updates its scan returned}."""
    desc = backends.describe(fn)
    names = stream_names(streams)
    for r in desc.random:  # a compiled graph may read a clone of a stream (Function.copy)
        if r.stream is not None and r.rng is not r.stream and id(r.stream) in names:
            names[id(r.rng)] = names[id(r.stream)]
    loops = loop_views.loop_views(
        desc, names, lambda node, inner: describe_random(node, inner, desc.graph), updates_names)
    if source:
        outputs, pairs, order = list(desc.source_outputs), desc.source_updates, None
    else:
        outputs, pairs, order = list(desc.outputs), desc.updates, desc.order
    updates = [Update(_target_name(u.shared, names), u.shared, u.value, u.default, u.in_place)
               for u in pairs]
    updated = {id(u.shared) for u in pairs}
    read = [s for s in desc.shared_inputs if id(s) in names]
    advances = [names[id(s)].name for s in desc.updated if id(s) in names]
    reads_only = [names[id(s)].name for s in read if id(s) not in updated]
    repeats = [names[id(s)].name for s in read
               if id(s) not in updated and getattr(s, "default_update", None) is not None]
    view = _view(name, index, line, source, list(desc.inputs), outputs, updates, order, names,
                 advances, reads_only, repeats, desc.graph)
    by_op = loop_views.by_op(loops)  # as written, the loop's node is another with the same op
    nodes = view.order if view.order is not None else io_toposort(
        [], view.outputs + [u.value for u in view.updates])
    view.loops = {id(n): by_op[id(n.op)] for n in nodes
                  if id(getattr(n, "op", None)) in by_op}
    return view


def graph_view(outputs, name: str = "graph", streams=()) -> FunctionView:
    """The view of plain variables, as written (no function, no updates)."""
    names = stream_names(streams)
    graph = backends.graph_of(outputs[0]) if outputs else None
    return _view(name, 0, None, True, [], list(outputs), [], None, names, [], [], [], graph)


def _target_name(shared, names) -> str:
    known = names.get(id(shared))
    return known.name if known is not None else _short(shared)


def _view(name, index, line, source, inputs, outputs, updates, order, names, advances,
          reads_only, repeats, graph) -> FunctionView:
    roots = outputs + [u.value for u in updates]
    nodes = order if order is not None else io_toposort([], roots)
    randoms = [n for n in nodes if graph.is_random(n)]
    draws = {id(graph.random_parts(n)[4]): n for n in randoms}  # draw variable -> its node
    uses = {}
    for node in nodes:
        for k, inp in enumerate(node.inputs):
            drawn_by = draws.get(id(inp))
            if drawn_by is not None:
                count = graph.fused_uses(node, k)
                use = Use(node, k, 1) if count is None else Use(node, k, count, True)
                uses.setdefault(id(drawn_by), []).append(use)
    for k, root in enumerate(roots):
        drawn_by = draws.get(id(root))
        if drawn_by is not None:
            uses.setdefault(id(drawn_by), []).append(Use(None, k, 1))
    random = {id(n): describe_random(n, names, graph, uses.get(id(n), ())) for n in randoms}
    return FunctionView(name, index, line, source, inputs, outputs, updates, order, len(nodes),
                        advances, reads_only, repeats, random, names, graph)


# -- laying out the tree ---------------------------------------------------------------


def fold_depth(width: int | None) -> int:
    """How many levels fit before a subtree continues in its own block."""
    return 24 if width is None else max(8, (width - 30) // 4)


def tree_rows(views, options=PrintOptions(), width: int | None = None) -> list:
    """Rows for every view, separated by blank rows."""
    rows = []
    with gc_paused():
        for k, view in enumerate(views):
            if k:
                rows.append([])
            rows.extend(_view_rows(view, options, fold_depth(width)))
    return rows


def _view_rows(view: FunctionView, options, fold) -> list:
    lines = view.tree_lines(options)
    ids = {}
    for ln in lines:
        ids.setdefault(id(ln.node) if ln.node is not None else id(ln.var), ln.id)
    groups = []
    for ln in lines:
        if ln.level == 0:
            groups.append([])
        groups[-1].append(ln)
    n_out = len(view.outputs)
    graph = "as written (before rewrites)" if view.source else "compiled graph"
    nodes = f"{view.node_count} node" + ("" if view.node_count == 1 else "s")
    where = f"line {view.line} · " if view.line is not None else ""
    rows = [[(view.name, STYLES["function"]), (f"  {where}{graph} · {nodes}", STYLES["detail"])],
            [("  inputs: ", STYLES["section"]), (", ".join(view.inputs) or "none", "")],
            [("  streams: ", STYLES["section"])] + _stream_segments(view)]
    rows += _loop_stream_rows(view)
    rows.append([("  outputs:", STYLES["section"])])
    seen_draws = {}
    for group in groups[:n_out]:
        rows.extend(_group_rows(view, group, options, fold, ids, seen_draws))
    if view.updates:
        rows.append([("  updates:", STYLES["section"])])
        update_groups = groups[n_out:] + [None] * len(view.updates)  # none at --depth 0
        for update, group in zip(view.updates, update_groups):
            head = [(f"{update.target} ← ", STYLES["stream"] if id(update.shared) in
                     view.names else "")]
            tail = [(_update_text(view, update), STYLES["mark"])]
            if group is None:
                rows.append([(INDENT, "")] + head + [("…", "")] + tail)
            else:
                rows.extend(_group_rows(view, group, options, fold, ids, seen_draws, head,
                                        tail))
    else:
        rows.append([("  updates: ", STYLES["section"]), ("none", "")])
    for stream in view.repeats:
        if any(loop.mode_of(stream) for loop in view.loops.values()):
            continue  # the loop note below says it
        rows.append([("  note: ", STYLES["note"]),
                     (f"{stream} is read but not advanced (its default update is off): "
                      "every call repeats the same draw", STYLES["note"])])
    rows += _loop_notes(view)
    return rows


def update_kind(update) -> str:
    """``default update``, ``explicit update``, or ``in place, no update``."""
    if update.in_place:
        return "in place, no update: the op overwrites the state as it draws"
    return "default update" if update.default else "explicit update"


def _update_text(view, update) -> str:
    """`` (default update)``, `` (explicit update)``, and what it means for a loop's stream."""
    text = " (" + update_kind(update)
    node = update.value.owner
    loop = view.loops.get(id(node)) if node is not None else None
    if loop is not None:
        return text + f": loop {loop.name_of(update.target)}'s final state)"
    outside = [lp for lp in _distinct_loops(view) if lp.mode_of(update.target) == loop_views.ONE_STEP]
    if outside:
        name = outside[0].name_of(update.target)
        return text + f", outside loop {name}: one step's draw per call)"
    return text + ")"


def _loop_stream_rows(view) -> list:
    """One row per stream a loop of the function draws from: how a call moves it."""
    rows = []
    for loop in _distinct_loops(view):
        for s in loop.streams:
            drawn = f"drawn once per step of loop {loop.name_of(s.stream)} (n_steps={loop.steps})"
            how = {
                loop_views.EVERY_STEP: f"{drawn}; each call advances it by every step",
                loop_views.ONE_STEP: f"{drawn} from a copy; each call advances it by one step "
                                     "only (without the loop's updates)",
                loop_views.FROZEN: f"{drawn} from a copy; no call advances it",
                loop_views.EXPLICIT: f"{drawn} from a copy; its update is another value",
            }[s.mode]
            rows.append([("    ", ""), (s.stream, STYLES["stream"]), (": " + how, "")])
    return rows


def _loop_notes(view) -> list:
    rows = []
    for loop in _distinct_loops(view):
        for s in loop.streams:
            if s.mode not in (loop_views.ONE_STEP, loop_views.FROZEN):
                continue
            name = loop.updates_name or "updates"
            loop_name = loop.name_of(s.stream)
            if s.mode == loop_views.ONE_STEP:
                what = (f"compiled without loop {loop_name}'s updates: each call draws the "
                        f"loop's steps from a copy of {s.stream}, which then moves by one step's "
                        "draw only, so the next call repeats all but one of them")
            else:
                what = (f"compiled without loop {loop_name}'s updates and without the default "
                        f"update: {s.stream} never moves, every call draws the same steps")
            rows.append([("  note: ", STYLES["note"]),
                         (f"{what}; pass updates={name} to function()", STYLES["note"])])
    return rows


def _distinct_loops(view):
    return list({id(loop): loop for loop in view.loops.values()}.values())


def _stream_segments(view) -> list:
    parts = []
    if view.advances:
        parts += [("advances ", ""), (", ".join(view.advances), STYLES["stream"])]
    if view.reads_only:
        parts += [("; ", "")] if parts else []
        parts += [("reads only ", ""), (", ".join(view.reads_only), STYLES["stream"])]
    return parts or [("none", "")]


def _group_rows(view, group, options, fold, ids, seen_draws, head=(), tail=()) -> list:
    """Rows of one root's lines; subtrees deeper than ``fold`` continue in blocks below."""
    blocks = [[]]
    continued = {}  # id(parent Line) -> its continuation block
    path = []  # (Line, block, guide drawn before its inputs' connectors), one per level
    for at, ln in enumerate(group):
        del path[ln.level:]
        if ln.level == 0:
            block, guide = 0, ""
        else:
            parent, block, guide = path[-1]
            if (ln.level - 1) % fold == 0 and ln.level > 1:  # the inputs start a new block
                if id(parent) not in continued:
                    continued[id(parent)] = len(blocks)
                    blocks[block].append([(guide + "└── ", STYLES["guide"]),
                                          ("⋯ inputs continue below", STYLES["repeat"])])
                    blocks.append([[("⋯ ", STYLES["repeat"])] + _line_segments(
                        view, parent, options, ids, {}, short=True)
                        + [(" continued:", STYLES["repeat"])]])
                block, guide = continued[id(parent)], ""
        segments = _line_segments(view, ln, options, ids, seen_draws)
        if ln.level == 0:
            blocks[block].append(list(head) + segments + list(tail))
            path.append((ln, block, ""))
        else:
            connector = "└── " if ln.last else "├── "
            blocks[block].append([(guide + connector, STYLES["guide"])] + segments)
            path.append((ln, block, guide + ("    " if ln.last else "│   ")))
        loop = view.loops.get(id(ln.node)) if ln.node is not None and not ln.is_repeat else None
        if loop is not None:  # the step's random nodes, between the loop's node and its inputs
            inputs_follow = at + 1 < len(group) and group[at + 1].level > ln.level
            inner_guide = path[-1][2] + ("│ " if inputs_follow else "  ")
            for r in loop.random:
                blocks[block].append([(inner_guide, STYLES["guide"]),
                                      (f"⟳ each step of loop {loop.name_of(r.stream)}: ",
                                       STYLES["mark"]),
                                      (r.label, STYLES["random"]),
                                      (" · " + loop.step_text(r), STYLES["mark"])])
    return [[(INDENT, "")] + row for block in blocks for row in block]


def _line_segments(view, ln: Line, options, ids, seen_draws, short=False) -> list:
    node = ln.node
    ident = [(" " + ln.id, STYLES["id"])] if ln.id else []
    type_seg = [(f" <{ln.var.type}>", STYLES["detail"])] if options.print_type else []
    step = [(f" step {ln.order}", STYLES["detail"])] if ln.order and not (
        short or ln.is_repeat) else []
    if node is not None and id(node) in view.random:
        r = view.random[id(node)]
        if ln.var is not r.draw:
            return [(f"{r.distribution}.new_state", STYLES["random"])] + ident + type_seg + step
        if short:
            return [(r.variable, STYLES["random"])] + ident
        if ln.is_repeat:
            k = seen_draws[id(node)] = seen_draws.get(id(node), 1) + 1
            which = f", use {k} of {r.use_count}" if view.source else ""
            return ([(r.variable, STYLES["random"])] + ident + type_seg
                    + [(f" ↑ the same draw{which}", STYLES["mark"])])
        seen_draws[id(node)] = 1
        return ([(r.label, STYLES["random"])] + ident + type_seg + step
                + [(" · sampled once per call · " + _uses_text(r, ids), STYLES["mark"])])
    if node is not None:
        text = ln.text if len(ln.text) <= MAX_TEXT else (
            ln.text[:MAX_TEXT] + f"… ({len(ln.text)} characters)")
        name = [(f" '{ln.name}'", "")] if ln.name else []
        repeat = [(" ↑", STYLES["repeat"])] if ln.is_repeat and not short else []
        return [(text, "")] + name + ident + type_seg + step + repeat
    known = view.names.get(id(ln.var))
    if known is not None:
        return [(known.name, STYLES["stream"])] + ident + type_seg + [(" (stream state)",
                                                                       STYLES["detail"])]
    return [(ln.text, "")] + ident + type_seg


def _uses_text(r: RandomNode, ids) -> str:
    n = r.use_count
    text = f"used {n}×"
    details = []
    for use in r.uses:
        if use.composite:
            details.append(f"i{use.position} ×{use.count} in the fused Composite "
                           f"{ids.get(id(use.node), '')}".rstrip())
    n_roots = sum(1 for use in r.uses if use.node is None)
    if n_roots and n_roots == len(r.uses):
        details.append("as the output" if n_roots == 1 else f"as {n_roots} outputs")
    elif n_roots:
        details.append(f"{n_roots}× as an output")
    return text + (f" ({'; '.join(details)})" if details else "")


# -- rendering -------------------------------------------------------------------------


def render_text(rows) -> str:
    """The rows as plain text, one line each."""
    return "".join("".join(text for text, _style in row).rstrip() + "\n" for row in rows)


def print_rich(rows, console) -> None:
    """Print the rows on a rich console: styled, never wrapped by rich."""
    from rich.text import Text

    for row in rows:
        text = Text.assemble(*[(t, s) if s else t for t, s in row])
        text.rstrip()
        console.print(text, soft_wrap=True)
