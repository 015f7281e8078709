# Covers: compiled ifelse graphs: Theano's cond_make_inplace turns each if into if{inplace} (and if{sel,inplace} for a named one), an if returning a shared variable is copied by DeepCopyOp before it leaves the function (changing the returned array leaves W alone), an if between a draw and an input, an if of scalars, an if inside an update; debugprints and values.
import numpy as np
import theano
import theano.tensor as T
from theano.ifelse import ifelse
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=4)
W = theano.shared(np.arange(4.).reshape(2, 2), name='W')
W2 = theano.shared(np.ones((2, 2)), name='W2')
c = T.iscalar('c')
x = T.matrix('x')
f1 = theano.function([c], ifelse(c, W, W2))
f2 = theano.function([c, x], ifelse(c, x, W2 * 2))
u = srng.uniform((2, 2))
f3 = theano.function([c, x], [ifelse(c, u, x), ifelse(T.lt(c, 1), x * 2, x + 1, name='sel')])
a = T.scalar('a')
f4 = theano.function([a, c], ifelse(c, a, a * 2))
f5 = theano.function([c, x], ifelse(c, x + 1, x - 1) * 3, updates=[(W, ifelse(c, W + 1, W))])
for f in (f1, f2, f3, f4, f5):
    theano.printing.debugprint(f)
r = f1(1)
r[0, 0] = 100
print(W.get_value(), f1(0))
print(f2(1, np.zeros((2, 2))), f2(0, np.zeros((2, 2))))
print(f3(1, np.zeros((2, 2))), f3(0, np.zeros((2, 2))))
print(f4(1.5, 0), f5(1, np.ones((2, 2))), W.get_value())
