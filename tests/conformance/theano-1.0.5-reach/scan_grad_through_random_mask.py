# Covers: T.grad through a scan whose step multiplies by a draw made in the step (a dropout mask on the recurrent state, a map of r * uniform): Theano 1.0.5 calls the gradient of every input whose one-step gradient reads the stream "undefined" ("Depends on a shared variable", NullTypeGradError, naming a non-sequence by Theano's own index), while an input whose gradient only reads the step's outputs (a draw the step also returns, the tanh it made) gets one; per-parameter results, the message, str/repr of index constants and named constants.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def grad_or_error(cost, wrt):
    try:
        T.grad(cost, wrt)
        return "ok"
    except Exception as e:
        return "%s: %s" % (type(e).__name__, str(e).split("\n")[0])


srng = RandomStreams(seed=5)
rng = np.random.RandomState(8)
x = T.tensor3('x')
Wx = theano.shared(rng.randn(3, 5) * 0.2, name='Wx')
Wh = theano.shared(np.eye(5) * 0.5, name='Wh')
b = theano.shared(np.zeros(5), name='b')


def step(x_t, h_tm1):
    m = srng.binomial(size=h_tm1.shape, p=0.8, dtype='float64')
    return T.tanh(T.dot(x_t, Wx) + T.dot(h_tm1 * m, Wh) + b)


hs, upd = theano.scan(step, sequences=x, outputs_info=T.zeros((x.shape[1], 5)))
for p in [Wx, Wh, b]:
    print(p.name, grad_or_error(hs.sum(), p))
print('together', grad_or_error(hs.sum(), [Wx, Wh, b]))
print('x', grad_or_error(hs.sum(), x))

# the mask on the input instead: only the input-side weights read the stream
def step_in(x_t, h_tm1):
    m = srng.binomial(size=(3,), p=0.8, dtype='float64')
    return T.tanh(T.dot(x_t * m, Wx) + T.dot(h_tm1, Wh) + b)


hs2, upd2 = theano.scan(step_in, sequences=x[:, 0, :], outputs_info=T.zeros((5,)))
for p in [Wx, Wh, b]:
    print('input mask', p.name, grad_or_error(hs2.sum(), p))
h0 = theano.shared(np.zeros(5), name='h0')
hs3, upd3 = theano.scan(step, sequences=x, outputs_info=T.alloc(h0, x.shape[1], 5))
print('h0', grad_or_error(hs3.sum(), h0))

# a map: the mask read by the gradient of the sequence
M = T.dmatrix('M')
out, upd4 = theano.scan(lambda r: T.sum(r * srng.uniform((2,))), sequences=M)
print('map', grad_or_error(T.sum(out), M))


# the same draw returned by the step: the gradient reads it from the forward steps
def step_out(r):
    u = srng.uniform((2,))
    return T.sum(r * u), u


(out, us), upd5 = theano.scan(step_out, sequences=M)
g = T.grad(T.sum(out), M)
f = theano.function([M], [g, us], updates=upd5)
gv, uv = f(np.ones((3, 2)))
show('grad', gv)
print('grad equals draws', np.array_equal(gv, uv), len({tuple(r) for r in gv.tolist()}))
gv, uv = f(np.ones((3, 2)))
show('grad call 2', gv)

# str and repr of constants
print(hs.owner.inputs[1], [hs.owner.inputs[1]], repr(M[1:3].owner.inputs[2]))
two = T.constant(2.0, name='two')
print(two, [two], repr(two), [T.constant(np.arange(3))])
