# Covers: what T.nnet.softmax and T.nnet.logsoftmax accept, as Theano 1.0.5 checks it when the graph is built: a 3-d tensor and an integer matrix raise ValueError naming the type, a scalar makes softmax fail reading its last broadcastable flag (IndexError); a vector is one row, a float32 matrix keeps float32; values of the accepted ones from an MRG uniform draw.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def attempt(name, fn):
    try:
        out = fn()
        print(name, out.ndim, out.dtype, out.broadcastable)
    except Exception as e:
        print(name, type(e).__name__, e)


srng = MRG_RandomStreams(seed=5)
for label, var in (("tensor3", T.tensor3('t')), ("imatrix", T.imatrix('i')), ("scalar", T.dscalar('s')),
                   ("vector", T.dvector('v')), ("fmatrix", T.fmatrix('f'))):
    attempt("softmax " + label, lambda: T.nnet.softmax(var))
    attempt("logsoftmax " + label, lambda: T.nnet.logsoftmax(var))
u = srng.uniform((2, 3))
f = theano.function([], [T.nnet.softmax(u), T.nnet.logsoftmax(u[0]), T.nnet.softmax(T.cast(u, 'float32'))])
for r in f():
    print(r.dtype, np.round(r, 5).tolist())
