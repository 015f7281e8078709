# Covers: draws inside scan whose size comes from the step's inputs (srng.binomial(size=x_t.shape) per sequence row), MRG normal inside scan with updates, a nested scan drawing in the inner step, and symbolic n_steps calls of different lengths.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=31)
mrng = MRG_RandomStreams(seed=77)
X = T.matrix('X')
masked, upd1 = theano.scan(lambda x_t: x_t * srng.binomial(size=x_t.shape, p=0.5, dtype='float64'), sequences=[X])
f1 = theano.function([X], masked, updates=upd1)
show('masked', f1(np.arange(6.0).reshape(3, 2)))
show('masked', f1(np.arange(6.0).reshape(3, 2)))
n = T.iscalar('n')
walk, upd2 = theano.scan(lambda acc: acc + mrng.normal(size=(2,)), outputs_info=T.zeros((2,)), n_steps=n)
f2 = theano.function([n], walk, updates=upd2)
show('walk', f2(2))
show('walk', f2(3))


def outer_step(row):
    inner, inner_upd = theano.scan(lambda v: v + srng.uniform(size=(1,)), sequences=[row])
    return inner, inner_upd


nested, upd3 = theano.scan(outer_step, sequences=[X])
f3 = theano.function([X], nested, updates=upd3)
show('nested', f3(np.zeros((2, 2))))
show('nested', f3(np.zeros((2, 2))))
