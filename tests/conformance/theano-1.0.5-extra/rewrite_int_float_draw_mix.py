# Covers: compiled graphs mixing integer and float draws: binomial, random_integers and poisson cast to float64/float32 and multiplied by uniform/normal draws, int draw times float draw without a cast (upcast), float32 draw times int16 draw; dtypes, Composite fusion and values.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=2718)
u = srng.uniform((4,))
n = srng.normal((4,))
b = srng.binomial((4,), n=1, p=0.5)
r = srng.random_integers((4,), low=1, high=4)
p = srng.poisson((4,), lam=2.0)
uf = srng.uniform((4,), dtype='float32')
r16 = srng.random_integers((4,), low=0, high=3, dtype='int16')
outs = [
    ("cast_b_times_u", T.cast(b, 'float64') * u),
    ("r_times_n", r * n),
    ("p_f32_plus_u", T.cast(p, 'float32') + u),
    ("uf_times_r16", uf * r16),
    ("mask_scale", b * (u + n) / 0.5),
    ("mean_p_times_u", T.mean(p * u)),
]
for name, o in outs:
    print(name, o.dtype)
f = function([], [o for _, o in outs])
for (name, _), v in zip(outs, f()):
    show(name, v)
print("--- f")
theano.printing.debugprint(f)
