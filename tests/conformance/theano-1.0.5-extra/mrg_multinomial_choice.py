# Covers: MRG_RandomStreams.multinomial with a 2-D pvals constant (one draw per row, n=1 and n=3) and choice without replacement (a=None, p matrix, size=2); errors for choice with replace=True and multinomial with 1-D pvals.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=4242)
pv = np.array([[0.1, 0.2, 0.7], [0.5, 0.5, 0.0]])
m1 = srng.multinomial(pvals=pv)
m3 = srng.multinomial(pvals=pv, n=3)
c = srng.choice(size=2, a=None, replace=False, p=pv)
f = theano.function([], [m1, m3, c])
for i in range(2):
    for name, val in zip(["m1", "m3", "c"], f()):
        show("%s_%d" % (name, i), val)
try:
    srng.choice(size=2, p=pv)
    print("replace=True no error")
except Exception as e:
    print("replace=True", type(e).__name__, str(e).splitlines()[0])
try:
    srng.multinomial(pvals=[0.2, 0.8])
    print("1-D pvals no error")
except Exception as e:
    print("1-D pvals", type(e).__name__, str(e).splitlines()[0])
