# Covers: the RNN-RBM tutorial's build_rbm / build_rnnrbm as written (MRG_RandomStreams seeded from np.random.randint(1 << 30) after np.random.seed(0xbeef), theano.config.warn.subtensor_merge_bug = False, a k=2 Gibbs chain in scan, the generation loop whose step runs its own Gibbs scan, updates_train.update of the RBM's and the gradient's updates, consider_constant=[v_sample]), reduced to 4 visible, 3 hidden, 2 recurrent units: monitors, generated sequences, W, the update counts and the generate function's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams as RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 8).tolist())


np.random.seed(0xbeef)
rng = RandomStreams(seed=np.random.randint(1 << 30))
theano.config.warn.subtensor_merge_bug = False


def build_rbm(v, W, bv, bh, k):
    def gibbs_step(v):
        mean_h = T.nnet.sigmoid(T.dot(v, W) + bh)
        h = rng.binomial(size=mean_h.shape, n=1, p=mean_h, dtype=theano.config.floatX)
        mean_v = T.nnet.sigmoid(T.dot(h, W.T) + bv)
        v = rng.binomial(size=mean_v.shape, n=1, p=mean_v, dtype=theano.config.floatX)
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


def shared_normal(num_rows, num_cols, scale=1):
    return theano.shared(np.random.normal(scale=scale, size=(num_rows, num_cols)).astype(theano.config.floatX))


def shared_zeros(*shape):
    return theano.shared(np.zeros(shape, dtype=theano.config.floatX))


def build_rnnrbm(n_visible, n_hidden, n_hidden_recurrent):
    W = shared_normal(n_visible, n_hidden, 0.01)
    bv = shared_zeros(n_visible)
    bh = shared_zeros(n_hidden)
    Wuh = shared_normal(n_hidden_recurrent, n_hidden, 0.0001)
    Wuv = shared_normal(n_hidden_recurrent, n_visible, 0.0001)
    Wvu = shared_normal(n_visible, n_hidden_recurrent, 0.0001)
    Wuu = shared_normal(n_hidden_recurrent, n_hidden_recurrent, 0.0001)
    bu = shared_zeros(n_hidden_recurrent)
    params = W, bv, bh, Wuh, Wuv, Wvu, Wuu, bu
    v = T.matrix()
    u0 = T.zeros((n_hidden_recurrent,))

    def recurrence(v_t, u_tm1):
        bv_t = bv + T.dot(u_tm1, Wuv)
        bh_t = bh + T.dot(u_tm1, Wuh)
        generate = v_t is None
        if generate:
            v_t, _, _, updates = build_rbm(T.zeros((n_visible,)), W, bv_t, bh_t, k=2)
        u_t = T.tanh(bu + T.dot(v_t, Wvu) + T.dot(u_tm1, Wuu))
        return ([v_t, u_t], updates) if generate else [u_t, bv_t, bh_t]

    (u_t, bv_t, bh_t), updates_train = theano.scan(
        lambda v_t, u_tm1, *_: recurrence(v_t, u_tm1), sequences=v, outputs_info=[u0, None, None],
        non_sequences=params)
    v_sample, cost, monitor, updates_rbm = build_rbm(v, W, bv_t[:], bh_t[:], k=2)
    updates_train.update(updates_rbm)
    (v_t, u_t), updates_generate = theano.scan(
        lambda u_tm1, *_: recurrence(None, u_tm1), outputs_info=[None, u0], non_sequences=params,
        n_steps=3)
    return (v, v_sample, cost, monitor, params, updates_train, v_t, updates_generate)


(v, v_sample, cost, monitor, params, updates_train, v_t, updates_generate) = build_rnnrbm(4, 3, 2)
gradient = T.grad(cost, params, consider_constant=[v_sample])
updates_train.update(((p, p - 0.1 * g) for p, g in zip(params, gradient)))
train_function = theano.function([v], monitor, updates=updates_train)
generate_function = theano.function([], v_t, updates=updates_generate)
seq = (np.random.rand(3, 4) > 0.5).astype('float64')
for epoch in range(2):
    print('Epoch %i/%i' % (epoch + 1, 2), np.round(train_function(seq), 8))
show('gen', generate_function())
show('gen', generate_function())
show('W', params[0].get_value())
print(len(updates_train), len(updates_generate))
theano.printing.debugprint(generate_function)
