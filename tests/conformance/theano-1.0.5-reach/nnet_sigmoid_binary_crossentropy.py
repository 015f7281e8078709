# Covers: T.nnet.sigmoid_binary_crossentropy(logits, targets): the graph as built (an inline OpFromGraph named sigmoid_binary_crossentropy), its compiled form (inlined, softplus(-abs(x)) + x * ((x > 0) - t) fused), its given gradient (sigmoid(x) - t and -x times the output gradient) w.r.t. logits and targets, large logits, binary_crossentropy(sigmoid(z), t) on the same data, the ValueError T.grad meets when the logits read shared variables (Theano's OpFromGraph takes them as extra inputs, which the given gradient does not unpack), a logistic regression trained 3 steps with weights given as inputs, debugprint of its compiled loss-and-gradient function, and the values under FAST_COMPILE and Mode(optimizer=None).
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


z = T.dvector('z')
t = T.dvector('t')
c = T.nnet.sigmoid_binary_crossentropy(z, t)
print(c.owner.op, c.type)
theano.printing.debugprint(c)
g = T.grad(c.sum(), [z, t])
theano.printing.debugprint(g)
f = theano.function([z, t], [c] + g)
theano.printing.debugprint(f)
zv = np.array([-40.0, -2.0, 0.0, 0.5, 3.0, 40.0])
tv = np.array([0.0, 1.0, 0.5, 1.0, 0.3, 0.0])
for name, r in zip(['bce', 'dz', 'dt'], f(zv, tv)):
    show(name, r)
ref = theano.function([z, t], T.nnet.binary_crossentropy(T.nnet.sigmoid(z), t))
show('reference', ref(zv, tv))
for mode in ['FAST_COMPILE', theano.Mode(optimizer=None)]:
    show('mode', theano.function([z, t], [c] + g, mode=mode)(zv, tv)[0])

rng = np.random.RandomState(4)
X = T.dmatrix('X')
w = theano.shared(np.zeros(3), name='w')
b = theano.shared(0.0, name='b')
loss = T.nnet.sigmoid_binary_crossentropy(T.dot(X, w) + b, t).mean()
try:
    T.grad(loss, [w, b])
except ValueError as e:
    print(type(e).__name__, str(e).splitlines()[0])
wv = T.dvector('wv')
bv = T.dscalar('bv')
loss = T.nnet.sigmoid_binary_crossentropy(T.dot(X, wv) + bv, t).mean()
train = theano.function([X, t, wv, bv], [loss] + T.grad(loss, [wv, bv]), name='train')
theano.printing.debugprint(train)
Xv = rng.randn(5, 3)
yv = np.array([1.0, 0.0, 1.0, 0.0, 1.0])
W, B = np.zeros(3), 0.0
for step in range(3):
    lv, gw, gb = train(Xv, yv, W, B)
    W, B = W - 0.5 * gw, B - 0.5 * gb
    print("loss", float(lv))
show('w', W)
print('b', float(B))
