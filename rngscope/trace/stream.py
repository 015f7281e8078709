"""``--format jsonl`` streamed: each call's and write's line written while the script runs.

The recorder tells a ``LiveLines`` of every call once it has recorded it (``call``), of
every write to a stream (``write``), and for a hot function (``hot_calls``) hands it the
bytes of each call's draw (``hot``); the lines are written in batches that grow from one
line to 1,024, flushed each time, so the first line is out as soon as the first call is
done.  Findings, expectations and ``end`` follow when the script has ended.

What a line says is what the ``Timeline`` of the finished recording says, computed as the
calls happen: state fingerprints of the live states (``LiveFingerprints``; a state
rebuilt from its token only where no live state shows it), draw numbers per distinct
(stream, state, values) in order of appearance, ``equals`` the earliest earlier result
with the same values, ``restores`` the first point a written state was seen at.  The
schema's streamed form (``contract.CONTRACT``):

- ``start`` is written before the first call or state line and lists the streams made so
  far; a stream made after it gets a ``stream`` line (the fields of a ``start`` entry)
  before the first line that names it;
- functions and streams are named as the script names them when their first line is
  written (a function after the global it is bound to at its first call); a script that
  binds its names before it calls (the usual) gets the names the text timeline uses,
  which names things as the script left them at its end.
"""
from __future__ import annotations

import json
import sys
from hashlib import sha256 as _sha256

from rngscope import backends
from rngscope.naming import (
    FUNCTION_CALLS, bound_names, made_on, stream_names, with_local_names,
)
from rngscope.trace import events, mt_state
from rngscope.trace.fingerprint import (_PLAIN_TAILS, _TAIL, LiveFingerprints, digester, kept,
                                         value_digest)
from rngscope.trace.hot_lines import CallLines, Sink, digests, fingerprints

__all__ = ["LiveLines", "ReaderGone"]

_BATCH = 1024  # lines written at most at once
_SLOT = "\x00slot\x00"  # a placeholder field value, turned into a %s of the line's template
_dumps = json.dumps


def _line(obj):
    return _dumps(obj, ensure_ascii=False) + "\n"



class ReaderGone(BaseException):
    """The reader of the lines closed its end (``rngscope replay --format jsonl | head``).
    Raised from the write inside the script's call, it is a BaseException so that the
    script's ``except Exception`` does not take it for its own error; the command ends
    quietly."""


