# Covers: a script that sets os.environ['THEANO_FLAGS'] (appending floatX=float16) before import theano: theano.config.floatX float16, Python float constants downcast to float16, T.mean summing float16 in float32 and casting back (Cast{float16} in the fused mean), float16 dots made Dot22/Gemm/Gemv as for the other floats, an outer product left a Dot22 (Theano's Ger refuses float16), and float16 draws: an MLP with a RandomStreams dropout mask trained with T.grad, MRG uniform/normal/binomial draws, a denoising autoencoder with MRG corruption, a Gibbs chain in theano.scan and an MRG walk, the nnet ops; dtypes, values and the compiled debugprints.
import os
os.environ['THEANO_FLAGS'] = os.environ.get('THEANO_FLAGS', '') + ',floatX=float16'
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams
from collections import OrderedDict


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


floatX = theano.config.floatX
rng = np.random.RandomState(0)
srng = RandomStreams(seed=5)
mrg = MRG_RandomStreams(seed=7)
x = T.matrix('x')
y = T.ivector('y')
W1 = theano.shared(rng.uniform(-0.5, 0.5, (4, 3)).astype(floatX), name='W1')
b1 = theano.shared(np.zeros(3, dtype=floatX), name='b1')
W2 = theano.shared(rng.uniform(-0.5, 0.5, (3, 2)).astype(floatX), name='W2')
b2 = theano.shared(np.zeros(2, dtype=floatX), name='b2')
h = T.tanh(T.dot(x, W1) + b1)
mask = srng.binomial(h.shape, p=0.8, dtype=floatX)
h = h * mask
p = T.nnet.softmax(T.dot(h, W2) + b2)
cost = T.nnet.categorical_crossentropy(p, y).mean() + 0.01 * (W1 ** 2).sum()
params = [W1, b1, W2, b2]
grads = T.grad(cost, params)
upd = OrderedDict((q, q - 0.1 * g) for q, g in zip(params, grads))
train = theano.function([x, y], cost, updates=upd)
X = rng.rand(5, 4).astype(floatX)
Y = np.array([0, 1, 1, 0, 1], dtype='int32')
print(theano.config.floatX, x.dtype, T.constant(0.1).dtype, float(T.constant(0.1).data), cost.dtype)
for i in range(3):
    show('cost', train(X, Y))
show('W1', W1.get_value())
show('b2', b2.get_value())
v = mrg.uniform((2, 3))
n = mrg.normal((4,))
bb = mrg.binomial((3,), p=0.3, dtype=floatX)
f = theano.function([], [v, n, bb])
for call in range(2):
    for name, value in zip(['uniform', 'normal', 'binomial'], f()):
        show(name, value)
z = T.vector('z')
s = T.nnet.sigmoid(z) + T.exp(z) * 0.5 - T.log1p(z ** 2) / 3
g = theano.function([z], [s, T.grad(s.sum(), z), T.nnet.softplus(z), T.sqrt(abs(z)), z.mean(), z.max()])
for name, value in zip(['s', 'grad', 'softplus', 'sqrt_abs', 'mean', 'max'], g(np.array([0.1, -1.3, 2.5], dtype=floatX))):
    show(name, value)
theano.printing.debugprint(train)
theano.printing.debugprint(g)
outer = theano.function([z], T.outer(z, z))
show('outer', outer(np.array([0.5, 1.5, -2.0], dtype=floatX)))
theano.printing.debugprint(outer)

# a denoising autoencoder, a Gibbs chain and an MRG walk in float16
rng = np.random.RandomState(1)
mrg = MRG_RandomStreams(seed=11)
srng = RandomStreams(seed=12)
x = T.matrix('xd')
W = theano.shared(rng.uniform(-0.3, 0.3, (4, 3)).astype(floatX), name='W')
bh = theano.shared(np.zeros(3, dtype=floatX), name='bh')
bv = theano.shared(np.zeros(4, dtype=floatX), name='bv')
xc = mrg.binomial(size=x.shape, n=1, p=0.7, dtype=floatX) * x
h = T.nnet.sigmoid(T.dot(xc, W) + bh)
z = T.nnet.sigmoid(T.dot(h, W.T) + bv)
L = -T.sum(x * T.log(z) + (1 - x) * T.log(1 - z), axis=1)
cost = T.mean(L)
gs = T.grad(cost, [W, bh, bv])
train = theano.function([x], cost, updates=[(p, p - 0.1 * g) for p, g in zip([W, bh, bv], gs)])
X = (rng.rand(3, 4) > 0.5).astype(floatX)
for i in range(2):
    show('dae_cost', train(X))
show('W', W.get_value())
def gibbs(v):
    ph = T.nnet.sigmoid(T.dot(v, W) + bh)
    hs = srng.binomial(size=ph.shape, n=1, p=ph, dtype=floatX)
    pv = T.nnet.sigmoid(T.dot(hs, W.T) + bv)
    return srng.binomial(size=pv.shape, n=1, p=pv, dtype=floatX)
chain, upd = theano.scan(gibbs, outputs_info=[x], n_steps=2)
s = theano.function([x], chain[-1], updates=upd)
show('chain_end', s(X))
walk, upd2 = theano.scan(lambda prev: prev + mrg.normal((2,), std=0.5, dtype=floatX), outputs_info=T.zeros((2,), dtype=floatX), n_steps=3)
w = theano.function([], walk, updates=upd2)
show('walk', w())
show('walk', w())
print(srng.normal((3,)).dtype, mrg.uniform((2,)).dtype, T.arange(3.).dtype)
p = T.nnet.softmax(x)
for name, value in zip(['softmax', 'relu', 'bce', 'tanh_sum'], theano.function([x], [p, T.nnet.relu(x - 0.5), T.nnet.binary_crossentropy(T.nnet.sigmoid(x), x).mean(), T.tanh(x).sum(axis=0)])(X)):
    show(name, value)
theano.printing.debugprint(train)
theano.printing.debugprint(s)
