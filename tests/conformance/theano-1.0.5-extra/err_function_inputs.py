# Covers: errors building functions: a rng shared variable as an explicit input (TypeError), an unused input (UnusedInputError, and on_unused_input='ignore'), a random variable used as an input (allowed; its stream is then not read or advanced).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=64)
u = srng.uniform((2,))
x = T.dvector('x')
try:
    theano.function([u.rng], u)
    print("rng input no error")
except Exception as e:
    print("rng input", type(e).__name__)
try:
    theano.function([x], u * 2, name='fx')
    print("unused no error")
except Exception as e:
    print("unused", type(e).__name__, str(e).splitlines()[0])
g = theano.function([x], u * 2, on_unused_input='ignore')
show("ignore", g([5.0, 5.0]))
before = u.rng.get_value()
h = theano.function([u], u * 2 + 1)
show("rv as input", h([1.0, 2.0]))
print("h updates nothing", len(h.maker.fgraph.outputs))
after = u.rng.get_value()
print("stream not advanced", bool((before.uniform(size=(2,)) == after.uniform(size=(2,))).all()))
theano.printing.debugprint(h)