class LiveLines:
    """The JSONL lines of a replay, written to ``out`` as it runs (see the module docstring).

    ``names``: fixed names for ``--calls`` (``{id(function or shared): name}``); without it
    the script's globals name things when they are first written.
    """

    def __init__(self, out, script, result_names, names=None):
        self.out = Sink(out)
        self.script = script
        self.result_names = result_names
        self.fixed = names
        self.recorder = None  # set by ``Recorder.stream_to``
        self.fp = LiveFingerprints()
        self.fp_now = {}  # stream index -> fingerprint of its state now
        # Per call no object the garbage collector tracks is kept (they cost a hot call more
        # than the rest of its line): numbers, calls and points are packed into ints.
        self.drawn_at = {}  # stream -> {values hash: the state its first draw was made at}
        self.first_draw = {}  # stream -> {values hash: draw number << 32 | first call}
        self.more_draws = {}  # (stream, state, values hash) -> the same, for equal values elsewhere
        self.n_draws = 0
        self.drawn_from = {}  # stream -> the states some draw was made at
        self.outs = {}  # values hash -> first call << 16 | output << 8 | its names' index
        self.out_names = []  # the distinct result names ``outs`` refers to
        # A hot batch whose values are all new only adds them to ``out_values`` (every values
        # hash of an output so far): its calls are put in ``outs`` when a look-up needs them
        # (``_outs``), from [(values hashes, first call, names' index)].
        self.out_values = set()
        self.hot_outs = []
        self.seen = {}  # (stream, fingerprint) -> where first seen: 2 * call (+1: after)
        self.set_at = {}  # (stream, fingerprint) -> line of the write that set it first
        # Hot calls from states never seen are new draws: their numbering and the states
        # they leave are kept as runs and put in the tables above only when a look-up needs
        # them: [stream, first call, first number, state before, [states after], [values]].
        self.hot_runs = []
        self.starts = set()  # fingerprints of the streams' start states
        self.calls = 0  # call lines written (the next call's index)
        self.started = False
        self.announced = 0  # streams named in a start or stream line
        self.stream_name = {}  # stream index -> its name in the lines
        self.fn_name = {}  # function index -> its name in the lines
        self.pending = []  # lines not yet written: strings, and arrays of rows (``hot``)
        self.held = 0  # ... how many
        self.batch = 1

    # -- writing ---------------------------------------------------------------------------

    def _emit(self, line):
        self.pending.append(line)
        self.held += 1
        if self.held >= self.batch:
            self.flush()

    def flush(self):
        try:
            self.out.write(self.pending)
        except BrokenPipeError:  # (a BaseException: the script's own handlers let it pass)
            raise ReaderGone() from None
        if self.pending:
            self.pending.clear()  # (a hot function's line writer holds this list)
            self.held = 0
            self.batch = min(self.batch * 2, _BATCH)

    def finish(self, findings, expectations, end):
        """Findings, expectations and ``end`` after the last call; every line written."""
        self._begin()
        self._announce(len(self.recorder.tracks) - 1)
        for item in list(findings) + list(expectations) + [end]:
            self._emit(_line(item.to_json()))
        self.flush()

    # -- names and streams ---------------------------------------------------------------

    def _bound(self):
        module = sys.modules.get("__main__")
        return bound_names(module) if module is not None else {}

    def _named(self, made):
        """The globals' names with the local names of ``made`` ((value, maker, callees) in
        creation order) added, as ``rngscope.session`` names the finished script."""
        filename = self.recorder.script_filename
        return with_local_names(
            [(value, made_on(maker, filename), callees) for value, maker, callees in made],
            self._bound(), self.result_names.assigned)

    def _begin(self):
        if self.started:
            return
        self.started = True
        tracks = self.recorder.tracks
        self._name_streams(len(tracks) - 1)
        self._emit(_line(events.Start(self.script, tuple(
            self._stream_start(t) for t in tracks)).to_json()))
        self.announced = len(tracks)

    def _announce(self, index):
        """Make sure the stream ``index`` (and every one before it) was named in a line."""
        self._begin()
        tracks = self.recorder.tracks
        if index < self.announced:
            return
        self._name_streams(index)
        for track in tracks[self.announced:index + 1]:
            start = self._stream_start(track)
            self._emit(_line({"event": "stream", **start.to_json()}))
        self.announced = index + 1

    def _name_streams(self, last):
        tracks = self.recorder.tracks[:last + 1]
        if self.fixed is not None:
            names = [self.fixed.get(id(t.shared)) or t.shared.name or f"stream#{t.index}"
                     for t in tracks]
        else:
            made = [t for t in tracks if t.kind is not None]  # made by srng.<distribution>
            by_made = dict(zip(map(id, made), stream_names(
                [(t.variable, t.kind) for t in made],
                self._named([(t.variable, t.shared, (t.kind,)) for t in made]))))
            names = [by_made.get(id(t)) or t.shared.name or f"stream#{t.index}" for t in tracks]
        for track, name in zip(tracks, names):
            self.stream_name.setdefault(track.index, name)

    def _stream_start(self, track):
        states = self.recorder.states
        fp = states.fingerprint(track.start)
        self.fp_now.setdefault(track.index, fp)
        self.starts.add(fp)
        return events.StreamStart(self.stream_name[track.index], fp, track.kind, track.seed)

    def _function(self, info):
        name = self.fn_name.get(info.index)
        if name is None:
            fn = info.fn
            if self.fixed is not None:
                name = self.fixed.get(id(fn))
            else:
                built = self.recorder.functions[:info.index + 1]
                name = self._named([(i.fn, i.fn, FUNCTION_CALLS) for i in built]).get(id(fn))
            if name is not None and name in self.fn_name.values():
                name = None  # the global moved on to this function: the earlier one keeps it
            name = self.fn_name[info.index] = (
                name or backends.describe(fn).name or f"function#{info.index}")
        return name

    def _results(self, info):
        rec = self.recorder
        site = rec.sites[rec._site] if rec._site >= 0 and rec.script_filename is not None else None
        return self.result_names(site, self._function(info), len(info.out_nodes)), site

    def _number(self, stream, state, value_hash, call):
        """(draw number, the call that first made it or None): one per distinct (stream,
        state, values), in order of appearance."""
        self._index_hot()
        return self._number_known(stream, state, value_hash, call)

    def _number_known(self, stream, state, value_hash, call, number=None):
        self.drawn_from.setdefault(stream, set()).add(state)
        drawn_at = self.drawn_at.setdefault(stream, {})
        first = drawn_at.get(value_hash)
        if first is None:
            drawn_at[value_hash] = state
            table, key = self.first_draw.setdefault(stream, {}), value_hash
        elif first == state:
            table, key = self.first_draw[stream], value_hash
        else:  # the same values drawn at another state: another draw
            table, key = self.more_draws, (stream, state, value_hash)
        packed = table.get(key)
        if packed is None:
            if number is None:
                self.n_draws += 1
                number = self.n_draws
            table[key] = number << 32 | call
            return number, None
        first_call = packed & 0xFFFFFFFF
        return packed >> 32, (first_call if first_call != call else None)

    def _names_index(self, names):
        try:
            return self.out_names.index(names)
        except ValueError:
            self.out_names.append(names)
            return len(self.out_names) - 1

    def _equals(self, value_hash, call, k, names):
        """The label of the earliest earlier output with these values, or None."""
        packed = self._outs().get(value_hash)
        if packed is None:
            self.outs[value_hash] = call << 16 | k << 8 | self._names_index(names)
            self.out_values.add(value_hash)
            return None
        first, first_k, first_names = packed >> 16, packed >> 8 & 0xFF, packed & 0xFF
        if first == call:
            return None
        label = _label(first, first_k, self.out_names[first_names])
        return f"{label} of call {first}" if label == _label(call, k, names) else label

    def _outs(self):
        """``outs``, with the hot batches' outputs put in."""
        outs = self.outs
        for hashes, first, names_index in self.hot_outs:
            for value, call in zip(hashes, range(first, first + len(hashes))):
                outs.setdefault(value, call << 16 | names_index)
        self.hot_outs = []
        return outs

    def _seen(self, stream, fp, point):
        self._index_hot()
        self.seen.setdefault((stream, fp), 2 * point.call + (point.when == "after"))

    def _index_hot(self):
        """Put the runs of hot calls in the tables (draws by values, states first seen)."""
        seen = self.seen
        for stream, call, number, before, afters, values in self.hot_runs:
            for after, value in zip(afters, values):
                self._number_known(stream, before, value, call, number)
                seen.setdefault((stream, after), 2 * call + 1)
                call, number, before = call + 1, number + 1, after
        self.hot_runs = []

    def _point(self, stream, fp):
        """The events.Point where ``stream``'s state ``fp`` was first seen, or None."""
        self._index_hot()
        first = self.seen.get((stream, fp))
        if first is None:
            return None
        if first < 0:
            return events.Point(None, "set", self.set_at[(stream, fp)])
        return events.Point(first >> 1, "after" if first & 1 else "before")

    def flush_soon(self):
        """Start with small batches again (a new function, or a new place)."""
        self.batch = 1

    # -- events ------------------------------------------------------------------------------

    def write(self, write, line):
        """A write to a stream outside calls (``Recorder._written``)."""
        self._announce(write.track)
        before = self.fp_now[write.track]
        after = self.recorder.states.fingerprint(write.after)  # (the recorder's: known)
        self.fp_now[write.track] = after
        restores = self._point(write.track, after)
        if restores is None and after in self.starts:
            restores = events.Point(None, "start")
        unchanged = before == after
        key = (write.track, after)
        if not unchanged and after not in self.starts and key not in self.seen:
            self.seen[key] = -1
            self.set_at[key] = line
        state = events.StateWrite(self.stream_name[write.track], line, write.source, before,
                                  after, None if unchanged else restores, unchanged)
        self._emit(_line(state.to_json()))

    def call(self, info, start, end, outputs):
        """A call recorded one by one (``Recorder.on_return``): draw rows ``start``..``end``."""
        rec, states = self.recorder, self.recorder.states
        call = self.calls
        self.calls += 1
        self._begin()
        for track in info.reads:
            self._announce(track.index)
        before = {t.index: self.fp_now[t.index] for t in info.reads}
        for t in info.reads:
            self._seen(t.index, before[t.index], events.Point(call, "before"))
        nodes = rec.row_nodes(call)
        drawn, steps, draws = {}, {}, []
        for row, node in zip(range(start, end), nodes):
            token = rec.draw_token[row]
            stream = node.track.index if node.track is not None and not node.orphan else \
                states.track_of(states.find(token))
            self._announce(stream)
            if node.source is None and not node.orphan and stream in before:
                state = before[stream]
            else:
                state = states.fingerprint(token)
            value, digest = self._value(row, node, token)
            if not node.values_read:
                continue
            number, repeat = self._number(stream, state, value, call)
            loop = loop_step = None
            if node.loop is not None:  # the loop of this function whose step it is in
                loop = next((lp.loop.label(next((c.carry for c in lp.carries if node in c.sites),
                                                None))
                             for lp in info.loops if node in lp.sites), None)
                if loop is not None:
                    loop_step = steps[node.id] = steps.get(node.id, -1) + 1
            drawn.setdefault(node.id, (value, digest))
            draws.append(events.Draw(number, self.stream_name[stream], state, digest, repeat,
                                     None, loop, loop_step))
        after = {}
        for t in info.reads:
            after[t.index] = self.fp_now[t.index] = self.fp(t.value())
            self._seen(t.index, after[t.index], events.Point(call, "after"))
        streams = tuple(events.StreamStep(self.stream_name[t.index], before[t.index],
                                          after[t.index], before[t.index] != after[t.index])
                        for t in info.reads)
        (result, out_names), _site = self._results(info)
        outs = []
        for k, position in enumerate(info.out_nodes):
            if position >= 0 and not info.loops and info.nodes[position].id in drawn:
                value, digest = drawn[info.nodes[position].id]
            else:
                value, digest = rec.outputs.value(call, k)
                digest = digest.hex()
            outs.append(events.Output(k, digest, out_names[k],
                                      self._equals(value, call, k, (result, out_names))))
        line = rec.sites[rec._site][0] if rec._site >= 0 and rec.script_filename else None
        self._emit(_line(events.Call(call, self._function(info), line, result, streams,
                                     tuple(draws), tuple(outs), rec.call_args.get(call))
                         .to_json()))

    def _value(self, row, node, token):
        """(values hash, digest) of a draw row: from its kept bytes, else replayed."""
        rec = self.recorder
        data = rec._values[row]
        if data.__class__ is bytes and node.shape_key is not None:
            return hash(data) ^ node.salt, digester(*node.shape_key)(data)
        if node.step >= 0:
            drawn = rec.states.draw(rec.states.find(token), node.step)
            return hash(kept(drawn.tobytes())) ^ hash((drawn.dtype.str, drawn.shape)), \
                value_digest(drawn).hex()
        return hash(data) ^ node.salt, rec.draw_digest_of.get(row, bytes(8)).hex()

    # -- a hot function's calls ---------------------------------------------------------------

    def can_stream_hot(self, info):
        """Can ``hot`` write the lines of this hot function: one draw, from a RandomState, and
        no call's arguments to show (``--calls``)?"""
        return (info.n_nodes == 1 and not self.recorder.call_args
                and mt_state.viewable(info.nodes[0].track.value()))

    def hot(self, info, values):
        """The function ``hot_call(data)`` told each call of a hot function (one draw, of one
        stream, its only output; made by ``Recorder._enter`` again after any write, so the
        stream's state object is the one it reads).  It appends the draw's bytes to ``values``
        (the recorder's) and notes the state the call left (``tails``, ``keys``): only what
        cannot be read later.  The lines are made a batch at a time (``lines``), when the
        batch is due and at ``hot_call.stop()``, most of their work done in bulk."""
        (node,) = info.nodes
        track, stream, salt = node.track, node.track.index, node.salt
        self._announce(stream)
        self.flush_soon()
        person = digester(*node.shape_key).start  # blake2b with the draws' personalisation
        words, pos, has_gauss, gauss, key_hash = self.fp.parts(track.value())
        tail, plain = _TAIL.pack, _PLAIN_TAILS
        out_values = self.out_values
        hot_lines, names, names_index = self._hot_template(info, node)
        pending = self.pending
        self._seen(stream, self.fp_now[stream], events.Point(self.calls, "before"))  # (+ runs)
        drawn_from = self.drawn_from.setdefault(stream, set())  # complete up to here
        now, next_call = self.fp_now[stream], self.calls
        room = self.batch - self.held  # calls until the batch is due
        run_afters, run_values = [], []
        first_number = self.n_draws + 1
        next_draw = 0  # the number of the next draw; 0: its state was drawn from before
        if now not in drawn_from:
            next_draw = first_number
            self.hot_runs.append([stream, self.calls, first_number, now, run_afters, run_values])
        tails = []  # per call of the batch: the tail of the fingerprint of the state it left
        keys = []  # (index in tails, sha256 of head and key) where the state's key changed
        batch_key = None  # the sha256 of the key before the batch's first call
        row = len(values)  # the draw row of the batch's first call
        keep, note = values.append, tails.append

        def hot_call(data):  # (call site changes: the recorder makes another, ``_new_site``)
            nonlocal room
            keep(data)
            words_now = words.raw
            if words_now != key_hash[0]:  # (every 624 words drawn)
                key_hash[:] = [words_now, _sha256(b"MT19937\0" + words_now)]
                keys.append((len(tails), key_hash[1]))
            at = pos.value
            note(tail(at, 1, gauss.value) if has_gauss.value
                 else plain[at] if at < 625 else tail(at, 0, 0.0))
            room -= 1
            if room <= 0:
                lines()
                self.flush()
                room = self.batch

        def lines():
            """The lines of the batch's calls, in ``pending``."""
            nonlocal now, next_call, next_draw, row, batch_key
            n = len(tails)
            if not n:
                return
            key, afters, i = batch_key, [], 0
            for at, new_key in keys:
                afters += fingerprints(key, tails[i:at])
                key, i = new_key, at
            afters += fingerprints(key, tails[i:])
            batch_key = key
            datas = values[row:row + n]
            digested = digests(person, datas)
            hashes = [hash(data) ^ salt for data in datas]
            befores = [now, *afters[:-1]]
            c0, now, next_call, row = next_call, afters[-1], next_call + n, row + n
            tails.clear()
            keys.clear()
            left = set(afters)  # the states the calls left
            fresh = 0  # the calls from states never seen: new draws, numbered in order
            first_drawn = next_draw  # the number of the first call's draw, if new
            if next_draw:
                fresh = n if drawn_from.isdisjoint(left) else 1 + next(
                    k for k, after in enumerate(afters) if after in drawn_from)
                run_afters.extend(afters if fresh == n else afters[:fresh])
                run_values.extend(hashes if fresh == n else hashes[:fresh])
                next_draw = next_draw + fresh if fresh == n else 0
            numbers = range(first_drawn, first_drawn + fresh)  # (a list below, when looked up)
            repeats = ["null"] * fresh
            if fresh < n:
                numbers = list(numbers)
            for call, before, after, value in zip(range(c0 + fresh, c0 + n), befores[fresh:],
                                                  afters[fresh:], hashes[fresh:]):
                # from a state seen before: looked up (after the runs are indexed)
                self.calls = call
                self.n_draws = max(self.n_draws, first_number + len(run_values) - 1)
                drawn, repeat = self._number(stream, before, value, call)
                self._seen(stream, after, events.Point(call, "after"))
                numbers.append(drawn)
                repeats.append("null" if repeat is None else repeat)
            sames = None  # no value seen before: every output's ``equals`` is null
            if out_values.isdisjoint(hashes):
                seen_before = len(out_values)
                out_values.update(hashes)
                self.hot_outs.append((hashes, c0, names_index))
                if len(out_values) - seen_before < n:  # equal values within the batch
                    sames = [self._hot_equals(value, call, names, names_index)
                             for call, value in zip(range(c0, c0 + n), hashes)]
            else:
                sames = [self._hot_equals(value, call, names, names_index)
                         for call, value in zip(range(c0, c0 + n), hashes)]
            if fresh == n and sames is None and len(left) == n and afters[0] != befores[0]:
                pending.extend(hot_lines.fresh(c0, first_drawn, befores[0], afters, digested))
            else:
                advanced = ["true" if a != b else "false" for a, b in zip(afters, befores)]
                pending.extend(map(hot_lines.line, range(c0, c0 + n), befores, afters, advanced,
                                   numbers, digested, repeats, sames or ["null"] * n))
            self.held += n

        def stop():
            lines()
            self.fp_now[stream] = now
            self.calls = next_call
            self.n_draws = max(self.n_draws, first_number + len(run_values) - 1)

        hot_call.stop = stop
        return hot_call

    def _hot_equals(self, value, call, names, names_index):
        """``equals`` of a hot call's output as its line writes it (``_equals``)."""
        if value in self.out_values:
            same = self._equals(value, call, 0, names)
            return "null" if same is None else _dumps(same, ensure_ascii=False)
        self.outs[value] = call << 16 | names_index
        self.out_values.add(value)
        return "null"

    def _hot_template(self, info, node):
        """A hot call's lines (``hot_lines.CallLines``: the same bytes ``json.dumps`` gives its
        event), its result names and their index."""
        (result, out_names), _site = self._results(info)
        rec = self.recorder
        line = rec.sites[rec._site][0] if rec._site >= 0 and rec.script_filename else None
        name = self.stream_name[node.track.index]
        slot = _SLOT
        call = events.Call(0, self._function(info), line, result,
                           (events.StreamStep(name, slot, slot, slot),),
                           (events.Draw(0, name, slot, slot, slot),),
                           (events.Output(0, slot, out_names[0], slot),))
        obj = call.to_json()
        obj["call"] = obj["draws"][0]["draw"] = slot
        parts = _line(obj).split(_dumps(slot))
        return CallLines(parts), (result, out_names), self._names_index((result, out_names))


def _label(call, k, names):
    result, outputs = names
    if outputs[k]:
        return outputs[k]
    return f"call {call}" + (f" output {k}" if len(outputs) > 1 else "")
