# Covers: RandomStreams.updates() and MRG_RandomStreams.updates() as lists of (state, new state) pairs passed to theano.function, MRG_RandomStreams.seed between calls; to_one_hot, grad_clip and zero_grad gradients; set_value on shared variables made with strict=True (only an ndarray of the variable's dtype: the TypeError and its Container name), with allow_downcast=True (float64 values rounded into float32) and with the default filter (upcasts accepted, lossy downcasts refused).
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=41)
a = srng.uniform((2,)); b = srng.normal((2,))
print(len(srng.updates()), [str(u[0].type) for u in srng.updates()])
f = theano.function([], [a, b], updates=srng.updates())
show("a", f()[0]); show("a", f()[0])
mrg = MRG_RandomStreams(seed=41)
c = mrg.uniform((3,))
print(len(mrg.updates()), [str(u[0].type) for u in mrg.updates()])
g = theano.function([], c)
show("c", g()); show("c", g())
mrg.seed(5)
show("c5", g())
show("rstate", mrg.rstate)
y = T.ivector('y')
h = theano.function([y], T.extra_ops.to_one_hot(y, 3))
show("oh", h(np.array([0, 2, 1], dtype='int32')))
x = T.dvector('x')
gc = T.grad(T.sum(theano.gradient.grad_clip(x ** 2, -1, 1) * 3), x)
gz = T.grad(T.sum(theano.gradient.zero_grad(x ** 2) + x), x)
show("gc", theano.function([x], gc)(np.array([0.1, 2.0])))
show("gz", theano.function([x], gz)(np.array([0.1, 2.0])))
theano.printing.debugprint(gc)


def tryset(s, v):
    try:
        s.set_value(v)
        print("set", s.get_value().dtype, s.get_value().tolist())
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])


s = theano.shared(np.zeros(2), strict=True, name='s')
for v in [np.zeros(2, dtype='float32'), [1.0, 2.0], np.ones(2), np.ones(3), np.ones((2, 2))]:
    tryset(s, v)
f32 = theano.shared(np.zeros(2, dtype='float32'), name='f32')
for v in [np.ones(2), [1.5, 2.0], [1.1, 2.0]]:
    tryset(f32, v)
loose = theano.shared(np.zeros(2, dtype='float32'), allow_downcast=True)
for v in [np.ones(2) * 1.1, [1.1, 2.0]]:
    tryset(loose, v)
i32 = theano.shared(np.zeros(2, dtype='int32'), allow_downcast=False)
for v in [[1, 2], np.array([1, 2]), [1.5, 2]]:
    tryset(i32, v)
k = theano.shared(1.5, strict=True)
for v in [2.5, np.float64(2.5), np.array(3.0)]:
    tryset(k, v)
plain = theano.shared(np.zeros(2))
tryset(plain, np.zeros(2, dtype='float32'))
tryset(plain, np.zeros(2, dtype='int64'))
