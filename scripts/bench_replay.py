"""Replay benchmark: 100,000 calls of ``f`` with the recorder on and off, whole commands, memory.

Run: python scripts/bench_replay.py [--calls N] [--repeat R] [--commands R]

The script replayed is the built-in sample's definitions and a loop of ``f()``
calls; the loop times itself (process CPU time), so compiling and rendering do
not count.  "off" runs it as ``rngscope run`` does, "on" as ``rngscope
replay`` does (the recorder installed); "observed only" installs a no-op observer, to
show what being observed costs before the recorder does anything; "streaming jsonl" as
``rngscope replay --format jsonl`` does (every call's line made and written, to
/dev/null).  Runs alternate and every
figure is a median (these machines are small and shared: single timings
wander by 30%).  Then whole commands, as processes, alternating: ``rngscope run
long.py``, ``rngscope replay long.py --format text`` and ``--format jsonl`` (its
lines written to a pipe that is read to the end), long.py being a loop of
``f = function([], srng.uniform((2,2)))`` calls; wall and CPU (user + system)
seconds, medians.  Targets: recording at most 1.25 times a plain call; the text
replay at most 1.5 times the run, the streamed jsonl at most 2 times; peak
memory of a whole ``rngscope replay`` under 150 MB.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rngscope import observe  # noqa: E402
from rngscope.printing import timeline as timeline_printer  # noqa: E402
from rngscope.naming import ResultNames  # noqa: E402
from rngscope.runner import ScriptSource, run_script  # noqa: E402
from rngscope.trace import findings  # noqa: E402
from rngscope.trace.replay import Options, replay  # noqa: E402
from rngscope.trace.stream import LiveLines  # noqa: E402

SCRIPT = """\
import time
from theano.tensor.shared_randomstreams import RandomStreams
from theano import function

srng = RandomStreams(seed=234)
rv_u = srng.uniform((2, 2))
f = function([], rv_u)
for i in range(100):  # warm up
    f()
start = time.process_time()
for i in range({calls}):
    f()
ELAPSED = time.process_time() - start
v = f()
"""


def source(calls, directory):
    path = Path(directory) / "loop.py"
    path.write_text(SCRIPT.format(calls=calls))
    return ScriptSource(str(path), str(path), path.read_text(), None)


def per_call_off(src, calls):
    return run_script(src, []).ELAPSED / calls


def per_call_on(src, calls):
    return replay(src).session.module.ELAPSED / calls


def per_call_jsonl(src, calls):
    """A recording call whose line is made and written as it happens (to /dev/null)."""
    with open(os.devnull, "w") as sink:
        lines = LiveLines(sink, src.name, ResultNames(src.text))
        return replay(src, Options(lines=lines)).session.module.ELAPSED / calls


class _Idle(observe.Observer):
    """Hears every call and draw and does nothing."""

    def on_draw(self, node, state, value):
        pass


def per_call_observed_only(src, calls):
    """The engine's own cost of being observed at all: a no-op observer of calls and draws."""
    with observe.observing(_Idle()):
        return run_script(src, []).ELAPSED / calls


def end_to_end(src):
    """Seconds for a whole replay: run, findings and the text timeline."""
    start = time.perf_counter()
    result = replay(src)
    view = timeline_printer.build(result.timeline, findings.findings(result.timeline))
    timeline_printer.render_text(view)
    return time.perf_counter() - start


