# Covers: compiled scans whose fed-back output starts from rows of unknown count: a Fibonacci recurrence with taps [-2, -1] over the first two entries of a vector input (x[:2] of a vector of unknown length) and a constant n_steps=5, returned whole and read at [-1] (Theano's scan_save_mem builds the sizes as graphs over len(x): they do not fold), and a cumulative sum over the rows of a matrix read at [-1] with the loop output's length; debugprints and values.
import numpy as np
import theano
import theano.tensor as T
x = T.dvector('x')
fib, _ = theano.scan(lambda a, b: a + b, outputs_info=dict(initial=x, taps=[-2, -1]), n_steps=5)
f = theano.function([x], fib)
theano.printing.debugprint(f)
print(f(np.array([1.0, 1.0])).tolist())
g = theano.function([x], fib[-1])
theano.printing.debugprint(g)
print(g(np.array([1.0, 1.0])).tolist())
m = T.dmatrix('m')
csum, _ = theano.scan(lambda r, s: s + r, sequences=m, outputs_info=T.zeros_like(m[0]))
h = theano.function([m], [csum[-1], csum.shape[0]])
theano.printing.debugprint(h)
print([np.asarray(v).tolist() for v in h(np.ones((3, 2)))])
