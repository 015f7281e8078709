"""Names from the script: what it binds its functions and streams to, and its results.

rngscope names things as the script does.  A function is named after the first
global it is bound to (``f``), a stream after its random variable's
(``rv_u.rng``; an unnamed one after its kind, ``uniform#0.rng``), and a call's
result after the variable it is assigned to (``v1 = f()``, read from the
source with ``ast``).  A function or random variable no global holds (made
inside ``main()`` or a method) is named after the variable the statement that
made it assigns (``train = theano.function(...)``, ``self.mask = ...``), when
no other one is made under that name.  ``rngscope.session`` names a finished script this way,
the replay controller the streams of a script still running.
"""
from __future__ import annotations

import ast

__all__ = ["ResultNames", "assigned_names", "bound_names", "local_names", "made_on",
           "stream_names", "updates_names", "with_local_names"]


def bound_names(module):
    """{id(value): the first global name bound to it} for a script's module (or None)."""
    names = {}
    for key, value in vars(module).items() if module is not None else ():
        if not key.startswith("__"):
            names.setdefault(id(value), key)
    return names


def assigned_names(text):
    """{line: the variable the assignment of a call on that line binds} (``train`` for
    ``train = theano.function(...)``, ``self.mask`` for ``self.mask = srng.binomial(...)``);
    a call spread over several lines answers for each of them (the innermost statement)."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return {}
    spans = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target = node.target
        else:
            continue
        if isinstance(node.value, ast.Call) and isinstance(target, (ast.Name, ast.Attribute)):
            spans.append((node.end_lineno - node.lineno, node.lineno, node.end_lineno,
                          ast.unparse(target)))
    names = {}
    for _size, first, last, name in sorted(spans):  # the innermost statement first
        for line in range(first, last + 1):
            names.setdefault(line, name)
    return names


def made_on(obj, filename):
    """The line of the script ``filename`` that made ``obj`` (a compiled function, a shared
    variable), from its creation trace; None when its maker was elsewhere."""
    tag = getattr(obj, "tag", None)
    trace = tag.get("trace") if isinstance(tag, dict) else getattr(obj, "made_at", None)
    if trace and trace[-1][0] == filename:
        return trace[-1][1]
    return None


def local_names(made, bound, assigned):
    """The names of values no global holds, in the order ``made`` lists them ((value, line)
    pairs, each kind in creation order): the variable the statement on its line assigns
    (``assigned_names``), unless a global or an earlier value of the list has that name.
    One value's name depends only on the values made before it, so a script still running
    names its functions and streams as the finished one does."""
    taken = set(bound.values())
    names = []
    for value, line in made:
        name = assigned.get(line) if line is not None else None
        names.append(None if id(value) in bound or name in taken else name)
        taken.add(name)
    return names


def with_local_names(made, bound, assigned):
    """``bound`` ({id(value): global name}) with the local names of ``made`` added."""
    names = dict(bound)
    for (value, _line), name in zip(made, local_names(made, bound, assigned)):
        if name is not None:
            names[id(value)] = name
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
        self.text = text
        self._assigned = None
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

    @property
    def assigned(self):
        """``assigned_names`` of the script (read once)."""
        if self._assigned is None:
            self._assigned = assigned_names(self.text)
        return self._assigned

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
