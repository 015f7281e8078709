# Covers: an MRG multinomial over a constant one-row pvals: its uniform draw is sized pvals.shape[0], a vector when built; the size folds to (1,) of 1, and Theano's in-place pass builds the in-place draw with make_node, typed (True,), so FunctionGraph.replace keeps the MultinomialFromUniform on a vector through Rebroadcast{0}; a draw sized (1,) when built needs none; debugprint(f, print_type=True) of each compiled function, then values.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


srng = MRG_RandomStreams(42)
pick = srng.multinomial(pvals=T.constant([[0.2, 0.3, 0.5]]), dtype='float64')
f = theano.function([], pick, name='f')
theano.printing.debugprint(f, print_type=True)
show("pick", f())
show("pick", f())

u = srng.uniform((1,))
g = theano.function([], u + 1, name='g')
theano.printing.debugprint(g, print_type=True)
show("u", g())
