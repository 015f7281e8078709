# Covers: run-time errors from RandomStreams draws: a vector low of length 3 with size (2,), avg of shape (2,) with size (3,), a symbolic size input with a negative entry, random_integers with low > high; type name printed and the stream state after a failed call.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=23)
x = T.dvector('x')
sz = T.lvector('sz')
f1 = theano.function([], srng.uniform((2,), low=[0.0, 1.0, 2.0], high=5.0), name='f1')
f2 = theano.function([x], srng.normal((3,), avg=x), name='f2')
f3 = theano.function([sz], srng.uniform(sz, ndim=1), name='f3')
f4 = theano.function([], srng.random_integers((2,), 5, 2), name='f4')
for label, fn, args in [("low_len3_size2", f1, ()), ("avg_len2_size3", f2, (np.zeros(2),)),
                        ("negative_size", f3, (np.array([-2]),)), ("low_gt_high", f4, ())]:
    try:
        r = fn(*args)
        show(label + "_ok", r)
    except Exception as e:
        print(label, type(e).__name__)
show("f2_ok", f2(np.array([0.0, 1.0, 2.0])))
show("f3_ok", f3(np.array([2])))
