# Covers: an Elman RNN trained by BPTT with a dropout mask drawn once per call outside the loop and passed as a non_sequence (so the gradient is defined, unlike a mask drawn in the step), outputs_info=[h0, None] with a softmax output per step read as s[:, 0, :], n_steps=x.shape[0], a learning rate input, the shared initial state h0 learnt; costs over 3 calls and the learnt weights.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

rng = np.random.RandomState(0)
srng = RandomStreams(seed=42)
nin, nh, nout = 3, 4, 2
Wx = theano.shared(rng.uniform(-0.2, 0.2, (nin, nh)), name='Wx')
Wh = theano.shared(rng.uniform(-0.2, 0.2, (nh, nh)), name='Wh')
Wy = theano.shared(rng.uniform(-0.2, 0.2, (nh, nout)), name='Wy')
bh = theano.shared(np.zeros(nh), name='bh')
by = theano.shared(np.zeros(nout), name='by')
h0 = theano.shared(np.zeros(nh), name='h0')
x = T.dmatrix('x')
t = T.ivector('t')
d = srng.binomial(size=(nh,), p=0.9, dtype='float64')
def recurrence(x_t, h_tm1, d):
    h_t = T.nnet.sigmoid(T.dot(x_t, Wx) + T.dot(h_tm1, Wh) + bh)
    s_t = T.nnet.softmax(T.dot(h_t * d, Wy) + by)
    return [h_t, s_t]
[h, s], upd = theano.scan(recurrence, sequences=x, outputs_info=[h0, None], non_sequences=d, n_steps=x.shape[0])
p_y = s[:, 0, :]
nll = -T.mean(T.log(p_y)[T.arange(x.shape[0]), t])
params = [Wx, Wh, Wy, bh, by, h0]
gparams = T.grad(nll, params)
lr = T.dscalar('lr')
upd.update([(p, p - lr * g) for p, g in zip(params, gparams)])
train = theano.function([x, t, lr], nll, updates=upd)
X = rng.randn(4, nin)
Tg = np.array([0, 1, 1, 0], dtype='int32')
for i in range(3):
    print(i, repr(float(train(X, Tg, 0.2))))
print(Wh.get_value().round(12).tolist())
print(h0.get_value().round(12).tolist())
