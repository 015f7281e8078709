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
  (``rv_u + rv_u - 2 * rv_u``: one sampled node, not three draws).

Results are the script's named results (the last value bound to each name,
as Python would have it); with no names (``--calls``), every call is one.
``check(timeline, expectations)`` evaluates ``--expect 'v3 == v1'``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rngscope.shared import SharedVariable
from rngscope.trace.events import Expectation, Finding
from rngscope.trace.recorder import is_random_node

MAX_CALLS = 20  # calls listed in one finding; longer runs are summarised
MAX_UNNAMED = 200  # unnamed calls compared as results (more would be noise)


@dataclass(frozen=True)
class Result:
    label: str
    call: int
    outputs: tuple  # output indices


def results(timeline):
    """{name: Result} — each name's last binding, in the order of those bindings' calls."""
    rec = timeline.recorder
    named = {}
    for call in range(rec.n_calls):
        result, outputs = timeline.result_names(call)
        if result is None:
            continue
        named[result] = Result(result, call, tuple(range(len(outputs))))
        if len(outputs) > 1:
            for k, name in enumerate(outputs):
                named[name] = Result(name, call, (k,))
    if not named and rec.n_calls <= MAX_UNNAMED:
        for call in range(rec.n_calls):
            label = timeline.label(call)
            named[label] = Result(label, call, tuple(range(len(rec.outputs(call)))))
    return dict(sorted(named.items(), key=lambda item: (item[1].call, item[1].outputs)))


def _digests(timeline, result):
    outs = timeline.recorder.outputs(result.call)
    return tuple(outs[k] for k in result.outputs)


def _draws(timeline, call):
    """[(stream name, number, token, repeat_of)] of a call's draws."""
    rec, states = timeline.recorder, timeline.states
    rows = []
    for node, token, number, _, repeat in rec.draws(call):
        track = node.track.index if node.track is not None else states.track_of(token)
        rows.append((timeline.names.streams[track], number, token, repeat))
    return rows


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
    rec = timeline.recorder
    out = []
    for index, write in enumerate(rec.writes):
        if first < write.after_calls <= last and timeline.names.streams[write.track] == stream:
            out.append((index, write))
    return out


def _restore_text(timeline, index, write):
    restores, _ = timeline.restores(index)
    where = f"line {timeline.state(index, fingerprints=False).line}" if write.site >= 0 else None
    if write.source == "restore-after":
        how = f"--restore-after {write.after_calls - 1}"
    else:
        how = write.source + (f", {where}" if where else "")
    return f"{timeline.names.streams[write.track]} was restored to {restores.describe()} ({how})"


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
    da, db = _draws(timeline, a.call), _draws(timeline, b.call)
    if not da and not db:
        return f"{a.label} equals {b.label}: neither draws random numbers."
    if [(s, n) for s, n, _, _ in da] != [(s, n) for s, n, _, _ in db]:
        return (f"{a.label} equals {b.label} although they use different draws "
                f"({_numbers(db)} and {_numbers(da)}): their values agree anyway.")
    if len(da) == 1:
        stream, number, token, _ = da[0]
        text = (f"{a.label} equals {b.label}: both are draw #{number} of {stream}, made at the "
                f"same state {timeline.fingerprint(token)}")
    else:
        text = f"{a.label} equals {b.label}: both use the same draws ({_numbers(da)}), made at the same states"
    why = [_restore_before(timeline, s, b.call, a.call) for s, *_ in da]
    why = [w for w in why if w]
    if why:
        text += "; " + "; ".join(why) + " in between"
    elif b.call != a.call:
        text += f"; nothing advanced {_streams_text(da)} in between"
    return text + "."