def traced_peak(src):
    """Peak bytes Python allocated during a whole replay (tracemalloc; numpy arrays included)."""
    tracemalloc.start()
    result = replay(src)
    timeline_printer.render_text(timeline_printer.build(result.timeline,
                                                        findings.findings(result.timeline)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


LONG = """\
from theano.tensor.shared_randomstreams import RandomStreams
from theano import function

srng = RandomStreams(seed=234)
f = function([], srng.uniform((2, 2)))
for i in range({calls}):
    f()
"""

COMMANDS = {
    "run": ["run", "long.py"],
    "replay --format text": ["replay", "-q", "long.py", "--format", "text"],
    "replay --format jsonl": ["replay", "-q", "long.py", "--format", "jsonl"],
}


def whole_commands(directory, calls, repeat):
    """{command: [(wall seconds, cpu seconds, peak RSS bytes)]}, the commands alternating."""
    (Path(directory) / "long.py").write_text(LONG.format(calls=calls))
    found = {name: [] for name in COMMANDS}
    for _ in range(repeat):
        for name, args in COMMANDS.items():
            start = time.perf_counter()
            child = subprocess.Popen([sys.executable, "-m", "rngscope", *args], cwd=directory,
                                     stdout=subprocess.PIPE)
            for _line in child.stdout:  # a reader of the pipe, as `| jq` would be
                pass
            _pid, status, usage = os.wait4(child.pid, 0)
            wall = time.perf_counter() - start
            assert os.waitstatus_to_exitcode(status) == 0, name
            found[name].append((wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024))
    return found


def process_peak(path):
    """Maximum resident set size of a separate ``rngscope replay`` process, in bytes."""
    subprocess.run([sys.executable, "-m", "rngscope", "replay", "-q", path], check=True,
                   stdout=subprocess.DEVNULL, cwd=Path(__file__).resolve().parents[1])
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # Linux: KiB


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--commands", type=int, default=5, help="runs of each whole command")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        src = source(args.calls, directory)
        # First, while this process is small: a child's peak counts its parent's pages
        # until it execs.
        rss = process_peak(src.filename)
        commands = whole_commands(directory, args.calls, args.commands)
        per_call_off(src, args.calls), per_call_on(src, args.calls)  # warm up
        per_call_jsonl(src, args.calls)
        off, on, observed, jsonl = [], [], [], []
        ratios, observed_ratios, jsonl_ratios = [], [], []
        for _ in range(args.repeat):
            off.append(per_call_off(src, args.calls))
            on.append(per_call_on(src, args.calls))
            observed.append(per_call_observed_only(src, args.calls))
            jsonl.append(per_call_jsonl(src, args.calls))
            ratios.append(on[-1] / off[-1])
            observed_ratios.append(observed[-1] / off[-1])
            jsonl_ratios.append(jsonl[-1] / off[-1])
        whole = statistics.median(end_to_end(src) for _ in range(3))
        traced = traced_peak(src)
    mb = 1024 * 1024
    print(f"replay of {args.calls:,} calls of f, medians of {args.repeat} alternating runs")
    print(f"  per call, recording off: {statistics.median(off) * 1e6:7.2f} µs")
    print(f"  per call, recording on:  {statistics.median(on) * 1e6:7.2f} µs")
    print(f"  on / off:                {statistics.median(ratios):7.2f}x   (target <= 1.25x)")
    print(f"  of which the observed call path alone (no-op observer): "
          f"{statistics.median(observed) * 1e6:.2f} µs, {statistics.median(observed_ratios):.2f}x")
    print(f"  per call, streaming jsonl: {statistics.median(jsonl) * 1e6:7.2f} µs, "
          f"{statistics.median(jsonl_ratios):.2f}x   (its line made and written)")
    print(f"  whole replay (run, findings, text timeline): {whole:.2f} s")
    print(f"  peak memory traced by Python during a replay: {traced / mb:6.1f} MB")
    print(f"  peak resident memory of `rngscope replay`:    {rss / mb:6.1f} MB   (target < 150 MB)")
    print(f"whole commands on long.py ({args.calls:,} calls), medians of {args.commands} "
          "alternating runs:")
    run_wall = statistics.median(w for w, _c, _m in commands["run"])
    run_cpu = statistics.median(c for _w, c, _m in commands["run"])
    targets = {"replay --format text": "1.5x", "replay --format jsonl": "2x"}
    for name, runs in commands.items():
        wall = statistics.median(w for w, _c, _m in runs)
        cpu = statistics.median(c for _w, c, _m in runs)
        peak = max(m for _w, _c, m in runs)
        ratio = "" if name == "run" else (
            f"  {wall / run_wall:.2f}x wall, {cpu / run_cpu:.2f}x cpu (target {targets[name]})")
        print(f"  rngscope {name:<22} {wall:5.2f} s wall, {cpu:5.2f} s cpu, "
              f"{peak / mb:5.1f} MB{ratio}")


if __name__ == "__main__":
    main()
