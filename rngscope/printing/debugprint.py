"""Theano's ``debugprint``: walk once into records, render them as Theano's text.

``walk`` produces one ``Line`` per printed line (depth-first, inputs in order,
a node met again printed by id only); ``render_theano`` turns lines into the
exact text Theano 1.0.5 prints.  Everything is iterative.
"""
from __future__ import annotations

import io
import sys
from dataclasses import dataclass, field

import numpy as np

from rngscope.compile.fgraph import FunctionGraph, graph_of
from rngscope.compile.function import Function, In
from rngscope.compile.scan import Scan
from rngscope.graph.basic import Apply, Variable


@dataclass(frozen=True)
class PrintOptions:
    """Theano's debugprint parameters."""

    depth: int = -1
    print_type: bool = False
    ids: str = "CHAR"
    stop_on_name: bool = False


@dataclass
class Line:
    """One printed line: a node's output or a leaf variable."""

    prefix: str
    var: Variable
    node: Apply | None
    text: str  # op text with output index, or the variable's str
    id: str
    name: str
    order: str  # toposort index or ''
    is_repeat: bool
    extra: dict = field(default_factory=dict)
    level: int = 0  # nesting depth: 0 for a root
    last: bool = True  # the last input of its parent (or a root)


def char_from_number(number):
    """Base-26 letters with A = 0 (26 -> 'BA')."""
    base = 26
    rval = ""
    if number == 0:
        rval = "A"
    while number != 0:
        remainder = number % base
        new_char = chr(ord("A") + remainder)
        rval = new_char + rval
        number //= base
    return rval


def walk(roots, options=PrintOptions(), expand=None, prefixes=True, used_ids=None, done=None,
         numbered=True, leaf_text=str, clients=None, cut=None, feeds=None):
    """Lines for ``roots``: a list of (variable, toposort list or None).

    ``expand(node)`` False prints a node without its inputs (they get no id
    unless met elsewhere).  ``prefixes=False`` leaves ``Line.prefix`` empty:
    Theano's prefixes grow with depth, so a deep chain's prefixes take
    quadratic memory; renderers that use ``level``/``last`` do not need them.
    ``used_ids`` and ``done`` carry ids and printed nodes from an earlier walk (a
    scan's inner graph continues its outer graph's letters); ``numbered=False``
    prints no toposort index (inner graphs), the toposort list then only scoping
    the graph's leaves.  ``leaf_text(var)`` is how a leaf reads (a backend's, without
    memory addresses).  ``clients(var)``, when given, lists the readers of a compiled
    graph's variable (None elsewhere): Theano's print_clients names them on the line of a
    variable read more than once, giving each reader an id as it goes.  ``cut``, when
    given, collects (number of lines before it, variable, numbered) for each scan output
    ``depth`` leaves unprinted: Theano lists a node's scan inputs for their inner graphs
    before the depth check.  ``feeds`` maps a step's inner inputs to (outer variable, its
    id if printed): the leaf line names it (``-> [id C]``), giving it an id if it has none.
    """
    used_ids = {} if used_ids is None else used_ids
    done = set() if done is None else done
    lines = []
    position_maps = {}

    def get_id(obj, scope=None):
        # A compiled graph's leaves (inputs, constants) are its own in Theano, which clones
        # them per function: the same object met in two graphs gets two ids.
        key = (scope, id(obj))
        if key in used_ids:
            return used_ids[key][1]
        if options.ids == "int":
            text = "[id %s]" % len(used_ids)
        elif options.ids == "CHAR":
            text = "[id %s]" % char_from_number(len(used_ids))
        elif options.ids == "":
            text = ""
        else:
            text = "[id %s]" % len(used_ids)
        used_ids[key] = (obj, text)
        return text

    def output_id():
        # Theano's get_id_str('output'): the word itself, taking a place among the ids
        used_ids.setdefault(("output",), ("output", "output"))
        return "output"

    for root, order in roots:
        if order and id(order) not in position_maps:
            position_maps[id(order)] = {id(n): k for k, n in enumerate(order)}
        positions = position_maps[id(order)] if (
            order and numbered and not isinstance(order, Unnumbered)) else {}
        stack = [(root, "", "", options.depth, 0, True)]
        while stack:
            var, prefix, prefix_child, depth, level, last = stack.pop()
            if depth == 0:
                if cut is not None and var.owner is not None and isinstance(var.owner.op, Scan):
                    cut.append((len(lines), var, bool(positions)))
                continue
            node = var.owner
            if node is not None:
                already = id(node) in done
                ident = get_id(node)
                done.add(id(node))
                idx = "" if len(node.outputs) == 1 else ".%i" % node.outputs.index(var)
                o = str(positions[id(node)]) if positions else ""
                lines.append(Line(prefix, var, node, f"{node.op}{idx}", ident,
                                  var.name or "", o, already, level=level, last=last))
                readers = clients(var) if clients is not None else None
                if readers is not None and len(readers) > 1:
                    lines[-1].extra["clients"] = [
                        (output_id(), "") if c == "output" else (get_id(c), positions.get(id(c), ""))
                        for c, _i in readers]
                if already or (options.stop_on_name and var.name is not None):
                    continue
                if expand is not None and not expand(node):
                    continue
                children = []
                n = len(node.inputs)
                for k, inp in enumerate(node.inputs):
                    if prefixes:
                        child_prefix_child = prefix_child + ("  " if k == n - 1 else " |")
                        child = (inp, prefix_child + " |", child_prefix_child)
                    else:
                        child = (inp, "", "")
                    children.append(child + (depth - 1, level + 1, k == n - 1))
                stack.extend(reversed(children))
            else:
                ident = get_id(var, id(order) if order else None)
                done.add(id(var))
                lines.append(Line(prefix, var, None, leaf_text(var), ident, "", "", False,
                                  level=level, last=last))
                if feeds is not None and id(var) in feeds:
                    outer, outer_ident = feeds[id(var)]
                    if outer_ident is None:  # never printed: Theano gives it an id now
                        outer_ident = get_id(outer.owner) if outer.owner else get_id(outer)
                    lines[-1].extra["outer"] = outer_ident
    return lines


