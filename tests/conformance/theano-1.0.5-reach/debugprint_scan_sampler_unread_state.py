# Covers: a compiled char-RNN style sampler: scan with a symbolic n_steps whose step feeds back a sampled word (srng.multinomial, argmax, cast to int32) and a hidden state the function never reads; Theano's scan_save_mem keeps one row for the hidden state (a required orphan output) and sizes the word buffer for ws[-1] and ws[-2:].
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
rng = np.random.RandomState(2)
srng = RandomStreams(seed=17)
V, H = 4, 3
E = theano.shared(rng.randn(V, H) * 0.5, name='E'); Wh = theano.shared(rng.randn(H, H) * 0.5, name='Wh')
Wo = theano.shared(rng.randn(H, V) * 0.5, name='Wo')
n = T.iscalar('n'); w0 = T.iscalar('w0')
def step(w_tm1, h_tm1):
    h = T.tanh(E[w_tm1] + T.dot(h_tm1, Wh))
    p = T.nnet.softmax(T.dot(h, Wo))[0]
    w = T.argmax(srng.multinomial(pvals=p.dimshuffle('x', 0)), axis=1)[0]
    return [T.cast(w, 'int32'), h]
(ws, hs), upd = theano.scan(step, outputs_info=[w0, T.zeros((H,))], n_steps=n)
gen = theano.function([w0, n], ws[-1], updates=upd)
gen2 = theano.function([w0, n], ws[-2:], updates=upd)
print(gen(0, 5), gen(1, 4), gen2(2, 3))
theano.printing.debugprint(gen)
theano.printing.debugprint(gen2)
