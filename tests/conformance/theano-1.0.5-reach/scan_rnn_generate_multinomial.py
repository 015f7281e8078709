# Covers: generating a sequence from a small RNN as users write the sampling loop in theano.scan: the previous one-hot sample and hidden state fed back through outputs_info, T.nnet.softmax of the output layer, srng.multinomial(pvals=p) inside the step, T.argmax of the sample, n_steps=4, the scan's updates given to function(), the sampled indices and probabilities over 2 calls, the stream position, and a temperature as a non_sequence.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=4242)
rng = np.random.RandomState(8)
n_vocab, n_hid = 4, 3
Wx = theano.shared(rng.uniform(-0.8, 0.8, (n_vocab, n_hid)), name='Wx')
Wh = theano.shared(rng.uniform(-0.8, 0.8, (n_hid, n_hid)), name='Wh')
Wy = theano.shared(rng.uniform(-0.8, 0.8, (n_hid, n_vocab)), name='Wy')
x0 = T.dmatrix('x0')
h0 = T.dmatrix('h0')
temp = T.dscalar('temp')


def step(x_tm1, h_tm1, t):
    h = T.tanh(T.dot(x_tm1, Wx) + T.dot(h_tm1, Wh))
    p = T.nnet.softmax(T.dot(h, Wy) / t)
    x = T.cast(srng.multinomial(pvals=p), 'float64')
    return [x, h, p, T.argmax(x, axis=1)]


(xs, hs, ps, idx), updates = theano.scan(step, outputs_info=[x0, h0, None, None], non_sequences=temp,
                                         n_steps=4)
generate = theano.function([x0, h0, temp], [idx, ps[-1]], updates=updates)
start = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0]])
hzero = np.zeros((2, n_hid))
for call in range(2):
    i, p = generate(start, hzero, 0.7)
    show("idx", i)
    show("p_last", p)
print("pos", srng.state_updates[0][0].get_value().get_state()[2])
