# Covers: theano.In's own allow_downcast and strict over the function's allow_input_downcast (a bare input follows the function, an In its own rule), on float32 inputs of a small float32 regression step given float64 data; a wrong value given by keyword or set with f[x] = ..., whose error ends with the input's Container name; the update of a float32 weight by a float64 learning rate refused and then cast.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def attempt(name, fn):
    try:
        show(name, fn())
    except Exception as e:
        print(name, type(e).__name__, e.args[-1] if len(e.args) > 1 else str(e).splitlines()[-1])


x = T.fvector('x')
t = T.fvector('t')
w = theano.shared(np.array([0.5, -0.25], dtype='float32'), name='w')
cost = T.sum((x * w - t) ** 2)
g = T.grad(cost, w)
loose_x = theano.function([theano.In(x, allow_downcast=True), t], cost, allow_input_downcast=False)
attempt("loose_x", lambda: loose_x(np.array([1.0, 2.0]), np.ones(2, dtype='float32')))
attempt("loose_x_list", lambda: loose_x([1.5, 2.5], [1, 2]))
attempt("tight_t", lambda: loose_x(np.array([1.0, 2.0]), np.ones(2)))
strict_x = theano.function([theano.In(x, strict=True), t], cost, allow_input_downcast=True)
attempt("strict_ok", lambda: strict_x(np.ones(2, dtype='float32'), np.ones(2)))
attempt("strict_list", lambda: strict_x([1.0, 2.0], np.ones(2)))
attempt("strict_float64", lambda: strict_x(np.ones(2), np.ones(2)))
attempt("keyword", lambda: loose_x(np.ones(2), t=np.ones(2)))
show("keyword_list", loose_x(np.ones(2), t=[3, 4]))
lr = T.scalar('lr')
try:
    theano.function([x, t, lr], cost, updates=[(w, w - lr * g)])
except TypeError as e:
    print("update", type(e).__name__, e.args[0].split('(')[0])
step = theano.function([theano.In(x, allow_downcast=True), t, theano.In(lr, value=0.05)], cost,
                       updates=[(w, T.cast(w - lr * g, 'float32'))])
for i in range(3):
    show("step", step(np.array([1.0, 2.0]), np.array([1.0, -1.0], dtype='float32')))
show("w", w.get_value())
attempt("set_default", lambda: step.__setitem__(lr, np.float32(0.1)) or step[lr])
attempt("bad_default", lambda: step.__setitem__(t, np.ones(2)))
