# Covers: debugprint of a compiled scan whose step draws from srng.uniform: compiled with updates=upd (the scan returns the new rng state as an output and the update is scan's output) versus without (the rng's default update is a RandomFunction outside the loop); and debugprint of the uncompiled scan output.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=3)
x = T.dvector('x')
out, upd = theano.scan(lambda xt: xt + srng.uniform((2,)), sequences=x)
theano.printing.debugprint(out)
print("---")
f = theano.function([x], out, updates=upd, name='with_updates')
theano.printing.debugprint(f)
print("---")
g = theano.function([x], out, name='without_updates')
theano.printing.debugprint(g)
show("with", f(np.array([1.0, 2.0])))
show("without", g(np.array([1.0, 2.0])))
