"""Findings about loops and dropout masks, read from a recording.

- ``loop-without-updates``: a function compiled without the updates a ``scan``
  returned.  Its loop draws every step from a copy of the stream, and the
  stream moves only by its own default update, applied once outside the loop
  (one step's draw: the next call repeats all but one of this call's steps),
  or not at all under ``no_default_updates`` (every call draws the same steps).
  The finding lists, call by call, which draws the loop made.
- ``mask-not-advanced``: a function reads a dropout mask's stream (a binomial
  draw the function reads elementwise: laid over another tensor, not only fed to a
  dot as an RBM's Gibbs sample is) without advancing it: it repeats one mask, the one the next function
  that advances the stream will draw.
- ``mask-advanced-every-call``: a function advances a dropout mask's stream on
  every call (by every step of its loop): each training step sees a new mask.

Each finding is a typed record (``LoopWithoutUpdates``, ``MaskNotAdvanced``,
``MaskAdvanced``) whose ``render`` gives the sentence.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope import backends
from rngscope.trace.events import Finding, FindingKind

MAX_LISTED = 4  # calls listed one by one in a finding

__all__ = ["LoopWithoutUpdates", "MaskAdvanced", "MaskNotAdvanced", "loop_findings",
           "mask_findings", "numbers_text"]


def numbers_text(numbers):
    """``#1–#3, #7``: ascending runs of draw numbers as ranges."""
    runs = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(f"#{lo:,}" if lo == hi else f"#{lo:,}–#{hi:,}" for lo, hi in runs)


@dataclass(frozen=True)
class CallDraws:
    """The draws one call made from one stream (inside one loop, or anywhere)."""

    call: int
    numbers: tuple[int, ...]
    again: tuple[int, ...]  # those an earlier call made first

    def text(self):
        what = f"call {self.call} draws " + (numbers_text(self.numbers) or "nothing")
        if self.again and len(self.again) < len(self.numbers):
            what += f" ({numbers_text(self.again)} again)"
        elif self.again:
            what += " again"
        return what


def _calls_text(per_call, limit=MAX_LISTED):
    shown = "; ".join(c.text() for c in per_call[:limit])
    more = len(per_call) - limit
    return shown + (f"; and {more:,} more call{'s' if more > 1 else ''}" if more > 0 else "")


def _slides(per_call):
    """Does each call repeat the previous call's steps but the first, shifted by one?"""
    pairs = list(zip(per_call, per_call[1:]))
    return bool(pairs) and all(
        len(b.numbers) > 1 and b.numbers[:-1] == a.numbers[1:] for a, b in pairs)


@dataclass(frozen=True)
class LoopWithoutUpdates:
    """A function compiled without a loop's updates, and what its stream did."""

    function: str
    line: int | None
    loop: str
    steps: str  # the loop's n_steps as written
    stream: str
    frozen: bool  # no default update either: the stream never moves
    updates_name: str | None  # what the script calls the updates scan returned
    calls: tuple[CallDraws, ...]

    def render(self):
        where = f"at line {self.line} " if self.line is not None else ""
        head = (f"`function()` {where}({self.function}) was compiled without scan "
                f"{self.loop}'s updates")
        if self.frozen:
            how = (f" and with no other update of {self.stream} (no_default_updates, or no default "
                   f"update: PyTensor's scan removes it), so {self.stream} never moves: every call "
                   f"draws the loop's steps (n_steps={self.steps}) from the same state")
        else:
            how = (f", so each call draws the loop's steps (n_steps={self.steps}) from a copy of "
                   f"{self.stream}, and only the stream's default update, applied once outside the "
                   f"loop, advances it, by one step's draw")
        if self.calls:
            how += ": " + _calls_text(self.calls)
            if not self.frozen and _slides(self.calls):
                kept = len(self.calls[-1].numbers) - 1
                how += (f" (each call repeats the previous call's last {kept} "
                        f"step{'s' if kept > 1 else ''}, shifted by one)")
        else:
            how += f" ({self.function} is never called here)"
        name = self.updates_name or "updates"
        return (f"{head}{how}; pass `updates={name}` to function() so that {self.stream} "
                f"advances by every step.")


