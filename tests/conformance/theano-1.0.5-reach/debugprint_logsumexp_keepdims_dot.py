# Covers: a log-sum-exp with keepdims=True read by a dot and a vector log-sum-exp of the same logits read by another dot, trained by SGD from T.grad: Dot.grad gives each gradient its input's broadcastable pattern (a Rebroadcast{?,1} for the keepdims column, a Rebroadcast{0} for a (1, 2) weight fed a row), so BLAS turns the weight's gradient into a Gemv over the column instead of a Dot22Scalar; local_log_sum_exp keeps its DimShuffle{0,x} outside the max form, which specialize does not lift because the Gemv reads the sum too; debugprint of the compiled function, costs, outputs and parameters over 2 steps.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


rng = np.random.RandomState(0)
x = T.matrix('x')
W = theano.shared(rng.uniform(-1, 1, (4, 3)), name='W')
V = theano.shared(rng.uniform(-1, 1, (1, 2)), name='V')
U = theano.shared(rng.uniform(-1, 1, (2, 3)), name='U')
z = T.dot(x, W)
lse = T.log(T.sum(T.exp(z), axis=1, keepdims=True))
lse_vector = T.log(T.sum(T.exp(z), axis=1))
out = T.dot(lse, V)
out_vector = T.dot(lse_vector, U)
log_p = z - lse
cost = -T.mean(log_p[:, 0]) + T.sum(out) + T.sum(out_vector)
gW, gV, gU = T.grad(cost, [W, V, U])
train = theano.function([x], [cost, out, out_vector],
                        updates=[(W, W - 0.1 * gW), (V, V - 0.1 * gV), (U, U - 0.1 * gU)])
theano.printing.debugprint(train)
data = rng.uniform(size=(2, 4))
for step in range(2):
    c, o, ov = train(data)
    print('step', step, 'cost', float(c))
    show('out', o)
    show('out_vector', ov)
show('W', W.get_value())
show('V', V.get_value())
show('U', U.get_value())
