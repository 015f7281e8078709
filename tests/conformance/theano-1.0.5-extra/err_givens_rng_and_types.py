# Covers: givens touching rng and odd values: replacing a stream's rng by a tensor (TypeError), by another RandomStreams' rng shared (accepted: the draw reads the other state; which streams advance), givens as a list of 1-tuples, a Python float as a given value, a key that is a constant; type name and first message line.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=88)
other = RandomStreams(seed=99)
u = srng.uniform((2,))
v = other.uniform((2,))
x = T.dvector('x')
tries = [
    ("rng_by_tensor", lambda: function([], u, givens={u.rng: x}, name='a')),
    ("givens_1tuple", lambda: function([x], u + x, givens=[(x,)], name='b')),
    ("float_value", lambda: function([], u + x, givens={x: 1.5}, name='c')),
    ("constant_key", lambda: function([x], u + x, givens={T.constant(1.0): x}, name='d')),
]
for label, mk in tries:
    try:
        fn = mk()
        print(label, "compiled", len(fn.maker.fgraph.outputs))
    except Exception as e:
        msg = str(e.args[0]).splitlines()[0].strip() if e.args else ""
        print(label, type(e).__name__, msg)
v0 = v.rng.get_value().get_state()
g = function([], u, givens={u.rng: v.rng}, name='g')
rs = np.random.RandomState()
rs.set_state(v0)
show("v_state_uniform", rs.uniform(size=(2,)))
show("g1", g())
show("v1", function([], v)())
show("u_own", function([], u)())
show("g2", g())
print("--- g")
theano.printing.debugprint(g)
