# Covers: debugprint of compiled scans whose length is symbolic: a recurrence with two output taps over a sequence read with taps [-1, 0] (its sequence-only product pushed out of the loop), read at [-1]; a loop with a symbolic n_steps and no sequence, read at [-1]; and a map over a sequence read whole and at [-1] in one function; with their values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
n = T.lscalar('n')
fib, _ = theano.scan(lambda a, b, f2, f1: f1 + f2 + a * b,
                     sequences=dict(input=x, taps=[-1, 0]),
                     outputs_info=dict(initial=T.constant(np.array([0.0, 1.0])), taps=[-2, -1]))
f = theano.function([x], fib[-1], name='fib_last')
theano.printing.debugprint(f)
show("fib_last", f(np.array([1.0, 2.0, 3.0, 4.0])))
w, _ = theano.scan(lambda h: h * 2.0 + 1.0, outputs_info=T.constant(np.float64(1.0)), n_steps=n)
g = theano.function([n], w[-1], name='doubling_last')
theano.printing.debugprint(g)
show("doubling_last", g(4))
squares = theano.map(lambda a: a ** 2, sequences=x)[0]
h = theano.function([x], [squares, squares[-1]], name='squares')
theano.printing.debugprint(h)
out = h(np.array([1.0, 2.0, 3.0]))
show("squares", out[0])
show("squares_last", out[1])
