# Covers: reductions of draws with dtype= and acc_dtype=: T.sum(int draw, dtype='int32'), T.sum(u, acc_dtype='float32') (TypeError: precision lost), acc_dtype='float64' on a float32 draw, T.mean(u, dtype='float32'), int8 binomial sum default dtype, T.prod(r, dtype='float64'), u.sum(axis=0, dtype='float32'); output dtypes, node names and values.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=4242)
u = srng.uniform((2, 3))
r = srng.random_integers((3,), low=1, high=5)
b8 = srng.binomial((5,), n=3, p=0.5, dtype='int8')
uf = srng.uniform((4,), dtype='float32')
try:
    T.sum(u, acc_dtype='float32')
    print("acc32 no error")
except Exception as e:
    print("acc32", type(e).__name__, str(e).splitlines()[0])
outs = [
    ("sum_r_int32", T.sum(r, dtype='int32')),
    ("sum_uf_acc64", T.sum(uf, acc_dtype='float64')),
    ("sum_uf_acc64_f32", T.sum(uf, dtype='float32', acc_dtype='float64')),
    ("mean_u_f32", T.mean(u, dtype='float32')),
    ("sum_b8", T.sum(b8)),
    ("sum_b8_int8", T.sum(b8, dtype='int8')),
    ("prod_r_f64", T.prod(r, dtype='float64')),
    ("sum_u_ax0_f32", u.sum(axis=0, dtype='float32')),
    ("mean_b8", T.mean(b8)),
]
for name, o in outs:
    print(name, o.dtype)
f = function([], [o for _, o in outs])
for (name, _), v in zip(outs, f()):
    show(name, v)
print("--- f")
theano.printing.debugprint(f)