def render_theano(lines, options=PrintOptions()):
    out = []
    for line in lines:
        type_str = " <%s>" % line.var.type if options.print_type else ""
        data = line.extra.get("storage", "")
        if line.node is not None:
            out.append("%s%s %s%s '%s' %s %s %s%s%s" % (
                line.prefix, line.text, line.id, type_str, line.name, "", "", line.order, data,
                " clients:%s" % (line.extra["clients"],) if "clients" in line.extra else ""))
        else:
            outer = " -> %s" % line.extra["outer"] if "outer" in line.extra else ""
            out.append("%s%s %s%s%s%s" % (line.prefix, line.text, line.id, type_str, outer, data))
    return "".join(s + "\n" for s in out)


def _met_scans(lines, cut, compiled=None):
    """(variable, line or None, compiled, clients) for each scan output in ``lines`` and
    ``cut`` (see ``walk``), in the order Theano lists them."""
    met = []
    cuts = iter(cut or ())
    pending = next(cuts, None)
    for k, line in enumerate(lines + [None]):
        while pending is not None and pending[0] <= k:
            met.append((pending[1], None, pending[2] if compiled is None else compiled))
            pending = next(cuts, None)
        if line is not None and line.node is not None and isinstance(line.node.op, Scan):
            # each time it is printed, as Theano lists it
            met.append((line.var, line, line.order != "" if compiled is None else compiled))
    return met