@dataclass(frozen=True)
class MaskNotAdvanced:
    """A function that reads a dropout mask's stream without advancing it."""

    function: str
    stream: str
    calls: tuple[CallDraws, ...]
    next_makers: tuple[tuple[int, str, int], ...]  # (draw, function, call) drawing it again later

    def render(self):
        text = (f"{self.function} reads the dropout mask stream {self.stream} without advancing "
                f"it (no_default_updates): every call of {self.function} repeats one mask until "
                f"something else advances {self.stream}")
        if not self.calls:
            return text + f" ({self.function} is never called here)."
        text += " (" + _calls_text(self.calls) + ")"
        if self.next_makers:
            shown = ", ".join(f"{fn}() draws #{n:,} in call {c}"
                              for n, fn, c in self.next_makers[:MAX_LISTED])
            text += (f"; its mask is the one the next call that advances {self.stream} draws "
                     f"({shown})")
        return text + "."


@dataclass(frozen=True)
class MaskAdvanced:
    """A function that advances a dropout mask's stream on every call (every step of a loop)."""

    function: str
    stream: str
    loop: str | None
    steps: str | None
    calls: tuple[CallDraws, ...]
    trains: bool = True  # the function also updates parameters (not only streams)
    in_place: bool = False  # no update for the stream: a compiled draw overwrites it in place

    def render(self):
        if self.in_place:
            how = (f"on every call though it has no update for {self.stream}: it is a "
                   f"Function.copy(delete_updates=True), which deletes the updates but keeps "
                   f"the compiled draw that overwrites {self.stream}'s state in place, so each "
                   f"call draws a mask and moves {self.stream} past the masks training would "
                   f"draw; compile it with function(..., no_default_updates=True) "
                   f"instead of copying to leave {self.stream} alone")
        elif self.loop is not None:
            how = (f"by every step of scan {self.loop} (n_steps={self.steps}): each step of each "
                   "call draws a new mask")
        elif self.trains:
            how = "on every call: each call (a training step) draws a new mask"
        else:
            how = (f"on every call, though it updates no parameter (an evaluation or prediction "
                   f"function): each call draws a mask and moves {self.stream} past the masks "
                   f"training would draw; compile it with no_default_updates=True to leave "
                   f"{self.stream} alone")
        text = f"{self.function} advances the dropout mask stream {self.stream} {how}"
        if self.calls:
            return text + " (" + _calls_text(self.calls) + ")."
        return text + f" ({self.function} is never called here)."


# -- reading the recording ----------------------------------------------------------------


def _stream_index(recording, shared):
    return next((s.index for s in recording.streams if s.shared is shared), None)


def _calls_of(recording, function_index):
    return np.flatnonzero(recording.call_fn == function_index).tolist()


def _call_draws(recording, call, stream, loop=None):
    """The draws ``call`` made from ``stream`` (in ``loop`` only, when given)."""
    numbers, again = [], []
    for d in recording.draws(call):
        if d.discarded or d.stream != stream or (loop is not None and d.loop != loop):
            continue
        numbers.append(d.number)
        if d.repeat_of is not None and d.repeat_of != call:
            again.append(d.number)
    return CallDraws(call, tuple(numbers), tuple(again))


def loop_findings(timeline):
    """``loop-without-updates`` findings, per function, loop and carried stream."""
    rec, names = timeline.recording, timeline.names
    loop_of_node = _loop_indices(rec)
    found = []
    for f in rec.functions:
        description = backends.describe(f.fn)
        if not description.loops:
            continue
        calls = _calls_of(rec, f.index)
        for loop in description.all_loops():
            index = loop_of_node.get(id(loop.node))
            for carry in loop.carries:
                stream = _stream_index(rec, carry.stream) if carry.stream is not None else None
                if stream is None:
                    continue
                update = next((u for u in description.updates if u.shared is carry.stream), None)
                if update is not None and (update.carry is not None or update.node is None):
                    continue  # the loop's own update (updates=upd), or one the script wrote
                per_call = tuple(_call_draws(rec, c, stream, index) for c in calls)
                detail = LoopWithoutUpdates(
                    names.functions[f.index], _line(names, f.index), loop.label(carry), loop.steps,
                    names.streams[stream], update is None, _updates_name(names, index), per_call)
                found.append(Finding(FindingKind.LOOP_WITHOUT_UPDATES, detail.render(),
                                     tuple(calls[:20]), detail))
    return found


def _loop_indices(recording):
    """id(loop node) -> its LoopRecord index."""
    return {id(loop.node): loop.index for loop in recording.loops}


