"""Streams × functions: which compiled function reads, which advances each stream.

``stream_table(session)`` gives one ``StreamRow`` per random stream (creation
order): its name, distribution, size, creation seed, the fingerprint of its
state when the script ended, and for each function (definition order)
``"advances"`` (its update writes the stream), ``"reads only"`` (it draws but
leaves the state as it was) or ``""``.  ``document`` is the same data as a
``rngscope.streams/1`` JSON document; ``render_text`` and ``print_rich`` lay
it out as a table (rich is imported lazily: the engine never imports it).
In the document each stream lists ``functions`` as ``{"function", "role"}``
pairs in definition order (``role`` null when the function does not touch it).
"""
from __future__ import annotations

from dataclasses import dataclass

from rngscope import backends
from rngscope.printing.tree import format_size
from rngscope.trace.fingerprint import fingerprint

SCHEMA = "rngscope.streams/1"
ADVANCES = "advances"
READS_ONLY = "reads only"
COLUMNS = ("stream", "distribution", "size", "seed", "state")


@dataclass(frozen=True)
class StreamRow:
    name: str
    distribution: str
    size: str | None
    seed: int | None
    fingerprint: str
    roles: tuple  # one per function: ADVANCES, READS_ONLY or ""


@dataclass(frozen=True)
class StreamTable:
    functions: tuple  # function names, definition order
    rows: tuple  # StreamRow, creation order


def stream_table(session) -> StreamTable:
    """The table for an inspected script (``rngscope.session.Session``)."""
    functions = [backends.describe(cf.function) for cf in session.functions]
    rows = []
    for s in session.streams:
        roles = []
        for desc in functions:
            if any(u is s.shared for u in desc.updated):
                roles.append(ADVANCES)
            elif any(r is s.shared for r in desc.shared_inputs):
                roles.append(READS_ONLY)
            else:
                roles.append("")
        node = s.variable.owner if s.variable is not None else None
        graph = backends.graph_of(node) if node is not None else None
        size = format_size(graph.random_parts(node)[1], graph) if node is not None and \
            graph.is_random(node) else None
        state = backends.states_of(s.shared).read(s.shared)
        rows.append(StreamRow(s.name, s.kind, size, s.seed, fingerprint(state), tuple(roles)))
    return StreamTable(tuple(cf.name for cf in session.functions), tuple(rows))


def document(table: StreamTable, script: str) -> dict:
    """The ``rngscope.streams/1`` document."""
    return {
        "schema": SCHEMA,
        "script": script,
        "functions": list(table.functions),
        "streams": [
            {"name": r.name, "distribution": r.distribution, "size": r.size, "seed": r.seed,
             "fingerprint": r.fingerprint,
             "functions": [{"function": f, "role": role or None}
                           for f, role in zip(table.functions, r.roles)]}
            for r in table.rows
        ],
    }


def _cells(table: StreamTable) -> tuple:
    header = list(COLUMNS) + list(table.functions)
    body = [[r.name, r.distribution, r.size or "-", "-" if r.seed is None else str(r.seed),
             r.fingerprint, *r.roles] for r in table.rows]
    return header, body


def render_text(table: StreamTable) -> str:
    """A plain table: columns two spaces apart, a rule under the header."""
    header, body = _cells(table)
    widths = [max(len(row[k]) for row in [header] + body) for k in range(len(header))]

    def line(cells):
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip() + "\n"

    return line(header) + line(["─" * w for w in widths]) + "".join(line(r) for r in body)


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
    styles = {ADVANCES: "bold green", READS_ONLY: "yellow"}
    for row in body:
        n = len(COLUMNS)
        out.add_row(*[Text(c) for c in row[:n]],
                    *[Text(c, style=styles.get(c, "")) for c in row[n:]])
    console.print(out)
