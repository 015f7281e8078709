"""Push-out benchmark: loops whose work Theano moves out of the loop, against raw numpy.

Run: python scripts/bench_pushout.py [--rows N] [--calls C] [--repeat R]

Three compiled functions over an N x 8 matrix, each against the same computation in
numpy in this process (medians of R timings of C calls; these machines are noisy):

- ``map``: ``theano.map(lambda r: r * 2 + 1, sequences=X)``: the push-out of
  sequence-only work leaves no loop, one elementwise pass over X;
- ``recurrence``: ``theano.scan(lambda r, h: h * 0.5 + T.sum(r) * 2, ...)``: a sum is not
  elementwise work, so the loop stays (what a loop costs, for scale);
- ``grad``: the gradient of the summed row norms (``T.sqrt(T.sum(r ** 2))``) with
  respect to X: the map's backward loop is pushed out too (``2 * (0.5 / norm) * row``).

Each also runs compiled with ``theano.Mode(optimizer=None)`` (the loops as built, step
by step; one call, median of 3) to show what the push-out saves.
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


def build(optimizer="fast_run"):
    """The three compiled functions of the module docstring."""
    with theano_imports():
        import theano
        import theano.tensor as T

        mode = theano.Mode(optimizer=optimizer)
        X = T.dmatrix("X")
        doubled, _ = theano.map(lambda r: r * 2 + 1, sequences=X)
        h0 = T.dscalar("h0")
        acc, _ = theano.scan(lambda r, h: h * 0.5 + T.sum(r) * 2, sequences=X, outputs_info=h0)
        norms, _ = theano.map(lambda r: T.sqrt(T.sum(r ** 2)), sequences=X)
        grad = T.grad(T.sum(norms), X)
        return {
            "map": (theano.function([X], doubled, mode=mode), lambda x: (x * 2 + 1,)),
            "recurrence": (theano.function([X, h0], acc, mode=mode), _numpy_recurrence),
            "grad": (theano.function([X], grad, mode=mode),
                     lambda x: (x / np.sqrt((x ** 2).sum(axis=1))[:, None],)),
        }


def _numpy_recurrence(x, h=0.0):
    out = np.empty(len(x))
    sums = x.sum(axis=1)
    for t, s in enumerate(sums):
        h = h * 0.5 + s * 2
        out[t] = h
    return (out,)


def timed(fn, args, calls, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(calls):
            fn(*args)
        times.append((time.perf_counter() - start) / calls)
    return statistics.median(times)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--calls", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5)
    opts = parser.parse_args(argv)
    rng = np.random.RandomState(0)
    x = rng.normal(size=(opts.rows, 8))
    start = time.perf_counter()
    fast = build()
    compile_s = time.perf_counter() - start
    slow = build(optimizer=None)
    print(f"rows={opts.rows} calls={opts.calls} repeat={opts.repeat}; "
          f"compile of the three functions (FAST_RUN): {compile_s:.2f} s")
    print(f"{'function':<11} {'rngscope':>12} {'numpy':>12} {'ratio':>7} "
          f"{'as built':>12} {'saved':>6}")
    for name, (fn, reference) in fast.items():
        args = (x, 0.0) if name == "recurrence" else (x,)
        got, want = fn(*args), reference(*args)
        assert np.allclose(got, want[0], rtol=1e-12, atol=1e-12), name
        ours = timed(fn, args, opts.calls, opts.repeat)
        theirs = timed(reference, args, opts.calls, opts.repeat)
        built = timed(slow[name][0], args, 1, 3)
        print(f"{name:<11} {ours * 1e3:>10.2f}ms {theirs * 1e3:>10.2f}ms {ours / theirs:>6.1f}x "
              f"{built * 1e3:>10.2f}ms {built / ours:>5.1f}x")


if __name__ == "__main__":
    main()
