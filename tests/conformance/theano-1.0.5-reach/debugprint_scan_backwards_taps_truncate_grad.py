# Covers: a scan with go_backwards=True and truncate_gradient=3 over two sequences (x read with taps [-1, 0], a mask m) and a state with taps [-2, -1] from T.zeros((2, 2)) plus a per-step energy output (None), W as a non_sequence: T.grad of the cost w.r.t. W and x compiled with the cost; values and the compiled debugprint (the gradient loop's initial rows set into AllocEmpty buffers, whose size check Theano's local_useless_inc_subtensor_alloc keeps on an axis whose int8 size it casts, then rebuilds as 'Theano Assert failed!').
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())

rs = np.random.RandomState(26)
x = T.dmatrix('x'); m = T.dvector('m')
W = theano.shared(rs.randn(2, 2) * 0.4, name='W')
def step(x_tm1, x_t, m_t, h_tm2, h_tm1, W):
    h = T.tanh(T.dot(x_t + 0.5 * x_tm1, W) + 0.3 * h_tm1 - 0.1 * h_tm2) * m_t + h_tm1 * (1 - m_t)
    return h, T.sum(h ** 2)
(hs, e), _ = theano.scan(step, sequences=[dict(input=x, taps=[-1, 0]), m],
                         outputs_info=[dict(initial=T.zeros((2, 2), dtype='float64'), taps=[-2, -1]), None],
                         non_sequences=W, go_backwards=True, truncate_gradient=3)
cost = e.sum() + hs[-1].sum()
gW, gx = T.grad(cost, [W, x])
f = theano.function([x, m], [cost, gW, gx])
X = rs.randn(6, 2); M = np.array([1., 1., 0., 1., 1., 1.])
for r in f(X, M):
    show("r", r)
theano.printing.debugprint(f)
