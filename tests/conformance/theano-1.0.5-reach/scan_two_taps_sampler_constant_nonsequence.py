# Covers: a two-tap sampler (outputs_info dict(initial=T.stack([x0, x1]), taps=[-2, -1]), a known count of initial rows) with noise whose std reads a constant non-sequence, compiled with the loop's updates (values, two calls) and without them (Theano stops: the noise's default update reads the inner row's shape; the error's first line)
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=2024)
x0 = T.dvector('x0')
x1 = T.dvector('x1')


def step(xm2, xm1, eps):
    n = srng.normal(size=xm1.shape, avg=0.0, std=T.sqrt(2 * eps))
    return xm1 + 0.5 * (xm1 - xm2) - eps * xm1 + n


xs, upd = theano.scan(step, outputs_info=[dict(initial=T.stack([x0, x1]), taps=[-2, -1])],
                      non_sequences=T.constant(0.1), n_steps=4)
f = theano.function([x0, x1], [xs, xs[-1]], updates=upd)
for _ in range(2):
    a, b = f(np.zeros(2), np.ones(2))
    print(a.round(12).tolist(), b.round(12).tolist())
try:
    theano.function([x0, x1], xs)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
