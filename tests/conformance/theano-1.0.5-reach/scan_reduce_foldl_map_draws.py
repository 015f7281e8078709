# Covers: theano.reduce with a normal draw added at each step (compiled with its updates, debugprint), theano.foldl computing a product with its gradient (debugprint), and theano.map with a uniform draw per element compiled without updates (two calls); values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
srng = RandomStreams(seed=10)
xs = T.dvector('xs')
noisy_sum, upd = theano.reduce(lambda x_t, acc: acc + x_t + srng.normal((), std=0.01), sequences=xs, outputs_info=T.constant(0.0, dtype='float64'))
f = theano.function([xs], noisy_sum, updates=upd)
theano.printing.debugprint(f)
print(repr(float(f(np.arange(4.0)))), repr(float(f(np.arange(4.0)))))
prod, _ = theano.foldl(lambda x_t, acc: acc * x_t, sequences=xs, outputs_info=T.constant(1.0, dtype='float64'))
g = theano.function([xs], [prod, T.grad(prod, xs)])
print([np.asarray(a).tolist() for a in g(np.array([1.0, 2.0, 3.0]))])
theano.printing.debugprint(g)
sq, _ = theano.map(lambda v: v ** 2 + srng.uniform(()), sequences=xs)
h = theano.function([xs], sq)
print(h(np.arange(3.0)).tolist(), h(np.arange(3.0)).tolist())
