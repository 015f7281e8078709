# Covers: two tanh RNNs over the same sequence (a normal draw outside the loops weighting the last state), their summed cost and T.grad with respect to both recurrent weights compiled in one training function: Theano merges the two forward loops ('rnn_a&rnn_b') and the two gradient loops ('grad_of_rnn_a&grad_of_rnn_b'); costs and weights over 3 SGD steps, the stream state, and the compiled debugprint.
from collections import OrderedDict

import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.round(12).tolist())


srng = RandomStreams(seed=41)
X = T.dmatrix('X')
Wa = theano.shared(np.array([[0.5, -0.2], [0.1, 0.3]]), name='Wa')
Wb = theano.shared(np.array([[0.2, 0.1], [-0.3, 0.4]]), name='Wb')
h0 = T.zeros((2,))
ha, ua = theano.scan(lambda x, h, w: T.tanh(x + T.dot(h, w)),
                     sequences=X, outputs_info=h0, non_sequences=Wa, name='rnn_a')
hb, ub = theano.scan(lambda x, h, w: T.tanh(x - T.dot(h, w)), sequences=X, outputs_info=h0,
                     non_sequences=Wb, name='rnn_b')
noise = srng.normal((2,), std=0.01)
cost = T.sum(ha ** 2) + T.sum(hb[-1]) + T.sum(noise * ha[-1])
ga, gb = T.grad(cost, [Wa, Wb])
upd = OrderedDict(ua)
upd[Wa] = Wa - 0.1 * ga
upd[Wb] = Wb - 0.1 * gb
train = theano.function([X], cost, updates=upd)
theano.printing.debugprint(train)
x = np.arange(6.0).reshape(3, 2) / 10
for i in range(3):
    print("cost", round(float(train(x)), 12))
show("Wa", Wa.get_value())
show("Wb", Wb.get_value())
st = srng.state_updates[0][0].get_value().get_state()
print("stream", st[1][:3].tolist(), int(st[2]))
