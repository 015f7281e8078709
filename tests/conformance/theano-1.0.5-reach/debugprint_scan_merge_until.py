# Covers: scan_merge and `until` loops: two do-while loops with the same count whose conditions are the same graph over the same inner input positions are merged, the merged loop stopping on the first loop's condition (the second's values change); the same condition over inputs at other positions is not merged, nor different conditions; a do-while loop and a for loop with the same count are not; values, stream states and the compiled debugprints.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.round(12).tolist())


def state(name, rng):
    st = rng.get_value().get_state()
    print(name, st[1][:3].tolist(), int(st[2]), int(st[3]))


srng = RandomStreams(seed=17)
x0 = T.dscalar('x0')
lim = T.dscalar('lim')


def walk(x, l):
    nx = x + srng.uniform()
    return nx, theano.scan_module.until(x > l)


def walk2(x, l):
    nx = x * 1.5
    return nx, theano.scan_module.until(x > l)


def walk3(x, l):
    nx = x + 2.0
    return nx, theano.scan_module.until(nx > l)


def walk4(x, l):
    nx = x * srng.uniform(low=1.0, high=2.0)
    return nx, theano.scan_module.until(x > l)


a, ua = theano.scan(walk, outputs_info=x0, non_sequences=lim, n_steps=10, name='wa')
b, ub = theano.scan(walk2, outputs_info=x0, non_sequences=lim, n_steps=10, name='wb')
c, uc = theano.scan(walk3, outputs_info=x0, non_sequences=lim, n_steps=10, name='wc')
d, ud = theano.scan(lambda y: y - srng.uniform(), outputs_info=x0, n_steps=10, name='wd')
f = theano.function([x0, lim], [a, b], updates=ua)
theano.printing.debugprint(f)
for v in f(0.5, 2.0):
    show("f", v)
g = theano.function([x0, lim], [a, c], updates=ua)
theano.printing.debugprint(g)
for v in g(0.5, 2.0):
    show("g", v)
upd = ua.copy()
upd.update(ud)
h = theano.function([x0, lim], [a, d], updates=upd)
theano.printing.debugprint(h)
for v in h(0.5, 2.0):
    show("h", v)
e, ue = theano.scan(walk4, outputs_info=x0, non_sequences=lim, n_steps=10, name='we')
upd = ua.copy()
upd.update(ue)
k = theano.function([x0, lim], [a, e], updates=upd)
theano.printing.debugprint(k)
for v in k(0.5, 2.0):
    show("k", v)
for k, (s, _) in enumerate(srng.state_updates):
    state("stream%d" % k, s)
