# Covers: theano.scan over a sequence read with taps [-2, 1] (a future tap) and two outputs: a state with taps [-1, -3] from a 3-row initial vector and an accumulator from a float64 constant, a non_sequence scalar a; values, T.grad of the accumulator's last value w.r.t. the sequence and a, and the compiled debugprint.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())

x = T.dvector('x')
a = T.dscalar('a')
def step(x_m2, x_p1, s_m1, s_m3, acc):
    s = 0.5 * s_m1 + 0.25 * s_m3 + x_m2 * x_p1
    return s, acc + s * a
s0 = T.dvector('s0')
(s, acc), upd = theano.scan(step, sequences=dict(input=x, taps=[-2, 1]),
                            outputs_info=[dict(initial=s0, taps=[-1, -3]), T.constant(0.0, dtype='float64')],
                            non_sequences=None, name='taps')
f = theano.function([x, s0, a], [s, acc])
r = f(np.arange(7.0), np.array([1., 2., 3.]), 2.0)
show("s", r[0]); show("acc", r[1])
g = T.grad(acc[-1], [x, a])
fg = theano.function([x, s0, a], g)
r = fg(np.arange(7.0), np.array([1., 2., 3.]), 2.0)
show("gx", r[0]); show("ga", r[1])
theano.printing.debugprint(f)
