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

The results compared are ``results.results(timeline)``; the sentences about two of them
come from ``results.explain_equal`` and ``results.different``.
"""
from __future__ import annotations

import numpy as np

from rngscope import backends
from rngscope.trace.events import Finding, FindingKind
from rngscope.trace.loop_findings import loop_findings, mask_findings, numbers_text
from rngscope.trace.results import (by_stream, calls_text, different, digests, draws_of,
                                    explain_equal, restore_before, results)

MAX_CALLS = 20  # calls listed in one finding; longer runs are summarised


def _capped(calls):
    return tuple(calls[:MAX_CALLS])


def result_findings(timeline):
    found, explained = [], set()
    seen = []
    for result in results(timeline).values():
        values = digests(timeline, result)
        function = timeline.function(result.call)
        equal = next((r for r in seen if digests(timeline, r) == values and r.call != result.call), None)
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
        for stream, rows in by_stream(draws_of(timeline, result)).items():
            repeated = [(number, repeat) for number, _, repeat in rows
                        if repeat is not None and repeat != result.call]
            if not repeated:
                continue
            first = repeated[0][1]
            restore = restore_before(timeline, stream, first, result.call)
            if restore is None:
                continue
            makers = list(dict.fromkeys(r for _, r in repeated))
            if len(repeated) == 1:
                what = (f"draw #{repeated[0][0]} of {stream}, the draw {timeline.function(first)} "
                        f"made inside call {first}")
            else:
                what = (f"draws {numbers_text(n for n, _ in repeated)} of {stream}, which "
                        f"{timeline.function(first)} made inside {calls_text(makers)}")
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
                message += f" ({calls_text(calls)}: draw{'s' if len(numbers) > 1 else ''} {shown})"
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
            message += f" ({calls_text(calls)})." if calls else f" ({name} is never called here)."
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
