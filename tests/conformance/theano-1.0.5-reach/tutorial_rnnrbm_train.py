# Covers: the RNN-RBM tutorial's training graph reduced: build_rbm(v, W, bv, bh, k) with a k=3 Gibbs chain in theano.scan drawing rng.binomial(size=..., n=1, p=..., dtype='float64') from RandomStreams, the free-energy cost (free_energy(v) - free_energy(v_sample)) / v.shape[0] and the T.xlogx.xlogy0 monitor; the RNN's recurrence in an outer theano.scan over the sequence (outputs_info [u0, None, None], non_sequences the 8 parameters) giving the time-varying biases bv_t[:] and bh_t[:] the chain reads (the bias loop Theano's scan push-out moves out of the chain's step), T.grad(cost, params, consider_constant=[v_sample]) and SGD updates merged with the chain's updates; the compiled debugprint, two monitor values and two parameters.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = RandomStreams(seed=909)


def build_rbm(v, W, bv, bh, k):
    def gibbs_step(v):
        mean_h = T.nnet.sigmoid(T.dot(v, W) + bh)
        h = rng.binomial(size=mean_h.shape, n=1, p=mean_h, dtype='float64')
        mean_v = T.nnet.sigmoid(T.dot(h, W.T) + bv)
        v = rng.binomial(size=mean_v.shape, n=1, p=mean_v, dtype='float64')
        return mean_v, v

    chain, updates = theano.scan(lambda v: gibbs_step(v)[1], outputs_info=[v], n_steps=k)
    v_sample = chain[-1]
    mean_v = gibbs_step(v_sample)[0]
    monitor = T.xlogx.xlogy0(v, mean_v) + T.xlogx.xlogy0(1 - v, 1 - mean_v)
    monitor = monitor.sum() / v.shape[0]

    def free_energy(v):
        return -(v * bv).sum() - T.log(1 + T.exp(T.dot(v, W) + bh)).sum()
    cost = (free_energy(v) - free_energy(v_sample)) / v.shape[0]
    return v_sample, cost, monitor, updates


n_visible, n_hidden, n_hidden_recurrent = 3, 2, 2
np_rng = np.random.RandomState(0)
W = theano.shared(np_rng.normal(0, 0.5, (n_visible, n_hidden)), name='W')
bv = theano.shared(np.zeros(n_visible), name='bv')
bh = theano.shared(np.zeros(n_hidden), name='bh')
Wuh = theano.shared(np_rng.normal(0, 0.5, (n_hidden_recurrent, n_hidden)), name='Wuh')
Wuv = theano.shared(np_rng.normal(0, 0.5, (n_hidden_recurrent, n_visible)), name='Wuv')
Wvu = theano.shared(np_rng.normal(0, 0.5, (n_visible, n_hidden_recurrent)), name='Wvu')
Wuu = theano.shared(np_rng.normal(0, 0.5, (n_hidden_recurrent, n_hidden_recurrent)), name='Wuu')
bu = theano.shared(np.zeros(n_hidden_recurrent), name='bu')
params = W, bv, bh, Wuh, Wuv, Wvu, Wuu, bu
v = T.matrix('v')
u0 = T.zeros((n_hidden_recurrent,))


def recurrence(v_t, u_tm1):
    bv_t = bv + T.dot(u_tm1, Wuv)
    bh_t = bh + T.dot(u_tm1, Wuh)
    generate = v_t is None
    if generate:
        v_t, _, _, updates = build_rbm(T.zeros((n_visible,)), W, bv_t, bh_t, k=3)
    u_t = T.tanh(bu + T.dot(v_t, Wvu) + T.dot(u_tm1, Wuu))
    return ([v_t, u_t], updates) if generate else [u_t, bv_t, bh_t]


(u_t, bv_t, bh_t), updates_train = theano.scan(lambda v_t, u_tm1, *_: recurrence(v_t, u_tm1),
                                               sequences=v, outputs_info=[u0, None, None], non_sequences=params)
v_sample, cost, monitor, updates_rbm = build_rbm(v, W, bv_t[:], bh_t[:], k=3)
updates_train.update(updates_rbm)
gradient = T.grad(cost, params, consider_constant=[v_sample])
updates_train.update(((p, p - 0.1 * g) for p, g in zip(params, gradient)))
train = theano.function([v], monitor, updates=updates_train)
theano.printing.debugprint(train)
seq = np.array([[1, 0, 1], [0, 1, 1], [1, 1, 0]], 'float64')
for i in range(2):
    print("monitor", float(train(seq)))
show("W", W.get_value())
show("Wuu", Wuu.get_value())
