"""Engine benchmarks: per-call and compile times, each as a ratio to raw numpy in this process.

Run: python scripts/bench_engine.py [--quick]
Every number is a median over repeated timings (these machines are small and noisy).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rngscope.compile.function import function  # noqa: E402
from rngscope.streams import RandomStreams  # noqa: E402
from rngscope.tensor import basic as T  # noqa: E402
from rngscope.tensor.gradient import grad  # noqa: E402


def per_call(fn, number, repeat):
    """Median seconds per call of ``fn`` over ``repeat`` batches of ``number`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number)
    return statistics.median(times)


def once(fn, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(label, ours, numpy_time, target):
    ratio = ours / numpy_time
    verdict = "ok" if ratio <= target else "MISSED"
    print(f"{label:<58} {ours * 1e6:9.1f} us  numpy {numpy_time * 1e6:8.1f} us  "
          f"ratio {ratio:5.2f}x  (target <= {target}x: {verdict})")


def bench_calls(number, repeat):
    srng = RandomStreams(234)
    rv_u = srng.uniform((2, 2))
    rv_n = srng.normal((2, 2))
    f = function([], rv_u)
    g = function([], rv_n, no_default_updates=True)
    nearly_zeros = function([], rv_u + rv_u - 2 * rv_u)
    rs = np.random.RandomState(1)

    def np_nearly_zeros():
        u = rs.uniform(size=(2, 2))
        return u + u - 2 * u

    report("function([], srng.uniform((2,2)))", per_call(f, number, repeat),
           per_call(lambda: rs.uniform(size=(2, 2)), number, repeat), 2)
    report("function([], srng.normal((2,2)), no_default_updates=True)",
           per_call(g, number, repeat), per_call(lambda: rs.normal(size=(2, 2)), number, repeat), 4)
    report("nearly_zeros (rv_u + rv_u - 2 * rv_u)", per_call(nearly_zeros, number, repeat),
           per_call(np_nearly_zeros, number, repeat), 2)


def chain(depth):
    x = T.dvector("x")
    y = x
    for i in range(depth):
        y = y * 1.0001 if i % 2 == 0 else y + 0.5
    return x, y


def bench_compile(sizes, repeat):
    print("FAST_RUN compile time of an elementwise chain (alternating * 1.0001 and + 0.5):")
    previous = None
    for n in sizes:
        x, y = chain(n)
        t = once(lambda: function([x], y), repeat if n <= 10_000 else 1)
        growth = "" if previous is None else f"  (x{t / previous[1]:.1f} for x{n // previous[0]} nodes)"
        target = "  (target < 1 s)" if n == 10_000 else ""
        print(f"  {n:>7,} nodes: {t:8.3f} s{growth}{target}")
        previous = (n, t)


def bench_grad_compile(sizes, repeat):
    """T.grad of a chain alternating tanh(y) + 0.5 and y * 1.0001, then FAST_RUN: the
    gradient is one long product of (1 - tanh ** 2) sums, which the mul canonizer's
    greedy distributor tries to multiply out (tests/tensor/test_gradient.py compiles 7,000)."""
    print("T.grad + FAST_RUN compile of a tanh chain's gradient:")
    previous = None
    for n in sizes:
        x = T.dvector("x")
        y = x
        for i in range(n):
            y = y * 1.0001 if i % 2 else T.tanh(y) + 0.5
        cost = T.sum(y)
        t = once(lambda: function([x], grad(cost, x)), repeat)
        growth = "" if previous is None else f"  (x{t / previous[1]:.1f} for x{n // previous[0]} steps)"
        print(f"  {n:>7,} steps: {t:8.3f} s{growth}")
        previous = (n, t)


def bench_many_draws(number, repeat, k=1000):
    srng = RandomStreams(7)
    draws = [srng.uniform((2,)) for _ in range(k)]
    total = draws[0]
    for d in draws[1:]:
        total = total + d
    t = once(lambda: function([], total), repeat)
    print(f"FAST_RUN compile of the sum of {k} draws srng.uniform((2,)): {t:.3f} s (target < 0.5 s)")
    f = function([], total)
    states = [np.random.RandomState(i) for i in range(k)]

    def np_sum():
        acc = states[0].uniform(size=(2,))
        for s in states[1:]:
            acc = acc + s.uniform(size=(2,))
        return acc

    report(f"sum of {k} draws, per call", per_call(f, max(1, number // 200), repeat),
           per_call(np_sum, max(1, number // 200), repeat), 2)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, no 100,000-node chain")
    args = parser.parse_args()
    number, repeat = (2000, 5) if args.quick else (20000, 7)
    bench_calls(number, repeat)
    bench_compile([1_000, 10_000] if args.quick else [1_000, 10_000, 100_000], 3)
    bench_grad_compile([1_000, 4_000] if args.quick else [1_000, 2_000, 4_000, 7_000], 3)
    bench_many_draws(number, 3 if args.quick else 5)


if __name__ == "__main__":
    main()
