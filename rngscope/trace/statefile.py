"""State files (``"schema": "rngscope.state/1"``): every stream's full state as JSON.

A file names each stream (``rv_u.rng``) and gives its full state — for a numpy
``RandomState`` the MT19937 key (624 words), position, gaussian flag and cached
gaussian; for an MRG stream its int32 state matrix; for a numpy ``Generator`` (PyTensor)
its ``bit_generator`` state dict (``rngscope.trace.generator_states``) — with the state's
fingerprint, so a damaged or edited file is caught.  Reading is strict: any
missing or unknown field, wrong type or size, or fingerprint that does not
match makes ``read`` raise ``StateFileError`` before anything is changed.
Writing goes to a temporary file in the same directory that then replaces the
target (``os.replace``), so a reader never sees half a file.  Only JSON is
read: no pickle, no code.
"""
from __future__ import annotations

import json
import math
import os
import tempfile
from dataclasses import dataclass

import numpy as np

from rngscope.trace import generator_states
from rngscope.trace.fingerprint import fingerprint

SCHEMA = "rngscope.state/1"
MAX_BYTES = 16 * 1024 * 1024
_KEY_WORDS = 624
_ARRAY_DTYPES = ("int32", "int64", "uint32")


class StateFileError(Exception):
    """A state file that cannot be used; the message says what is wrong with it."""


@dataclass(frozen=True)
class StreamEntry:
    """One stream's state as the file gives it."""

    stream: str
    state: dict
    fingerprint: str

    def value(self):
        """A fresh state object (RandomState or array) equal to the file's."""
        s = self.state
        if s["type"] == "Generator":
            return generator_states.generator(s["bit_generator"])
        if s["type"] == "MT19937":
            rng = np.random.RandomState(0)
            rng.set_state(("MT19937", np.asarray(s["key"], dtype=np.uint32), s["pos"],
                           int(s["has_gauss"]), float(s["cached_gaussian"])))
            return rng
        return np.asarray(s["values"], dtype=s["dtype"]).reshape(s["shape"])

    def mismatch(self, current):
        """Why this entry cannot replace the stream's ``current`` state, or None."""
        if (self.state["type"] == "Generator") != isinstance(current, np.random.Generator):
            return ("the file has a numpy Generator, the script's stream does not"
                    if self.state["type"] == "Generator" else
                    "the script's stream holds a numpy Generator, the file does not")
        if self.state["type"] == "Generator":
            return None
        if self.state["type"] == "MT19937":
            if not isinstance(current, np.random.RandomState):
                return "the file has a RandomState, the script's stream holds an array"
            return None
        if isinstance(current, np.random.RandomState):
            return "the file has an array, the script's stream holds a RandomState"
        current = np.asarray(current)
        if list(current.shape) != self.state["shape"] or str(current.dtype) != self.state["dtype"]:
            return (f"the file's state is {self.state['dtype']} {self.state['shape']}, the "
                    f"stream's {current.dtype} {list(current.shape)}")
        return None


@dataclass(frozen=True)
class StateDoc:
    script: str | None
    at: dict | None
    streams: tuple


# -- writing --------------------------------------------------------------------------


def encode_state(full):
    """The JSON form of a full state (a ``get_state()`` tuple, an array or a numpy Generator)."""
    if generator_states.is_generator_state(full):
        return {"type": "Generator", "bit_generator": generator_states.canonical(full)}
    if isinstance(full, tuple):
        _, key, pos, has_gauss, cached = full
        return {"type": "MT19937", "key": [int(k) for k in key], "pos": int(pos),
                "has_gauss": int(has_gauss), "cached_gaussian": float(cached)}
    arr = np.asarray(full)
    return {"type": "array", "dtype": str(arr.dtype), "shape": list(arr.shape),
            "values": [int(v) for v in arr.ravel()]}


def document(saved, script, at):
    """The file's content for ``saved`` = [(stream name, full state), ...]."""
    return {"schema": SCHEMA, "script": script, "at": at,
            "streams": [{"stream": name, "fingerprint": fingerprint(full), "state": encode_state(full)}
                        for name, full in saved]}


def dumps(doc):
    """One stream per line: diffable, and far shorter than one number per line."""
    head = ",\n".join(f'  {json.dumps(k)}: {json.dumps(doc[k])}' for k in ("schema", "script", "at"))
    streams = ",\n".join("    " + json.dumps(s) for s in doc["streams"])
    return "{\n%s,\n  \"streams\": [\n%s\n  ]\n}\n" % (head, streams)


def write(path, doc):
    """Write ``doc`` to ``path`` atomically: a temporary file, flushed, then renamed over it."""
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise StateFileError(f"cannot write {path}: {exc.strerror or exc}.") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(dumps(doc))
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _remove(tmp)
        raise StateFileError(f"cannot write {path}: {exc.strerror or exc}.") from None
    except BaseException:
        _remove(tmp)
        raise


def _remove(path):
    try:
        os.unlink(path)
    except OSError:
        pass


# -- reading -------------------------------------------------------------------------------


