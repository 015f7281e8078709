"""The ``rngscope.debugprint/1`` JSON document: the annotated tree as data.

One document per run::

    {"schema": "rngscope.debugprint/1", "script": ..., "graph": "compiled" | "source",
     "functions": [function, ...]}

A function: ``name``, ``index`` (definition order), ``line``, ``inputs``
(explicit input names), ``node_count``, ``streams`` (``advances``,
``reads_only``, ``repeats_same_draw``), ``outputs`` (references), ``nodes``,
``random_nodes`` and ``updates``.

Nodes are listed in the order Theano's debugprint meets them, with its letter
ids (``"A"``).  An Apply node: ``{"id", "kind": "apply", "op", "inputs",
"outputs": [{"ref", "type"}], "toposort"}`` (``toposort`` null in a source
graph).  A leaf: ``{"id", "kind": "input" | "shared" | "constant", "text",
"type"}`` plus ``"stream"`` when it is a stream's state.  A reference names a
leaf by id and an output by id, with ``.k`` for output k of a multi-output
node (``"A.1"`` is a random node's draw, ``"A.0"`` its new state).

A random node: ``{"node", "variable", "stream", "distribution", "params",
"size", "label", "sampled_once_per_call": true, "uses", "used_by": [{"node",
"input", "count"}], "as_output", "as_update"}`` — ``count`` is how many times the input
appears in a fused Composite, else 1.  An update: ``{"target", "value",
"kind": "default" | "explicit" | "in-place", "text"}`` (``in-place``: the function has no
update for the stream, but its random op overwrites the state as it draws).  ``--depth`` limits the nodes; a
reference to a node left out is null.  The same input gives the same bytes.

A loop whose step draws (a ``scan``): ``{"node", "name", "n_steps", "updates_name",
"streams": [{"stream", "advanced"}], "random_nodes": [...]}`` in the function's
``loops``.  ``n_steps`` is as the graph gives it (``"3"``, ``"n"``,
``"len(x)"``); ``advanced`` says what each call does to the stream: ``"every
step"`` (the loop's final state is its update), ``"one step per call"``
(compiled without the loop's updates: the default update, outside the loop),
``"frozen"`` (no update) or ``"explicit"``.  The step's random nodes are named
with the stream they draw from (the loop draws from a copy of it) and carry
``"sampled_once_per_step": true`` and ``"text"`` (``"advanced once per step
(n_steps=3)"``).
"""
from __future__ import annotations

import json

from rngscope.graph.basic import gc_paused
from rngscope.printing.debugprint import PrintOptions

SCHEMA = "rngscope.debugprint/1"


def document(views, script: str, source: bool = False, depth: int = -1) -> dict:
    """The document for ``views`` (``tree.FunctionView``) of ``script``."""
    with gc_paused():
        functions = [function_record(v, depth) for v in views]
    return {"schema": SCHEMA, "script": script, "graph": "source" if source else "compiled",
            "functions": functions}


def dumps(doc: dict) -> str:
    """Stable text: indented, keys in schema order, a final newline."""
    with gc_paused():
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def function_record(view, depth: int = -1) -> dict:
    lines = view.lines(PrintOptions(depth=depth, ids="CHAR"), prefixes=False)
    ids = {}
    for ln in lines:
        ids.setdefault(id(ln.node) if ln.node is not None else id(ln.var), ln.id[4:-1])

    def ref(var):
        if var.owner is None:
            return ids.get(id(var))
        node_id = ids.get(id(var.owner))
        if node_id is None or len(var.owner.outputs) == 1:
            return node_id
        return f"{node_id}.{var.owner.outputs.index(var)}"

    nodes, listed = [], set()
    for ln in lines:
        key = id(ln.node) if ln.node is not None else id(ln.var)
        if key in listed:
            continue
        listed.add(key)
        nodes.append(_apply_record(ln, ref) if ln.node is not None else _leaf_record(ln, view))
    n_out = len(view.outputs)
    return {
        "name": view.name,
        "index": view.index,
        "line": view.line,
        "inputs": list(view.inputs),
        "node_count": view.node_count,
        "streams": {"advances": list(view.advances), "reads_only": list(view.reads_only),
                    "repeats_same_draw": list(view.repeats)},
        "outputs": [ref(v) for v in view.outputs],
        "nodes": nodes,
        "random_nodes": [_random_record(r, ids, n_out) for r in _in_order(view, lines)],
        "updates": [_update_record(u, ref, view) for u in view.updates],
        "loops": [_loop_record(loop, node_id, ids) for node_id, loop in _loops_in_order(view, lines)],
    }


def _loops_in_order(view, lines):
    seen, out = set(), []
    for ln in lines:
        if ln.node is not None and id(ln.node) in view.loops and id(ln.node) not in seen:
            seen.add(id(ln.node))
            out.append((id(ln.node), view.loops[id(ln.node)]))
    return out


def _loop_record(loop, node_id, ids) -> dict:
    return {
        "node": ids.get(node_id),
        "name": loop.name,
        "n_steps": loop.steps,
        "updates_name": loop.updates_name,
        "streams": [{"stream": s.stream, "advanced": s.mode} for s in loop.streams],
        "random_nodes": [
            {"variable": r.variable, "stream": r.stream, "distribution": r.distribution,
             "params": list(r.params), "size": r.size, "label": r.label,
             "sampled_once_per_step": True, "text": loop.step_text(r)}
            for r in loop.random],
    }


def _apply_record(ln, ref) -> dict:
    node = ln.node
    return {
        "id": ln.id[4:-1],
        "kind": "apply",
        "op": str(node.op),
        "inputs": [ref(i) for i in node.inputs],
        "outputs": [{"ref": ref(o), "type": str(o.type)} for o in node.outputs],
        "toposort": int(ln.order) if ln.order else None,
    }


def _leaf_record(ln, view) -> dict:
    var = ln.var
    kind = view.graph.leaf_kind(var)
    record = {"id": ln.id[4:-1], "kind": kind, "text": ln.text, "type": str(var.type)}
    known = view.names.get(id(var))
    if known is not None:
        record["stream"] = known.name
    return record


def _in_order(view, lines):
    """Random nodes in the order the walk meets them, then any the depth left out."""
    seen, out = set(), []
    for ln in lines:
        if ln.node is not None and id(ln.node) in view.random and id(ln.node) not in seen:
            seen.add(id(ln.node))
            out.append(view.random[id(ln.node)])
    out += [r for key, r in view.random.items() if key not in seen]
    return out


def _random_record(r, ids, n_out) -> dict:
    used_by = [{"node": ids.get(id(u.node)), "input": u.position, "count": u.count}
               for u in r.uses if u.node is not None]
    return {
        "node": ids.get(id(r.node)),
        "variable": r.variable,
        "stream": r.stream,
        "distribution": r.distribution,
        "params": list(r.params),
        "size": r.size,
        "label": r.label,
        "sampled_once_per_call": True,
        "uses": r.use_count,
        "used_by": used_by,
        "as_output": sum(1 for u in r.uses if u.node is None and u.position < n_out),
        "as_update": sum(1 for u in r.uses if u.node is None and u.position >= n_out),
    }


def _update_record(update, ref, view) -> dict:
    value = update.value
    node = value.owner
    if node is not None and id(node) in view.random and value is not view.random[id(node)].draw:
        text = f"{view.random[id(node)].distribution}.new_state"
    else:
        text = str(value) if node is not None else view.graph.leaf_text(value)
    return {"target": update.target, "value": ref(value),
            "kind": "in-place" if update.in_place else "default" if update.default else "explicit",
            "text": text}
