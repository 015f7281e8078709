"""The script's results, and why two of them are equal or different.

``results(timeline)`` names the results a replay compares: the last value bound to each
name the script assigns, as Python would have it (with no names, every call is one).
``explain_equal`` and ``different`` say, stream by stream, which draws two results are made
of and what happened to those streams in between: a restore, calls that advanced them.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass

import numpy as np

from rngscope.trace.loop_findings import numbers_text

MAX_UNNAMED = 200  # unnamed calls compared as results (more would be noise)


@dataclass(frozen=True)
class Result:
    label: str
    call: int
    outputs: tuple  # output indices


def results(timeline):
    """{name: Result} — each name's last binding, in the order of those bindings' calls."""
    rec = timeline.recording
    named = {}
    # A name's last binding is the last call from one of the (site, function) pairs that
    # bind it: one look-up per distinct pair, not per call.
    n_fns = len(rec.functions) + 1
    pairs = (rec.call_site.astype(np.int64) + 1) * n_fns + rec.call_fn  # one int per pair
    last = {}
    if rec.n_calls:
        unique, at = np.unique(pairs[::-1], return_index=True)
        for pair, back in zip(unique.tolist(), at.tolist()):
            last[(pair // n_fns - 1, pair % n_fns)] = rec.n_calls - 1 - back
    for call in sorted(last.values()):
        result, outputs = timeline.result_names(call)
        if result is None:
            continue
        named.pop(result, None)
        named[result] = Result(result, call, tuple(range(len(outputs))))
        if len(outputs) > 1:
            for k, name in enumerate(outputs):
                named.pop(name, None)
                named[name] = Result(name, call, (k,))
    if not named and rec.n_calls <= MAX_UNNAMED:
        for call in range(rec.n_calls):
            label = timeline.label(call)
            named[label] = Result(label, call, tuple(range(len(rec.outputs(call)))))
    return dict(sorted(named.items(), key=lambda item: (item[1].call, item[1].outputs)))


def digests(timeline, result):
    outs = timeline.recording.outputs(result.call)
    return tuple(outs[k] for k in result.outputs)


def draws_of(timeline, result):
    """[(stream name, number, token, repeat_of)] of the draws a result is made of: the draws
    its outputs are when each is one (``a, b = f()`` names two), else all its call's draws
    (not those whose values nothing used)."""
    streams = timeline.names.streams
    rec = timeline.recording
    draws = rec.draws(result.call)
    own = [rec.function_of(result.call).out_nodes[k] for k in result.outputs]
    if own and all(k >= 0 for k in own):
        draws = [draws[k] for k in dict.fromkeys(own)]
    return [(streams[d.stream], d.number, d.token, d.repeat_of) for d in draws if not d.discarded]


def by_stream(draws):
    """{stream: [(number, token, repeat_of)]} in the order the streams first appear."""
    out = {}
    for stream, number, token, repeat in draws:
        out.setdefault(stream, []).append((number, token, repeat))
    return out


def calls_text(calls):
    calls = list(calls)
    if len(calls) == 1:
        return f"call {calls[0]}"
    shown = ", ".join(str(c) for c in calls[:5])
    return f"calls {shown}" + (f" and {len(calls) - 5:,} more" if len(calls) > 5 else "")


def _writes_between(timeline, stream, first, last):
    """Writes to ``stream`` after call ``first`` and before call ``last``."""
    out = []
    for index, write in enumerate(timeline.recording.writes):
        if first < write.after_calls <= last and timeline.names.streams[write.stream] == stream:
            out.append((index, write))
    return out


def _restore_text(timeline, index, write):
    restores, _ = timeline.restores(index)
    where = f"line {timeline.state(index, fingerprints=False).line}" if write.site >= 0 else None
    if write.source == "restore-after":
        how = f"--restore-after {write.after_calls - 1}"
    else:
        how = write.source + (f", {where}" if where else "")
    return f"{timeline.names.streams[write.stream]} was restored to {restores.describe()} ({how})"


def restore_before(timeline, stream, first, last):
    """The last restoring write to ``stream`` between two calls, as text, or None."""
    for index, write in reversed(_writes_between(timeline, stream, first, last)):
        restores, unchanged = timeline.restores(index)
        if restores is not None and not unchanged:
            return _restore_text(timeline, index, write)
    return None


def explain_equal(timeline, a, b):
    """Why result ``a`` (later) has the values of ``b``."""
    da, db = draws_of(timeline, a), draws_of(timeline, b)
    if not da and not db:
        return f"{a.label} equals {b.label}: neither draws random numbers."
    if [(s, n) for s, n, _, _ in da] != [(s, n) for s, n, _, _ in db]:
        return (f"{a.label} equals {b.label} although they use different draws "
                f"({_numbers(db)} and {_numbers(da)}): their values agree anyway.")
    if len(by_stream(da)) == 1 and len(da) > 1:
        stream, _, token, _ = da[0]
        text = (f"{a.label} equals {b.label}: both are draws {numbers_text(n for _, n, _, _ in da)} "
                f"of {stream}, made at the same states")
    elif len(da) == 1:
        stream, number, token, _ = da[0]
        text = (f"{a.label} equals {b.label}: both are draw #{number} of {stream}, made at the "
                f"same state {timeline.fingerprint(token)}")
    else:
        text = f"{a.label} equals {b.label}: both use the same draws ({_numbers(da)}), made at the same states"
    why = [restore_before(timeline, s, b.call, a.call) for s in by_stream(da)]
    why = list(dict.fromkeys(w for w in why if w))
    if why:
        text += "; " + "; ".join(why) + " in between"
    elif b.call != a.call:
        text += f"; nothing advanced {_streams_text(da)} in between"
    return text + "."


class Cause(enum.Enum):
    """Why one stream's draw of a later result is not the earlier result's."""

    ONLY_LATER_DRAWS = "only-later-draws"  # the earlier result does not draw from the stream
    REPEATS_DRAW = "repeats-draw"  # a restore made it repeat another call's draw
    MOVED_ON = "moved-on"  # calls in between advanced the stream (or it was set)


@dataclass(frozen=True)
class Part:
    """One stream's part of a difference, with the facts its sentence is made of."""

    cause: Cause
    stream: str
    number: int  # the later result's (first) draw
    other: int | None  # the earlier result's (first) draw of the stream
    restore: str | None = None  # the restore in between, in words
    maker: str | None = None  # for REPEATS_DRAW: the function and call that first made it
    maker_call: int | None = None
    movers: str = ""  # for MOVED_ON: the calls that advanced it, in words
    numbers: tuple = ()  # every draw of the stream, when a result made several (a loop's)
    others: tuple = ()


