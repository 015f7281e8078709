# Covers: hunting NaNs as users do: a square root of a value that went negative gives NaN, seen in the outputs; np.isnan on the values; a function compiled with mode=theano.compile.nanguardmode.NanGuardMode(nan_is_error=True, inf_is_error=True, big_is_error=False) that stops at the first NaN or Inf it computes, the error's type and first line; and the same graph guarded by T.switch(T.isnan(...)) inside.
import numpy as np
import theano
import theano.tensor as T
from theano.compile.nanguardmode import NanGuardMode


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
w = theano.shared(np.array([1.0, 0.5]), name='w')
out = T.sqrt(x * w - 0.75) * 2
f = theano.function([x], out)
r = f(np.array([0.0, 1.0]))
show("out", r)
print("nan", np.isnan(r).tolist())
g = theano.function([x], out, mode=NanGuardMode(nan_is_error=True, inf_is_error=True, big_is_error=False))
show("guarded_ok", g(np.array([2.0, 3.0])))
try:
    g(np.array([0.0, 1.0]))
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
safe = T.switch(T.isnan(out), 0.0, out)
h = theano.function([x], safe, mode=NanGuardMode(nan_is_error=True, inf_is_error=False, big_is_error=False))
try:
    show("safe", h(np.array([0.0, 1.0])))
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
