# Covers: Variable.eval() on random-stream expressions: uniform draws evaluated twice (a fresh function per call, stream advanced), eval with an input dict, and MRG uniform eval.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=10)
u = srng.uniform((3,))
show("eval0", u.eval())
show("eval1", u.eval())
x = T.dvector('x')
show("eval_x", (x + u).eval({x: np.array([1.0, 2.0, 3.0])}))
from theano.sandbox.rng_mrg import MRG_RandomStreams
m = MRG_RandomStreams(seed=5).uniform((2,))
show("mrg_eval", m.eval())