@dataclass(frozen=True)
class Difference:
    """Why result ``later`` differs from ``earlier``: a part per stream whose draws differ."""

    later: str
    earlier: str
    parts: tuple[Part, ...]
    draws_random: bool  # whether either result draws at all
    numbers: str  # the later result's draws, in words (for "same draws")

    @property
    def repeats(self):
        """Does a restore make the later result repeat another call's draw?"""
        return any(p.cause is Cause.REPEATS_DRAW for p in self.parts)

    def render(self):
        a, b = self.later, self.earlier
        if not self.draws_random:
            return (f"{a} differs from {b}: neither draws random numbers, so their "
                    "inputs or shared variables differ.")
        if not self.parts:
            return (f"{a} differs from {b} although they use the same draws "
                    f"({self.numbers}): their inputs or other shared variables differ.")
        return f"{a} differs from {b}: " + "; ".join(self._part(p) for p in self.parts) + "."

    def _part(self, p):
        if p.cause is Cause.ONLY_LATER_DRAWS:
            return f"{self.later} draws from {p.stream}, {self.earlier} does not"
        if p.cause is Cause.REPEATS_DRAW:
            return (f"{p.restore}, so {self.later} repeats draw #{p.number}, the draw {p.maker} "
                    f"made inside call {p.maker_call}; {self.earlier} is draw #{p.other}")
        if p.restore:
            reason = p.restore
        elif p.movers:
            reason = f"{p.stream} moved on in between: {p.movers}"
        else:
            reason = f"{p.stream} changed in between"
        if p.numbers or p.others:
            which = (f"{numbers_text(p.numbers or (p.number,))} and "
                     f"{numbers_text(p.others or (p.other,))}")
        else:
            which = f"#{p.number} and #{p.other}"
        return f"they are different draws of {p.stream} ({which}); {reason}"


