# Covers: debugprint of mixed objects: an Apply node of a RandomFunction (both outputs), a float and an ndarray in a list with a variable, a list of draws from two streams with depth=2 and print_type, the file='str' result for a list, and (last) a theano.In wrapper.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=12)
x = T.dvector('x')
u = srng.uniform((2,))
n = srng.normal((2,), avg=x.sum())
print("--- apply")
theano.printing.debugprint(u.owner)
print("--- list with numbers")
theano.printing.debugprint([2.5, np.array([1, 2]), u * 2])
print("--- two streams depth=2 print_type")
theano.printing.debugprint([u + n, n * x], depth=2, print_type=True)
print("--- str")
s = theano.printing.debugprint([u, n], file='str', ids='int')
print(len(s.splitlines()))
print(s, end="")
print("--- In")
theano.printing.debugprint(theano.In(x, name='xx'))
