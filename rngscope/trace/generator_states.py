"""numpy ``Generator`` states: canonical form, fingerprint bytes and the state-file entry.

A ``Generator``'s whole future is its bit generator's ``state`` dict (``bit_generator.state``):
``{"bit_generator": "PCG64", "state": {"state": int, "inc": int}, "has_uint32": 0|1,
"uinteger": int}`` for PCG64, a 624-word ``key`` and ``pos`` for MT19937, and so on.  The
canonical form is that dict as JSON values (arrays as lists of ints), which is also what a state
file holds, as ``{"type": "Generator", "bit_generator": <the dict>}``.  Reading is strict: the
dict must name a bit generator numpy has, numpy must accept it, and it must come back unchanged
(numpy masks out-of-range words silently), else ``GeneratorStateError``.  No pickle, no code: a
name is looked up in a fixed table.
"""
from __future__ import annotations

import json

import numpy as np

BIT_GENERATORS = {"MT19937": np.random.MT19937, "PCG64": np.random.PCG64,
                  "PCG64DXSM": np.random.PCG64DXSM, "Philox": np.random.Philox,
                  "SFC64": np.random.SFC64}


class GeneratorStateError(ValueError):
    """A bit-generator state that numpy cannot take back as it is; the message says why."""


def is_generator_state(value) -> bool:
    """A Generator, a BitGenerator or a ``bit_generator.state`` dict."""
    return isinstance(value, (np.random.Generator, np.random.BitGenerator)) or (
        isinstance(value, dict) and "bit_generator" in value and "state" in value)


def canonical(value) -> dict:
    """The JSON form of a Generator's (or BitGenerator's, or state dict's) state."""
    if isinstance(value, np.random.Generator):
        value = value.bit_generator
    if isinstance(value, np.random.BitGenerator):
        value = value.state
    return _plain(value)


def _plain(value):
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, np.ndarray):
        return [int(v) for v in value.ravel()]
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (bool, np.bool_)):
        return int(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, str):  # the bit generator's name
        return value
    raise GeneratorStateError(f"a bit-generator state holds only integers, found {type(value).__name__}")


def canonical_bytes(value) -> bytes:
    """Bytes that are equal if and only if the states are (sorted keys, one JSON text)."""
    return b"Generator\0" + json.dumps(canonical(value), sort_keys=True, separators=(",", ":")).encode()


def generator(state: dict) -> np.random.Generator:
    """A fresh Generator in ``state`` (a canonical dict); ``GeneratorStateError`` if unusable."""
    if not isinstance(state, dict):
        raise GeneratorStateError("\"bit_generator\" must be an object (a bit_generator.state dict).")
    name = state.get("bit_generator")
    if name not in BIT_GENERATORS:
        raise GeneratorStateError(f"\"bit_generator\" names {name!r}; rngscope reads "
                                  f"{', '.join(BIT_GENERATORS)}.")
    _no_floats_or_bools(state, "\"bit_generator\"")
    bit_generator = BIT_GENERATORS[name](0)  # seeded: no OS entropy for a state set next
    try:
        bit_generator.state = _numpy_form(name, state)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise GeneratorStateError(f"numpy does not accept this {name} state ({exc}).") from None
    if canonical(bit_generator) != state:
        raise GeneratorStateError(f"the {name} state has fields or words out of range (numpy would "
                                  "change them); the file was edited or damaged.")
    return np.random.Generator(bit_generator)


def _numpy_form(name, state):
    """The dict numpy's setter takes: MT19937's key as a uint32 array, Philox's as uint64."""
    if name == "MT19937":
        inner = dict(state["state"], key=np.asarray(state["state"]["key"], dtype=np.uint64).astype(np.uint32))
        return dict(state, state=inner)
    if name == "Philox":
        inner = {k: np.asarray(v, dtype=np.uint64) for k, v in state["state"].items()}
        return dict(state, state=inner, buffer=np.asarray(state["buffer"], dtype=np.uint64))
    if name == "SFC64":
        return dict(state, state={"state": np.asarray(state["state"]["state"], dtype=np.uint64)})
    return state


def _no_floats_or_bools(value, where):
    if isinstance(value, dict):
        for k, v in value.items():
            _no_floats_or_bools(v, where)
    elif isinstance(value, list):
        for v in value:
            _no_floats_or_bools(v, where)
    elif isinstance(value, bool) or not isinstance(value, (int, str)):
        raise GeneratorStateError(f"{where}: a state holds integers (and its name), found {value!r}.")
    elif isinstance(value, int) and value < 0:
        raise GeneratorStateError(f"{where}: state words are unsigned, found {value}.")
