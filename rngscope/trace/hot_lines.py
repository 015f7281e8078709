"""A hot function's call lines (``stream.LiveLines.hot``): one template, a batch at a time.

Every call of a hot function (one draw, of one stream, its only output) has the same line
but for ten fields: the call, the states before and after, ``advanced``, the draw number,
the state again, the digest, ``repeat_of``, the digest again and ``equals``.
``CallLines`` holds the line cut at those fields (the bytes ``json.dumps`` gives its
``events.Call``) and makes

- ``line(c, b, a, adv, n, d, rep, same)``: one call's line, any fields (an f-string);
- ``fresh(...)``: the lines of a batch of calls that each made a new draw from a state
  never seen, advanced their stream and equal no earlier output (the common case), as
  rows of a numpy byte array: the template's bytes with, column by column for the whole
  batch, the call and draw numbers written as digits and the fingerprints and digests
  copied in.  Rows are UTF-8.

``Sink`` writes text lines and such rows to the output in order, the rows as they are
where the output takes UTF-8 bytes (a stdout), decoded elsewhere (a ``StringIO``).
Helpers make a batch's fingerprints and digests (``fingerprints``, ``digests``).
"""
from __future__ import annotations

import codecs
import io
import os

import numpy as np

__all__ = ["CallLines", "Sink", "digests", "fingerprints"]

_FP, _DIGEST = 12, 16  # hex digits of a state fingerprint and of a values digest
_POW10 = 10 ** np.arange(19, dtype=np.int64)
# The fields of a hot call's line, in order; numbers and JSON words go in bare, fingerprints
# and digests inside quotes.
_FIELDS = ("{c}", '"{b}"', '"{a}"', "{adv}", "{n}", '"{b}"', '"{d}"', "{rep}", '"{d}"',
           "{same}")


class CallLines:
    """The lines of a hot function's calls, from its line's text around the ten fields
    (``parts``: eleven strings)."""

    def __init__(self, parts):
        self.parts = parts
        self.line = eval("lambda c, b, a, adv, n, d, rep, same: f"  # noqa: S307
                         + repr(_f_string(parts, _FIELDS)), {})
        self._rows = {}  # (digits of the call, of the draw number) -> (row, field starts)

    def fresh(self, call, draw, before, afters, digests):
        """The lines of calls ``call``, ``call + 1``, ... whose draws are numbered from
        ``draw``: each made at the state the call before left (``before`` for the first),
        left the state ``afters[i]`` and has the digest ``digests[i]``.  A list of uint8
        arrays, one row per line: one array per run of calls whose numbers have as many
        digits."""
        m = len(afters)
        after = _hex_columns(afters, _FP)
        before_ = np.empty_like(after)
        before_[0] = _hex_columns([before], _FP)[0]
        before_[1:] = after[:-1]
        digest = _hex_columns(digests, _DIGEST)
        found = []
        for lo, hi in _spans((call, draw), m):
            calls = np.arange(call + lo, call + hi, dtype=np.int64)
            c_digits, n_digits = len(str(call + lo)), len(str(draw + lo))
            row, (c, b, a, n, s, d, od) = self._row(c_digits, n_digits)
            rows = np.empty((hi - lo, len(row)), np.uint8)
            rows[:] = row
            rows[:, c:c + c_digits] = _digits(calls, c_digits)
            rows[:, n:n + n_digits] = _digits(calls + (draw - call), n_digits)
            for start, column in ((b, before_), (a, after), (s, before_)):
                rows[:, start:start + _FP] = column[lo:hi]
            for start in (d, od):
                rows[:, start:start + _DIGEST] = digest[lo:hi]
            found.append(rows)
        return found

    def _row(self, c_digits, n_digits):
        """A fresh line's bytes with zeros for its numbers, fingerprints and digests, and
        where those start (call, before, after, draw, state, digest, output digest)."""
        made = self._rows.get((c_digits, n_digits))
        if made is None:
            fp, digest = '"' + "0" * _FP + '"', '"' + "0" * _DIGEST + '"'
            fields = ("0" * c_digits, fp, fp, "true", "0" * n_digits, fp, digest, "null",
                      digest, "null")
            row, starts = bytearray(), []
            for part, field in zip(self.parts, fields):
                row += part.encode()
                starts.append(len(row) + field.startswith('"'))
                row += field.encode()
            row += self.parts[-1].encode()
            made = self._rows[c_digits, n_digits] = (
                np.frombuffer(bytes(row), np.uint8),
                tuple(starts[k] for k in (0, 1, 2, 4, 5, 6, 8)))
        return made


