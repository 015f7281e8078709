# Covers: debugprint of a compiled function with many distinct nodes so ids pass 'Z' (BA, BB, ...): ten uniform draws with different low/high times an input, nine exp'd and summed; print_type with depth=2 and ids='int' with depth=1.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=50)
x = T.dvector('x')
terms = [srng.uniform((2,), low=i, high=i + 1) * x for i in range(10)]
y = terms[0]
for t in terms[1:]:
    y = y + T.exp(t)
f = theano.function([x], [y, terms[3].sum()])
print("--- default")
theano.printing.debugprint(f)
print("--- print_type depth=2")
theano.printing.debugprint(f, print_type=True, depth=2)
print("--- ids=int depth=1")
theano.printing.debugprint(f, ids='int', depth=1)
o1, o2 = f(np.array([0.1, -0.2]))
show("o1", o1)
print("o2", float(o2))
