# Covers: theano.printing.min_informative_str as users call it to read a graph in terms of its named parts: a dropout MLP's cost (the shared binomial mask met twice prints as <TAG>), a named hidden layer stopping the expansion, indent_level, the gradient T.grad builds (tags past Z: BA, BB, ...), an update expression, a scan's output and its RandomStreams update, an MRG draw, a constant, a shared variable and a bare ndarray.
import numpy as np
import theano
import theano.tensor as T
from theano.printing import min_informative_str
from theano.sandbox.rng_mrg import MRG_RandomStreams
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=7)
mrg = MRG_RandomStreams(seed=3)
rng = np.random.RandomState(1)
x = T.matrix('x')
y = T.ivector('y')
W = theano.shared(rng.uniform(-.5, .5, (3, 4)), name='W')
b = theano.shared(np.zeros(4), name='b')
V = theano.shared(rng.uniform(-.5, .5, (4, 2)), name='V')
mask = srng.binomial((2, 4), p=0.8)
h = T.tanh(T.dot(x, W) + b) * mask
p = T.nnet.softmax(T.dot(h, V) + mask.sum())
cost = T.nnet.categorical_crossentropy(p, y).mean()
print(min_informative_str(cost))
print(min_informative_str(cost, indent_level=3))
h.name = 'hidden'
print(min_informative_str(cost))
gW = T.grad(cost, W)
print(min_informative_str(gW))
print(min_informative_str(W - 0.1 * gW))
walk, upd = theano.scan(lambda prev: prev + srng.normal((2,)), outputs_info=T.zeros((2,)), n_steps=3)
print(min_informative_str(walk[-1]))
for var, new in sorted(upd.items(), key=lambda kv: str(kv[0])):
    print(min_informative_str(new))
print(min_informative_str(mrg.uniform((2,), low=-1., high=1.)))
print(min_informative_str(T.constant(np.array([1.5, 2.5]))))
print(min_informative_str(W))
print(min_informative_str(np.ones(3)))
