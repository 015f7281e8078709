# Covers: shuffling minibatches every epoch with the random streams: perm = srng.permutation(n=6) drawn by a function called once per epoch and stored in a shared int64 vector with set_value, the training function taking rows data_x[perm[index * 2:(index + 1) * 2]] through givens (advanced indexing by a slice of a shared index vector), a linear model trained by SGD with T.grad, and a validation function with no_default_updates=True; the permutations, costs and weights over 2 epochs.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=606)
rng = np.random.RandomState(2)
data_x = theano.shared(rng.normal(0, 1, (6, 3)), name='data_x', borrow=True)
data_y = theano.shared(rng.normal(0, 1, 6), name='data_y', borrow=True)
perm_shared = theano.shared(np.arange(6, dtype='int64'), name='perm')
new_perm = theano.function([], srng.permutation(n=6))
index = T.lscalar('index')
x = T.dmatrix('x')
y = T.dvector('y')
w = theano.shared(np.zeros(3), name='w')
cost = T.mean((T.dot(x, w) - y) ** 2)
gw = T.grad(cost, w)
batch = perm_shared[index * 2:(index + 1) * 2]
train = theano.function([index], cost, updates=[(w, w - 0.2 * gw)],
                        givens={x: data_x[batch], y: data_y[batch]})
validate = theano.function([], cost, givens={x: data_x, y: data_y}, no_default_updates=True)
for epoch in range(2):
    p = new_perm()
    show("perm", p)
    perm_shared.set_value(p)
    costs = [float(train(i)) for i in range(3)]
    print("epoch", epoch, costs, float(validate()))
show("w", w.get_value())
print("pos", srng.state_updates[0][0].get_value().get_state()[2])
