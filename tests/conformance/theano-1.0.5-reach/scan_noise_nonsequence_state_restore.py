# Covers: a scan whose step adds a normal draw made outside the loop (a non_sequence) and a uniform draw made inside the step with a symbolic bound (low=-s, high=s); both streams' states saved with get_value and restored with set_value to repeat a call (the inner stream found through the updates' keys), a function compiled with no_default_updates=True (every call the same), values and the compiled debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=77)
x = T.dmatrix('x')
scale = T.dscalar('scale')
eps = srng.normal(size=(2,), avg=0.0, std=1.0)
def step(x_t, h, e, s):
    jitter = srng.uniform(size=(2,), low=-s, high=s)
    return h * 0.5 + x_t + e * 0.01 + jitter
hs, upd = theano.scan(step, sequences=x, outputs_info=T.zeros((2,)), non_sequences=[eps, scale], name='noisy')
f = theano.function([x, scale], hs[-1], updates=upd)
f_frozen = theano.function([x, scale], hs[-1], no_default_updates=True)
X = np.arange(6.0).reshape(3, 2)
rngs = [u.rng for u in [eps]] 
saved = eps.rng.get_value(borrow=False)
inner = list(upd.keys())[0]
saved_inner = inner.get_value(borrow=False)
a = f(X, 0.1)
b = f(X, 0.1)
eps.rng.set_value(saved)
inner.set_value(saved_inner)
c = f(X, 0.1)
print(a.tolist(), b.tolist(), c.tolist(), (a == c).all(), (a == b).all())
d1 = f_frozen(X, 0.2); d2 = f_frozen(X, 0.2)
print((d1 == d2).all(), d1.tolist())
theano.printing.debugprint(f)
