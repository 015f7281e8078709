"""Streams × functions: which compiled function reads, which advances each stream.

``stream_table(session)`` gives one ``StreamRow`` per random stream (creation
order): its name, distribution, size, creation seed, the fingerprint of its
state when the script ended, and for each function (definition order)
``"advances"`` (its update writes the stream), ``"reads only"`` (it draws but
leaves the state as it was) or ``""``.  A stream a loop (``scan``) draws from
inside its step is marked with the loop: ``"advances every step (walk)"`` (the
function has the loop's updates), ``"advances 1 step per call (walk)"``
(compiled without them: only the stream's default update, outside the loop,
moves it, by one step's draw) or ``"reads only (walk)"`` (no update at all).
``document`` is the same data as a ``rngscope.streams/1`` JSON document;
``render_text`` and ``print_rich`` lay it out as a table (rich is imported
lazily: the engine never imports it).  In the document each stream lists
``functions`` as ``{"function", "role", "loop"}`` in definition order (``role``
null when the function does not touch it, ``loop`` the name of the loop that
draws from it, or null).
"""
from __future__ import annotations

from dataclasses import dataclass

from rngscope import backends
from rngscope.printing import loops
from rngscope.printing.tree import stream_size
from rngscope.trace.fingerprint import fingerprint

SCHEMA = "rngscope.streams/1"
ADVANCES = "advances"
READS_ONLY = "reads only"
EVERY_STEP = "advances every step"
ONE_STEP = "advances 1 step per call"
LOOP_ROLES = {loops.EVERY_STEP: EVERY_STEP, loops.ONE_STEP: ONE_STEP,
              loops.FROZEN: READS_ONLY, loops.EXPLICIT: ADVANCES}
COLUMNS = ("stream", "distribution", "size", "seed", "state")
LEGEND = {
    EVERY_STEP: "advances every step: the function has the loop's updates (updates={name}): "
                "each call moves the stream by every step",
    ONE_STEP: "advances 1 step per call: compiled without the loop's updates, the loop draws "
              "from a copy and only the default update (one step's draw) moves the stream; "
              "pass updates={name}",
}


@dataclass(frozen=True)
class StreamRow:
    name: str
    distribution: str
    size: str | None
    seed: int | None
    fingerprint: str
    roles: tuple  # one per function: ADVANCES, READS_ONLY, EVERY_STEP, ONE_STEP or ""
    loops: tuple = ()  # one per function: the loop that draws from the stream, or None


@dataclass(frozen=True)
class StreamTable:
    functions: tuple  # function names, definition order
    rows: tuple  # StreamRow, creation order
    updates_names: tuple = ()  # (loop name, what the script calls its updates)

    def cell(self, row, k):
        role, loop = row.roles[k], row.loops[k] if row.loops else None
        return f"{role} ({loop})" if role and loop else role

    def legend(self):
        """A line per loop role the table uses, saying what it means."""
        used = {role for r in self.rows for role, loop in zip(r.roles, r.loops) if loop}
        name = self.updates_names[0][1] if self.updates_names else "updates"
        return [LEGEND[role].format(name=name) for role in (EVERY_STEP, ONE_STEP) if role in used]


def stream_table(session) -> StreamTable:
    """The table for an inspected script (``rngscope.session.Session``)."""
    functions = [backends.describe(cf.function) for cf in session.functions]
    names = {id(s.shared): s.name for s in session.streams}
    fn_loops = [_loop_modes(desc, names) for desc in functions]
    rows = []
    for s in session.streams:
        roles, in_loops = [], []
        for desc, modes in zip(functions, fn_loops):
            loop, mode = modes.get(s.name, (None, None))
            if mode is not None:
                roles.append(LOOP_ROLES[mode])
            elif any(u is s.shared for u in desc.updated):
                roles.append(ADVANCES)
            elif any(r is s.shared for r in desc.shared_inputs):
                roles.append(READS_ONLY)
            else:
                roles.append("")
            in_loops.append(loop)
        node = s.variable.owner if s.variable is not None else None
        graph = backends.graph_of(node) if node is not None else None
        drawn = graph.random_parts(node)[1] if node is not None and graph.is_random(node) else None
        size = stream_size(s.shared, drawn, graph) if graph is not None else None
        state = backends.states_of(s.shared).read(s.shared)
        rows.append(StreamRow(s.name, s.kind, size, s.seed, fingerprint(state), tuple(roles),
                              tuple(in_loops)))
    named = session.updates_names()
    updates = tuple(dict.fromkeys(
        (loop.name, named[id(loop.node.op)]) for desc in functions
        for loop in desc.all_loops() if id(loop.node.op) in named))
    return StreamTable(tuple(cf.name for cf in session.functions), tuple(rows), updates)


def _loop_modes(description, names):
    """{stream name: (loop name, loops mode)} of the streams the function's loops draw from."""
    found = {}
    for loop in description.all_loops():
        for carry in loop.carries:
            name = names.get(id(carry.stream))
            if name is not None:
                found.setdefault(name, (loop.label(carry), loops.carry_mode(description, carry)))
    return found


def document(table: StreamTable, script: str) -> dict:
    """The ``rngscope.streams/1`` document."""
    return {
        "schema": SCHEMA,
        "script": script,
        "functions": list(table.functions),
        "streams": [
            {"name": r.name, "distribution": r.distribution, "size": r.size, "seed": r.seed,
             "fingerprint": r.fingerprint,
             "functions": [{"function": f, "role": role or None, "loop": loop}
                           for f, role, loop in zip(table.functions, r.roles,
                                                    r.loops or (None,) * len(r.roles))]}
            for r in table.rows
        ],
    }


def _cells(table: StreamTable) -> tuple:
    header = list(COLUMNS) + list(table.functions)
    body = [[r.name, r.distribution, r.size or "-", "-" if r.seed is None else str(r.seed),
             r.fingerprint, *[table.cell(r, k) for k in range(len(r.roles))]]
            for r in table.rows]
    return header, body


def render_text(table: StreamTable) -> str:
    """A plain table: columns two spaces apart, a rule under the header."""
    header, body = _cells(table)
    widths = [max(len(row[k]) for row in [header] + body) for k in range(len(header))]

    def line(cells):
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip() + "\n"

    legend = "".join(f"\n{text}\n" for text in table.legend()[:1]) + "".join(
        f"{text}\n" for text in table.legend()[1:])
    return (line(header) + line(["─" * w for w in widths]) + "".join(line(r) for r in body)
            + legend)


def print_rich(table: StreamTable, console) -> None:
    """The table as a rich Table: advancing cells in bold, read-only ones in yellow."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    header, body = _cells(table)
    out = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for k, title in enumerate(header):
        out.add_column(title, style="magenta" if k == 0 else "dim" if k == 4 else None,
                       no_wrap=True)
    styles = {ADVANCES: "bold green", READS_ONLY: "yellow", EVERY_STEP: "bold green",
              ONE_STEP: "bold yellow"}
    for table_row, row in zip(table.rows, body):
        n = len(COLUMNS)
        out.add_row(*[Text(c) for c in row[:n]],
                    *[Text(c, style=styles.get(role, "")) for c, role in zip(row[n:], table_row.roles)])
    console.print(out)
    for text in table.legend():
        console.print(Text(text, style="dim"))
