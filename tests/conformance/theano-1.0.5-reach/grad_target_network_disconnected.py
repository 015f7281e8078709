# Covers: a Q-learning update as deep-RL code writes it in Theano: Q(s) = dot(s, W) + b, the greedy action and its value from T.max and T.argmax of the same Q (one MaxAndArgmax node), the TD target r + gamma * max Q(s') held fixed with theano.gradient.disconnected_grad (and, for comparison, with consider_constant), a squared TD error on the taken actions picked by Q[T.arange(n), a], T.grad w.r.t. W and b, and 3 SGD steps; losses, greedy actions, targets and parameters.
import numpy as np
import theano
import theano.tensor as T
from theano.gradient import disconnected_grad


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


s = T.dmatrix('s')
s2 = T.dmatrix('s2')
a = T.lvector('a')
r = T.dvector('r')
W = theano.shared(np.array([[0.1, -0.2, 0.3], [0.4, 0.0, -0.1]]), name='W')
b = theano.shared(np.zeros(3), name='b')


def q(x):
    return T.dot(x, W) + b


q_next = q(s2)
best = T.max(q_next, axis=1)
greedy = T.argmax(q_next, axis=1)
target = disconnected_grad(r + 0.9 * best)
q_taken = q(s)[T.arange(s.shape[0]), a]
loss = T.mean((q_taken - target) ** 2)
gW, gb = T.grad(loss, [W, b])
train = theano.function([s, a, r, s2], [loss, greedy, target], updates=[(W, W - 0.1 * gW), (b, b - 0.1 * gb)])
act = theano.function([s2], [best, greedy])
sv = np.array([[1.0, 0.5], [-0.5, 1.0], [0.2, -0.3]])
s2v = np.array([[0.5, 0.5], [1.0, -1.0], [0.0, 0.3]])
av = np.array([0, 2, 1])
rv = np.array([1.0, 0.0, -1.0])
for step in range(3):
    l, g, t = train(sv, av, rv, s2v)
    print("step", step, float(l))
    show("greedy", g)
    show("target", t)
for v in act(s2v):
    show("act", v)
show("W", W.get_value())
show("b", b.get_value())
target_cc = r + 0.9 * best
loss_cc = T.mean((q_taken - target_cc) ** 2)
g_cc = T.grad(loss_cc, W, consider_constant=[target_cc])
g_full = T.grad(loss_cc, W)
fc = theano.function([s, a, r, s2], [g_cc, g_full])
for v in fc(sv, av, rv, s2v):
    show("grad", v)
