# Covers: random draws inside a while-loop (theano.scan_module.until): a RandomStreams random walk that stops when it leaves a band; the stream advances once per step actually run (compiled with the scan's updates), the state after each call, a second call continuing from there; compiled without the updates (the draw's default update applied once, outside the loop); an MRG stream in a while-loop; a while-loop over a sequence (stops early, or at the sequence's end).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def state(name, srng):
    for i, u in enumerate(srng.state_updates):
        s = u[0].get_value().get_state()
        print(name, i, s[1][:3].tolist(), s[2])


srng = RandomStreams(seed=42)
bound = T.dscalar('bound')


def walk(pos, bound):
    nxt = pos + srng.normal((), std=1.0)
    return nxt, theano.scan_module.until(T.abs_(nxt) > bound)


path, upd = theano.scan(walk, outputs_info=T.constant(0., dtype='float64'), non_sequences=bound, n_steps=200)
f = theano.function([bound], path, updates=upd)
state("before", srng)
show("walk 2", f(2.0))
state("after 1", srng)
show("walk 2 again", f(2.0))
state("after 2", srng)
show("walk 0.1", f(0.1))
state("after 3", srng)

g = theano.function([bound], path)
show("no updates", g(2.0))
state("after g", srng)
show("no updates again", g(2.0))
state("after g 2", srng)

# a uniform draw per step, stop when one is above a threshold (geometric trials)
srng2 = RandomStreams(seed=7)
thr = T.dscalar('thr')


def trial(thr):
    u = srng2.uniform(())
    return u, theano.scan_module.until(u > thr)


draws, upd2 = theano.scan(trial, non_sequences=thr, n_steps=100)
h = theano.function([thr], draws, updates=upd2)
for t in (0.9, 0.5, 0.99):
    show("trials %s" % t, h(t))
    state("srng2", srng2)

# an MRG stream in a while-loop
mrg = MRG_RandomStreams(seed=1234)


def mrg_step(acc):
    nxt = acc + mrg.uniform(())
    return nxt, theano.scan_module.until(nxt > 3.0)


acc, upd3 = theano.scan(mrg_step, outputs_info=T.constant(0., dtype='float64'), n_steps=50)
k = theano.function([], acc, updates=upd3)
show("mrg 1", k())
show("mrg 2", k())
print("mrg rstate", mrg.rstate.tolist())

# a while-loop over a sequence: it stops at the condition or at the sequence's end
x = T.dvector('x')


def seq_step(xt, acc):
    nxt = acc + xt
    return nxt, theano.scan_module.until(nxt > 5.0)


sums, _ = theano.scan(seq_step, sequences=x, outputs_info=T.constant(0., dtype='float64'))
s = theano.function([x], sums)
show("seq early", s(np.array([1.0, 2.0, 3.0, 4.0, 5.0])))
show("seq end", s(np.array([1.0, 1.0, 1.0])))
