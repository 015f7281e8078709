# Covers: a draw made outside the scan and passed as a non_sequence (sampled once per call, the same at every step) versus the same distribution drawn inside the step (a new draw per step); with updates for the inner stream; values and both streams' positions over 2 calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=45)
outside = srng.uniform((2,))
out_ns, upd_ns = theano.scan(lambda u: u * 1.0, non_sequences=outside, n_steps=3)
out_in, upd_in = theano.scan(lambda: srng.uniform((2,)), n_steps=3)
print("updates", len(upd_ns), len(upd_in))
f = theano.function([], [out_ns, out_in], updates=upd_in, name='both')
for call in range(2):
    a, b = f()
    show("outside", a)
    show("inside", b)
    print("pos", [int(r.get_value().get_state()[2]) for r, _ in srng.state_updates])
