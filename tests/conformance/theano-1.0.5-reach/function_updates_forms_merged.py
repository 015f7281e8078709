# Covers: the forms updates take in training code: theano.OrderedUpdates() filled by item, added to an OrderedDict (OrderedUpdates.__add__), .update() with scan's updates and a shared counter added by item; updates as list(OrderedDict.items()) plus a tuple, as a plain dict, as a list of tuples with T.zeros_like; the errors for two updates of one shared variable, an update of another type, an update of a non-shared variable and an OrderedUpdates sum with a key already present (type and first line); values, weights and counter after each call, and the debugprint of the merged function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from collections import OrderedDict

srng = RandomStreams(seed=8)
x = T.matrix('x')
W = theano.shared(np.full((3, 2), 0.1), name='W')
b = theano.shared(np.zeros(2), name='b')
count = theano.shared(0, name='count')
h = T.tanh(T.dot(x * srng.binomial(x.shape, p=0.7, dtype='float64'), W) + b)
cost = T.mean(h ** 2)
gW, gb = T.grad(cost, [W, b])
walk, walk_upd = theano.scan(lambda p: p + srng.normal((2,), std=0.1), outputs_info=T.zeros((2,)), n_steps=2)
print(type(walk_upd).__name__, len(walk_upd))
u1 = theano.OrderedUpdates()
u1[W] = W - 0.1 * gW
u2 = OrderedDict([(b, b - 0.1 * gb)])
merged = u1 + u2
print(type(merged).__name__, [k.name for k in merged])
merged.update(walk_upd)
merged[count] = count + 1
f1 = theano.function([x], [cost, walk[-1]], updates=merged)
f2 = theano.function([x], cost, updates=list(u2.items()) + [(count, count + 2)])
f3 = theano.function([x], cost, updates={W: W * 0.5})
f4 = theano.function([x], [cost], updates=[(W, W - 0.01 * gW), (b, T.zeros_like(b))])
X = np.arange(6.).reshape(2, 3) / 6
for f in [f1, f2, f3, f4, f1]:
    out = f(X)
    print([np.round(np.asarray(o), 8).tolist() for o in (out if isinstance(out, list) else [out])],
          np.round(W.get_value(), 8).tolist(), b.get_value().tolist(), int(count.get_value()))
try:
    theano.function([x], cost, updates=[(W, W * 2), (W, W * 3)])
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
try:
    theano.function([x], cost, updates=[(W, T.cast(W, 'float32'))])
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
try:
    theano.function([x], cost, updates=[(cost, cost + 1)])
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
try:
    merged + OrderedDict([(W, W)])
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
theano.printing.debugprint(f1)
