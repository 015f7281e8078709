# Covers: debugprint of a compiled BPTT training function: a tanh RNN over a sequence with a small normal draw in each step, mean squared error, T.grad through the scan (Theano's grad_of_scan_fn loop) and SGD updates with the scan's updates; costs and a weight after three steps.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
rng = np.random.RandomState(23)
srng = RandomStreams(seed=3)
x = T.dmatrix('x'); t = T.dvector('t')
Wx = theano.shared(rng.randn(3, 4) * 0.3, name='Wx'); Wh = theano.shared(rng.randn(4, 4) * 0.3, name='Wh')
wo = theano.shared(rng.randn(4) * 0.3, name='wo')
h0 = T.zeros((4,))
def step(x_t, h_prev):
    noise = srng.normal((4,), std=0.01)
    h = T.tanh(T.dot(x_t, Wx) + T.dot(h_prev, Wh) + noise)
    return h
hs, upd = theano.scan(step, sequences=x, outputs_info=h0)
y = T.dot(hs, wo)
cost = T.mean((y - t) ** 2)
params = [Wx, Wh, wo]
gs = T.grad(cost, params)
upd2 = list(upd.items()) + [(p, p - 0.1 * g) for p, g in zip(params, gs)]
train = theano.function([x, t], cost, updates=upd2)
X = rng.randn(5, 3); tt = rng.randn(5)
for i in range(3):
    print(i, repr(float(train(X, tt))))
print(wo.get_value().tolist())
theano.printing.debugprint(train)
