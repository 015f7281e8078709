# Covers: scan's strict=True (a shared variable used in the step without being in non_sequences: error text first line; non_sequences=w not in a list fails under strict; passing [w] works), a shared counter updated inside the step via the step's returned updates dict (the shared value is carried from step to step, so one call adds sum(x)), and function() with and without those updates.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
w = theano.shared(np.array(3.0), name='w')
try:
    theano.scan(lambda xt: xt * w, sequences=x, strict=True)
    print("strict no error")
except Exception as e:
    print("strict", type(e).__name__, str(e).splitlines()[0])
try:
    theano.scan(lambda xt, w_: xt * w_, sequences=x, non_sequences=w, strict=True)
    print("strict non-list no error")
except Exception as e:
    print("strict non-list", type(e).__name__, str(e).splitlines()[0])
ok, _ = theano.scan(lambda xt, w_: xt * w_, sequences=x, non_sequences=[w], strict=True)
show("strict_ok", theano.function([x], ok)(np.array([1.0, 2.0])))
count = theano.shared(np.array(0.0), name='count')


def step(xt):
    return xt * 2, {count: count + xt}


out, upd = theano.scan(step, sequences=x)
print("updates", len(upd), [str(k) for k in upd])
f_upd = theano.function([x], out, updates=upd, name='with_updates')
f_none = theano.function([x], out, name='without_updates')
for call in range(2):
    show("out", f_upd(np.array([1.0, 2.0, 3.0])))
    show("count", count.get_value())
show("out_none", f_none(np.array([1.0, 2.0, 3.0])))
show("count_after_none", count.get_value())
