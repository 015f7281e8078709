# Covers: the tutorial's RBM class reduced: propup/sample_h_given_v/propdown/sample_v_given_h with theano_rng.binomial(size=..., n=1, p=..., dtype=floatX), gibbs_hvh inside theano.scan (outputs_info [None, None, None, None, None, chain_start], n_steps=k with k=3, name='gibbs_hvh'), free_energy with T.log(1 + T.exp(wx_b)), get_cost_updates with consider_constant=[chain_end] and T.cast(lr, dtype=floatX), updates[param] assigned into scan's OrderedUpdates, the reconstruction cross-entropy from pre_sigmoid_nv; costs, parameters and stream positions over 3 minibatches.
import numpy
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = numpy.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


class RBM(object):
    def __init__(self, input=None, n_visible=5, n_hidden=3, numpy_rng=None, theano_rng=None):
        self.n_visible = n_visible
        self.n_hidden = n_hidden
        if numpy_rng is None:
            numpy_rng = numpy.random.RandomState(1234)
        if theano_rng is None:
            theano_rng = RandomStreams(numpy_rng.randint(2 ** 30))
        initial_W = numpy.asarray(
            numpy_rng.uniform(low=-4 * numpy.sqrt(6. / (n_hidden + n_visible)),
                              high=4 * numpy.sqrt(6. / (n_hidden + n_visible)),
                              size=(n_visible, n_hidden)),
            dtype=theano.config.floatX)
        self.W = theano.shared(value=initial_W, name='W', borrow=True)
        self.hbias = theano.shared(value=numpy.zeros(n_hidden, dtype=theano.config.floatX),
                                   name='hbias', borrow=True)
        self.vbias = theano.shared(value=numpy.zeros(n_visible, dtype=theano.config.floatX),
                                   name='vbias', borrow=True)
        self.input = input
        self.theano_rng = theano_rng
        self.params = [self.W, self.hbias, self.vbias]

    def free_energy(self, v_sample):
        wx_b = T.dot(v_sample, self.W) + self.hbias
        vbias_term = T.dot(v_sample, self.vbias)
        hidden_term = T.sum(T.log(1 + T.exp(wx_b)), axis=1)
        return -hidden_term - vbias_term

    def propup(self, vis):
        pre_sigmoid_activation = T.dot(vis, self.W) + self.hbias
        return [pre_sigmoid_activation, T.nnet.sigmoid(pre_sigmoid_activation)]

    def sample_h_given_v(self, v0_sample):
        pre_sigmoid_h1, h1_mean = self.propup(v0_sample)
        h1_sample = self.theano_rng.binomial(size=h1_mean.shape, n=1, p=h1_mean,
                                             dtype=theano.config.floatX)
        return [pre_sigmoid_h1, h1_mean, h1_sample]

    def propdown(self, hid):
        pre_sigmoid_activation = T.dot(hid, self.W.T) + self.vbias
        return [pre_sigmoid_activation, T.nnet.sigmoid(pre_sigmoid_activation)]

    def sample_v_given_h(self, h0_sample):
        pre_sigmoid_v1, v1_mean = self.propdown(h0_sample)
        v1_sample = self.theano_rng.binomial(size=v1_mean.shape, n=1, p=v1_mean,
                                             dtype=theano.config.floatX)
        return [pre_sigmoid_v1, v1_mean, v1_sample]

    def gibbs_hvh(self, h0_sample):
        pre_sigmoid_v1, v1_mean, v1_sample = self.sample_v_given_h(h0_sample)
        pre_sigmoid_h1, h1_mean, h1_sample = self.sample_h_given_v(v1_sample)
        return [pre_sigmoid_v1, v1_mean, v1_sample, pre_sigmoid_h1, h1_mean, h1_sample]

    def get_cost_updates(self, lr=0.1, k=1):
        pre_sigmoid_ph, ph_mean, ph_sample = self.sample_h_given_v(self.input)
        chain_start = ph_sample
        ([pre_sigmoid_nvs, nv_means, nv_samples, pre_sigmoid_nhs, nh_means, nh_samples],
         updates) = theano.scan(self.gibbs_hvh,
                                outputs_info=[None, None, None, None, None, chain_start],
                                n_steps=k, name="gibbs_hvh")
        chain_end = nv_samples[-1]
        cost = T.mean(self.free_energy(self.input)) - T.mean(self.free_energy(chain_end))
        gparams = T.grad(cost, self.params, consider_constant=[chain_end])
        for gparam, param in zip(gparams, self.params):
            updates[param] = param - gparam * T.cast(lr, dtype=theano.config.floatX)
        monitoring_cost = self.get_reconstruction_cost(updates, pre_sigmoid_nvs[-1])
        return monitoring_cost, updates

    def get_reconstruction_cost(self, updates, pre_sigmoid_nv):
        cross_entropy = T.mean(
            T.sum(self.input * T.log(T.nnet.sigmoid(pre_sigmoid_nv)) +
                  (1 - self.input) * T.log(1 - T.nnet.sigmoid(pre_sigmoid_nv)),
                  axis=1))
        return cross_entropy


data = numpy.asarray(numpy.random.RandomState(11).binomial(1, 0.4, (6, 5)), dtype=theano.config.floatX)
train_set_x = theano.shared(data, borrow=True)
index = T.lscalar()
x = T.matrix('x')
rng = numpy.random.RandomState(123)
theano_rng = RandomStreams(rng.randint(2 ** 30))
rbm = RBM(input=x, n_visible=5, n_hidden=3, numpy_rng=rng, theano_rng=theano_rng)
cost, updates = rbm.get_cost_updates(lr=0.1, k=3)
print("updates", len(updates), [type(k).__name__ for k in updates])
batch_size = 2
train_rbm = theano.function([index], cost, updates=updates,
                            givens={x: train_set_x[index * batch_size: (index + 1) * batch_size]},
                            name='train_rbm')
for batch_index in range(3):
    print("batch", batch_index, "cost", float(train_rbm(batch_index)))
    print("positions", [int(r.get_value().get_state()[2]) for r, u in theano_rng.state_updates])
for p in rbm.params:
    show(p.name, p.get_value())
