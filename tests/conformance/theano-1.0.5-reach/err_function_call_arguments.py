# Covers: the errors a user meets calling and compiling a dropout layer's functions: too few or too many arguments, a wrong rank, nested lists, a float32 array, mismatched shapes at run time, keywords by input name and unknown ones, float labels for an ivector, a plain list of ints, a string and None as arguments, a shared value of another shape, an input listed twice, a shared variable as input, an update of a non-shared variable or of another type, two updates of one variable, a missing input, givens of another type, and inputs not given as a list (Exception: Input variables of a Theano function should be contained in a list).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(1)
x = T.matrix('x')
y = T.ivector('y')
W = theano.shared(np.ones((2, 2)), name='W')
h = T.dot(x, W) * srng.binomial((2, 2), p=0.5, dtype='float64')
f = theano.function([x], h, name='f')
g = theano.function([x, y], T.sum(h) + T.sum(y), name='g')


def attempt(fn, *a, **k):
    try:
        r = fn(*a, **k)
        print('ok', np.asarray(r).tolist() if not isinstance(r, list) else [np.asarray(v).tolist() for v in r])
    except Exception as e:
        print(type(e).__name__, '|', str(e).split('\n')[0])

attempt(f)
attempt(f, np.ones((2, 2)), np.ones(2))
attempt(f, np.ones(2))
attempt(f, [[1, 2], [3, 4]])
attempt(f, np.ones((2, 2), dtype='float32'))
attempt(f, np.ones((2, 3)))
attempt(f, x=np.ones((2, 2)))
attempt(f, z=np.ones((2, 2)))
attempt(g, np.ones((2, 2)), np.array([1, 2]))
attempt(g, np.ones((2, 2)), np.array([1., 2.]))
attempt(g, np.ones((2, 2)), [1, 2])
attempt(g, np.ones((2, 2)), np.array([1, 2], dtype='int32'))
attempt(g, np.ones((2, 2)), y=np.array([1, 2], dtype='int32'))
attempt(g, np.ones((2, 2)), np.array([1, 2], dtype='int32'), 3)
attempt(f, 'abc')
attempt(f, None)
attempt(W.set_value, np.ones((3, 3)))
attempt(f, np.ones((2, 2)))
attempt(theano.function, [x, x], h)
attempt(theano.function, [W], h)
attempt(theano.function, [x], h, updates=[(x, x + 1)])
attempt(theano.function, [x], h, updates=[(W, W.sum())])
attempt(theano.function, [x], h, updates=[(W, W + 1), (W, W - 1)])
attempt(theano.function, [], h)
attempt(theano.function, [x], h, givens={x: T.vector()})
attempt(theano.function, x, h)
