# Covers: the LSTM tutorial's dropout: T.switch on a shared use_noise flag between a binomial-masked state and state * 0.5, a masked LSTM in scan over (time, batch) with T.alloc initial states, mean pooling, softmax classifier, adadelta written as the tutorial writes it (f_grad_shared / f_update), use_noise.set_value between train and test.
import numpy as np
import theano
import theano.tensor as tensor
from theano.tensor.shared_randomstreams import RandomStreams
from collections import OrderedDict


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def numpy_floatX(data):
    return np.asarray(data, dtype=theano.config.floatX)


rng = np.random.RandomState(123)
trng = RandomStreams(123)
use_noise = theano.shared(numpy_floatX(0.))
dim, n_in, ydim = 3, 2, 2
params = OrderedDict()
params['W'] = theano.shared(rng.normal(0, 0.3, (n_in, 4 * dim)), name='W')
params['U'] = theano.shared(rng.normal(0, 0.3, (dim, 4 * dim)), name='U')
params['b'] = theano.shared(np.zeros(4 * dim), name='b')
params['Wy'] = theano.shared(rng.normal(0, 0.3, (dim, ydim)), name='Wy')


def dropout_layer(state_before, use_noise, trng):
    return tensor.switch(use_noise,
                         (state_before * trng.binomial(state_before.shape, p=0.5, n=1, dtype=state_before.dtype)),
                         state_before * 0.5)


def _slice(_x, n, dim):
    return _x[:, n * dim:(n + 1) * dim]


x = tensor.tensor3('x')
mask = tensor.matrix('mask')
y = tensor.ivector('y')
n_timesteps = x.shape[0]
n_samples = x.shape[1]


def _step(m_, x_, h_, c_):
    preact = tensor.dot(h_, params['U']) + x_
    i = tensor.nnet.sigmoid(_slice(preact, 0, dim))
    f = tensor.nnet.sigmoid(_slice(preact, 1, dim))
    o = tensor.nnet.sigmoid(_slice(preact, 2, dim))
    c = tensor.tanh(_slice(preact, 3, dim))
    c = f * c_ + i * c
    c = m_[:, None] * c + (1. - m_)[:, None] * c_
    h = o * tensor.tanh(c)
    h = m_[:, None] * h + (1. - m_)[:, None] * h_
    return h, c


state_below = tensor.dot(x, params['W']) + params['b']
rval, updates = theano.scan(_step, sequences=[mask, state_below],
                            outputs_info=[tensor.alloc(numpy_floatX(0.), n_samples, dim),
                                          tensor.alloc(numpy_floatX(0.), n_samples, dim)],
                            name='lstm_layers', n_steps=n_timesteps)
proj = rval[0]
proj = (proj * mask[:, :, None]).sum(axis=0) / mask.sum(axis=0)[:, None]
proj = dropout_layer(proj, use_noise, trng)
pred = tensor.nnet.softmax(tensor.dot(proj, params['Wy']))
cost = -tensor.log(pred[tensor.arange(n_samples), y] + 1e-8).mean()
tparams = list(params.values())
grads = tensor.grad(cost, wrt=tparams)
zipped_grads = [theano.shared(p.get_value() * numpy_floatX(0.), name='%s_grad' % k) for k, p in params.items()]
running_up2 = [theano.shared(p.get_value() * numpy_floatX(0.), name='%s_rup2' % k) for k, p in params.items()]
running_grads2 = [theano.shared(p.get_value() * numpy_floatX(0.), name='%s_rgrad2' % k) for k, p in params.items()]
zgup = [(zg, g) for zg, g in zip(zipped_grads, grads)]
rg2up = [(rg2, 0.95 * rg2 + 0.05 * (g ** 2)) for rg2, g in zip(running_grads2, grads)]
f_grad_shared = theano.function([x, mask, y], cost, updates=zgup + rg2up, name='adadelta_f_grad_shared')
updir = [-tensor.sqrt(ru2 + 1e-6) / tensor.sqrt(rg2 + 1e-6) * zg for zg, ru2, rg2 in zip(zipped_grads, running_up2, running_grads2)]
ru2up = [(ru2, 0.95 * ru2 + 0.05 * (ud ** 2)) for ru2, ud in zip(running_up2, updir)]
param_up = [(p, p + ud) for p, ud in zip(tparams, updir)]
f_update = theano.function([], [], updates=ru2up + param_up, on_unused_input='ignore', name='adadelta_f_update')
f_pred_prob = theano.function([x, mask], pred, name='f_pred_prob')
X = rng.normal(size=(3, 2, n_in))
M = np.array([[1., 1.], [1., 1.], [1., 0.]])
Y = np.array([0, 1], dtype='int32')
for epoch in range(3):
    use_noise.set_value(1.)
    c = f_grad_shared(X, M, Y)
    f_update()
    use_noise.set_value(0.)
    print('epoch', epoch, float(c))
    show('prob', f_pred_prob(X, M))
show('Wy', params['Wy'].get_value())