def read(path):
    """The validated content of a state file; ``StateFileError`` if it cannot be used."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise StateFileError(f"cannot read the state file {path}: no such file.") from None
    except IsADirectoryError:
        raise StateFileError(f"cannot read the state file {path}: it is a directory.") from None
    except OSError as exc:
        raise StateFileError(f"cannot read the state file {path}: {exc.strerror or exc}.") from None
    if len(data) > MAX_BYTES:
        raise StateFileError(f"{path} is larger than {MAX_BYTES // (1024 * 1024)} MB; "
                             "it is not a state file.")
    try:
        return parse(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise StateFileError(f"{path} is not a state file: it is not UTF-8 text.") from None
    except StateFileError as exc:
        raise StateFileError(f"{path} is not a usable state file: {exc}") from None


def parse(text):
    """Validate the text of a state file (see the module docstring)."""
    try:
        doc = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise StateFileError(f"it is not valid JSON ({exc.msg} at line {exc.lineno}, column "
                             f"{exc.colno}; truncated?).") from None
    _fields(doc, "the file", {"schema", "streams"}, {"script", "at"})
    if doc["schema"] != SCHEMA:
        raise StateFileError(f"its schema is {doc['schema']!r}, not {SCHEMA!r}.")
    if doc.get("script") is not None and not isinstance(doc["script"], str):
        raise StateFileError("\"script\" must be a string.")
    if doc.get("at") is not None and not isinstance(doc["at"], dict):
        raise StateFileError("\"at\" must be an object.")
    streams = doc["streams"]
    if not isinstance(streams, list) or not streams:
        raise StateFileError("\"streams\" must be a non-empty list.")
    entries, seen = [], set()
    for i, entry in enumerate(streams):
        where = f"stream {i}"
        _fields(entry, where, {"stream", "fingerprint", "state"}, set())
        name = entry["stream"]
        if not isinstance(name, str) or not name:
            raise StateFileError(f"{where}: \"stream\" must be a non-empty string.")
        if name in seen:
            raise StateFileError(f"the stream {name!r} appears twice.")
        seen.add(name)
        state = _state(entry["state"], f"stream {name!r}")
        full = _full(state)
        if entry["fingerprint"] != fingerprint(full):
            raise StateFileError(f"the fingerprint of stream {name!r} does not match its state "
                                 "(the file was edited or damaged).")
        entries.append(StreamEntry(name, state, entry["fingerprint"]))
    return StateDoc(doc.get("script"), doc.get("at"), tuple(entries))


def _no_constant(name):
    raise StateFileError(f"it contains {name}, which is not JSON.")


def _fields(obj, where, required, optional):
    if not isinstance(obj, dict):
        raise StateFileError(f"{where} must be a JSON object.")
    missing = sorted(required - obj.keys())
    if missing:
        raise StateFileError(f"{where} has no {', '.join(map(repr, missing))}.")
    unknown = sorted(obj.keys() - required - optional)
    if unknown:
        raise StateFileError(f"{where} has unknown field{'s' if len(unknown) > 1 else ''} "
                             f"{', '.join(map(repr, unknown))}.")


def _is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def _state(state, where):
    if not isinstance(state, dict) or state.get("type") not in ("MT19937", "array", "Generator"):
        raise StateFileError(f"{where}: \"state\" must be an object with \"type\" \"MT19937\", "
                             "\"array\" or \"Generator\".")
    if state["type"] == "Generator":
        _fields(state, where, {"type", "bit_generator"}, set())
        try:
            generator_states.generator(state["bit_generator"])
        except generator_states.GeneratorStateError as exc:
            raise StateFileError(f"{where}: {exc}") from None
        return state
    if state["type"] == "MT19937":
        _fields(state, where, {"type", "key", "pos", "has_gauss", "cached_gaussian"}, set())
        key = state["key"]
        if not isinstance(key, list) or len(key) != _KEY_WORDS:
            size = len(key) if isinstance(key, list) else "not a list"
            raise StateFileError(f"{where}: the MT19937 key must be {_KEY_WORDS} words, "
                                 f"found {size}.")
        if not all(_is_int(k) and 0 <= k < 2 ** 32 for k in key):
            raise StateFileError(f"{where}: the MT19937 key words must be integers in [0, 2**32).")
        if not _is_int(state["pos"]) or not 0 <= state["pos"] <= _KEY_WORDS:
            raise StateFileError(f"{where}: \"pos\" must be an integer from 0 to {_KEY_WORDS}.")
        if state["has_gauss"] not in (0, 1) or isinstance(state["has_gauss"], float):
            raise StateFileError(f"{where}: \"has_gauss\" must be 0 or 1.")
        cached = state["cached_gaussian"]
        if isinstance(cached, bool) or not isinstance(cached, (int, float)) or not math.isfinite(cached):
            raise StateFileError(f"{where}: \"cached_gaussian\" must be a finite number.")
        return state
    _fields(state, where, {"type", "dtype", "shape", "values"}, set())
    if state["dtype"] not in _ARRAY_DTYPES:
        raise StateFileError(f"{where}: \"dtype\" must be one of {', '.join(_ARRAY_DTYPES)}.")
    shape = state["shape"]
    if not isinstance(shape, list) or not all(_is_int(n) and n >= 0 for n in shape):
        raise StateFileError(f"{where}: \"shape\" must be a list of sizes.")
    values = state["values"]
    size = math.prod(shape)
    if not isinstance(values, list) or len(values) != size:
        raise StateFileError(f"{where}: \"values\" must hold {size} integers, as \"shape\" says.")
    info = np.iinfo(state["dtype"])
    if not all(_is_int(v) and info.min <= v <= info.max for v in values):
        raise StateFileError(f"{where}: \"values\" must be {state['dtype']} integers.")
    return state


def _full(state):
    if state["type"] == "Generator":
        return state["bit_generator"]  # a bit_generator.state dict: what fingerprint() reads
    if state["type"] == "MT19937":
        return ("MT19937", np.asarray(state["key"], dtype=np.uint32), state["pos"],
                int(state["has_gauss"]), float(state["cached_gaussian"]))
    return np.asarray(state["values"], dtype=state["dtype"]).reshape(state["shape"])