def explain_different(timeline, a, b):
    """Why result ``a`` (later) differs from ``b``."""
    da, db = _draws(timeline, a.call), _draws(timeline, b.call)
    if not da and not db:
        return (f"{a.label} differs from {b.label}: neither draws random numbers, so their "
                "inputs or shared variables differ.")
    by_stream_b = {s: n for s, n, _, _ in db}
    parts = []
    for stream, number, token, repeat in da:
        other = by_stream_b.get(stream)
        if other is None:
            parts.append(f"{a.label} draws from {stream}, {b.label} does not")
            continue
        if other == number:
            continue
        restore = _restore_before(timeline, stream, b.call, a.call)
        if repeat is not None and repeat != b.call and restore:
            made = timeline.function(repeat)
            parts.append(f"{restore}, so {a.label} repeats draw #{number}, the draw {made} made "
                         f"inside call {repeat}; {b.label} is draw #{other}")
            continue
        movers = _advancers(timeline, stream, b.call, a.call)
        reason = f"{stream} moved on in between: {movers}" if movers else f"{stream} changed in between"
        if restore:
            reason = restore
        parts.append(f"they are different draws of {stream} (#{number} and #{other}); {reason}")
    if not parts:
        return (f"{a.label} differs from {b.label} although they use the same draws "
                f"({_numbers(da)}): their inputs or other shared variables differ.")
    return f"{a.label} differs from {b.label}: " + "; ".join(parts) + "."


def _numbers(draws):
    return ", ".join(f"#{n} of {s}" for s, n, _, _ in draws)


def _streams_text(draws):
    return ", ".join(dict.fromkeys(s for s, *_ in draws))


def _advancers(timeline, stream, first, last):
    """Calls from ``first`` up to (not including) ``last`` that advanced ``stream``, in words."""
    rec, find = timeline.recorder, timeline.states.find
    movers = []
    for call in range(first, last):
        for track, before, after in rec.reads(call):
            if timeline.names.streams[track.index] == stream and find(before) != find(after):
                movers.append(call)
    if not movers:
        return ""
    shown = ", ".join(f"call {c} ({timeline.function(c)})" for c in movers[:3])
    more = f" and {len(movers) - 3:,} more calls" if len(movers) > 3 else ""
    return f"{shown}{more} advanced it"


def result_findings(timeline):
    found, explained = [], set()
    seen = []
    for result in results(timeline).values():
        digests = _digests(timeline, result)
        function = timeline.function(result.call)
        equal = next((r for r in seen if _digests(timeline, r) == digests and r.call != result.call), None)
        if equal is not None:
            found.append(Finding("equal-results", explain_equal(timeline, result, equal),
                                 (equal.call, result.call)))
            explained.add(result.call)
        else:
            previous = next((r for r in reversed(seen) if timeline.function(r.call) == function
                             and r.call != result.call), None)
            if previous is not None:
                message = explain_different(timeline, result, previous)
                found.append(Finding("different-results", message, (previous.call, result.call)))
                if "repeats draw" in message:
                    explained.add(result.call)
        seen.append(result)
    for result in results(timeline).values():
        if result.call in explained:
            continue
        for stream, number, token, repeat in _draws(timeline, result.call):
            if repeat is None or repeat == result.call:
                continue
            restore = _restore_before(timeline, stream, repeat, result.call)
            if restore is None:
                continue
            found.append(Finding(
                "repeated-draw",
                f"{result.label} repeats draw #{number} of {stream}, the draw "
                f"{timeline.function(repeat)} made inside call {repeat}: {restore} before it.",
                (repeat, result.call)))
            explained.add(result.call)
    return sorted(found, key=lambda f: f.calls[-1])  # in the order of the results they explain


# -- functions: no update, shared streams, draws used several times ------------------------


def _random_nodes(fn):
    return [node for node in fn.program.nodes if is_random_node(node)]


def _stream_name(timeline, shared):
    track = timeline.recorder.find_track(shared)
    return None if track is None else timeline.names.streams[track.index]


def _calls_of(timeline):
    by_fn = {}
    rec = timeline.recorder
    for call in range(rec.n_calls):
        by_fn.setdefault(id(rec.functions[rec.call_fn[call]].fn), []).append(call)
    return by_fn


