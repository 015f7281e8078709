# Covers: default_update replaced by a chained expression drawing twice (raw_random.uniform applied to the new state): the stream advances two draws per call; compared to numpy replay; debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def st(r):
    s = r.get_state()
    return (int(s[2]), [int(x) for x in s[1][:3]])

import copy
from theano.tensor import raw_random
srng = RandomStreams(seed=64)
u = srng.uniform((2,))
r2, extra = raw_random.uniform(u.update[1], size=(2,))
start = copy.deepcopy(u.rng.get_value())
u.rng.default_update = r2
f = theano.function([], u)
show("u0", f())
show("u1", f())
show("ref0", start.uniform(size=(2,)))
start.uniform(size=(2,))
show("ref1", start.uniform(size=(2,)))
g = theano.function([], [u, extra])
a, b = g()
show("g_u", a)
show("g_extra", b)
show("ref2", start.uniform(size=(2,)))
show("ref3", start.uniform(size=(2,)))
theano.printing.debugprint(f)
theano.printing.debugprint(g)
