# Covers: theano.OpFromGraph and theano.compile.builders.OpFromGraph as a user writes a reusable layer: inline=False (printed OpFromGraph{inline=False}, kept as one node and run as its own compiled graph) and inline=True with a name (replaced by its graph before the first merge); two outputs ('.0', '.1'); a shared variable inside the graph (an extra input of the node); T.grad through both (the gradient op OpFromGraph / NAME_grad / NAME_lop built from the inner graph's gradient), grad_overrides as a list mixing 'default' and a callable, lop_overrides returning DisconnectedType, connection_pattern; the TypeError a multi-output op's gradient meets when one output does not reach the cost; debugprints and values under FAST_RUN, FAST_COMPILE and Mode(optimizer=None); an MLP layer reused twice and trained 2 steps.
import numpy as np
import theano
import theano.tensor as T
from theano.compile.builders import OpFromGraph


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x, y, z = T.dmatrices('x', 'y', 'z')
e = x + y * z
op = theano.OpFromGraph([x, y, z], [e])
twice = OpFromGraph([x, y, z], [e, e * 2], inline=True, name='twice')
a, b, c = T.dmatrices('a', 'b', 'c')
o = op(a, b, c) + op(b, c, a)
o2, o3 = twice(a, b, c)
print(op, twice, o.type, o3.type)
theano.printing.debugprint([o, o2, o3])
f = theano.function([a, b, c], [o, o2, o3])
theano.printing.debugprint(f)
vals = [np.arange(4.0).reshape(2, 2) + k for k in range(3)]
for name, r in zip(['o', 'o2', 'o3'], f(*vals)):
    show(name, r)
g = T.grad((o * o3 + o2).sum(), [a, b])
theano.printing.debugprint(g)
for mode in [None, 'FAST_COMPILE', theano.Mode(optimizer=None)]:
    fg = theano.function([a, b, c], g, mode=mode)
    if mode is None:
        theano.printing.debugprint(fg)
    for name, r in zip(['ga', 'gb'], fg(*vals)):
        show(name, r)
try:
    T.grad((o * o3).sum(), a)
except TypeError as err:
    print(type(err).__name__, str(err).splitlines()[0])

u, v = T.dvectors('u', 'v')
w = theano.shared(np.array([1.0, -2.0, 0.5]), name='w')
s = T.tanh(u * w) + v
layer = theano.OpFromGraph([u, v], [s, (s ** 2).sum()],
                           grad_overrides=['default', lambda inps, grads: grads[0] * 3, 'default'])
p, q = layer(u, v)
print(len(p.owner.inputs), layer.connection_pattern(p.owner))
cost = q + p.sum()
gs = T.grad(cost, [u, v, w])
h = theano.function([u, v], [cost] + gs, mode='FAST_COMPILE')
theano.printing.debugprint(h)
for name, r in zip(['cost', 'gu', 'gv', 'gw'], h(np.array([0.1, 0.2, -0.3]), np.array([1.0, 2.0, 3.0]))):
    show(name, r)


def lop(inps, outs, grads):
    return [grads[0] * 2 + grads[1], theano.gradient.DisconnectedType()()]


custom = OpFromGraph([u, v], [u * v, u.sum()], lop_overrides=lop, name='custom')
m, n = custom(u, v)
print(custom, custom.connection_pattern(m.owner))
show('custom_grad', T.grad((m + n).sum(), u).eval({u: np.array([0.1, 0.2, -0.3]), v: np.array([1.0, 2.0, 3.0])}))
try:
    T.grad((m + n).sum(), v)
except Exception as err:
    print(type(err).__name__)

rng = np.random.RandomState(2)
xin = T.dmatrix('xin')
W = T.dmatrix('W')
dense = OpFromGraph([xin, W], [T.tanh(T.dot(xin, W))], name='dense')
W1 = theano.shared(rng.randn(3, 3) * 0.5, name='W1')
W2 = theano.shared(rng.randn(3, 3) * 0.5, name='W2')
X = T.dmatrix('X')
out = dense(dense(X, W1), W2)
loss = ((out - 0.5) ** 2).mean()
updates = [(P, P - 0.3 * gP) for P, gP in zip([W1, W2], T.grad(loss, [W1, W2]))]
train = theano.function([X], loss, updates=updates, name='train')
theano.printing.debugprint(train)
Xv = rng.randn(4, 3)
for step in range(2):
    print('loss', float(train(Xv)))
show('W1', W1.get_value())
show('W2', W2.get_value())
