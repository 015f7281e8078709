# Covers: T.Rop through theano.scan (Scan.R_op: a second loop rop_of_<name> that runs the step and its R-operator side by side) and T.Lop on scan outputs: a tanh recurrence differentiated along its non-sequence, its sequence, its initial state and two of them at once, an output fed back from taps [-2, -1] (compiled debugprint), a sequence read at taps [-1, 1], a map (no recurrence), Gaussian noise drawn in each step with the scan's updates (the R-operator loop draws the same noise), a step output that is only a draw (DisconnectedInputError), taps [-2, -1] with a draw in the step (Theano's input slicing gives the stream's evaluation point to a state: AttributeError), the uncompiled debugprint of the R-operator, checks against central differences, and the Hessian-vector product by T.grad of a dot of the gradient (built and run, equal to T.Lop of the gradient) and by T.Rop of the gradient (the R-operator of the gradient loop is built; compiling it fails with a ValueError).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def attempt(name, build):
    try:
        f, args = build()
        show(name, f(*args))
    except Exception as e:
        print(name, type(e).__name__, str(e).split('\n')[0][:120])


x = T.dvector('x')
W = T.dscalar('W')
h0 = T.dscalar('h0')
v = T.dscalar('v')
vx = T.dvector('vx')
xs = np.array([0.1, 0.2, 0.3, 0.4])
dx = np.array([1.0, -0.5, 0.25, 2.0])


def rnn():
    out, _ = theano.scan(lambda a, h, w: T.tanh(a + h * w), sequences=x, outputs_info=h0,
                         non_sequences=W, name='rnn')
    return out


out = rnn()
r_W = T.Rop(out, W, v)
theano.printing.debugprint(r_W)
f = theano.function([x, W, h0], out)
attempt("rop W", lambda: (theano.function([x, W, h0, v], r_W), (xs, 0.5, 0.2, 1.5)))
eps = 1e-6
show("central W", (f(xs, 0.5 + 1.5 * eps, 0.2) - f(xs, 0.5 - 1.5 * eps, 0.2)) / (2 * eps))
attempt("rop x", lambda: (theano.function([x, W, h0, vx], T.Rop(out, x, vx)), (xs, 0.5, 0.2, dx)))
show("central x", (f(xs + eps * dx, 0.5, 0.2) - f(xs - eps * dx, 0.5, 0.2)) / (2 * eps))
attempt("rop h0 last", lambda: (theano.function([x, W, h0, v], T.Rop(out[-1], h0, v)), (xs, 0.5, 0.2, 1.0)))
attempt("rop W and x", lambda: (theano.function([x, W, h0, v, vx], T.Rop(out, [W, x], [v, vx])),
                                (xs, 0.5, 0.2, 1.0, dx)))
attempt("lop W", lambda: (theano.function([x, W, h0, vx], T.Lop(out, W, vx)), (xs, 0.5, 0.2, dx)))
lop_x, lop_h0 = theano.function([x, W, h0, vx], T.Lop(out, [x, h0], vx))(xs, 0.5, 0.2, dx)
show("lop x", lop_x)
show("lop h0", lop_h0)

taps, _ = theano.scan(lambda h2, h1, w: T.tanh(h1 * w + 0.5 * h2),
                      outputs_info=dict(initial=x[:2], taps=[-2, -1]), non_sequences=W, n_steps=3)
g = theano.function([x, W, v], T.Rop(taps, W, v))
theano.printing.debugprint(g)
show("taps rop W", g(xs, 0.5, 1.0))
attempt("taps rop x", lambda: (theano.function([x, W, vx], T.Rop(taps, x, vx)), (xs, 0.5, dx)))

seq, _ = theano.scan(lambda a, b, h, w: T.tanh(a * w + b + h), sequences=dict(input=x, taps=[-1, 1]),
                     outputs_info=h0, non_sequences=W)
attempt("seq taps rop x", lambda: (theano.function([x, W, h0, vx], T.Rop(seq, x, vx)), (xs, 0.5, 0.2, dx)))
mapped, _ = theano.scan(lambda a, w: T.sin(a * w) * a, sequences=x, non_sequences=W)
attempt("map rop W", lambda: (theano.function([x, W, v], T.Rop(mapped, W, v)), (xs, 0.5, 1.0)))

srng = RandomStreams(3)
noisy, upd = theano.scan(lambda a, h, w: T.tanh(a + h * w + 0.1 * srng.normal(())), sequences=x,
                         outputs_info=h0, non_sequences=W)
fn = theano.function([x, W, h0, v], [noisy, T.Rop(noisy, W, v)], updates=upd)
for call in range(2):
    values, rop = fn(xs, 0.5, 0.2, 1.0)
    show("noisy call %d" % call, values)
    show("noisy rop %d" % call, rop)
pair, upd2 = theano.scan(lambda a, w: [T.tanh(a * w), srng.normal(())], sequences=x, non_sequences=W)
attempt("draw-only output", lambda: (theano.function([x, W, v], T.Rop(pair[0], W, v), updates=upd2),
                                     (xs, 0.5, 1.0)))
shifted, upd3 = theano.scan(lambda h2, h1, w: T.tanh(h1 * w + 0.5 * h2 + 0.1 * srng.normal(())),
                            outputs_info=dict(initial=x[:2], taps=[-2, -1]), non_sequences=W, n_steps=3)
attempt("taps and draw", lambda: (theano.function([x, W, v], T.Rop(shifted, W, v), updates=upd3),
                                  (xs, 0.5, 1.0)))

cost = T.sum(out ** 2)
gW = T.grad(cost, W)
attempt("hv grad", lambda: (theano.function([x, W, h0, v], T.grad(T.sum(gW * v), W)), (xs, 0.5, 0.2, 1.0)))
attempt("hv lop", lambda: (theano.function([x, W, h0, v], T.Lop(gW, W, v)), (xs, 0.5, 0.2, 1.0)))
attempt("hv rop", lambda: (theano.function([x, W, h0, v], T.Rop(gW, W, v)), (xs, 0.5, 0.2, 1.0)))
