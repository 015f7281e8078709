# Covers: 2-D random walk: shared position matrix (3 walkers x 2 coords) moved by normal steps scaled by a shared step size, a peek function with no_default_updates=True that does not move, and a reset via set_value.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=31)
pos = theano.shared(np.zeros((3, 2)), name='pos')
scale = theano.shared(0.5, name='scale')
stepv = srng.normal((3, 2)) * scale
walk = theano.function([], pos, updates=[(pos, pos + stepv)], name='walk')
peek = theano.function([], pos + stepv, no_default_updates=True, name='peek')
for i in range(3):
    show("before_%d" % i, walk())
show("peek_a", peek())
show("peek_b", peek())
show("pos", pos.get_value())
scale.set_value(0.0)
walk()
show("pos_scale0", pos.get_value())
pos.set_value(np.ones((3, 2)))
scale.set_value(1.0)
walk()
show("pos_reset", pos.get_value())
dist = T.sqrt(T.sum(T.sqr(pos), axis=1))
show("dist", theano.function([], dist)())
