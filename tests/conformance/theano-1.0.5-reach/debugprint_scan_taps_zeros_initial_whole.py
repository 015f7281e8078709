# Covers: a loop over a sequence whose state has taps [-2, -1] and T.zeros(2) as its initial rows, with and without a normal draw in the step: the initial rows become a broadcast 0.0 set into the buffer, Theano's scan_save_mem then fails inside expand_empty (the scalar has no shape[0]; its optimizer logs the error and leaves the loops as they are), so out[2:] reads the whole buffer of n + 2 rows; values and debugprints.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


seq = T.dvector('seq')
out, _ = theano.scan(lambda s, a, b: 0.5 * b + 0.25 * a + s, sequences=seq,
                     outputs_info=dict(initial=T.zeros(2), taps=[-2, -1]))
f = theano.function([seq], out)
show("out", f(np.arange(5.0)))
theano.printing.debugprint(f)
srng = RandomStreams(seed=99)


def step(s, x_tm2, x_tm1):
    return 0.5 * x_tm1 + 0.25 * x_tm2 + s + srng.normal(size=(), std=0.2)


walk, upd = theano.scan(step, sequences=seq, outputs_info=dict(initial=T.zeros(2), taps=[-2, -1]),
                        go_backwards=True)
g = theano.function([seq], walk, updates=upd)
show("walk", g(np.arange(5.0)))
show("walk", g(np.arange(5.0)))
theano.printing.debugprint(g)
