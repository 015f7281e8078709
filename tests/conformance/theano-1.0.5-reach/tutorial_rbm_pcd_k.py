# Covers: an RBM trained by persistent CD-2: a shared persistent chain as scan's initial hidden sample, scan with n_steps=2 and outputs_info [None, None, persistent], updates = scan's updates plus the SGD updates plus updates[persistent] = last hidden sample; compiling the chain without scan's updates fails (the streams' default updates refer to the step's symbolic sizes: MissingInputError); costs and persistent chains over 3 steps.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rs = np.random.RandomState(3)
srng = RandomStreams(seed=5)
x = T.dmatrix('x')
W = theano.shared(rs.uniform(-0.3, 0.3, (4, 3)), name='W')
hbias = theano.shared(np.zeros(3), name='hbias')
vbias = theano.shared(np.zeros(4), name='vbias')
persistent = theano.shared(np.zeros((2, 3)), name='persistent')


def free_energy(v):
    return -T.dot(v, vbias) - T.sum(T.nnet.softplus(T.dot(v, W) + hbias), axis=1)


def gibbs_hvh(h0):
    v1_mean = T.nnet.sigmoid(T.dot(h0, W.T) + vbias)
    v1 = srng.binomial(size=v1_mean.shape, n=1, p=v1_mean, dtype='float64')
    h1_mean = T.nnet.sigmoid(T.dot(v1, W) + hbias)
    h1 = srng.binomial(size=h1_mean.shape, n=1, p=h1_mean, dtype='float64')
    return [v1, h1_mean, h1]


(nv, nh_mean, nh), updates = theano.scan(gibbs_hvh, outputs_info=[None, None, persistent], n_steps=2)
chain_end = nv[-1]
cost = T.mean(free_energy(x)) - T.mean(free_energy(chain_end))
params = [W, hbias, vbias]
gparams = T.grad(cost, params, consider_constant=[chain_end])
print("scan updates", len(updates))
try:
    theano.function([], nv, name='chain_no_updates')
    print("no error")
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
for p, g in zip(params, gparams):
    updates[p] = p - 0.05 * g
updates[persistent] = nh[-1]
train = theano.function([x], cost, updates=updates, name='train_pcd')
data = np.array([[1.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 1.0]])
for step in range(3):
    print("step", step, "cost", float(train(data)))
    show("persistent", persistent.get_value())
show("W", W.get_value())
