# Covers: theano.tensor.opt.Assert as scripts use it: T.opt.Assert() and Assert('message') with their str and equality, theano.tensor.opt.assert_op, the uncompiled and compiled debugprint of a checked vector (x.size < 2), conditions known true at compile time dropped (the Assert removed), a false constant kept, several conditions with a custom message, the gradient passing through the Assert; values, and the AssertionError a failed condition raises at call time (type and first line).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.opt import Assert, assert_op


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def attempt(label, fn):
    try:
        out = fn()
        if isinstance(out, list):
            for k, o in enumerate(out):
                show(label + "_" + str(k), o)
        else:
            show(label, out)
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0])


x = T.dvector('x')
check = T.opt.Assert()
print(check, Assert('hi'), assert_op, type(assert_op).__name__)
print(check == assert_op, Assert('hi') == Assert('hi'), Assert('hi') == check, check.msg)
short = check(x, x.size < 2)
theano.printing.debugprint(short)
f = theano.function([x], short)
theano.printing.debugprint(f)
attempt("short_ok", lambda: f(np.array([1.0])))
attempt("short_bad", lambda: f(np.array([1.0, 2.0])))
g = theano.function([x], Assert('x must be short and positive')(x * 2, T.lt(x.shape[0], 3), T.gt(x.sum(), 0)))
theano.printing.debugprint(g)
attempt("g_ok", lambda: g(np.array([1.0, 2.0])))
attempt("g_negative", lambda: g(np.array([-1.0, -2.0])))
attempt("g_long", lambda: g(np.array([1.0, 2.0, 3.0])))
h = theano.function([x], assert_op(x, 1, T.constant(True)))
theano.printing.debugprint(h)
attempt("h", lambda: h(np.array([3.0])))
h2 = theano.function([x], assert_op(x, 0) + 1)
theano.printing.debugprint(h2)
attempt("h2", lambda: h2(np.array([3.0])))
c = T.dscalar('c')
cost = T.sum(assert_op(x, c > 0) ** 2)
gx = T.grad(cost, x)
theano.printing.debugprint(gx)
k = theano.function([x, c], [cost, gx])
theano.printing.debugprint(k)
attempt("k_ok", lambda: k(np.array([1.0, 2.0]), 1.0))
attempt("k_bad", lambda: k(np.array([1.0, 2.0]), -1.0))
