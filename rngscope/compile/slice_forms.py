"""Canonical forms of slices: the index arithmetic of Subtensor shapes, merged slices and
shrunk loop buffers.

A slice ``start:stop:step`` of an axis of length ``n`` has a canonical form
``(a:b:c, reverse)`` with ``0 <= a <= b <= n`` and ``c > 0``: the rows it picks
are ``a:b:c``, read backwards when ``reverse`` is negative.  The bounds are
graphs of the slice's own bounds and ``n``, built term for term as Theano's
get_canonical_form_slice builds them.  Bounds are Python ints (which become int8
constants in a graph), numpy 0-d integers (which keep their dtype), or integer
scalar tensors.
"""
from __future__ import annotations

import sys

import numpy as np

from rngscope.tensor import basic as T
from rngscope.tensor.shape_ops import ScalarFromTensor
from rngscope.tensor.static import constant_value

__all__ = ["canonical_slice", "extract", "index_entries"]


class Legacy(np.ndarray):
    """A 0-d integer that computes with Python ints as numpy 1.x did (the numpy Theano 1.0.5
    ran on): ``int8(1) * 1`` is int64 there, int8 under numpy 2's promotion rules.  Slice
    arithmetic mixes the constant bounds it extracts with Python ints, and the dtypes of
    the results become the dtypes of the merged index's constants."""

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        if any(isinstance(i, T.Variable) for i in inputs):
            return NotImplemented  # the tensor's own operator builds the graph
        args = [np.asarray(i, dtype=np.int64) if type(i) is int else np.asarray(i)
                for i in inputs]
        result = getattr(ufunc, method)(*args, **kwargs)
        return legacy(result) if isinstance(result, np.ndarray) or np.isscalar(result) else result


def _deferring(name):
    """ndarray's operator ``name``, leaving a graph variable's own operator to build it."""
    base = getattr(np.ndarray, name)

    def op(self, other):
        if isinstance(other, T.Variable):
            return NotImplemented
        return base(self, other)

    op.__name__ = name
    return op


for _name in ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__floordiv__",
              "__rfloordiv__", "__mod__", "__rmod__", "__lt__", "__le__", "__gt__", "__ge__"):
    setattr(Legacy, _name, _deferring(_name))


def legacy(value):
    """``value`` as a Legacy 0-d integer (a bool or any other value as it is)."""
    data = np.asarray(value)
    if data.ndim != 0 or data.dtype.kind not in "iu":
        return data
    return data.view(Legacy)


def _value(x):
    """The constant value of a scalar bound (Theano's get_scalar_constant_value), else None."""
    data = constant_value(x)
    if data is None:
        return None
    data = np.asarray(data)
    return legacy(data) if data.ndim == 0 and data.dtype.kind in "iub" else None


def extract(x):
    """A bound as slice arithmetic takes it: its constant value, or the tensor it reads
    (a scalar index's ScalarFromTensor input; Theano's extract_constant)."""
    if x is None:
        return None
    value = _value(x)
    if value is not None:
        return value
    if x.owner is not None and isinstance(x.owner.op, ScalarFromTensor):
        return x.owner.inputs[0]
    return x


def _analyze(x):
    """(value or tensor, is it constant)."""
    if x is None:
        return None, False
    if isinstance(x, (int, np.integer, np.ndarray)):
        return x, True
    value = _value(x)
    return (value, True) if value is not None else (extract(x), False)


def _is(a, b):
    """``a`` and ``b`` are one bound: the same tensor, or equal constants."""
    if isinstance(a, T.Variable) or isinstance(b, T.Variable):
        return a is b
    return a is not None and b is not None and a == b


def canonical_slice(entry, length):
    """(canonical slice or index, reverse) of ``entry`` on an axis of ``length``."""
    if not isinstance(entry, slice):
        value = extract(entry)
        return T.switch(T.lt(value, 0), value + length, value), 1
    start, start_const = _analyze(entry.start)
    stop, stop_const = _analyze(entry.stop)
    step, step_const = _analyze(entry.step)
    length, length_const = _analyze(length)
    if step is None:
        step, step_const = 1, True
    if step_const and step == 1:
        is_start_0 = start is None or (start_const and start == 0) or (
            start_const and length_const and start < 0 and start + length <= 0)
        is_stop_length = stop is None or _is(stop, length) or (stop_const and stop == sys.maxsize) \
            or (stop_const and length_const and stop >= length)
        if is_start_0:
            if is_stop_length:
                return slice(0, length, 1), 1
            if stop_const and stop >= 0:
                return slice(0, T.switch(T.lt(stop, length), stop, length), 1), 1
            stop_plus_len = stop + length
            stop = T.switch(T.lt(stop, 0),
                            T.switch(T.lt(stop_plus_len, 0), 0, stop_plus_len),
                            T.switch(T.lt(stop, length), stop, length))
            return slice(0, stop, 1), 1
        if is_stop_length:
            if start_const and start >= 0:
                return slice(T.switch(T.lt(start, length), start, length), length, 1), 1
            start_plus_len = start + length
            start = T.switch(T.lt(start, 0),
                             T.switch(T.lt(start_plus_len, 0), 0, start_plus_len),
                             T.switch(T.lt(start, length), start, length))
            return slice(start, length, 1), 1
    return _general(start, stop, step, step_const, length)


def _general(start, stop, step, step_const, length):
    """The canonical form of any slice (the sign of a symbolic step chosen by switches)."""
    if step_const:
        negative = step < 0

        def if_negative(a, b):
            return a if negative else b
        abs_step, sgn_step = (-step, -1) if negative else (step, 1)
    else:
        is_negative = T.lt(step, 0)

        def if_negative(a, b):
            return T.switch(is_negative, a, b)
        abs_step, sgn_step = T.abs_(step), T.sgn(step)
    if start is None:
        start = if_negative(length - 1, 0)
    else:
        start = T.switch(T.lt(start, 0), start + length, start)
        start = T.switch(T.lt(start, 0), if_negative(-1, 0), start)
        start = T.switch(T.ge(start, length), if_negative(length - 1, length), start)
    if stop is None or (not isinstance(stop, T.Variable) and stop == sys.maxsize):
        stop = if_negative(-1, length)
    else:
        stop = T.switch(T.lt(stop, 0), stop + length, stop)
        stop = T.switch(T.lt(stop, 0), -1, stop)
        stop = T.switch(T.ge(stop, length), length, stop)
    new_stop = if_negative(start + 1, stop)
    count = T.int_div(start - stop - 1, abs_step) + 1
    count = T.switch(T.lt(count, 0), 0, count)
    low = new_stop - (count - 1) * abs_step - 1
    low = T.switch(T.lt(low, 0), new_stop - 1, low)
    new_start = if_negative(low, start)
    new_start = T.switch(T.lt(new_start, 0), 0, new_start)
    new_stop = T.switch(T.lt(new_stop, 0), 0, new_stop)
    new_start = T.switch(T.lt(new_start, new_stop), new_start, new_stop)
    if step_const and step == 1:
        return slice(new_start, new_stop, abs_step), 1
    return slice(new_start, new_stop, abs_step), sgn_step


def index_entries(node):
    """A Subtensor's index as Python entries: slices of its inputs (or None), indices."""
    values = iter(node.inputs[1:])
    entries = []
    for entry in node.op.idx:
        if isinstance(entry, tuple):
            entries.append(slice(*[None if e is None else next(values) for e in entry]))
        else:
            entries.append(next(values))
    return entries