def _line(names, function_index):
    lines = getattr(names, "lines", ())
    return lines[function_index] if function_index < len(lines) else None


def _updates_name(names, loop_index):
    named = getattr(names, "loop_updates", None) or {}
    return named.get(loop_index)


def mask_findings(timeline):
    """``mask-not-advanced`` and ``mask-advanced-every-call`` findings for binomial streams;
    also the (function, stream) pairs they explain, which the general no-update finding skips."""
    rec, names = timeline.recording, timeline.names
    masks = {s.index for s in rec.streams if (names.kinds[s.index] if names.kinds else s.kind)
             == "binomial"}
    found, explained = [], set()
    if not masks:
        return found, explained
    stream_ids = {id(s.shared) for s in rec.streams}
    for f in rec.functions:
        description = backends.describe(f.fn)
        calls = _calls_of(rec, f.index)
        name = names.functions[f.index]
        drawn = _drawn_streams(description, rec)
        for stream in sorted(masks & _mask_reads(description, rec)):
            shared = rec.streams[stream].shared
            update = next((u for u in description.updates if u.shared is shared), None)
            if update is None:
                if drawn[stream] is not None:
                    continue  # in a loop without its updates: loop_findings says what happens
                per_call = tuple(_call_draws(rec, c, stream) for c in calls)
                detail = MaskNotAdvanced(name, names.streams[stream], per_call,
                                         _next_makers(timeline, per_call, stream))
                found.append(Finding(FindingKind.MASK_NOT_ADVANCED, detail.render(),
                                     tuple(calls[:20]), detail))
                explained.add((name, names.streams[stream]))
            elif update.node is not None or update.carry is not None:
                loop = drawn[stream]
                if loop is not None and update.carry is None:
                    continue  # a loop without its updates: loop_findings says what happens
                per_call = tuple(_call_draws(rec, c, stream) for c in calls)
                trains = any(id(u.shared) not in stream_ids for u in description.updates)
                detail = MaskAdvanced(name, names.streams[stream],
                                      None if loop is None else _label(loop, rec, stream),
                                      None if loop is None else loop.steps, per_call, trains,
                                      update.in_place)
                found.append(Finding(FindingKind.MASK_ADVANCED_EVERY_CALL, detail.render(),
                                     tuple(calls[:20]), detail))
    return found, explained


def _mask_reads(description, recording):
    """Indexes of the streams whose draws the function reads elementwise (masks), not only
    through products and reductions (an RBM's Gibbs sample feeding a dot is no mask)."""
    out = set()
    sites = list(description.random)
    for loop in description.all_loops():
        sites.extend(loop.random)
    for site in sites:
        shared = site.stream if site.stream is not None else getattr(site.carry, "stream", None)
        if site.values_read and site.elementwise and shared is not None:
            index = _stream_index(recording, shared)
            if index is not None:
                out.add(index)
    return out


def _label(loop, recording, stream):
    """The loop's name for ``stream``'s draws (of a merged loop, the loop they came from)."""
    carry = next((c for c in loop.carries if c.stream is not None
                  and _stream_index(recording, c.stream) == stream), None)
    return loop.label(carry)


def _drawn_streams(description, recording):
    """{stream index: the Loop its values are drawn in, or None} for draws whose values are used."""
    out = {}
    for site in description.random:
        if site.values_read and site.stream is not None:
            index = _stream_index(recording, site.stream)
            if index is not None:
                out.setdefault(index, None)
    for loop in description.all_loops():
        for site in loop.random:
            shared = site.stream if site.stream is not None else getattr(site.carry, "stream", None)
            if site.values_read and shared is not None:
                index = _stream_index(recording, shared)
                if index is not None:
                    out[index] = loop
    return out


def _next_makers(timeline, per_call, stream):
    """(draw, function, call) of later calls of other functions that draw a mask these calls
    drew first."""
    rec = timeline.recording
    first_calls = {c.call for c in per_call}
    out = []
    repeats = np.flatnonzero((rec.draw_stream == stream) & np.isin(rec.draw_repeat, list(first_calls)))
    for row in repeats.tolist():
        call = int(rec.draw_call[row])
        if call in first_calls:
            continue
        out.append((int(rec.draw_number[row]), timeline.function(call), call))
    return tuple(out)
