# Covers: compiled go_backwards scans whose step draws srng.normal((k,)) with a symbolic k and a symbolic n_steps: the last value and the whole reversed sequence; two equal int64 constants 1 stay apart in the compiled graph, as Theano's MergeFeature leaves a constant scheduled to merge into one whose last reader left the graph.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
srng = RandomStreams(seed=2)
n = T.iscalar('n'); k = T.iscalar('k')
def step(acc):
    d = srng.normal((k,), avg=0.0, std=0.5)
    return acc + d.sum()
res, upd = theano.scan(step, outputs_info=T.constant(0.0, dtype='float64'), n_steps=n, go_backwards=True)
f = theano.function([n, k], res[-1], updates=upd)
g = theano.function([n, k], res)
print(f(3, 2), f(3, 2), g(2, 4), g(2, 4))
theano.printing.debugprint(f)
theano.printing.debugprint(g)
