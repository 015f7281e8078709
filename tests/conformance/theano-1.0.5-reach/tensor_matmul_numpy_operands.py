# Covers: operators between Theano variables and numpy values as a new user writes them on Python 3: x @ y, x @= y, w @ x with a shared w and a constant @ x (TypeError: Theano 1.0.5 variables have no __matmul__), x @ array (numpy's matmul error), then T.dot / x.dot as the working forms; a numpy array or numpy scalar on the left of +, -, *, /, ** and < builds one node (numpy defers to the variable), compiled and evaluated, with its debugprint; a numpy dropout mask times a hidden layer.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
y = T.dmatrix('y')
v = T.dvector('v')
w = theano.shared(np.array([[1.0, 2.0], [3.0, 4.0]]), name='w')
a = np.array([[0.5, -1.0], [2.0, 0.25]])


def inplace_matmul():
    z = x
    z @= y
    return z


for name, build in [('x @ y', lambda: x @ y), ('x @ v', lambda: x @ v), ('w @ x', lambda: w @ x),
                    ('constant @ x', lambda: T.constant(a) @ x), ('array @ x', lambda: a @ x),
                    ('x @ array', lambda: x @ a), ('x @= y', inplace_matmul),
                    ('np.matmul', lambda: np.matmul(x, y))]:
    try:
        r = build()
        print(name, 'built', type(r).__name__)
    except Exception as e:
        print(name, type(e).__name__, str(e).splitlines()[0])
print(hasattr(x, '__matmul__'), hasattr(x, '__rmatmul__'), x.__array_priority__)

f = theano.function([x, y], [T.dot(x, y), x.dot(y), T.dot(w, x)])
for out in f(a, a.T):
    show('dot', out)

left = [('a + x', a + x), ('a - x', a - x), ('a * x', a * x), ('a / x', a / x), ('a ** x', np.abs(a) ** x),
        ('a < x', a < x), ('float64 * x', np.float64(0.5) * x), ('float32 + x', np.float32(1.5) + x),
        ('int64 - x', np.int64(2) - x), ('a[0] * v', a[0] * v)]
for name, e in left:
    print(name, type(e).__name__, e.type, e.owner.op)
g = theano.function([x, v], [e for _, e in left])
theano.printing.debugprint(g)
xv = np.array([[1.0, 2.0], [-1.0, 0.5]])
for (name, _), out in zip(left, g(xv, np.array([3.0, -2.0]))):
    show(name, out)

srng = RandomStreams(seed=5)
rng = np.random.RandomState(3)
mask = (rng.uniform(size=(2, 3)) > 0.5).astype('float64')
W1 = theano.shared(rng.normal(size=(2, 3)), name='W1')
h = T.tanh(T.dot(x, W1))
dropped = mask * h
noisy = dropped + srng.normal((2, 3), std=0.1)
cost = (noisy ** 2).sum()
train = theano.function([x], cost, updates=[(W1, W1 - 0.1 * T.grad(cost, W1))])
theano.printing.debugprint(dropped)
for step in range(2):
    print('cost', float(train(xv)))
show('W1', W1.get_value())
