# Covers: T.grad through a while-loop (theano.scan_module.until): the gradient of the steps actually run, with respect to a non-sequence and the initial state, for a loop stopping early and one reaching n_steps; over a sequence, where Theano 1.0.5 counts the steps as the first output's length (initial row included): the sequence read by the backward steps and its gradient are shifted by one row, and a loop that runs to the sequence's end fails when the sequence's gradient is computed (a gradient with respect to the non-sequence alone is computed).
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


w = T.dscalar('w')
h0 = T.dscalar('h0')


def step(h, w):
    nxt = h * w
    return nxt, theano.scan_module.until(nxt > 100.0)


hs, _ = theano.scan(step, outputs_info=h0, non_sequences=w, n_steps=20)
cost = hs.sum()
gw, gh0 = T.grad(cost, [w, h0])
f = theano.function([h0, w], [hs, gw, gh0])
for a, b in ((1.0, 3.0), (1.0, 1.1), (2.0, 0.5)):
    out, g1, g2 = f(a, b)
    show("hs %s %s" % (a, b), out)
    print("grads", float(g1), float(g2))

x = T.dvector('x')


def seq_step(xt, acc, w):
    nxt = acc + xt * w
    return nxt, theano.scan_module.until(nxt > 5.0)


acc, _ = theano.scan(seq_step, sequences=x, outputs_info=T.constant(0., dtype='float64'),
                     non_sequences=w)
gx, gw2 = T.grad(acc[-1], [x, w])
g = theano.function([x, w], [acc, gx, gw2])
for v in ([1.0, 2.0, 3.0, 4.0], [1.0, 1.0]):
    try:
        a, b, c = g(np.array(v), 1.0)
        show("acc", a)
        show("gx", b)
        print("gw", float(c))
    except ValueError as e:
        print("error", type(e).__name__, str(e).split("\n")[0])
gw_only = theano.function([x, w], [acc, T.grad(acc[-1], w)])
for v in ([1.0, 2.0, 3.0, 4.0], [1.0, 1.0], [2.0, 2.0, 2.0]):
    a, c = gw_only(np.array(v), 2.0)
    show("acc", a)
    print("gw only", float(c))
