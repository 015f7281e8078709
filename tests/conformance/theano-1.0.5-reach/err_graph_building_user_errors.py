# Covers: errors users meet while building and running Theano graphs: `if x > 0:` on a symbolic comparison, len() of a tensor, an index out of range at call time, a keyword argument naming an input without a name, a givens replacement of another type, set_value with a float32 array on a float64 shared variable (and with a list), get_value after set_value of a list, shared of a Python int and float (their dtypes), a reshape to an impossible shape at call time, T.dot of a vector and a 3-d tensor's dtype, a numpy function applied to a symbolic variable, and concatenating tensors of different ranks.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def attempt(label, fn):
    try:
        out = fn()
        show(label, out)
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0])


x = T.dvector('x')
try:
    if x > 0:
        print("branch")
except Exception as e:
    print("bool", type(e).__name__, str(e).split('\n')[0])
try:
    len(x)
except Exception as e:
    print("len", type(e).__name__, str(e).split('\n')[0])
pick = theano.function([x], x[3])
attempt("index", lambda: pick(np.array([1.0, 2.0])))
anon = T.dvector()
fa = theano.function([anon], anon * 2)
attempt("kw", lambda: fa(x=np.ones(2)))
y = T.ivector('y')
try:
    theano.function([y], x * 2, givens={x: y})
except Exception as e:
    print("givens", type(e).__name__, str(e).split('\n')[0])
w = theano.shared(np.zeros(3), name='w')
try:
    w.set_value(np.ones(3, dtype='float32'))
    show("w32", w.get_value())
except Exception as e:
    print("set32", type(e).__name__, str(e).split('\n')[0])
w.set_value([1, 2, 3])
show("wlist", w.get_value())
try:
    w.set_value(np.ones((2, 2)))
except Exception as e:
    print("setrank", type(e).__name__, str(e).split('\n')[0])
si = theano.shared(3)
sf = theano.shared(2.5)
print("shared types", si.type, sf.type, si.dtype, sf.dtype)
r = theano.function([x], x.reshape((2, 2)))
attempt("reshape_ok", lambda: r(np.arange(4.0)))
attempt("reshape_bad", lambda: r(np.arange(5.0)))
t3 = T.dtensor3('t3')
print("dot_dtype", T.dot(x, t3).ndim, T.dot(x, t3).dtype)
try:
    np.exp(x)
    print("np.exp ok")
except Exception as e:
    print("npexp", type(e).__name__, str(e).split('\n')[0])
m = T.dmatrix('m')
try:
    T.concatenate([x, m])
    print("concat built")
except Exception as e:
    print("concat", type(e).__name__, str(e).split('\n')[0])
