"""PyTensor replay benchmark: 100,000 calls of a FAST_RUN function with the recorder on and off.

Run: python scripts/bench_pytensor_replay.py [--calls N] [--repeat R]

The script is the PyTensor sample's ``f`` (a 2x2 uniform draw from a shared Generator,
``mode="FAST_RUN"``: PyTensor 3's Numba linker) called in a loop that times itself (process
CPU time), so compiling and rendering do not count.  "without rngscope" executes the script
as plain Python does (no rngscope code on the path at all); "replay" runs it as
``rngscope replay`` does (the adapter's patches and the recorder installed).  For the record
it also times "run" (``rngscope run``: the adapter's patches, nobody observing) and the same
loop over ``nearly_zeros`` (``rv_u + rv_u - 2 * rv_u``: a draw the compiled graph does not
hand back, replayed by the recorder when the run ends).  Runs alternate and every figure is
a median (these machines are small and shared).  Target: replay at most 1.5 times the loop
without rngscope.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rngscope.printing import timeline as timeline_printer  # noqa: E402
from rngscope.runner import ScriptSource, run_script  # noqa: E402
from rngscope.trace import findings  # noqa: E402
from rngscope.trace.replay import replay  # noqa: E402

SCRIPT = """\
import time
import warnings

import pytensor
from pytensor.tensor.random.utils import RandomStream

warnings.simplefilter("ignore")  # RandomStream's deprecation notices, once per run
srng = RandomStream(seed=234)
rv_u = srng.uniform(0, 1, size=(2, 2))
{name} = pytensor.function([], {expression}, mode="FAST_RUN")
for i in range(1000):  # warm up (Numba's first calls)
    {name}()
start = time.process_time()
for i in range({calls}):
    {name}()
ELAPSED = time.process_time() - start
v = {name}()
"""

CASES = {"f": "rv_u", "nearly_zeros": "rv_u + rv_u - 2 * rv_u"}


def source(name, calls, directory):
    path = Path(directory) / f"loop_{name}.py"
    path.write_text(SCRIPT.format(name=name, expression=CASES[name], calls=calls))
    return ScriptSource(str(path), str(path), path.read_text(), None)


def per_call_plain(src, calls):
    """The loop as ``python SCRIPT`` runs it: no rngscope code involved."""
    module = types.ModuleType("__main__")
    module.__dict__.update(__file__=src.filename, __builtins__=__builtins__)
    exec(compile(src.text, src.filename, "exec"), module.__dict__)
    return module.ELAPSED / calls


def per_call_run(src, calls):
    return run_script(src, []).ELAPSED / calls


def per_call_replay(src, calls):
    return replay(src).session.module.ELAPSED / calls


def whole_replay(src):
    """Seconds for a whole replay: run (compiling included), findings and the text timeline."""
    start = time.perf_counter()
    result = replay(src)
    view = timeline_printer.build(result.timeline, findings.findings(result.timeline))
    timeline_printer.render_text(view)
    return time.perf_counter() - start


def measure(src, calls, repeat):
    per_call_plain(src, calls), per_call_replay(src, calls)  # warm up (Numba's caches)
    plain, run, on, ratios = [], [], [], []
    for _ in range(repeat):
        plain.append(per_call_plain(src, calls))
        on.append(per_call_replay(src, calls))
        run.append(per_call_run(src, calls))
        ratios.append(on[-1] / plain[-1])
    return {"plain": statistics.median(plain), "run": statistics.median(run),
            "on": statistics.median(on), "ratio": statistics.median(ratios),
            "ratios": ratios}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    import numpy
    import pytensor

    print(f"PyTensor {pytensor.__version__}, numpy {numpy.__version__}, Python "
          f"{sys.version.split()[0]}; {args.calls:,} calls, medians of {args.repeat} "
          "alternating runs in one process")
    with tempfile.TemporaryDirectory() as directory:
        for name in CASES:
            src = source(name, args.calls, directory)
            m = measure(src, args.calls, args.repeat)
            whole = whole_replay(src)
            print(f"{name}() = {CASES[name]}, mode=\"FAST_RUN\"")
            print(f"  per call, without rngscope:          {m['plain'] * 1e6:7.2f} µs")
            print(f"  per call, rngscope run (no observer): {m['run'] * 1e6:7.2f} µs")
            print(f"  per call, rngscope replay (recording): {m['on'] * 1e6:7.2f} µs")
            print(f"  replay / without:                    {m['ratio']:7.2f}x   (target <= 1.5x; "
                  f"runs: {', '.join(f'{r:.2f}' for r in m['ratios'])})")
            print(f"  whole replay (run, findings, text timeline): {whole:.2f} s")


if __name__ == "__main__":
    main()
