# Covers: multiplication by zero removed in canonicalize (exp(x) - x * 0, a draw times 0 added to a folded round keeping its -0.0), T.round's two modes (half_to_even and half_away_from_zero, 0.0 -> -0.0) on ties, their fused forms, gradient, and the errors for an int input and an unknown mode.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=93)
n = srng.normal((4,))
x = T.dvector('x')
f = theano.function([x], [T.exp(x) - x * 0, T.round(T.as_tensor_variable(np.array([0.5, -0.5, 1.5, -2.5]))) + n * 0], name='f')
theano.printing.debugprint(f)
for name, r in zip(["exp_minus_zero", "round_plus_zero"], f(np.array([0.0, 1.0, -1.0, 2.0]))):
    show(name, r)
v = np.array([-2.5, -1.5, -0.5, 0.0, 0.5, 1.5, 2.5, 0.49999999999999994, -3.7])
g = theano.function([x], [T.round(x), T.round(x, mode='half_away_from_zero'),
                          T.round(x * 2, 'half_away_from_zero') + 1, T.iround(x, 'half_away_from_zero')], name='g')
theano.printing.debugprint(g)
for name, r in zip(["even", "away", "away_fused", "iround_away"], g(v)):
    show(name, r)
u = srng.uniform((5,), low=-3.0, high=3.0)
h = theano.function([], [u, T.round(u, 'half_away_from_zero'), T.round_half_to_even(u * 2)])
for name, r in zip(["u", "away_u", "even_2u"], h()):
    show(name, r)
dg = theano.function([x], T.grad(T.sum(T.round(x, 'half_away_from_zero') * x), x))
show("grad", dg(v))
try:
    T.round(T.ivector('i'))
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
try:
    T.round(x, mode='nearest')
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