def _f_string(parts, fields):
    """An f-string's text: ``parts`` with ``fields`` between them, the parts' braces doubled."""
    def escaped(part):
        return part.replace("{", "{{").replace("}", "}}")
    return "".join(escaped(p) + f for p, f in zip(parts, fields)) + escaped(parts[-1])


def _spans(firsts, m):
    """[lo, hi) runs of a batch of ``m`` over which each of the numbers counting up from
    ``firsts`` keeps its number of digits."""
    cuts = {0, m}
    for first in firsts:
        power = 10 ** len(str(first))
        while power - first < m:
            cuts.add(power - first)
            power *= 10
    cuts = sorted(cuts)
    return list(zip(cuts[:-1], cuts[1:]))


def _digits(numbers, width):
    """The ASCII decimal digits of ``numbers`` (each ``width`` long), one row each."""
    found = np.empty((len(numbers), width), np.uint8)
    for k in range(width):  # (a scalar divisor: numpy divides a column by it fast)
        found[:, width - 1 - k] = numbers // int(_POW10[k]) % 10
    found += ord("0")
    return found


def _hex_columns(texts, width):
    """Hex strings of ``width`` characters as a (len, width) array of their ASCII bytes."""
    return np.frombuffer("".join(texts).encode("ascii"), np.uint8).reshape(len(texts), width)


# -- fingerprints and digests of a batch ---------------------------------------------------


def fingerprints(key, tails):
    """The fingerprints of states with the key whose sha256 (of head and key) is ``key``, one
    per tail (``fingerprint.LiveFingerprints``)."""
    found = []
    keep, copy = found.append, key.copy if tails else None
    for tail in tails:
        h = copy()
        h.update(tail)
        keep(h.digest()[:_FP // 2].hex())
    return found


def digests(start, datas):
    """``value_digest`` of draws of one dtype and shape from their bytes (``start``: the
    blake2b of their personalisation)."""
    found = []
    keep, copy = found.append, start.copy
    for data in datas:
        h = copy()
        h.update(data)
        keep(h.hexdigest())
    return found


# -- writing ---------------------------------------------------------------------------------


class Sink:
    """Writes chunks to the text stream ``out`` in order: strings as text, arrays of UTF-8
    rows (``CallLines.fresh``) to its binary buffer when it writes UTF-8 bytes as they are
    (a stdout on a POSIX system), else decoded."""

    def __init__(self, out):
        self.out = out
        buffer = getattr(out, "buffer", None)
        encoding = getattr(out, "encoding", None)
        self.binary = buffer if (
            buffer is not None and encoding is not None and os.linesep == "\n"
            and codecs.lookup(encoding).name == "utf-8") else None
        # (``python -u``: the buffer is raw, and a raw write may take only part of a chunk)
        self.raw = isinstance(buffer, io.RawIOBase)

    def write(self, chunks):
        text = []
        for chunk in chunks:
            if chunk.__class__ is str:
                text.append(chunk)
            elif self.binary is None:
                text.append(chunk.tobytes().decode())
            else:
                if text:
                    self.out.write("".join(text))
                    text = []
                self.out.flush()  # (the text before the rows)
                self._write_bytes(memoryview(chunk).cast("B"))
        if text:
            self.out.write("".join(text))
        self.out.flush()

    def _write_bytes(self, view):
        if not self.raw:
            self.binary.write(view)
            return
        while view:
            view = view[self.binary.write(view) or 0:]
