# Covers: draws of size () from RandomStreams (normal, uniform, binomial, random_integers, float32 uniform) and MRG_RandomStreams come back as 0-d numpy arrays (Theano's perform makes numpy's Python float an array): repr, type, dtype and shape of each, inside one function and one scan step that adds a 0-d normal draw.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams
s = RandomStreams(seed=4); m = MRG_RandomStreams(seed=4)
x = T.dvector('x')
outs = [s.normal(()), s.uniform(()), s.binomial((), p=0.5), s.uniform((), dtype='float32'),
        s.random_integers((), 0, 3), m.uniform(()), m.normal(()), x.sum() + s.normal((), std=0.1)]
f = theano.function([x], outs)
for o in f([1., 2.]):
    print(repr(o), type(o).__name__, o.dtype, o.shape)
walk, upd = theano.scan(lambda p: p + s.normal(()), outputs_info=T.constant(0., dtype='float64'), n_steps=3)
g = theano.function([], [walk, walk[-1]], updates=upd)
for o in g():
    print(repr(o), type(o).__name__, o.shape)
