# Covers: scan errors users meet: a float32 initial state (T.constant(0.0)) with a float64 step result, an initial state with the wrong ndim, a step returning more outputs than outputs_info, no sequences and no n_steps, taps on an output without an initial value, and a step returning a non-variable; type name and first message line.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
tries = [
    ("float32_initial", lambda: theano.scan(lambda xt, acc: acc + xt, sequences=x, outputs_info=T.constant(0.0))),
    ("wrong_ndim", lambda: theano.scan(lambda xt, acc: T.sum(acc) + xt, sequences=x, outputs_info=T.zeros((2,)))),
    ("too_many_outputs", lambda: theano.scan(lambda xt, acc: [acc + xt, acc * xt], sequences=x, outputs_info=[x[0]])),
    ("no_nsteps", lambda: theano.scan(lambda: T.constant(np.float64(1.0)), outputs_info=None)),
    ("taps_without_initial", lambda: theano.scan(lambda xt, a, b: a + b, sequences=x, outputs_info=[dict(taps=[-2, -1])])),
    ("python_return", lambda: theano.scan(lambda xt: "not a variable", sequences=x)),
]
for label, fn in tries:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        msg = str(e).splitlines()[0] if str(e) else ""
        print(label, type(e).__name__, msg)
