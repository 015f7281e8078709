# Covers: debugprint of a compiled integer graph (binomial + random_integers, sum, cast) captured with file='str' and printed, line count, print_type=True with ids='' and depth=2, and the returned string of an uncompiled int graph.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=17)
b = srng.binomial((3,), n=4, p=0.25, dtype='int32')
r = srng.random_integers((3,), low=-1, high=1)
k = T.lscalar('k')
expr = (b + r) * k
f = function([k], [expr, T.sum(expr), T.cast(b, 'int8') // 2], name='f')
s = theano.printing.debugprint(f, file='str')
print("type", type(s).__name__, "lines", len(s.splitlines()))
print(s, end="")
print("--- print_type ids='' depth=2")
s2 = theano.printing.debugprint(f, file='str', print_type=True, ids='', depth=2)
print(s2, end="")
print("--- uncompiled")
s3 = theano.printing.debugprint(expr, file='str', print_type=True)
print(s3, end="")
a, c, d = f(3)
show("expr", a)
show("sum", c)
show("half", d)
