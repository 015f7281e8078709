"""A PCG64 (or PCG64DXSM) Generator's state read in place, kept per draw, fingerprinted from bytes.

PyTensor's Numba draws move a stream's ``Generator`` in place; rebuilding a state later means
replaying draws through PyTensor (about 12 µs each), and ``bit_generator.state`` builds a dict
(objects the garbage collector tracks).  The state itself is 40 bytes of C memory: the 128-bit
``state`` and ``inc`` words behind a pointer, then ``has_uint32`` and ``uinteger`` in the bit
generator's own struct (at ``bit_generator.ctypes.state_address``).  ``reader(generator)`` makes
a ``Reader`` whose two ctypes views copy those bytes; ``Kept`` holds them per draw row, and
gives back the fingerprint (``fingerprint.fingerprint`` of the canonical dict,
``generator_states.canonical``) of a row's state without replaying anything.

Where the fields sit is numpy's private layout, so it is checked once per process on probe
generators (with and without a buffered 32-bit word) against ``bit_generator.state`` and
``generator_states.canonical_bytes``; if anything differs, or for any other bit generator,
``reader`` gives ``NO_READER`` and states are rebuilt by replaying, as before.
"""
from __future__ import annotations

import ctypes
import hashlib
import struct
import sys
from array import array
from bisect import bisect_left

import numpy as np

from rngscope.trace import generator_states

__all__ = ["Kept", "NO_READER", "Reader", "is_generator", "reader"]

KINDS = (np.random.PCG64, np.random.PCG64DXSM)  # the bit generators read in place
_WORDS = 32  # the 128-bit state and inc
_TAIL = struct.Struct("<iI")  # has_uint32, uinteger
_TEXT = '{"bit_generator":"%s","has_uint32":%d,"state":{"inc":%d,"state":%d},"uinteger":%d}'
_checked = None  # the layout passed the check (True), failed it (False), or is not checked yet


class Reader:
    """The state of one Generator object, read in place (``words`` and ``tail``: ``.raw``)."""

    __slots__ = ("generator", "kind", "words", "tail")

    def __init__(self, generator, kind=-1):
        self.generator, self.kind = generator, kind  # (the generator is kept alive while read)
        self.words = self.tail = None
        if kind >= 0:
            address = generator.bit_generator.ctypes.state_address
            pointer = ctypes.c_void_p.from_address(address).value
            self.words = (ctypes.c_char * _WORDS).from_address(pointer)
            self.tail = (ctypes.c_char * _TAIL.size).from_address(address + 8)

    def read(self) -> bytes:
        return self.words.raw + self.tail.raw


NO_READER = Reader(None)  # reads nothing (``words`` is None): another bit generator, or no layout


def is_generator(value) -> bool:
    return isinstance(value, np.random.Generator)


def reader(generator) -> Reader:
    """A ``Reader`` of a PCG64 or PCG64DXSM ``Generator`` (exactly those classes), else one for
    ``generator`` that reads nothing (``words`` None), so that a caller can tell it apart."""
    bit_generator = getattr(generator, "bit_generator", None)
    kind = KINDS.index(type(bit_generator)) if type(bit_generator) in KINDS else -1
    if kind < 0 or not _layout_ok():
        return Reader(generator)
    return Reader(generator, kind)


def canonical(kind, raw) -> dict:
    """The canonical state dict (as ``generator_states.canonical`` gives it) of raw bytes."""
    has_uint32, uinteger = _TAIL.unpack_from(raw, _WORDS)
    return {"bit_generator": KINDS[kind].__name__,
            "state": {"state": int.from_bytes(raw[:16], "little"),
                      "inc": int.from_bytes(raw[16:_WORDS], "little")},
            "has_uint32": has_uint32, "uinteger": uinteger}


def canonical_bytes(kind, raw) -> bytes:
    """``generator_states.canonical_bytes`` of raw bytes, formatted directly."""
    has_uint32, uinteger = _TAIL.unpack_from(raw, _WORDS)
    return b"Generator\0" + (_TEXT % (KINDS[kind].__name__, has_uint32,
                                      int.from_bytes(raw[16:_WORDS], "little"),
                                      int.from_bytes(raw[:16], "little"), uinteger)).encode()


def _layout_ok():
    global _checked
    if _checked is None:
        _checked = False
        if sys.byteorder == "little":
            probes = []
            for kind, cls in enumerate(KINDS):
                for buffered in (False, True):
                    g = np.random.Generator(cls(20261206 + kind))
                    g.random(3)
                    if buffered:  # a bounded uint32 draw leaves one 32-bit word buffered
                        g.integers(0, 1 << 31, dtype=np.uint32)
                    probes.append((kind, g))
            _checked = all(_probe_ok(kind, g) for kind, g in probes) and any(
                g.bit_generator.state["has_uint32"] for _, g in probes)
    return _checked


def _probe_ok(kind, generator):
    raw = Reader(generator, kind).read()
    want = generator_states.canonical(generator)
    return (canonical(kind, raw) == want and list(canonical(kind, raw)) == list(want)
            and canonical_bytes(kind, raw) == generator_states.canonical_bytes(generator))


class Kept:
    """Raw states after draw rows, kept as the recorder reads them (rows ascending)."""

    def __init__(self):
        self.rows = array("q")
        self.data = bytearray()  # 40 bytes per row
        self.kinds = bytearray()  # per row: its bit generator (an index into KINDS)

    def keep(self, row, reader):
        self.rows.append(row)
        self.data += reader.words.raw
        self.data += reader.tail.raw
        self.kinds.append(reader.kind)

    def _at(self, row):
        i = bisect_left(self.rows, row)
        return i if i < len(self.rows) and self.rows[i] == row else -1

    def _raw(self, i):
        size = _WORDS + _TAIL.size
        return bytes(self.data[i * size:(i + 1) * size])

    def fingerprint(self, row, length):
        """The fingerprint (``length`` hex digits) of the state after draw ``row``, or None."""
        i = self._at(row)
        if i < 0:
            return None
        return hashlib.sha256(canonical_bytes(self.kinds[i], self._raw(i))).digest()[
            :length // 2].hex()
