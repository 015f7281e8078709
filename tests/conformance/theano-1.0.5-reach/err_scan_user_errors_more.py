# Covers: more scan mistakes users make: a step returning a Python list where outputs_info has a None entry mismatch, outputs_info with a shape that changes during the loop (vector init, matrix step result), a sequence of length 0 (n_steps 0 at run time), n_steps larger than the sequence, negative n_steps, a step using a variable from outside that is not given (fine: implicit), calling a scan function with a sequence of the wrong ndim, and T.grad through an integer-valued scan output; type name and first message line.
import numpy as np
import theano
import theano.tensor as T


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
        print(label, type(e).__name__, msg)


x = T.dvector('x')
M = T.dmatrix('M')
n = T.iscalar('n')
attempt("shape_change", lambda: theano.scan(lambda acc: T.outer(acc, acc), outputs_info=x, n_steps=2))
s, _ = theano.scan(lambda x_t, acc: acc + x_t, sequences=x, outputs_info=T.constant(np.float64(0.0)))
f = theano.function([x], s, name='cumsum')
attempt("empty_sequence", lambda: f(np.zeros(0)))
attempt("three", lambda: f(np.array([1.0, 2.0, 3.0])))
s2, _ = theano.scan(lambda x_t, acc: acc + x_t, sequences=x, outputs_info=T.constant(np.float64(0.0)), n_steps=n)
g = theano.function([x, n], s2, name='cumsum_n')
attempt("n_larger", lambda: g(np.array([1.0, 2.0]), 5))
attempt("n_smaller", lambda: g(np.array([1.0, 2.0, 3.0]), 2))
attempt("n_negative", lambda: g(np.array([1.0, 2.0, 3.0]), -1))
attempt("n_zero", lambda: g(np.array([1.0, 2.0, 3.0]), 0))
attempt("wrong_ndim", lambda: f(np.ones((2, 2))))
bias = T.dscalar('bias')
s3, _ = theano.scan(lambda x_t: x_t + bias, sequences=x)
attempt("implicit_outer", lambda: theano.function([x, bias], s3, name='implicit')(np.array([1.0, 2.0]), 0.5))
attempt("missing_outer", lambda: theano.function([x], s3, name='missing'))
cnt, _ = theano.scan(lambda x_t, c: c + T.cast(x_t > 0, 'int64'), sequences=x,
                     outputs_info=T.constant(np.int64(0)))
attempt("count", lambda: theano.function([x], cnt, name='count')(np.array([1.0, -1.0, 2.0])))
attempt("grad_int", lambda: T.grad(T.sum(cnt * 1.0), x))
