# Covers: shared variables read inside a scan step without being listed in non_sequences: set_value between calls is seen by the next call, a function whose updates change the shared value (read by the loop with its pre-call value), and the same shared passed explicitly as a non_sequence; values over calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


scale = theano.shared(np.array(2.0), name='scale')
x = T.dvector('x')
out, _ = theano.scan(lambda xt, acc: acc * scale + xt, sequences=x, outputs_info=T.constant(np.float64(0.0)))
f = theano.function([x], out, name='implicit')
xv = np.array([1.0, 1.0, 1.0])
show("scale2", f(xv))
scale.set_value(np.array(0.5))
show("scale05", f(xv))
g = theano.function([x], out, updates=[(scale, scale + 1)], name='with_scale_update')
for call in range(3):
    show("g", g(xv))
    show("scale", scale.get_value())
out2, _ = theano.scan(lambda xt, acc, s: acc * s + xt, sequences=x, outputs_info=T.constant(np.float64(0.0)), non_sequences=scale)
show("explicit", theano.function([x], out2, name='explicit')(xv))
