# Covers: runtime shape errors of elementwise graphs and the error-rate graph a classifier reports: mean(neq(argmax(softmax(x), axis=1), y)) called with labels of another length (Theano's Elemwise "Dimension mismatch; shapes are (1), (2)" where an axis of size 1 is not broadcastable, numpy's own message where no size-1 axis is involved, '*' for broadcastable axes, a fused Composite with its constant, a shared update checked before it writes, a loop step); T.grad of the error rate (zeros through neq and argmax, no DisconnectedInputError), categorical_crossentropy with float labels (TypeError of CrossentropyCategorical1Hot) and argmax on an axis out of range.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def err(label, fn, *args):
    try:
        out = fn(*args)
        print(label, "no error", np.asarray(out).tolist())
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0].replace(__file__, 'SCRIPT'))


x = T.dmatrix('x'); y = T.ivector('y')
p = T.nnet.softmax(x)
pred = T.argmax(p, axis=1)
error_rate = T.mean(T.neq(pred, y))
f = theano.function([x, y], [pred, error_rate])
r = f(np.array([[1., 2.], [3., 1.], [0., 0.]]), np.array([1, 1, 0], dtype='int32'))
show("pred", r[0]); show("err", r[1])
err("short labels", f, np.array([[1., 2.]]), np.array([1, 1], dtype='int32'))
err("float labels", f, np.array([[1., 2.]]), np.array([1.5]))
g = T.grad(error_rate, x)
show("grad_err", theano.function([x, y], g, on_unused_input='ignore')(np.ones((2, 2)), np.array([0, 1], dtype='int32')))
total = T.sum(x ** 2) + error_rate
show("grad_total", theano.function([x, y], T.grad(total, x))(np.ones((2, 2)), np.array([0, 1], dtype='int32')))
for name, cost in [("a_plus_y", T.mean(pred + y)), ("neq_const", T.sum(T.neq(pred, 1)))]:
    show(name, theano.function([x, y], T.grad(cost, x), on_unused_input='ignore')(np.ones((2, 2)), np.array([0, 1], dtype='int32')))
try:
    T.nnet.categorical_crossentropy(p, T.dvector('t'))
    print("built")
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
try:
    theano.function([x], T.argmax(x, axis=2))
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])

u = T.dvector('u'); v = T.dvector('v'); m = T.dmatrix('m')
add = theano.function([u, v], u + v)
fused = theano.function([u, v], T.exp(u) * v + 1)
rows = theano.function([m, v], m * v)
err("add 1 vs 2", add, np.ones(1), np.ones(2))
err("add 2 vs 3", add, np.ones(2), np.ones(3))
err("add 1 vs 1", add, np.ones(1), np.ones(1))
err("fused 1 vs 2", fused, np.ones(1), np.ones(2))
err("fused 3 vs 1", fused, np.ones(3), np.ones(1))
err("rows col vs 3", rows, np.ones((2, 1)), np.ones(3))
err("rows 3 vs 1", rows, np.ones((2, 3)), np.ones(1))
err("rows 3 vs 2", rows, np.ones((2, 3)), np.ones(2))
s = theano.shared(np.ones(1), name='s')
upd = theano.function([v], [], updates={s: s * 2 + v})
err("update 2", upd, np.ones(2))
show("s", s.get_value())
err("update 1", upd, np.ones(1))
show("s", s.get_value())
out, _ = theano.scan(lambda row, w: row + w, sequences=m, non_sequences=v)
loop = theano.function([m, v], out)
err("loop", loop, np.ones((2, 1)), np.ones(3))
