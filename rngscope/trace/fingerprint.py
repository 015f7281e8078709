"""Stream fingerprints: 12 hex characters naming a random state.

Equal fingerprints if and only if equal states (up to a sha256 collision), so
equal fingerprints mean equal future draws.  A numpy ``RandomState`` (or the
tuple its ``get_state()`` returns) is encoded canonically as MT19937 key,
position, gaussian flag and cached gaussian — the cached gaussian only when the
flag is set, since otherwise no draw can see it.  An MRG state (an int32
matrix) is encoded by its dtype, shape and bytes.  Reading a ``RandomState``'s
full state costs about 55 µs, so callers compute fingerprints only when needed.
"""
from __future__ import annotations

import hashlib
import struct

import numpy as np

from rngscope.trace import generator_states, mt_state

LENGTH = 12


def fingerprint(state_value) -> str:
    """The fingerprint of a RandomState, a ``get_state()`` tuple, an MRG state matrix, or a
    numpy Generator (its ``bit_generator.state``)."""
    return hashlib.sha256(_canonical_bytes(state_value)).digest()[:LENGTH // 2].hex()


def _canonical_bytes(value) -> bytes:
    if generator_states.is_generator_state(value):  # a numpy Generator (PyTensor's streams)
        return generator_states.canonical_bytes(value)
    if isinstance(value, np.random.RandomState):  # its bytes read directly (get_state: 27 µs)
        key, pos, has_gauss, cached = mt_state.raw(value)
        return b"MT19937\0" + key + struct.pack("<qqd", pos, has_gauss, cached)
    if isinstance(value, tuple) and len(value) == 5 and value[0] == "MT19937":
        _, key, pos, has_gauss, cached = value
        has_gauss = int(has_gauss)
        cached = float(cached) if has_gauss else 0.0
        return b"MT19937\0" + np.asarray(key, dtype="<u4").tobytes() + struct.pack(
            "<qqd", int(pos), has_gauss, cached)
    if isinstance(value, np.ndarray):
        arr = np.ascontiguousarray(value)
        dtype = arr.dtype.newbyteorder("<") if arr.dtype.byteorder == ">" else arr.dtype
        header = f"ndarray\0{dtype.str}\0{arr.shape}\0".encode()
        return header + arr.astype(dtype, copy=False).tobytes()
    raise TypeError(f"cannot fingerprint a {type(value).__name__}: expected a random state")


# -- values ------------------------------------------------------------------------------

_PERSONS = {}


def _person(dtype, shape):
    """16 bytes naming a dtype and shape, so equal bytes of another shape digest apart."""
    key = (dtype.str, shape)
    person = _PERSONS.get(key)
    if person is None:
        person = _PERSONS[key] = hashlib.blake2b(repr(key).encode(), digest_size=16).digest()
    return person


def value_digest(value) -> bytes:
    """8 bytes identifying an array's dtype, shape and values: the same on every run."""
    a = np.asarray(value)
    return hashlib.blake2b(a.tobytes(), digest_size=8, person=_person(a.dtype, a.shape)).digest()


SMALL = 256  # values of at most this many bytes are kept whole by the recorder
_MODULUS = (1 << 61) - 1  # Python hashes an int in [0, 2**61 - 1) to itself


def kept(data: bytes):
    """What the recorder keeps of a value's bytes until it hashes them all at once: the bytes
    when small, else their hash (reduced so that hashing it again gives it back)."""
    return data if len(data) <= SMALL else hash(data) % _MODULUS


def value_hash(value) -> int:
    """An int identifying an array's dtype, shape and values within this process.

    Python's hash of the bytes costs a fifth of a stable digest; the recorder
    compares values with it and prints ``value_digest``s.  It equals the hash the
    recorder gives a draw of the same values (``hash(kept(bytes))``, salted).
    """
    a = np.asarray(value)
    return hash(kept(a.tobytes())) ^ hash((a.dtype.str, a.shape))


def output_entry(data, key):
    """(value_hash, value_digest) of a value kept as its bytes (``kept``) and (dtype str,
    shape) ``key``, or already as that pair."""
    if data.__class__ is not bytes:
        return data
    person = _person(np.dtype(key[0]), key[1])
    return hash(data) ^ hash(key), hashlib.blake2b(data, digest_size=8, person=person).digest()


class LiveFingerprints:
    """Fingerprints of live states, many a second: ``fingerprints(state)`` equals
    ``fingerprint(state)``.  A RandomState is read in place (``mt_state.View``); its key
    changes only every 624 words drawn, so the sha256 of the fingerprint's head and key is
    kept per state object, and while the key is the same only the position and gaussian
    cache are hashed again."""

    def __init__(self):
        self._kept = {}  # id(state) -> [View, key bytes, sha256 of head and key]

    def __call__(self, state):
        kept = self._kept.get(id(state))
        if kept is None or kept[0].state is not state or not kept[0].valid():
            if not mt_state.viewable(state):
                return fingerprint(state)
            kept = self._kept[id(state)] = [mt_state.View(state), None, None]
        view = kept[0]
        key = view.key()
        if key != kept[1]:
            kept[1], kept[2] = key, hashlib.sha256(b"MT19937\0" + key)
        h = kept[2].copy()
        h.update(_TAIL.pack(view.pos(), *view.gauss()))
        return h.digest()[:LENGTH // 2].hex()


    def parts(self, state):
        """What a reader that computes ``state``'s fingerprint again and again itself needs:
        the ctypes objects of its key words, position, has_gauss and gauss, and a list
        [key bytes, sha256 of head and key] to keep (see ``stream.LiveLines.hot``)."""
        view = mt_state.View(state)
        return (*view.buffers(), [None, None])


_TAIL = struct.Struct("<qqd")  # a RandomState's after its key: position, has_gauss, gauss
# ... of a state with no gaussian cached, by position (an MT19937 position is 0 to 624)
_PLAIN_TAILS = tuple(_TAIL.pack(pos, 0, 0.0) for pos in range(625))


def digester(dtype, shape):
    """``value_digest`` of values of one dtype and shape, from their bytes (a blake2b whose
    personalisation is made once)."""
    start = hashlib.blake2b(digest_size=8, person=_person(np.dtype(dtype), tuple(shape)))

    def digest(data):
        h = start.copy()
        h.update(data)
        return h.hexdigest()

    digest.start = start
    return digest
