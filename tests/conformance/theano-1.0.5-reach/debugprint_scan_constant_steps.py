# Covers: compiled scans with a constant n_steps: Theano's scan_save_mem keeps only the rows each function reads (a random walk returned whole keeps its 3 steps without the initial row, its last step keeps 2 rows; a loop of draws read at [-1] stores 1 step, read at [-2] 2) and forall_inplace writes a walk's buffer in place (a loop without fed-back outputs stays for{cpu,...}); debugprint of each compiled function and the values over two calls (the stream advances by all the loop's draws even when one step is read).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def state(name, rng):
    st = rng.get_value().get_state()
    print(name, st[1][:3].tolist(), int(st[2]), int(st[3]))


srng = RandomStreams(seed=5)
x0 = T.dvector('x0')
walk, upd = theano.scan(lambda x: x + srng.normal((2,)), outputs_info=x0, n_steps=3, name='walk')
rng = srng.state_updates[0][0]
f = theano.function([x0], walk, updates=upd, name='walk_all')
theano.printing.debugprint(f)
f_last = theano.function([x0], walk[-1], updates=upd, name='walk_last')
theano.printing.debugprint(f_last)
for call in range(2):
    show("walk_all", f(np.zeros(2)))
    show("walk_last", f_last(np.ones(2)))
    state("after", rng)
noise, upd2 = theano.scan(lambda: srng.uniform((2,)), n_steps=4, name='noise')
g = theano.function([], noise[-1], updates=upd2, name='noise_last')
theano.printing.debugprint(g)
g2 = theano.function([], [noise[-2], noise[3]], updates=upd2, name='noise_tail')
theano.printing.debugprint(g2)
for call in range(2):
    show("noise_last", g())
    show("noise_tail", np.array(g2()))