def different(timeline, a, b):
    """The ``Difference`` of result ``a`` (later) from ``b``."""
    da, db = draws_of(timeline, a), draws_of(timeline, b)
    by_stream_b = {s: [n for n, _, _ in rows] for s, rows in by_stream(db).items()}
    parts = []
    for stream, rows in by_stream(da).items():
        numbers = [n for n, _, _ in rows]
        others = by_stream_b.get(stream)
        if others is None:
            parts.append(Part(Cause.ONLY_LATER_DRAWS, stream, numbers[0], None))
            continue
        if others == numbers:
            continue
        restore = restore_before(timeline, stream, b.call, a.call)
        if len(numbers) == 1 and len(others) == 1:
            number, other, repeat = numbers[0], others[0], rows[0][2]
            if repeat is not None and repeat != b.call and restore:
                parts.append(Part(Cause.REPEATS_DRAW, stream, number, other, restore,
                                  timeline.function(repeat), repeat))
                continue
            movers = "" if restore else _advancers(timeline, stream, b.call, a.call)
            parts.append(Part(Cause.MOVED_ON, stream, number, other, restore, movers=movers))
            continue
        movers = "" if restore else _advancers(timeline, stream, b.call, a.call)
        parts.append(Part(Cause.MOVED_ON, stream, numbers[0], others[0], restore, movers=movers,
                          numbers=tuple(numbers), others=tuple(others)))
    return Difference(a.label, b.label, tuple(parts), bool(da or db), _numbers(da))


def explain_different(timeline, a, b):
    """Why result ``a`` (later) differs from ``b``, in a sentence."""
    return different(timeline, a, b).render()


def _numbers(draws):
    return ", ".join(f"{numbers_text([n for n, _, _ in rows])} of {s}"
                     for s, rows in by_stream(draws).items())


def _streams_text(draws):
    return ", ".join(dict.fromkeys(s for s, *_ in draws))


def _advancers(timeline, stream, first, last):
    """Calls from ``first`` up to (not including) ``last`` that advanced ``stream``, and calls
    in between that raised after their draws had moved it (writes of source ``raise``), in words."""
    rec = timeline.recording
    lo, hi = rec.reads_at[first], rec.reads_at[max(first, last)]
    named = np.array([name == stream for name in timeline.names.streams] + [False], bool)
    moved = rec.read_advanced()[lo:hi] & named[rec.read_stream[lo:hi]]
    movers = rec.read_call()[lo:hi][moved].tolist()
    raised = [timeline.state(i, fingerprints=False).line
              for i, w in _writes_between(timeline, stream, first, last) if w.source == "raise"]
    texts = []
    if movers:
        shown = ", ".join(f"call {c} ({timeline.function(c)})" for c in movers[:3])
        more = f" and {len(movers) - 3:,} more calls" if len(movers) > 3 else ""
        texts.append(f"{shown}{more} advanced it")
    if raised:
        lines = ", ".join(str(line) for line in raised[:3] if line is not None)
        more = f" and {len(raised) - 3:,} more" if len(raised) > 3 else ""
        texts.append(("a call that raised" if len(raised) == 1 else "calls that raised")
                     + (f" (line{'s' if len(raised) > 1 else ''} {lines}{more})" if lines else "")
                     + " moved it as it drew")
    return ", and ".join(texts)
