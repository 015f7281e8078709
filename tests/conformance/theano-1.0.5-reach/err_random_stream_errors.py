# Covers: random-stream mistakes users meet: srng.binomial with a float size, a size with a symbolic float, p given as a matrix whose shape disagrees with size, srng.normal with a negative std (numpy's error at call time), uniform with low > high (no error), calling a function after set_value of a non-RandomState on the rng, srng.uniform(size=x.shape) fed a different shape each call, srng.choice without a size, and RandomStreams.seed with a non-int; type name and first message line.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, np.ndarray):
            show(label, r)
        else:
            print(label, "ok", type(r).__name__)
    except Exception as e:
        msg = str(e).splitlines()[0] if str(e) else ""
        print(label, type(e).__name__, msg[:160])


srng = RandomStreams(seed=5)
x = T.dmatrix('x')
s = T.dscalar('s')
attempt("float_size", lambda: srng.binomial(size=(2.5, 2), p=0.5))
attempt("symbolic_float_size", lambda: srng.uniform(size=(s, 2)))
P = T.dmatrix('P')
b = srng.binomial(size=(2, 2), n=1, p=P, dtype='float64')
fb = theano.function([P], b, name='fb')
attempt("p_shape_ok", lambda: fb(np.full((2, 2), 0.5)))
attempt("p_shape_bad", lambda: fb(np.full((3, 3), 0.5)))
sd = T.dscalar('sd')
nrm = srng.normal(size=(2,), std=sd)
fn_ = theano.function([sd], nrm, name='fn')
attempt("negative_std", lambda: fn_(-1.0))
fu = theano.function([], srng.uniform(size=(3,), low=1.0, high=0.0), name='fu')
attempt("low_gt_high", lambda: fu())
u = srng.uniform(size=x.shape)
fx = theano.function([x], u, name='fx')
attempt("shape_a", lambda: fx(np.zeros((1, 2))))
attempt("shape_b", lambda: fx(np.zeros((2, 1))))
attempt("set_value_bad", lambda: u.rng.set_value(np.zeros(3)))
attempt("choice_no_size", lambda: theano.function([], srng.choice(a=3, p=None), name='fc')())
attempt("seed_float", lambda: srng.seed(1.5))
attempt("after_seed", lambda: fx(np.zeros((1, 2))))
