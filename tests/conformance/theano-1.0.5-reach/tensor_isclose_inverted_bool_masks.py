# Covers: T.isclose / T.allclose (rtol, atol, equal_nan) over nan, inf and -inf, uncompiled and compiled debugprints (IsInf/IsNan inside a Composite print by class), T.pprint and T.min_informative_str; and '~' of bool masks inside fused expressions, which Theano without a C compiler evaluates on Python objects: ~ of a bool input (or of |, & of bool inputs) is arithmetic (~True is -2, so isclose(-inf, inf) is 1), ~ of a comparison is logical; a dropout keep-mask inverted in a switch.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
srng = RandomStreams(seed=3)
x = T.vector("x")
m = T.TensorType("bool", (False,))("m")
a = T.vector('a')
b = T.vector('b')
c = T.isclose(a, b)
d = T.isclose(a, b, rtol=0.1, atol=0.01, equal_nan=True)
e = T.allclose(a, b)
theano.printing.debugprint([c, d, e])
f = theano.function([a, b], [c, d, e])
theano.printing.debugprint(f)
va = np.array([1.0, np.nan, np.inf, -np.inf, 2.0, 1.05])
vb = np.array([1.0, np.nan, np.inf, np.inf, 2.0 + 1e-9, 1.0])
for r in f(va, vb):
    print(r, r.dtype)
print(T.pprint(c * 1.0), T.min_informative_str(e))
print(T.allclose(a, a).eval({a: va[:1]}))
u = srng.uniform((4,))
keep = u < 0.5
outs = [T.switch(~keep, 0., x), T.switch(~m, 1., x) * 2, (~m) * x, (~(m | keep)) + x, ~(m & (x > 0)), ~(~m)]
f = theano.function([x, m], outs)
theano.printing.debugprint(f)
for r in f(np.arange(4.) - 1, np.array([True, False, True, False])):
    print(r, r.dtype)
