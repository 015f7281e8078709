# Covers: a scan step drawing srng.uniform(size=h.shape) whose size depends on the step's input: compiled with updates works (stream advances 3 draws per call); compiled without updates fails with MissingInputError (the default update refers to the inner graph); an inner draw whose size depends only on a non_sequence.
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


srng = RandomStreams(seed=12)
h0 = T.dvector('h0')
out, upd = theano.scan(lambda h: h * srng.uniform(size=h.shape), outputs_info=h0, n_steps=3)
rng = srng.state_updates[0][0]
f = theano.function([h0], out, updates=upd, name='with_updates')
for call in range(2):
    show("out", f(np.array([1.0, 2.0])))
    state("after", rng)
try:
    theano.function([h0], out, name='without_updates')
    print("no error")
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
v = T.dvector('v')
out2, upd2 = theano.scan(lambda v_: srng.uniform(size=v_.shape) + v_, non_sequences=v, n_steps=2)
try:
    f2 = theano.function([v], out2, name='nonseq_size_without_updates')
    show("out2", f2(np.array([1.0, 2.0, 3.0])))
except Exception as e:
    print("nonseq", type(e).__name__, str(e).splitlines()[0])
