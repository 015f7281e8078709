"""Scan benchmark: a 1,000-step random walk per call, against the same draws in a numpy loop.

Run: python scripts/bench_scan.py [--steps N] [--calls C] [--repeat R]

The walk is ``theano.scan(lambda x: x + srng.normal((2,)), outputs_info=x0,
n_steps=N)`` compiled with the loop's updates, so every call makes N draws
from the stream and advances it by N.  The reference draws the same N
``normal`` vectors from a ``RandomState`` in a Python loop and accumulates
them; both start from the same stream state and must return the same walk.
Figures are medians of R timings of C calls (these machines are small and
noisy).  Target: at most 3x the numpy loop.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rngscope.compat import theano_imports  # noqa: E402


def compile_walk(steps):
    """The compiled walk and a copy of its stream's state before the first call."""
    with theano_imports():
        import theano
        import theano.tensor as T
        from theano.tensor.shared_randomstreams import RandomStreams

        srng = RandomStreams(seed=5)
        x0 = T.dvector("x0")
        walk, updates = theano.scan(lambda x: x + srng.normal((2,)), outputs_info=x0,
                                    n_steps=steps)
        fn = theano.function([x0], walk, updates=updates)
        (stream,) = [s for s in updates if isinstance(s.get_value(borrow=True),
                                                      np.random.RandomState)]
        return fn, stream.get_value()


def numpy_walk(rng, steps):
    def walk(x0):
        out = np.empty((steps, 2))
        x = x0
        for i in range(steps):
            x = x + rng.normal(0.0, 1.0, (2,))
            out[i] = x
        return out

    return walk


def per_call(fn, x0, calls, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(calls):
            fn(x0)
        times.append((time.perf_counter() - start) / calls)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=1000)
    parser.add_argument("--calls", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    fn, state = compile_walk(args.steps)
    reference = numpy_walk(state, args.steps)
    x0 = np.zeros(2)
    ours, theirs = fn(x0), reference(x0)
    if not np.allclose(ours, theirs, rtol=1e-12, atol=1e-12):
        raise SystemExit("the scan walk and the numpy walk differ")
    t_ours = per_call(fn, x0, args.calls, args.repeat)
    t_ref = per_call(reference, x0, args.calls, args.repeat)
    print(f"scan random walk of {args.steps} steps per call, medians of "
          f"{args.repeat} x {args.calls} calls (same draws as numpy: checked)")
    print(f"  per call, rngscope scan: {t_ours * 1e3:8.3f} ms")
    print(f"  per call, numpy loop:    {t_ref * 1e3:8.3f} ms")
    print(f"  ratio:                   {t_ours / t_ref:8.2f}x   (target <= 3x)")


if __name__ == "__main__":
    main()
