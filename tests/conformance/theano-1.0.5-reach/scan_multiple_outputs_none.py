# Covers: scan with several outputs: outputs_info mixing None (an output not fed back), an initial value and a dict with taps; the step returning a list; non_sequences given as a list (a shared variable and a symbolic scalar); values of every output.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
a = T.dscalar('a')
w = theano.shared(np.array(2.0), name='w')
xv = np.array([1.0, -1.0, 0.5])


def step(xt, acc, prev2, prev1, w_, a_):
    sq = xt ** 2 * w_
    new_acc = acc + sq
    new_lag = prev2 + prev1 * a_
    return [sq, new_acc, new_lag]


(sq, acc, lag), upd = theano.scan(step, sequences=x,
                                  outputs_info=[None, T.constant(np.float64(0.0)), dict(initial=T.constant(np.array([1.0, 1.0])), taps=[-2, -1])],
                                  non_sequences=[w, a])
print("updates", len(upd))
f = theano.function([x, a], [sq, acc, lag], name='multi')
for name, val in zip(["sq", "acc", "lag"], f(xv, 0.5)):
    show(name, val)
(only_none, second), _ = theano.scan(lambda t: [t * 2, t + 1], sequences=x, outputs_info=[None, None])
show("none_none", theano.function([x], [only_none, second])(xv))
