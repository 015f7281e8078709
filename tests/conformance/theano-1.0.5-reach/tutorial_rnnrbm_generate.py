# Covers: the RNN-RBM tutorial reduced: build_rbm(v, W, bv, bh, k) running a k-step Gibbs chain in theano.scan with rng.binomial(size=..., n=1, p=..., dtype=floatX) inside, the monitoring cross-entropy with T.xlogx.xlogy0 (and T.xlogx.xlogx), the RNN's recurrence in an outer theano.scan whose step calls build_rbm (a scan inside a scan) to generate a sequence (outputs_info [None, u0] with the generated visible fed back), the updates of both loops passed to function(); the generated sequences over 2 calls and the stream positions.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = RandomStreams(seed=909)
floatX = theano.config.floatX


def build_rbm(v, W, bv, bh, k):
    def gibbs_step(v):
        mean_h = T.nnet.sigmoid(T.dot(v, W) + bh)
        h = rng.binomial(size=mean_h.shape, n=1, p=mean_h, dtype=floatX)
        mean_v = T.nnet.sigmoid(T.dot(h, W.T) + bv)
        v = rng.binomial(size=mean_v.shape, n=1, p=mean_v, dtype=floatX)
        return mean_v, v

    chain, updates = theano.scan(lambda v: gibbs_step(v)[1], outputs_info=[v], n_steps=k)
    v_sample = chain[-1]
    mean_v = gibbs_step(v_sample)[0]
    monitor = T.xlogx.xlogy0(v, mean_v) + T.xlogx.xlogy0(1 - v, 1 - mean_v)
    monitor = monitor.sum() / v.shape[0]
    return v_sample, monitor, updates


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
u0 = T.zeros((n_hidden_recurrent,))


def recurrence(v_t, u_tm1):
    bv_t = bv + T.dot(u_tm1, Wuv)
    bh_t = bh + T.dot(u_tm1, Wuh)
    generate = v_t is None
    if generate:
        v_t, _, updates = build_rbm(T.zeros((n_visible,)), W, bv_t, bh_t, k=2)
    u_t = T.tanh(bu + T.dot(v_t, Wvu) + T.dot(u_tm1, Wuu))
    return ([v_t, u_t], updates) if generate else [u_t, bv_t, bh_t]


(v_t, u_t), updates_generate = theano.scan(lambda u_tm1, *_: recurrence(None, u_tm1),
                                           outputs_info=[None, u0], non_sequences=[W, bv, bh, Wuh, Wuv, Wvu, Wuu, bu],
                                           n_steps=3)
generate = theano.function([], v_t, updates=updates_generate)
for call in range(2):
    show("generated", generate())
for r, u in rng.state_updates:
    print("pos", r.get_value().get_state()[2])
v_in = T.dvector('v_in')
sample, monitor, upd = build_rbm(v_in, W, bv, bh, 2)
mon = theano.function([v_in], [sample, monitor, T.xlogx.xlogx(v_in * 0.5)], updates=upd)
for call in range(2):
    for o in mon(np.array([1.0, 0.0, 1.0])):
        show("monitor", o)
