"""Findings: what a replay shows, explained in sentences.

``findings(timeline)`` returns ``Finding`` events of these kinds, in this order:

- ``equal-results``: a result has the values of an earlier one — both are the
  same draw made at the same state (and why the state was the same), or
  neither draws at all;
- ``different-results``: a result differs from the previous result of the same
  function — a restored stream made it repeat another call's draw, or calls in
  between moved the stream on;
- ``repeated-draw``: a result repeats a draw another call made, because its
  stream was restored in between (the ``--restore-after 0`` case);
- ``no-update``: a function reads a stream without advancing it
  (``no_default_updates``), so it returns the same draw on every call;
- ``advances-shared-stream``: a call advances a stream another function also
  reads, so that function's next call gets a different draw;
- ``draw-used-several-times``: one draw used several times inside one call
  (``rv_u + rv_u - 2 * rv_u``: one sampled node, not three draws);
- ``backend-warning``: the library that ran the graphs (PyTensor) warned about
  RNG variables that are not updated; the warning, where it was raised and
  what it means for the draws (one finding per warning text and line).

Results are the script's named results (the last value bound to each name,
as Python would have it); with no names (``--calls``), every call is one.
``check(timeline, expectations)`` evaluates ``--expect 'v3 == v1'``.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass

import numpy as np

from rngscope import backends
from rngscope.trace.events import Expectation, Finding, FindingKind
from rngscope.trace.loop_findings import loop_findings, mask_findings, numbers_text

MAX_CALLS = 20  # calls listed in one finding; longer runs are summarised
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


def _digests(timeline, result):
    outs = timeline.recording.outputs(result.call)
    return tuple(outs[k] for k in result.outputs)


def _draws(timeline, result):
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


def _by_stream(draws):
    """{stream: [(number, token, repeat_of)]} in the order the streams first appear."""
    out = {}
    for stream, number, token, repeat in draws:
        out.setdefault(stream, []).append((number, token, repeat))
    return out


def _calls_text(calls):
    calls = list(calls)
    if len(calls) == 1:
        return f"call {calls[0]}"
    shown = ", ".join(str(c) for c in calls[:5])
    return f"calls {shown}" + (f" and {len(calls) - 5:,} more" if len(calls) > 5 else "")


def _capped(calls):
    return tuple(calls[:MAX_CALLS])


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


def _restore_before(timeline, stream, first, last):
    """The last restoring write to ``stream`` between two calls, as text, or None."""
    for index, write in reversed(_writes_between(timeline, stream, first, last)):
        restores, unchanged = timeline.restores(index)
        if restores is not None and not unchanged:
            return _restore_text(timeline, index, write)
    return None


# -- results: equal, different, repeated ---------------------------------------------------


def explain_equal(timeline, a, b):
    """Why result ``a`` (later) has the values of ``b``."""
    da, db = _draws(timeline, a), _draws(timeline, b)
    if not da and not db:
        return f"{a.label} equals {b.label}: neither draws random numbers."
    if [(s, n) for s, n, _, _ in da] != [(s, n) for s, n, _, _ in db]:
        return (f"{a.label} equals {b.label} although they use different draws "
                f"({_numbers(db)} and {_numbers(da)}): their values agree anyway.")
    if len(_by_stream(da)) == 1 and len(da) > 1:
        stream, _, token, _ = da[0]
        text = (f"{a.label} equals {b.label}: both are draws {numbers_text(n for _, n, _, _ in da)} "
                f"of {stream}, made at the same states")
    elif len(da) == 1:
        stream, number, token, _ = da[0]
        text = (f"{a.label} equals {b.label}: both are draw #{number} of {stream}, made at the "
                f"same state {timeline.fingerprint(token)}")
    else:
        text = f"{a.label} equals {b.label}: both use the same draws ({_numbers(da)}), made at the same states"
    why = [_restore_before(timeline, s, b.call, a.call) for s in _by_stream(da)]
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
    da, db = _draws(timeline, a), _draws(timeline, b)
    by_stream_b = {s: [n for n, _, _ in rows] for s, rows in _by_stream(db).items()}
    parts = []
    for stream, rows in _by_stream(da).items():
        numbers = [n for n, _, _ in rows]
        others = by_stream_b.get(stream)
        if others is None:
            parts.append(Part(Cause.ONLY_LATER_DRAWS, stream, numbers[0], None))
            continue
        if others == numbers:
            continue
        restore = _restore_before(timeline, stream, b.call, a.call)
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
                     for s, rows in _by_stream(draws).items())


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


def result_findings(timeline):
    found, explained = [], set()
    seen = []
    for result in results(timeline).values():
        digests = _digests(timeline, result)
        function = timeline.function(result.call)
        equal = next((r for r in seen if _digests(timeline, r) == digests and r.call != result.call), None)
        if equal is not None:
            found.append(Finding(FindingKind.EQUAL_RESULTS, explain_equal(timeline, result, equal),
                                 (equal.call, result.call)))
            explained.add(result.call)
        else:
            previous = next((r for r in reversed(seen) if timeline.function(r.call) == function
                             and r.call != result.call and r.outputs == result.outputs), None)
            if previous is not None:
                difference = different(timeline, result, previous)
                found.append(Finding(FindingKind.DIFFERENT_RESULTS, difference.render(),
                                     (previous.call, result.call)))
                if difference.repeats:  # the difference already says which draw it repeats
                    explained.add(result.call)
        seen.append(result)
    for result in results(timeline).values():
        if result.call in explained:
            continue
        for stream, rows in _by_stream(_draws(timeline, result)).items():
            repeated = [(number, repeat) for number, _, repeat in rows
                        if repeat is not None and repeat != result.call]
            if not repeated:
                continue
            first = repeated[0][1]
            restore = _restore_before(timeline, stream, first, result.call)
            if restore is None:
                continue
            makers = list(dict.fromkeys(r for _, r in repeated))
            if len(repeated) == 1:
                what = (f"draw #{repeated[0][0]} of {stream}, the draw {timeline.function(first)} "
                        f"made inside call {first}")
            else:
                what = (f"draws {numbers_text(n for n, _ in repeated)} of {stream}, which "
                        f"{timeline.function(first)} made inside {_calls_text(makers)}")
            found.append(Finding(FindingKind.REPEATED_DRAW,
                                 f"{result.label} repeats {what}: {restore} before it.",
                                 (first, result.call)))
            explained.add(result.call)
    return sorted(found, key=lambda f: f.calls[-1])  # in the order of the results they explain


# -- functions: no update, shared streams, draws used several times ------------------------


def _stream_name(timeline, shared):
    for stream in timeline.recording.streams:
        if stream.shared is shared:
            return timeline.names.streams[stream.index]
    return None


def _calls_of(timeline):
    """``calls_of(fn)``: the calls of a compiled function (a list), made when first asked
    (only functions with a finding are: a long run's list of calls is not free)."""
    rec = timeline.recording
    made = {}

    def calls_of(fn):
        if id(fn) not in made:
            index = next((f.index for f in rec.functions if f.fn is fn), None)
            made[id(fn)] = [] if index is None else np.flatnonzero(rec.call_fn == index).tolist()
        return made[id(fn)]

    return calls_of


def no_update_findings(timeline, calls_of, explained=()):
    found = []
    for name, fn in timeline.names.compiled:
        desc = backends.describe(fn)
        updated = {id(s) for s in desc.updated}
        streams = []
        for r in desc.random:
            if r.stream is not None and id(r.stream) not in updated:
                stream = _stream_name(timeline, r.stream)
                if stream and stream not in [s for s, _ in streams]:
                    has_default = getattr(r.stream, "default_update", None) is not None
                    streams.append((stream, "no_default_updates" if has_default else
                                    "it has no default update and the function gives none"))
        for stream, why in streams:
            if (name, stream) in explained:  # a dropout mask: mask_findings says more
                continue
            calls = calls_of(fn)
            message = (f"{name} reads {stream} without advancing it ({why}): every "
                       f"call of {name} returns the same draw until something else moves {stream}")
            if calls:
                numbers = _numbers_of(timeline, fn, stream)
                shown = ", ".join(f"#{n}" for n in numbers[:5]) + (" …" if len(numbers) > 5 else "")
                message += f" ({_calls_text(calls)}: draw{'s' if len(numbers) > 1 else ''} {shown})"
            else:
                message += f" ({name} is never called here)"
            found.append(Finding(FindingKind.NO_UPDATE, message + ".", _capped(calls)))
    return found


def _numbers_of(timeline, fn, stream):
    """The draw numbers the calls of ``fn`` drew from ``stream``, sorted."""
    rec = timeline.recording
    index = next(f.index for f in rec.functions if f.fn is fn)
    named = np.array([name == stream for name in timeline.names.streams] + [False], bool)
    rows = (rec.call_fn[rec.draw_call] == index) & named[rec.draw_stream]
    return np.unique(rec.draw_number[rows]).tolist()


def shared_stream_findings(timeline):
    """Calls that advance a stream that another function then reads (and draws from).

    Per stream, the reads in call order: the last earlier read that advanced it (with
    no write to the stream in between) is the mover of each read, in one numpy pass.
    """
    rec = timeline.recording
    names = timeline.names.functions
    name_id = {}
    fn_name = np.array([name_id.setdefault(names[f.index], len(name_id)) for f in rec.functions]
                       + [0], np.int64)
    seen = np.zeros((len(rec.functions), len(rec.streams) + 1), bool)  # [function, stream]
    seen[rec.call_fn[rec.draw_call], rec.draw_stream] = True
    drawn = set(zip(*map(np.ndarray.tolist, np.nonzero(seen))))
    calls, advanced = rec.read_call(), rec.read_advanced()
    position = np.arange(len(calls)) - rec.reads_at[:-1][calls] if len(calls) else calls
    candidates = []  # (call, read position, mover function, stream, reader function, mover call)
    for stream in range(len(rec.streams)):
        at = np.flatnonzero(rec.read_stream == stream)
        if not len(at):
            continue
        c, adv = calls[at], advanced[at]
        moved = np.maximum.accumulate(np.where(adv, np.arange(len(at)), -1))
        mover = np.concatenate(([-1], moved[:-1]))
        mover_call = np.where(mover >= 0, c[np.maximum(mover, 0)], -1)
        written = sorted(w.after_calls for w in rec.writes if w.stream == stream)
        if written:
            reset = np.asarray(written)[np.maximum(np.searchsorted(written, c, "right") - 1, 0)]
            reset = np.where(np.searchsorted(written, c, "right") > 0, reset, -1)
            mover_call = np.where(mover_call >= reset, mover_call, -1)
        fn = rec.call_fn[c]
        reader = fn_name[fn]
        mover_fn = np.where(mover_call >= 0, fn_name[rec.call_fn[np.maximum(mover_call, 0)]], -1)
        draws_here = np.array([(f.index, stream) in drawn for f in rec.functions] + [False],
                              bool)[fn]
        hit = (mover_call >= 0) & (mover_fn != reader) & draws_here
        for k in np.flatnonzero(hit).tolist():
            candidates.append((int(c[k]), int(position[at[k]]), int(mover_fn[k]), stream,
                               int(reader[k]), int(mover_call[k])))
    by_id = list(name_id)
    pairs = {}
    for call, _, mover, stream, reader, mover_call in sorted(candidates):
        pairs.setdefault((by_id[mover], stream, by_id[reader]), (mover_call, call))
    found = []
    for (mover, track, reader), (c1, c2) in pairs.items():
        stream = timeline.names.streams[track]
        found.append(Finding(
            FindingKind.ADVANCES_SHARED_STREAM,
            f"{mover}() advances {stream}, which {reader} also reads, so the next {reader}() gives "
            f"a different draw (call {c1}, {mover}(), then call {c2}, {reader}()).",
            (c1, c2)))
    return found


def draw_use_findings(timeline, calls_of):
    found = []
    for name, fn in timeline.names.compiled:
        for rng, uses in _draw_uses(fn):
            if uses < 2:
                continue
            stream = _stream_name(timeline, rng) or "its stream"
            calls = calls_of(fn)
            message = (f"{name} uses one draw of {stream} {uses} times in each call: the random "
                       f"variable is one sampled node, so every use sees the same values, not "
                       f"{uses} independent draws")
            message += f" ({_calls_text(calls)})." if calls else f" ({name} is never called here)."
            found.append(Finding(FindingKind.DRAW_USED_SEVERAL_TIMES, message, _capped(calls)))
    return found


def _draw_uses(fn):
    """[(the rng a random node draws from, number of input slots that read its draw)] in the
    graph as written."""
    desc = backends.describe(fn)
    graph = desc.graph
    outputs = list(desc.source_outputs)
    seen, order, stack = set(), [], [o.owner for o in outputs if o.owner is not None]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        order.append(node)
        stack.extend(i.owner for i in node.inputs if i.owner is not None)
    uses = {}
    randoms = [graph.random_parts(n) for n in order if graph.is_random(n)]
    draws = {id(parts[4]) for parts in randoms}
    for node in order:
        for var in node.inputs:
            if id(var) in draws:
                uses[id(var)] = uses.get(id(var), 0) + 1
    for var in outputs:
        if id(var) in draws:
            uses[id(var)] = uses.get(id(var), 0) + 1
    return [(parts[0], uses.get(id(parts[4]), 0)) for parts in randoms]  # in walk order


def warning_findings(timeline):
    """The backend's warnings about its streams, one finding per (text, line), in order."""
    rec = timeline.recording
    counts = {}
    for w in rec.warnings:
        line = rec.sites[w.site][0] if w.site >= 0 else None
        key = (w.library, w.category, w.message, w.note, line)
        counts[key] = counts.get(key, 0) + 1
    found = []
    for (library, category, message, note, line), n in counts.items():
        where = f"on line {line}" if line is not None else "outside the script's lines"
        times = f", {n} times" if n > 1 else ""
        found.append(Finding(FindingKind.BACKEND_WARNING,
                             f"{library} warned {where}{times} ({category}: "
                             f"{message.rstrip('.')}): {note}."))
    return found


def findings(timeline):
    """Every finding of a finished replay, in a stable order."""
    calls_of = _calls_of(timeline)
    masks, explained = mask_findings(timeline)
    return (result_findings(timeline) + loop_findings(timeline) + masks
            + no_update_findings(timeline, calls_of, explained)
            + shared_stream_findings(timeline) + draw_use_findings(timeline, calls_of)
            + warning_findings(timeline))


# -- expectations ---------------------------------------------------------------------------

_NAME = r"[A-Za-z_][\w]*(?:\[\d+\])?"
_EXPECT = re.compile(rf"^\s*({_NAME})\s*(==|!=)\s*({_NAME})\s*$")


class ExpectationError(ValueError):
    """An expectation that cannot be read or refers to no result; the message says why."""


def parse_expectation(text):
    """``'v3 == v1'`` -> ("v3", "==", "v1")."""
    match = _EXPECT.match(text)
    if match is None:
        raise ExpectationError(f"--expect {text!r} is not of the form 'NAME == NAME' or "
                               "'NAME != NAME' (names of results the script assigns).")
    return match.groups()


def check(timeline, texts):
    """An ``Expectation`` per text; ``ExpectationError`` for names that are no result."""
    if not texts:
        return []
    named = results(timeline)
    checked = []
    for text in texts:
        left, op, right = parse_expectation(text)
        for name in (left, right):
            if name not in named:
                known = ", ".join(named) or "none"
                raise ExpectationError(f"--expect {text!r}: {name!r} is not a result of this "
                                       f"replay (results: {known}).")
        a, b = named[left], named[right]
        equal = _digests(timeline, a) == _digests(timeline, b)
        ok = equal == (op == "==")
        if a.call == b.call and a.outputs == b.outputs:
            why = f"{a.label} and {b.label} are the same result."
        elif equal:
            later, earlier = (a, b) if a.call >= b.call else (b, a)
            why = explain_equal(timeline, later, earlier)
        else:
            later, earlier = (a, b) if a.call >= b.call else (b, a)
            why = explain_different(timeline, later, earlier)
        verdict = "holds" if ok else "fails"
        checked.append(Expectation(text, ok, f"{left} {op} {right} {verdict}: {why}"))
    return checked
