# Covers: second-order gradients through a scan whose state is read at two taps (taps [-1, -2], [-2], [-1, -3]) and which has a second output not fed back: the first-order gradient loop holds a buffer written at several rows, and Theano 1.0.5's Scan.L_op, differentiating that loop again, reads the step outputs after the buffer by their position against the count of loop outputs: T.grad(T.grad(c, w), .) gives values for one parameter and raises "grad_of_scan_fn.grad returned DisconnectedType for input N" for the other; single-tap and sequence-tap loops for comparison; values and error texts.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


xs = T.dvector('xs')
w = T.dscalar('w')
v = T.dscalar('v')
h0 = T.dvector('h0')


def step(a, *rest):
    hs, (w_, v_) = rest[:-2], rest[-2:]
    h = T.tanh(a * w_ + hs[0] * v_ + hs[-1] * w_)
    return h, h * a * v_


for taps, both in [([-1, -2], True), ([-1, -2], False), ([-2], True), ([-1, -3], False)]:
    init = h0 if taps != [-1, -3] else T.concatenate([h0, h0[:1]])
    (hs, ys), _ = theano.scan(step, sequences=[xs], outputs_info=[dict(initial=init, taps=taps), None],
                              non_sequences=[w, v])
    cost = ys.sum() + (hs.sum() if both else 0)
    for first in [w, v]:
        g = T.grad(cost, first)
        for second in [w, v]:
            label = '%s both=%s d%s d%s' % (taps, both, first, second)
            try:
                h = T.grad(g, second)
            except TypeError as e:
                print(label, 'TypeError:', e)
                continue
            f = theano.function([xs, h0, w, v], [g, h])
            gv, hv = f(np.arange(6.) / 10, np.array([0.1, 0.2]), 0.5, 0.7)
            show(label + ' g', gv)
            show(label + ' h', hv)

# sequence taps [0, -2] with one state tap: both parameters differentiate twice
zs, _ = theano.scan(lambda a, b, h, w_: T.tanh(a * w_ + b * h), sequences=[dict(input=xs, taps=[0, -2])],
                    outputs_info=[T.constant(0.1, dtype='float64')], non_sequences=[w])
g = T.grad(zs.sum(), w)
f = theano.function([xs, w], [g, T.grad(g, w), T.grad(g, xs)])
for out, val in zip(['g', 'gw', 'gx'], f(np.arange(6.) / 10, 0.5)):
    show('seq taps ' + out, val)
