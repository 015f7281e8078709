# Covers: the RBM tutorial's class as a program: an RBM class drawing its hidden and visible samples from MRG_RandomStreams(rng.randint(2 ** 30)).binomial(size=mean.shape, n=1, p=mean, dtype=floatX), a CD-2 Gibbs chain gibbs_hvh in theano.scan (outputs_info [None, None, None, ph_sample], n_steps=k), free energy with T.log(1 + T.exp(...)), consider_constant=[chain_end], parameter updates added to the scan's OrderedDict, a cross-entropy monitor over nv_means[-1], training through an index and givens, all inside main() run under if __name__ == '__main__'; monitoring costs per epoch and the parameters.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


class RBM(object):
    def __init__(self, n_visible, n_hidden, rng, theano_rng):
        self.W = theano.shared(np.asarray(rng.uniform(-0.1, 0.1, (n_visible, n_hidden)),
                                          dtype=theano.config.floatX), name='W', borrow=True)
        self.hbias = theano.shared(np.zeros(n_hidden, dtype=theano.config.floatX), name='hbias')
        self.vbias = theano.shared(np.zeros(n_visible, dtype=theano.config.floatX), name='vbias')
        self.theano_rng = theano_rng
        self.params = [self.W, self.hbias, self.vbias]

    def free_energy(self, v):
        wx_b = T.dot(v, self.W) + self.hbias
        return -T.dot(v, self.vbias) - T.sum(T.log(1 + T.exp(wx_b)), axis=1)

    def sample_h_given_v(self, v):
        mean = T.nnet.sigmoid(T.dot(v, self.W) + self.hbias)
        return mean, self.theano_rng.binomial(size=mean.shape, n=1, p=mean,
                                              dtype=theano.config.floatX)

    def sample_v_given_h(self, h):
        mean = T.nnet.sigmoid(T.dot(h, self.W.T) + self.vbias)
        return mean, self.theano_rng.binomial(size=mean.shape, n=1, p=mean,
                                              dtype=theano.config.floatX)

    def gibbs_hvh(self, h):
        v_mean, v_sample = self.sample_v_given_h(h)
        h_mean, h_sample = self.sample_h_given_v(v_sample)
        return v_mean, v_sample, h_mean, h_sample

    def get_cost_updates(self, x, lr, k):
        ph_mean, ph_sample = self.sample_h_given_v(x)
        (nv_means, nv_samples, nh_means, nh_samples), updates = theano.scan(
            self.gibbs_hvh, outputs_info=[None, None, None, ph_sample], n_steps=k)
        chain_end = nv_samples[-1]
        cost = T.mean(self.free_energy(x)) - T.mean(self.free_energy(chain_end))
        gparams = T.grad(cost, self.params, consider_constant=[chain_end])
        for p, g in zip(self.params, gparams):
            updates[p] = p - g * T.cast(lr, dtype=theano.config.floatX)
        monitor = T.mean(T.sum(x * T.log(T.nnet.sigmoid(nv_means[-1])) +
                               (1 - x) * T.log(1 - T.nnet.sigmoid(nv_means[-1])), axis=1))
        return monitor, updates


def main():
    rng = np.random.RandomState(123)
    theano_rng = MRG_RandomStreams(rng.randint(2 ** 30))
    data = (rng.rand(12, 6) > 0.5).astype(theano.config.floatX)
    shared_x = theano.shared(data, borrow=True)
    index = T.lscalar()
    x = T.matrix('x')
    rbm = RBM(6, 4, rng, theano_rng)
    cost, updates = rbm.get_cost_updates(x, lr=0.1, k=2)
    train_rbm = theano.function([index], cost, updates=updates,
                                givens={x: shared_x[index * 4:(index + 1) * 4]})
    for epoch in range(3):
        print(epoch, np.mean([train_rbm(i) for i in range(3)]))
    print(rbm.W.get_value())
    print(rbm.hbias.get_value(), rbm.vbias.get_value())


if __name__ == '__main__':
    main()
