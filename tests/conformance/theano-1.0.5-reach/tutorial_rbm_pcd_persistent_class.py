# Covers: the RBM tutorial's get_cost_updates with persistent contrastive divergence: persistent_chain = theano.shared(numpy.zeros((batch_size, n_hidden), dtype=floatX), borrow=True), chain_start = persistent, scan over gibbs_hvh with n_steps=k (k=2), updates[persistent] = nh_samples[-1], the pseudo-likelihood monitoring cost with bit_i_idx = theano.shared(value=0, name='bit_i_idx'), xi = T.round(self.input), xi_flip = T.set_subtensor(xi[:, bit_i_idx], 1 - xi[:, bit_i_idx]), cost = T.mean(n_visible * T.log(T.nnet.sigmoid(fe_xi_flip - fe_xi))), updates[bit_i_idx] = (bit_i_idx + 1) % n_visible; costs, bit_i_idx, the persistent chain and parameters over 4 minibatches.
import numpy
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = numpy.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


floatX = theano.config.floatX
numpy_rng = numpy.random.RandomState(1234)
theano_rng = RandomStreams(numpy_rng.randint(2 ** 30))
n_visible, n_hidden, batch_size = 4, 3, 2
W = theano.shared(numpy.asarray(numpy_rng.uniform(-4 * numpy.sqrt(6. / 7), 4 * numpy.sqrt(6. / 7),
                                                  (n_visible, n_hidden)), dtype=floatX), name='W', borrow=True)
hbias = theano.shared(numpy.zeros(n_hidden, dtype=floatX), name='hbias', borrow=True)
vbias = theano.shared(numpy.zeros(n_visible, dtype=floatX), name='vbias', borrow=True)
params = [W, hbias, vbias]
x = T.matrix('x')


def free_energy(v_sample):
    wx_b = T.dot(v_sample, W) + hbias
    vbias_term = T.dot(v_sample, vbias)
    hidden_term = T.sum(T.log(1 + T.exp(wx_b)), axis=1)
    return -hidden_term - vbias_term


def sample_h_given_v(v0):
    pre = T.dot(v0, W) + hbias
    mean = T.nnet.sigmoid(pre)
    return [pre, mean, theano_rng.binomial(size=mean.shape, n=1, p=mean, dtype=floatX)]


def sample_v_given_h(h0):
    pre = T.dot(h0, W.T) + vbias
    mean = T.nnet.sigmoid(pre)
    return [pre, mean, theano_rng.binomial(size=mean.shape, n=1, p=mean, dtype=floatX)]


def gibbs_hvh(h0_sample):
    pre_sigmoid_v1, v1_mean, v1_sample = sample_v_given_h(h0_sample)
    pre_sigmoid_h1, h1_mean, h1_sample = sample_h_given_v(v1_sample)
    return [pre_sigmoid_v1, v1_mean, v1_sample, pre_sigmoid_h1, h1_mean, h1_sample]


persistent_chain = theano.shared(numpy.zeros((batch_size, n_hidden), dtype=floatX), borrow=True)
pre_sigmoid_ph, ph_mean, ph_sample = sample_h_given_v(x)
chain_start = persistent_chain
([pre_sigmoid_nvs, nv_means, nv_samples, pre_sigmoid_nhs, nh_means, nh_samples], updates) = theano.scan(
    gibbs_hvh, outputs_info=[None, None, None, None, None, chain_start], n_steps=2, name="gibbs_hvh")
chain_end = nv_samples[-1]
cost = T.mean(free_energy(x)) - T.mean(free_energy(chain_end))
gparams = T.grad(cost, params, consider_constant=[chain_end])
for gparam, param in zip(gparams, params):
    updates[param] = param - gparam * T.cast(0.1, dtype=floatX)
updates[persistent_chain] = nh_samples[-1]
bit_i_idx = theano.shared(value=0, name='bit_i_idx')
xi = T.round(x)
fe_xi = free_energy(xi)
xi_flip = T.set_subtensor(xi[:, bit_i_idx], 1 - xi[:, bit_i_idx])
fe_xi_flip = free_energy(xi_flip)
monitoring_cost = T.mean(n_visible * T.log(T.nnet.sigmoid(fe_xi_flip - fe_xi)))
updates[bit_i_idx] = (bit_i_idx + 1) % n_visible
data = theano.shared(numpy.asarray([[1, 0, 1, 0], [0, 1, 1, 0], [1, 1, 0, 0], [0, 0, 1, 1]], dtype=floatX))
index = T.lscalar()
train_rbm = theano.function([index], monitoring_cost, updates=updates,
                            givens={x: data[index * batch_size: (index + 1) * batch_size]}, name='train_rbm')
for i in range(4):
    print("batch", i, "cost", float(train_rbm(i % 2)), "bit_i_idx", int(bit_i_idx.get_value()))
    show("chain", persistent_chain.get_value())
for p in params:
    show(p.name, p.get_value())
print("positions", [int(r.get_value().get_state()[2]) for r, u in theano_rng.state_updates])
