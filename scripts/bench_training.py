"""Training benchmark: one SGD step of a 784-500-10 MLP with a dropout mask, against raw numpy.

Run: python scripts/bench_training.py [--steps N] [--repeat R]

The model is the deep-learning tutorials' MLP with dropout: a tanh hidden
layer of 500 units whose output is multiplied by a mask drawn from
``srng.binomial`` at every step, a softmax output layer and the mean
categorical cross-entropy of integer labels, on batches of 20.  rngscope
compiles it from the Theano-style graph (``T.grad`` of the cost, the
updates ``p - 0.1 * g``); the reference is the same forward and backward
pass written by hand in numpy, in this process, drawing its mask from a
``RandomState`` too.  Both start from the same parameters and must agree on
the cost.  Figures are medians of R timings of N steps (these machines are
small and noisy).  Targets: an SGD step within 2x numpy; compiling the
training function in under 1 s.
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

N_IN, N_HIDDEN, N_OUT, BATCH, RATE = 784, 500, 10, 20, 0.1


def parameters(seed=1234):
    rng = np.random.RandomState(seed)
    return [rng.normal(0, 0.01, (N_IN, N_HIDDEN)), np.zeros(N_HIDDEN),
            rng.normal(0, 0.01, (N_HIDDEN, N_OUT)), np.zeros(N_OUT)]


def batch(seed=7):
    rng = np.random.RandomState(seed)
    return rng.uniform(0, 1, (BATCH, N_IN)), rng.randint(0, N_OUT, BATCH).astype("int32")


def compile_rngscope():
    """(seconds to compile, the training function, a copy of its mask stream) on rngscope."""
    with theano_imports():
        import theano
        import theano.tensor as T
        from theano.tensor.shared_randomstreams import RandomStreams

        srng = RandomStreams(seed=99)
        x, y = T.matrix("x"), T.ivector("y")
        params = [theano.shared(p, name=n) for p, n in zip(parameters(), ("W1", "b1", "W2", "b2"))]
        w1, b1, w2, b2 = params
        h = T.tanh(T.dot(x, w1) + b1)
        mask = srng.binomial(size=(BATCH, N_HIDDEN), n=1, p=0.5, dtype="float64")
        p_y = T.nnet.softmax(T.dot(h * mask, w2) + b2)
        cost = T.mean(T.nnet.categorical_crossentropy(p_y, y))
        start = time.perf_counter()  # the gradient graph, then function(): what a user waits for
        grads = T.grad(cost, params)
        train = theano.function([x, y], cost,
                                updates=[(p, p - RATE * g) for p, g in zip(params, grads)])
        return time.perf_counter() - start, train, mask.rng.get_value()


def numpy_step(params, mask_rng):
    """The same SGD step by hand: forward, backward, in-place updates; returns the cost."""
    w1, b1, w2, b2 = params

    def step(x, y):
        h = np.tanh(x @ w1 + b1)
        mask = mask_rng.binomial(1, 0.5, (BATCH, N_HIDDEN)).astype("float64")
        hd = h * mask
        a = hd @ w2 + b2
        e = np.exp(a - a.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
        rows = np.arange(BATCH)
        cost = -np.mean(np.log(p[rows, y]))
        d2 = p
        d2[rows, y] -= 1.0
        d2 /= BATCH
        gw2, gb2 = hd.T @ d2, d2.sum(axis=0)
        da1 = (d2 @ w2.T) * mask * (1.0 - h * h)
        gw1, gb1 = x.T @ da1, da1.sum(axis=0)
        for param, g in zip(params, (gw1, gb1, gw2, gb2)):
            param -= RATE * g  # in place, as the shared variables' updates
        return cost

    return step


def per_step(step, x, y, steps, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(steps):
            step(x, y)
        times.append((time.perf_counter() - start) / steps)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    x, y = batch()
    compiles = []
    for _ in range(3):
        seconds, train, mask_rng = compile_rngscope()
        compiles.append(seconds)
    # the same parameters, data and mask stream: both compute the same steps
    reference = numpy_step(parameters(), mask_rng)
    costs = [(float(train(x, y)), float(reference(x, y))) for _ in range(3)]
    if not all(np.isclose(a, b, rtol=1e-9) for a, b in costs):
        raise SystemExit(f"rngscope and numpy disagree on the costs: {costs}")
    ours = per_step(train, x, y, args.steps, args.repeat)
    ref = per_step(reference, x, y, args.steps, args.repeat)
    print(f"SGD step of a {N_IN}-{N_HIDDEN}-{N_OUT} MLP with dropout, batch {BATCH}; "
          f"medians of {args.repeat} x {args.steps} steps")
    print("  costs of the first 3 steps, rngscope = numpy: "
          + ", ".join(f"{a:.6f}" for a, _ in costs))
    print(f"  per step, rngscope: {ours * 1e3:8.3f} ms")
    print(f"  per step, numpy:    {ref * 1e3:8.3f} ms")
    print(f"  ratio:              {ours / ref:8.2f}x   (target <= 2x)")
    print(f"  T.grad + compile of the training function: {statistics.median(compiles):.3f} s   "
          f"(median of 3; target < 1 s)")


if __name__ == "__main__":
    main()