def scan_sections(lines, options, used_ids, done, print_clients=False, cut=None,
                  clients=None):
    """Theano's "Inner graphs of the scan ops:" sections for the scan outputs in ``lines``:
    per line of a scan output (in order, a second line of one output again; then those the
    sections print, a loop inside a step), then the op's inner outputs behind ``>``;
    an inner input fed from outside names the outer variable's id (``-> [id C]``).
    A scan output ``depth`` cut (``cut``) has a section too, its head printed then
    (``clients`` lists the readers of the outer graph's variables)."""
    outer_ids = {}
    for line in lines:
        outer_ids.setdefault(id(line.var), line.id)
    met = [m + (clients,) for m in _met_scans(lines, cut)]
    sections = []
    at = 0
    while at < len(met):  # Theano's list grows: a loop inside a step gets its section too
        var, line, compiled, outer_clients = met[at]
        at += 1
        if line is None:  # cut by depth: printed now, as Theano prints a section's head
            head_lines = walk([(var, None)], options, used_ids=used_ids, done=done,
                              numbered=False, clients=outer_clients)
            for head_line in head_lines:
                outer_ids.setdefault(id(head_line.var), head_line.id)
            line = head_lines[0]
        else:
            head_lines = None
        node, op = line.node, line.node.op
        inputs = op.fgraph.inputs if compiled else list(op.inner_inputs)
        outputs = op.fgraph.outputs if compiled else list(op.inner_outputs)
        scope = op.fgraph.toposort() if compiled else None  # as built: leaves shared with outside
        feeds = {}
        for k, inner in enumerate(inputs):
            outer = node.inputs[op.outer_position(k)]
            ident = outer_ids.get(id(outer))
            if ident is None and outer.owner is not None:
                ident = outer_ids.get(id(outer.owner.outputs[0]))
            feeds[id(inner)] = (outer, ident)  # '' under ids='': the arrow is printed, empty
        if head_lines is None:
            head = Line("", var, node, line.text, line.id, line.name, "", True)
            if "clients" in line.extra:  # printed with no toposort: no reader's index
                head.extra["clients"] = [(ident, "") for ident, _k in line.extra["clients"]]
            head_lines = [head]
        # a compiled step's variables have readers (print_clients), with no toposort index
        step_clients = op.fgraph.clients if print_clients and compiled else None
        inner_cut = []
        inner_lines = walk([(o, scope) for o in outputs], options, used_ids=used_ids, done=done,
                           numbered=False, clients=step_clients, cut=inner_cut, feeds=feeds)
        for inner in inner_lines:
            inner.prefix = " >" + inner.prefix
            outer_ids.setdefault(id(inner.var), inner.id)  # the outside of a loop inside
        # a loop in a compiled step was compiled with it: its optimised step
        met.extend(m + (step_clients,) for m in _met_scans(inner_lines, inner_cut, compiled))
        sections.append(head_lines + inner_lines)
    return sections


class Unnumbered(list):
    """A compiled graph's toposort scoping the leaves of a variable printed by itself (a
    compiled function's leaves are its own), whose lines show no toposort index."""


def roots_of(obj):
    """(variable, toposort) pairs for a variable, list of them, Apply or compiled function."""
    items = obj if isinstance(obj, (list, tuple, set)) else [obj]
    roots = []
    scopes = {}  # id(FunctionGraph) -> its Unnumbered toposort, one per call
    for item in items:
        if isinstance(item, Function):
            item = item.fgraph
        if isinstance(item, FunctionGraph):
            topo = item.toposort()
            roots.extend((o, topo) for o in item.outputs)
        elif isinstance(item, Apply):
            roots.extend((o, None) for o in item.outputs)
        elif isinstance(item, Variable):
            fg = graph_of(item)
            if fg is not None and id(fg) not in scopes:
                scopes[id(fg)] = Unnumbered(fg.toposort())
            roots.append((item, scopes[id(fg)] if fg is not None else None))
        elif isinstance(item, (int, float, np.ndarray)):
            roots.append((item, "literal"))
        elif isinstance(item, In):
            roots.append((item.variable, None))
        else:
            raise TypeError("debugprint cannot print an object of this type", item)
    return roots


def _leaf_text(obj):
    """How a compiled graph's leaves read: under the names the compile gave them (Theano
    renames its private copies of a merged loop's inputs: ``W`` -> ``W01``), else as
    themselves."""
    renamed = {}
    for item in obj if isinstance(obj, (list, tuple, set)) else [obj]:
        fg = item.fgraph if isinstance(item, Function) else item
        renamed.update(getattr(fg, "renamed", None) or {})
    if not renamed:
        return str
    return lambda var: renamed[id(var)][1] if id(var) in renamed else str(var)


