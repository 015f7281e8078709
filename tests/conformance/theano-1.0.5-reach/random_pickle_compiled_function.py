# Covers: pickle.dumps/pickle.loads of compiled functions: a dropout training function with explicit and default updates (the unpickled function reads its own copies of the weights and of the mask stream's state as they were when pickled, so it repeats the original's next draws and leaves the original's weights alone), a function with theano.In defaults and no_default_updates, an MRG draw, a scan random walk compiled with its updates, a function whose outputs are a dict, one pickle holding two functions that share a weight (one copy shared by both after loading), and debugprint of an unpickled function.
import pickle
from collections import OrderedDict
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=11)
W = theano.shared(np.arange(6.0).reshape(3, 2) / 10, name='W')
b = theano.shared(np.zeros(2), name='b')
x = T.dmatrix('x')
mask = srng.binomial(size=(2, 3), p=0.5, dtype='float64')
h = T.nnet.sigmoid(T.dot(x * mask, W) + b)
cost = T.sum(h ** 2)
gW, gb = T.grad(cost, [W, b])
train = theano.function([x], cost, updates=OrderedDict([(W, W - 0.1 * gW), (b, b - 0.1 * gb)]))
X = np.arange(6.0).reshape(2, 3) / 5
show('c0', train(X))
blob = pickle.dumps(train)
train2 = pickle.loads(blob)
show('c1', train(X))
show('c1 unpickled', train2(X))
show('c2 unpickled', train2(X))
show('W', W.get_value())
show('c2', train(X))
show('W after', W.get_value())
print('type', type(train2).__name__, train2.name == train.name)
theano.printing.debugprint(train2)

# theano.In defaults and no_default_updates
a = T.dscalar('a')
noise = srng.normal(size=(2,))
f = theano.function([x, theano.In(a, value=2.0)], T.sum(x) * a + noise, no_default_updates=True)
g = pickle.loads(pickle.dumps(f))
show('f', f(X))
show('g', g(X))
show('g a=3', g(X, 3.0))
show('f again', f(X))

# MRG draw
mrg = MRG_RandomStreams(seed=5)
u = mrg.uniform(size=(3,))
fu = theano.function([], u)
show('u0', fu())
fu2 = pickle.loads(pickle.dumps(fu))
show('u1', fu())
show('u1 unpickled', fu2())
show('u2 unpickled', fu2())

# a scan random walk compiled with its updates
steps, upd = theano.scan(lambda prev: prev + srng.normal(size=(2,)), outputs_info=T.zeros(2), n_steps=3)
walk = theano.function([], steps[-1], updates=upd)
show('walk0', walk())
walk2 = pickle.loads(pickle.dumps(walk))
show('walk1', walk())
show('walk1 unpickled', walk2())

# a dict of outputs
d = theano.function([x], {'total': T.sum(x), 'first': x[0]})
d2 = pickle.loads(pickle.dumps(d))
out = d2(X)
print(sorted(out))
show('total', out['total'])

# two functions sharing a weight, pickled together
V = theano.shared(np.ones(2), name='V')
inc = theano.function([], V, updates=[(V, V + 1)])
read = theano.function([], V * 10)
inc2, read2 = pickle.loads(pickle.dumps((inc, read)))
show('inc2', inc2())
show('inc2 again', inc2())
show('read2', read2())
show('read', read())
