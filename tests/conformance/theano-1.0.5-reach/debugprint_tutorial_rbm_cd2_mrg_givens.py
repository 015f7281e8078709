# Covers: the RBM tutorial's class reduced (6 visible, 4 hidden units, MRG_RandomStreams(rng.randint(2 ** 30)) as theano_rng, floatX parameters with borrow=True): CD-2 through theano.scan(self.gibbs_hvh, outputs_info=[None, None, None, ph_sample], n_steps=k), T.grad with consider_constant=[chain_end], the parameter updates added to scan's updates and the tutorial's pseudo-likelihood monitor from nv_means[-1], trained through givens on minibatches of a borrowed shared dataset (shared_x[index * 4:(index + 1) * 4]); the mean cost of 3 epochs of 3 minibatches, the learnt weights and biases, and the compiled training function's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


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
        print(epoch, float(np.mean([train_rbm(i) for i in range(3)])))
    show('W', rbm.W.get_value())
    show('hbias', rbm.hbias.get_value())
    show('vbias', rbm.vbias.get_value())
    theano.printing.debugprint(train_rbm)


if __name__ == '__main__':
    main()