def storage_map(fn):
    """What Theano's ``fn.fn.storage_map`` holds between calls, by variable id: each explicit
    input its default (None when required: Theano clears those after a call), each shared
    variable its value, each constant its data, and every computed variable None (the VM
    frees intermediates, and the outputs' cells too after a call)."""
    fg = fn.fgraph
    cells = {}
    n_explicit = len(fn.specs)
    for k, var in enumerate(fg.inputs):
        if k < n_explicit:
            value = fn.defaults.get(k)
            cells[id(var)] = [None if value is None else var.type.filter(value)]
        else:
            cells[id(var)] = [fn.shared_inputs[k - n_explicit].storage[0]]
    for node in fg.toposort():
        for inp in node.inputs:
            if inp.owner is None and id(inp) not in cells:
                data = getattr(inp, "data", None)
                if isinstance(data, np.ndarray) and type(data) is not np.ndarray:
                    data = data.view(np.ndarray)  # a slice bound's Legacy int is an array
                cells[id(inp)] = [data]
        for out in node.outputs:
            cells[id(out)] = [None]
    return cells


def _storage_texts(lines, obj):
    """Theano's print_storage: each line of a compiled function's graph ends with its
    storage cell (a node's: its first output's), as ``str`` of the one-item list."""
    items = obj if isinstance(obj, (list, tuple, set)) else [obj]
    maps = []
    for item in items:
        if isinstance(item, Function):
            cells = storage_map(item)
            maps.extend(cells for _ in item.fgraph.outputs)
        elif isinstance(item, FunctionGraph):
            maps.extend(None for _ in item.outputs)
        elif isinstance(item, Apply):
            maps.extend(None for _ in item.outputs)
        elif not isinstance(item, (int, float, np.ndarray)):
            maps.append(None)
    at = -1
    for line in lines:
        if line.level == 0:
            at += 1
        cells = maps[at] if at < len(maps) else None
        if not cells:
            continue
        var = line.node.outputs[0] if line.node is not None else line.var
        line.extra["storage"] = " " + str(cells[id(var)]) if id(var) in cells else " "


def _clients(obj):
    """The readers of a compiled graph's variables (Theano's ``var.clients``, in the order
    its FunctionGraph met them); None for a variable of no compiled graph."""
    graphs = {}
    for item in obj if isinstance(obj, (list, tuple, set)) else [obj]:
        fg = item.fgraph if isinstance(item, Function) else item
        if isinstance(fg, Variable):  # a compiled graph's variable printed by itself
            fg = graph_of(fg)
        if isinstance(fg, FunctionGraph):
            for node in fg.toposort():
                for out in node.outputs:
                    graphs[id(out)] = fg
    return lambda var: graphs[id(var)].clients(var) if id(var) in graphs else None


def debugprint(obj, depth=-1, print_type=False, file=None, ids="CHAR", stop_on_name=False,
               done=None, print_storage=False, print_clients=False, used_ids=None):
    """Print the graph of a variable, list of variables or compiled function (Theano's text)."""
    options = PrintOptions(depth=depth, print_type=print_type, ids=ids, stop_on_name=stop_on_name)
    if file == "str":
        target = io.StringIO()
    elif file is None:
        target = sys.stdout
    else:
        target = file
    roots = roots_of(obj)
    # Theano prints numbers and arrays as it collects the list, so before every graph.
    text_parts = [f"{root}\n" for root, order in roots if order == "literal"]
    pending = [(root, order) for root, order in roots if order != "literal"]
    if pending:
        # ids are the call's own; ``done`` (Theano's dict: each printed node or leaf -> its
        # id text) carries what earlier calls printed, which prints as already printed
        used_ids, printed = {}, {id(k) for k in done} if done is not None else set()
        clients = _clients(obj) if print_clients else None
        cut = []
        lines = walk(pending, options, used_ids=used_ids, done=printed,
                     leaf_text=_leaf_text(obj), clients=clients, cut=cut)
        if print_storage:
            _storage_texts(lines, obj)
        text_parts.append(render_theano(lines, options))
        sections = scan_sections(lines, options, used_ids, printed, print_clients, cut, clients)
        if sections:
            text_parts.append("\nInner graphs of the scan ops:\n")
            for section in sections:
                text_parts.append("\n" + render_theano(section, options))
        if done is not None:
            for line in lines + [line for section in sections for line in section]:
                done.setdefault(line.node if line.node is not None else line.var, line.id)
    target.write("".join(text_parts))
    if file == "str":
        return target.getvalue()
    return target
