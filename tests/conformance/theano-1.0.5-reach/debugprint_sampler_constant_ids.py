# Covers: debugprint of a compiled sampler (a scan feeding back its argmax draw from srng.multinomial with a symbolic n_steps): Theano's MergeFeature keeps the 1 of the buffer size's 1 + n apart from the other int64 constants 1 (canonicalize's add canonizer brings it in while the 1 it is scheduled to become loses its last reader), so the compiled graph holds three TensorConstant{1}: the two int64 ones with their own ids and the int8 one.
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
gen = theano.function([w0, n], ws, updates=upd)
print(gen(0, 5), gen(1, 4))
theano.printing.debugprint(gen)
