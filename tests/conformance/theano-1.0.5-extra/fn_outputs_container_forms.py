# Covers: output container forms of random functions: a bare variable (array returned), a one-element list (list of one), a tuple of two, the same draw twice in a list (DeepCopyOp), and an empty list; return types and values.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=46)
u = srng.uniform((2,))
n = srng.normal((2,))
forms = [("bare", u), ("list1", [u]), ("tuple2", (u, n)), ("twice", [u, u]), ("empty", [])]
for label, outs in forms:
    fn = function([], outs, name=label)
    r = fn()
    print(label, type(r).__name__, len(fn.maker.fgraph.outputs))
    if isinstance(r, list):
        for i, v in enumerate(r):
            show("%s[%d]" % (label, i), v)
    else:
        show(label, r)
fn = function([], [u, u], name='twice')
print("--- twice")
theano.printing.debugprint(fn)
