# Covers: the errors theano.scan_module.until meets: a condition that is not a scalar; until returned alone or first (Scan cannot parse the return value); (updates, outputs, until); a while-loop with neither n_steps nor sequences; a while-loop with a negative or zero n_steps at call time; with n_steps=1 the condition is ignored (the step applied once).
from collections import OrderedDict

import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def err(name, fn):
    try:
        fn()
        print(name, "no error")
    except Exception as e:
        print(name, type(e).__name__, str(e).split("\n")[0][:60])


x = T.dvector('x')
err("vector condition", lambda: theano.scan_module.until(x > 0))
err("matrix condition", lambda: theano.scan_module.until(T.dmatrix() > 0))
print("scalar ndim", theano.scan_module.until(T.dscalar() > 0).condition.ndim)
err("python bool", lambda: theano.scan_module.until(True))

err("alone", lambda: theano.scan(lambda a: theano.scan_module.until(a > 2),
                                 outputs_info=T.constant(0.), n_steps=4))
err("until first", lambda: theano.scan(lambda a: (theano.scan_module.until(a > 2), a + 1),
                                       outputs_info=T.constant(0.), n_steps=4))
err("four items", lambda: theano.scan(
    lambda a: (a + 1, OrderedDict(), theano.scan_module.until(a > 2), a),
    outputs_info=T.constant(0.), n_steps=4))
err("updates outputs until", lambda: theano.scan(
    lambda a: (OrderedDict(), a + 1, theano.scan_module.until(a > 2)),
    outputs_info=T.constant(0.), n_steps=4))
err("no n_steps", lambda: theano.scan(
    lambda a: (a + 1, theano.scan_module.until(a > 2)), outputs_info=T.constant(0.)))

n = T.lscalar('n')
out, _ = theano.scan(lambda a: (a + 1, theano.scan_module.until(a > 2)),
                     outputs_info=T.constant(0.), n_steps=n)
f = theano.function([n], out)
show("n 10", f(10))
show("n 2", f(2))
err("n -1", lambda: f(-1))
err("n 0", lambda: f(0))

one, _ = theano.scan(lambda a: (a + 1, theano.scan_module.until(a > -5)),
                     outputs_info=T.constant(0.), n_steps=1)
show("n_steps=1", theano.function([], one)())
