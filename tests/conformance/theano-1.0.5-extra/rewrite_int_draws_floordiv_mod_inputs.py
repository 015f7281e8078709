# Covers: integer draws with // and % by a symbolic int input (lscalar), by an int8 binomial draw + 1, and mixed with an int32 input; dtypes of results and compiled Composite.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=88)
k = T.lscalar('k')
ri = srng.random_integers((6,), 0, 20)
bi = srng.binomial((6,), n=3, p=0.5, dtype='int8')
j = T.ivector('j')
outs = [ri // k, ri % k, ri // (bi + 1), ri % (bi + 1), bi * j, (bi + j) // 2, ri, bi]
f = theano.function([k, j], outs, name='intops')
names = ["div_k", "mod_k", "div_b", "mod_b", "b_times_j", "bj_half", "ri", "bi"]
jv = np.array([1, -2, 3, -4, 5, -6], dtype='int32')
for call in range(2):
    for nm, v in zip(names, f(4, jv)):
        show("%s_%d" % (nm, call), v)
theano.printing.debugprint(f)
