# Covers: scan_merge with a symbolic n_steps: two loops over the same int variable n are merged ('loop_a&loop_b'); two loops whose counts are equal but different expressions (n + 1 written twice) are merged too (the merge pass sees one node after the graph merge); a count n and a count m are not merged; values, stream states and the compiled debugprints.
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


srng = RandomStreams(seed=99)
n = T.iscalar('n')
m = T.iscalar('m')
a0 = T.dscalar('a0')
as_, ua = theano.scan(lambda a: a + srng.uniform(), outputs_info=a0, n_steps=n, name='loop_a')
bs, ub = theano.scan(lambda b: b - srng.uniform(), outputs_info=a0, n_steps=n, name='loop_b')
upd = ua.copy()
upd.update(ub)
f = theano.function([a0, n], [as_, bs], updates=upd)
theano.printing.debugprint(f)
show("as", f(1.0, 3)[0])
for k, (s, _) in enumerate(srng.state_updates):
    state("stream%d" % k, s)
cs, uc = theano.scan(lambda c: c * 2 + srng.normal(), outputs_info=a0, n_steps=n + 1, name='loop_c')
ds, ud = theano.scan(lambda d: d * 3, outputs_info=a0, n_steps=n + 1, name='loop_d')
upd = uc.copy()
upd.update(ud)
g = theano.function([a0, n], cs + ds, updates=upd)
theano.printing.debugprint(g)
show("cs+ds", g(0.5, 2))
es, ue = theano.scan(lambda e: e + srng.normal(), outputs_info=a0, n_steps=m, name='loop_e')
h = theano.function([a0, n, m], [as_, es], updates=dict(list(ua.items()) + list(ue.items())))
theano.printing.debugprint(h)
for v in h(0.0, 2, 3):
    show("h", v)
for k, (s, _) in enumerate(srng.state_updates):
    state("stream%d" % k, s)
