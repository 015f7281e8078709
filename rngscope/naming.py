"""Names from the script: what it binds its functions and streams to, and its results.

rngscope names things as the script does.  A function is named after the first
global it is bound to (``f``), a stream after its random variable's
(``rv_u.rng``; an unnamed one after its kind, ``uniform#0.rng``), and a call's
result after the variable it is assigned to (``v1 = f()``, read from the
source with ``ast``).  ``rngscope.session`` names a finished script this way,
the replay controller the streams of a script still running.
"""
from __future__ import annotations

import ast

__all__ = ["ResultNames", "bound_names", "stream_names", "updates_names"]


def bound_names(module):
    """{id(value): the first global name bound to it} for a script's module (or None)."""
    names = {}
    for key, value in vars(module).items() if module is not None else ():
        if not key.startswith("__"):
            names.setdefault(id(value), key)
    return names


def stream_names(streams, bound):
    """``rv_u.rng`` for each (random variable, kind) in creation order; unnamed ones by kind."""
    counts, names = {}, []
    for variable, kind in streams:
        name = bound.get(id(variable)) if variable is not None else None
        if name is None:
            kind = kind or "stream"
            counts[kind] = counts.get(kind, 0) + 1
            name = f"{kind}#{counts[kind] - 1}"
        names.append(f"{name}.rng")
    return names


def updates_names(module, ops):
    """{id(op): the first global bound to the updates a loop of ``op`` returned} (``upd`` in
    ``steps, upd = theano.scan(...)``: a dict whose values ``op`` computes)."""
    wanted = {}  # an op made from another (a loop's in-place twin) answers for its origin
    for op in ops:
        wanted.setdefault(id(getattr(op, "origin", op)), []).append(id(op))
    found = {}
    for key, value in vars(module).items() if module is not None and wanted else ():
        if key.startswith("__") or not isinstance(value, dict) or not value:
            continue
        for v in value.values():
            op = getattr(getattr(v, "owner", None), "op", None)
            while op is not None and id(getattr(op, "origin", op)) not in wanted and str(
                    op).startswith("Subtensor"):
                v = v.owner.inputs[0]  # the last row of a loop's output buffer (an MRG state)
                op = getattr(getattr(v, "owner", None), "op", None)
            for op_id in wanted.get(id(getattr(op, "origin", op)), ()):
                found.setdefault(op_id, key)
    return found


class ResultNames:
    """The variable a call's result is assigned to, read from the script's source with ``ast``.

    ``v1 = f()`` gives "v1"; ``nz_u, nz = nearly_zeros()`` gives one name per
    output; ``show("nz", nearly_zeros())`` gives nothing.  A call is matched by
    the exact position of its call expression (Python 3.11+), else by its line.
    """

    def __init__(self, text):
        self._at = {}
        self._on_line = {}
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError):
            return
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                target = node.targets[0]
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target = node.target
            else:
                continue
            call = node.value
            if not isinstance(call, ast.Call):
                continue
            callee = call.func.id if isinstance(call.func, ast.Name) else (
                call.func.attr if isinstance(call.func, ast.Attribute) else None)
            entry = (callee, target)
            self._at[(call.lineno, call.col_offset, call.end_lineno, call.end_col_offset)] = entry
            self._on_line.setdefault(call.lineno, []).append(entry)

    def __call__(self, site, function, n_outputs):
        none = (None, (None,) * n_outputs)
        if site is None:
            return none
        line, col, end_line, end_col = site
        if col is not None:
            entry = self._at.get((line, col, end_line, end_col))
        else:
            entries = [e for e in self._on_line.get(line, []) if e[0] == function]
            entry = entries[0] if len(entries) == 1 else None
        if entry is None or entry[0] != function:
            return none
        target = entry[1]
        if isinstance(target, ast.Tuple):  # `nz_u, nz = ...`, as the script writes it
            result = ", ".join(ast.unparse(e) for e in target.elts)
        else:
            result = ast.unparse(target)
        if isinstance(target, (ast.Tuple, ast.List)) and len(target.elts) == n_outputs > 1:
            return result, tuple(ast.unparse(e) for e in target.elts)
        if n_outputs == 1:
            return result, (result,)
        return result, tuple(f"{result}[{k}]" for k in range(n_outputs))
