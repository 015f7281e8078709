# Covers: shapes of random draws as outputs: u.shape with a constant size (folded to a constant), n.shape[0] * 2, the shape of a draw with a symbolic size (k, 2), u.size-like prod of shape; whether the stream still advances (checked by replay); debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=3)
k = T.lscalar('k')
u = srng.uniform((2, 3))
n = srng.normal((4,))
w = srng.uniform((k, 2))
fs = function([], u.shape, name='fs')
fn = function([], n.shape[0] * 2, name='fn')
fw = function([k], [w.shape, w], name='fw')
fp = function([], T.prod(u.shape) + n.shape[0], name='fp')
state = u.rng.get_value().get_state()
show("u_shape", fs())
show("n_shape0x2", fn())
show("fp", fp())
su = function([], u)()
rs = np.random.RandomState()
rs.set_state(state)
print("u advanced by fs/fp", bool(not np.all(su == rs.uniform(size=(2, 3)))))
ws, wv = fw(3)
show("w_shape", ws)
show("w", wv)
for label, fn_ in [("fs", fs), ("fn", fn), ("fw", fw), ("fp", fp)]:
    print("---", label)
    theano.printing.debugprint(fn_)
