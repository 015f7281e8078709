# Covers: an LSTM layer as the LSTM tutorial writes it, reduced: the step function _step(m_, x_, h_, c_) slicing the preactivation with _slice(_x, n, dim), T.nnet.sigmoid gates and T.tanh, the mask m_[:, None] * c + (1. - m_)[:, None] * c_, outputs_info of T.alloc(numpy_floatX(0.), n_samples, dim_proj), sequences=[mask, state_below] and a mean-pooled output; values, a cost's gradient w.r.t. U and one SGD step.
import numpy
import theano
import theano.tensor as tensor

floatX = theano.config.floatX


def show(name, v):
    v = numpy.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def numpy_floatX(data):
    return numpy.asarray(data, dtype=floatX)


def _slice(_x, n, dim):
    if _x.ndim == 3:
        return _x[:, :, n * dim:(n + 1) * dim]
    return _x[:, n * dim:(n + 1) * dim]


rng = numpy.random.RandomState(99)
dim_proj = 2
W = theano.shared(numpy_floatX(rng.uniform(-0.5, 0.5, (dim_proj, 4 * dim_proj))), name='lstm_W')
U = theano.shared(numpy_floatX(rng.uniform(-0.5, 0.5, (dim_proj, 4 * dim_proj))), name='lstm_U')
b = theano.shared(numpy_floatX(numpy.zeros(4 * dim_proj)), name='lstm_b')
x = tensor.tensor3('x', dtype=floatX)
mask = tensor.matrix('mask', dtype=floatX)
nsteps = x.shape[0]
n_samples = x.shape[1]


def _step(m_, x_, h_, c_):
    preact = tensor.dot(h_, U)
    preact += x_
    i = tensor.nnet.sigmoid(_slice(preact, 0, dim_proj))
    f = tensor.nnet.sigmoid(_slice(preact, 1, dim_proj))
    o = tensor.nnet.sigmoid(_slice(preact, 2, dim_proj))
    c = tensor.tanh(_slice(preact, 3, dim_proj))
    c = f * c_ + i * c
    c = m_[:, None] * c + (1. - m_)[:, None] * c_
    h = o * tensor.tanh(c)
    h = m_[:, None] * h + (1. - m_)[:, None] * h_
    return h, c


state_below = tensor.dot(x, W) + b
rval, updates = theano.scan(_step,
                            sequences=[mask, state_below],
                            outputs_info=[tensor.alloc(numpy_floatX(0.), n_samples, dim_proj),
                                          tensor.alloc(numpy_floatX(0.), n_samples, dim_proj)],
                            name='lstm_layers',
                            n_steps=nsteps)
proj = rval[0]
pooled = (proj * mask[:, :, None]).sum(axis=0) / mask.sum(axis=0)[:, None]
f = theano.function([x, mask], [proj, pooled], name='lstm')
xv = numpy_floatX(rng.uniform(-1, 1, (3, 2, dim_proj)))
mv = numpy_floatX([[1, 1], [1, 1], [1, 0]])
pv, poolv = f(xv, mv)
show("proj", pv)
show("pooled", poolv)
cost = tensor.sum(pooled ** 2)
gU = tensor.grad(cost, U)
train = theano.function([x, mask], [cost, gU], updates=[(U, U - 0.1 * gU)], name='train')
c, g = train(xv, mv)
print("cost", float(c))
show("gU", g)
show("U", U.get_value())
