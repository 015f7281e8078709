# Covers: two loops with the same constant n_steps where the second reads the first's output as its sequence: not merged (one is an ancestor of the other); a third independent loop with the same count is merged with the first ('first&third'); values, stream states and the compiled debugprint.
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


srng = RandomStreams(seed=5)
x0 = T.dscalar('x0')
xs, ux = theano.scan(lambda x: x + srng.normal(), outputs_info=x0, n_steps=3, name='first')
ys, uy = theano.scan(lambda x_t, y: y + x_t * srng.uniform(), sequences=xs, outputs_info=x0,
                     n_steps=3, name='second')
zs, uz = theano.scan(lambda z: z * 0.5 + srng.binomial(p=0.5), outputs_info=x0, n_steps=3,
                     name='third')
upd = ux.copy()
upd.update(uy)
upd.update(uz)
f = theano.function([x0], [xs, ys, zs], updates=upd)
theano.printing.debugprint(f)
for call in range(2):
    for v in f(1.0):
        show("out", v)
    for k, (s, _) in enumerate(srng.state_updates):
        state("stream%d" % k, s)
