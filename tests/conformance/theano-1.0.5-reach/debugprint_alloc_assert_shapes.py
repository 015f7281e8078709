# Covers: the Asserts Theano's optimizer inserts when it removes an allocation whose sizes it cannot prove equal to the other operand's (local_elemwise_alloc, local_0_dot_x, local_useless_inc_subtensor_alloc): a bias broadcast with T.alloc(b, x.shape[0], b.shape[0]) added to T.dot(x, W), a padding mask T.alloc(1.0, n, 2) with a symbolic batch size, a transposed alloc, two allocs in one expression, an RNN's first step T.dot(T.zeros(...), W) from a zero initial state, and an increment of a column by T.alloc(1.0, n); compiled debugprints, values, and the AssertionError each gives at call time for sizes that disagree (type and first line).
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def attempt(label, fn):
    try:
        show(label, fn())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0])


rng = np.random.RandomState(7)
x = T.dmatrix('x'); v = T.dvector('v'); n = T.lscalar('n')
W = theano.shared(np.round(rng.randn(3, 2), 3), name='W')
b = theano.shared(np.array([0.5, -0.5]), name='b')
X = np.round(rng.randn(4, 3), 3)

layer = theano.function([x], T.dot(x, W) + T.alloc(b, x.shape[0], b.shape[0]), name='layer')
theano.printing.debugprint(layer)
attempt("layer", lambda: layer(X))
b.set_value(np.array([0.5, -0.5, 1.0]))
attempt("layer_bias3", lambda: layer(X))
b.set_value(np.array([0.5, -0.5]))

mask = theano.function([x, n], T.alloc(1.0, n, 2) * x, name='mask')
theano.printing.debugprint(mask)
attempt("mask", lambda: mask(X[:, :2], 4))
attempt("mask_n3", lambda: mask(X[:, :2], 3))

padT = theano.function([x, n], x + T.alloc(1.0, n, 2).T, name='padT')
theano.printing.debugprint(padT)
attempt("padT", lambda: padT(X[:2], 3))
attempt("padT_n5", lambda: padT(X[:2], 5))

two = theano.function([n], T.alloc(1.0, n, 2) + T.alloc(2.0, 3, 2) * T.alloc(3.0, n, 2), name='two')
theano.printing.debugprint(two)
attempt("two", lambda: two(3))
attempt("two_n2", lambda: two(2))

h0 = T.zeros((2, 3))
first = theano.function([], T.tanh(T.dot(h0, W)), name='first')
theano.printing.debugprint(first)
attempt("first", lambda: first())
W.set_value(np.ones((4, 2)))
attempt("first_W4", lambda: first())
W.set_value(np.round(rng.randn(3, 2), 3))
step = theano.function([v], T.dot(T.zeros((3,)), W) + v, name='step')
theano.printing.debugprint(step)
attempt("step", lambda: step(np.array([1.0, 2.0])))
attempt("step_v3", lambda: step(np.array([1.0, 2.0, 3.0])))

bump = theano.function([x, n], T.inc_subtensor(x[:, 0], T.alloc(1.0, n)), name='bump')
theano.printing.debugprint(bump)
attempt("bump", lambda: bump(X, 4))
attempt("bump_n1", lambda: bump(X, 1))
attempt("bump_n2", lambda: bump(X, 2))
