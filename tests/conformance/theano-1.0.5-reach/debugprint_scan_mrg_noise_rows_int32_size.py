# Covers: a scan over rows of MRG noise drawn with an int32 symbolic row count, m.normal((n, 2)) with n = T.iscalar: the size is MakeVector{dtype='int32'}(n, 2), and Theano's local_subtensor_make_vector only rewrites its own int64 make_vector, so the compiled graph keeps MakeVector{dtype='int32'}(n, 2)[0] where it reads the row count; states over two calls and the compiled debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams
m = MRG_RandomStreams(seed=77)
n = T.iscalar('n')
noise = m.normal((n, 2))
W = theano.shared(np.eye(2) * 0.9, name='W')
hs, _ = theano.scan(lambda e, h, W: T.tanh(T.dot(h, W) + e), sequences=noise,
                    outputs_info=T.zeros((2,), dtype='float64'), non_sequences=W)
f = theano.function([n], hs)
print(f(3))
print(f(2))
theano.printing.debugprint(f)
