"""Start-up benchmark: wall time of whole commands on small scripts, against plain Python.

Run: python scripts/bench_startup.py [--repeat R]

Each command runs as a fresh process (``python -m rngscope ...``), as a user
runs it; the reference is ``python`` itself running the same empty script,
and ``python -c "import numpy"`` shows what numpy alone costs.  Every figure
is a median of R runs (these machines are small and noisy).  Target:
``rngscope run`` of an empty script in at most 0.25 s.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def wall(argv, repeat):
    """Median wall seconds of running ``argv`` to completion (output discarded)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.py"
        empty.write_text("", encoding="utf-8")
        python = wall([sys.executable, str(empty)], args.repeat)
        numpy = wall([sys.executable, "-c", "import numpy"], args.repeat)
        rows = [
            ("python empty.py", python),
            ("python -c 'import numpy'", numpy),
            ("rngscope run empty.py", wall([sys.executable, "-m", "rngscope", "run", str(empty)],
                                           args.repeat)),
            ("rngscope run (the sample)", wall([sys.executable, "-m", "rngscope", "run"],
                                               args.repeat)),
            ("rngscope --help", wall([sys.executable, "-m", "rngscope", "--help"], args.repeat)),
        ]
    print(f"start-up, median wall time of {args.repeat} runs each")
    for label, seconds in rows:
        print(f"  {label:28s} {seconds:6.3f} s   {seconds / python:5.1f}x python")
    print("  target: rngscope run empty.py <= 0.25 s")


if __name__ == "__main__":
    main()
