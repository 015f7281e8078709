"""A hot function's lines laid out in bulk are the lines one f-string per call gives, and
``Sink`` writes text and rows in order to any text stream."""
from __future__ import annotations

import hashlib
import io
import json

from hypothesis import given
from hypothesis import strategies as st

from rngscope.trace import events
from rngscope.trace.hot_lines import CallLines, Sink

SLOT = "\x00slot\x00"


def call_lines(function="f", stream="uniform#0.rng", name=None):
    """The lines of a hot function, cut from its call event as ``LiveLines`` cuts them."""
    call = events.Call(0, function, 7, None, (events.StreamStep(stream, SLOT, SLOT, SLOT),),
                       (events.Draw(0, stream, SLOT, SLOT, SLOT),),
                       (events.Output(0, SLOT, name, SLOT),))
    obj = call.to_json()
    obj["call"] = obj["draws"][0]["draw"] = SLOT
    text = json.dumps(obj, ensure_ascii=False) + "\n"
    return CallLines(text.split(json.dumps(SLOT)))


def fingerprints(n, seed):
    return [hashlib.sha256(f"{seed} {i}".encode()).hexdigest()[:12] for i in range(n)]


def digests(n, seed):
    return [hashlib.blake2b(f"{seed} {i}".encode(), digest_size=8).hexdigest()
            for i in range(n)]


def one_by_one(lines, call, draw, before, afters, digested):
    befores = [before, *afters[:-1]]
    return "".join(lines.line(call + i, b, a, "true", draw + i, d, "null", "null")
                   for i, (b, a, d) in enumerate(zip(befores, afters, digested)))


@given(call=st.integers(0, 10**7), draw=st.integers(1, 10**7), n=st.integers(1, 1100),
       seed=st.integers(0, 100))
def test_fresh_rows_are_the_lines_one_by_one(call, draw, n, seed):
    lines = call_lines()
    afters, digested = fingerprints(n, seed), digests(n, seed)
    before = fingerprints(1, -seed)[0]
    rows = lines.fresh(call, draw, before, afters, digested)
    assert sum(len(r) for r in rows) == n
    assert b"".join(r.tobytes() for r in rows).decode() == one_by_one(
        lines, call, draw, before, afters, digested)


def test_rows_cross_every_power_of_ten_in_a_batch():
    """Calls 0.. and draws 95.. in one batch: the calls' widths change at 10, 100 and 1,000,
    the draws' at 100 and 1,000 (calls 5 and 905): six runs of rows."""
    lines = call_lines("ƒ", "ü.rng", "v")  # (not ASCII: the rows are UTF-8)
    afters, digested = fingerprints(1024, 1), digests(1024, 1)
    rows = lines.fresh(0, 95, afters[0], afters, digested)
    assert [len(r) for r in rows] == [5, 5, 90, 805, 95, 24]
    text = b"".join(r.tobytes() for r in rows).decode()
    assert text == one_by_one(lines, 0, 95, afters[0], afters, digested)
    objects = [json.loads(line) for line in text.splitlines()]
    assert [o["call"] for o in objects] == list(range(1024))
    assert objects[5]["draws"][0]["draw"] == 100 and objects[5]["function"] == "ƒ"


class Trickle(io.RawIOBase):
    """A raw stream that takes at most 1,000 bytes a write (as a raw pipe may take part of a
    large write)."""

    def __init__(self):
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, b):
        taken = bytes(memoryview(b)[:1000])
        self.data += taken
        return len(taken)


def chunks():
    lines = call_lines()
    afters, digested = fingerprints(12, 2), digests(12, 2)
    rows = lines.fresh(8, 1, afters[0], afters, digested)  # calls 8, 9 | 10...
    return ["{\"event\": \"start\"}\n", *rows, "{\"event\": \"end\"}\n"], (
        "{\"event\": \"start\"}\n" + one_by_one(lines, 8, 1, afters[0], afters, digested)
        + "{\"event\": \"end\"}\n")


def test_a_sink_writes_text_and_rows_in_order():
    parts, want = chunks()
    text = io.StringIO()  # no binary buffer: the rows are decoded
    Sink(text).write(parts)
    assert text.getvalue() == want
    binary = io.BytesIO()  # a stdout: the rows go to its buffer, after the text before them
    out = io.TextIOWrapper(binary, encoding="utf-8")
    sink = Sink(out)
    assert sink.binary is binary
    sink.write(parts)
    assert binary.getvalue().decode() == want
    raw = Trickle()  # `python -u`: a raw buffer, written until it took every byte
    out = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)
    Sink(out).write(parts)
    assert raw.data.decode() == want


def test_a_sink_decodes_rows_for_a_stream_of_another_encoding():
    parts, want = chunks()
    binary = io.BytesIO()
    out = io.TextIOWrapper(binary, encoding="utf-16")
    sink = Sink(out)
    assert sink.binary is None
    sink.write(parts)
    assert binary.getvalue().decode("utf-16") == want