def no_update_findings(timeline, calls_of):
    found = []
    for name, fn in timeline.names.compiled:
        updated = {id(s) for s in fn.updated}
        streams = []
        for node in _random_nodes(fn):
            rng = node.inputs[0]
            if isinstance(rng, SharedVariable) and id(rng) not in updated:
                stream = _stream_name(timeline, rng)
                if stream and stream not in streams:
                    streams.append(stream)
        for stream in streams:
            calls = calls_of.get(id(fn), [])
            message = (f"{name} reads {stream} without advancing it (no_default_updates): every "
                       f"call of {name} returns the same draw until something else moves {stream}")
            if calls:
                numbers = sorted({n for c in calls for s, n, _, _ in _draws(timeline, c) if s == stream})
                shown = ", ".join(f"#{n}" for n in numbers[:5]) + (" …" if len(numbers) > 5 else "")
                message += f" ({_calls_text(calls)}: draw{'s' if len(numbers) > 1 else ''} {shown})"
            else:
                message += f" ({name} is never called here)"
            found.append(Finding("no-update", message + ".", _capped(calls)))
    return found


def shared_stream_findings(timeline):
    """Calls that advance a stream that another function then reads."""
    rec, find = timeline.recorder, timeline.states.find
    last = {}  # stream -> (call, function) of the last call that advanced it
    pairs = {}
    for kind, index in timeline.entries():
        if kind == "state":
            last.pop(rec.writes[index].track, None)
            continue
        function = timeline.function(index)
        drawn = {n.track.index for n, *_ in rec.draws(index) if n.track is not None}
        for track, before, after in rec.reads(index):
            previous = last.get(track.index)
            if previous is not None and previous[1] != function and track.index in drawn:
                pairs.setdefault((previous[1], track.index, function), (previous[0], index))
            if find(before) != find(after):
                last[track.index] = (index, function)
    found = []
    for (mover, track, reader), (c1, c2) in pairs.items():
        stream = timeline.names.streams[track]
        found.append(Finding(
            "advances-shared-stream",
            f"{mover}() advances {stream}, which {reader} also reads, so the next {reader}() gives "
            f"a different draw (call {c1}, {mover}(), then call {c2}, {reader}()).",
            (c1, c2)))
    return found


def draw_use_findings(timeline, calls_of):
    found = []
    for name, fn in timeline.names.compiled:
        for node, uses in _draw_uses(fn):
            if uses < 2:
                continue
            stream = _stream_name(timeline, node.inputs[0]) or "its stream"
            calls = calls_of.get(id(fn), [])
            message = (f"{name} uses one draw of {stream} {uses} times in each call: the random "
                       f"variable is one sampled node, so every use sees the same values, not "
                       f"{uses} independent draws")
            message += f" ({_calls_text(calls)})." if calls else f" ({name} is never called here)."
            found.append(Finding("draw-used-several-times", message, _capped(calls)))
    return found


def _draw_uses(fn):
    """[(random node, number of input slots that read its draw)] in the graph as written."""
    outputs = list(getattr(fn, "source_outputs", None) or fn.fgraph.outputs[:fn.n_real])
    seen, order, stack = set(), [], [o.owner for o in outputs if o.owner is not None]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        order.append(node)
        stack.extend(i.owner for i in node.inputs if i.owner is not None)
    uses = {}
    randoms = [n for n in order if is_random_node(n)]
    draws = {id(n.outputs[1]): n for n in randoms if len(n.outputs) > 1}
    for node in order:
        for var in node.inputs:
            if id(var) in draws:
                uses[id(var)] = uses.get(id(var), 0) + 1
    for var in outputs:
        if id(var) in draws:
            uses[id(var)] = uses.get(id(var), 0) + 1
    return [(n, uses.get(id(n.outputs[1]), 0)) for n in randoms]  # already in walk order


def findings(timeline):
    """Every finding of a finished replay, in a stable order."""
    calls_of = _calls_of(timeline)
    return (result_findings(timeline) + no_update_findings(timeline, calls_of)
            + shared_stream_findings(timeline) + draw_use_findings(timeline, calls_of))


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
