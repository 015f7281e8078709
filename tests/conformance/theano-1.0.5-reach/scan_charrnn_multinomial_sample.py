# Covers: sampling a character sequence from an RNN with srng.multinomial inside scan (taps on the one-hot sample and the hidden state), argmax of the samples, three calls advancing the stream, the function compiled without updates=upd (MissingInputError naming the inner dot), the hidden states.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(5)
srng = RandomStreams(seed=7)
V, H = 4, 3
Wxh = theano.shared(rng.normal(0, 0.5, (V, H)), name='Wxh')
Whh = theano.shared(rng.normal(0, 0.5, (H, H)), name='Whh')
Why = theano.shared(rng.normal(0, 0.5, (H, V)), name='Why')
x0 = T.vector('x0')
h0 = T.vector('h0')


def step(x_tm1, h_tm1):
    h_t = T.tanh(T.dot(x_tm1, Wxh) + T.dot(h_tm1, Whh))
    p = T.nnet.softmax(T.dot(h_t, Why))[0]
    x_t = srng.multinomial(n=1, pvals=p, dtype='float64')
    return x_t, h_t


(xs, hs), upd = theano.scan(step, outputs_info=[x0, h0], n_steps=4)
idx = T.argmax(xs, axis=1)
sample = theano.function([x0, h0], idx, updates=upd)
start = np.eye(V)[0]
for i in range(3):
    show('sample', sample(start, np.zeros(H)))
try:
    frozen = theano.function([x0, h0], idx)
    show('frozen', frozen(start, np.zeros(H)))
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
show('hs', theano.function([x0, h0], hs, updates=upd)(start, np.zeros(H)))
