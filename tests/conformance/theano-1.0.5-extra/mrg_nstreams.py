# Covers: MRG_RandomStreams.uniform and normal with nstreams= (1, 2, 4 and default) for the same size: values differ with nstreams; state shape via state_updates; two calls; debugprint of one nstreams=2 function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


from theano.sandbox.rng_mrg import MRG_RandomStreams
for ns in [None, 1, 2, 4]:
    srng = MRG_RandomStreams(seed=1234)
    if ns is None:
        u = srng.uniform((6,))
    else:
        u = srng.uniform((6,), nstreams=ns)
    f = theano.function([], u)
    st = srng.state_updates[0][0].get_value()
    print("nstreams", ns, "state", st.dtype, st.shape)
    show("u0", f())
    show("u1", f())
srng = MRG_RandomStreams(seed=1234)
n = srng.normal((4,), nstreams=2)
g = theano.function([], n, name='g')
show("n0", g())
theano.printing.debugprint(g)
