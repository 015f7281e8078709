# Covers: theano.config.floatX = 'float32' set at run time, what follows it and what does not: a T.scalar made before keeps float64, RandomStreams uniform/normal and MRG uniform/normal/binomial draws in float32, int32 / int32 (TrueDiv) is floatX while sqrt(int32) stays float64, T.eye/T.zeros default dtype, a scan random walk x * 0.9 + normal noise in float32 compiled with its updates, T.grad of a float32 scalar, T.mean of an int64 arange, get_value/set_value restoring a stream; values and dtypes.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams

before = T.scalar('before')
theano.config.floatX = 'float32'
print(before.dtype, T.scalar().dtype, theano.config.floatX)
srng = RandomStreams(seed=11)
mrg = MRG_RandomStreams(seed=12)
u = srng.uniform((3,), low=-1, high=1)
n = srng.normal((3,), avg=0, std=0.5)
mu = mrg.uniform((4,))
mn = mrg.normal((4,), std=2)
mb = mrg.binomial((4,), p=0.3, dtype=theano.config.floatX)
f = theano.function([], [u, n, mu, mn, mb])
for v in f():
    print(v, v.dtype)
i = T.iscalar('i')
j = T.iscalar('j')
g = theano.function([i, j], [i / j, i // j, T.eye(2).sum(), T.zeros((2,)), T.sqrt(i)])
for v in g(7, 2):
    print(v, v.dtype)
x0 = T.vector('x0')
def step(prev):
    return prev * 0.9 + srng.normal(prev.shape, std=0.1)
walk, upd = theano.scan(step, outputs_info=x0, n_steps=3)
w = theano.function([x0], walk, updates=upd)
out = w(np.zeros(2, dtype='float32'))
print(out, out.dtype)
out = w(np.ones(2, dtype='float32'))
print(out)
s = T.scalar('s')
gr = T.grad(T.sum((s * T.arange(3)) ** 2), s)
h = theano.function([s], [gr, T.mean(T.arange(4)), T.cast(T.arange(4), 'int32').mean()])
for v in h(1.5):
    print(v, v.dtype)
rv = u.owner.inputs[0]
saved = rv.get_value()
a = f()[0]
rv.set_value(saved)
b = f()[0]
print(np.array_equal(a, b), a.dtype)
