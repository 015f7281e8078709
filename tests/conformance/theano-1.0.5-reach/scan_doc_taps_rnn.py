# Covers: the Theano scan documentation's "Using taps" RNN: x(t) = tanh(W x(t-1) + W_in_1 u(t) + W_in_2 u(t-4) + W_feedback y(t-1)), y(t) = W_out x(t-2); sequences=dict(input=u, taps=[-4, -0]), outputs_info=[dict(initial=x0, taps=[-2, -1]), y0], non_sequences=[W, W_in_1, W_in_2, W_feedback, W_out]; the outputs of both recurrences, their shapes and a gradient of their sum w.r.t. W.
import numpy
import theano
import theano.tensor as T


def show(name, v):
    v = numpy.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


W = T.matrix()
W_in_1 = T.matrix()
W_in_2 = T.matrix()
W_feedback = T.matrix()
W_out = T.matrix()
u = T.matrix()
x0 = T.matrix()
y0 = T.vector()


def oneStep(u_tm4, u_t, x_tm3, x_tm1, y_tm1, W, W_in_1, W_in_2, W_feedback, W_out):
    x_t = T.tanh(theano.dot(x_tm1, W) +
                 theano.dot(u_t, W_in_1) +
                 theano.dot(u_tm4, W_in_2) +
                 theano.dot(y_tm1, W_feedback))
    y_t = theano.dot(x_tm3, W_out)
    return [x_t, y_t]


([x_vals, y_vals], updates) = theano.scan(fn=oneStep,
                                          sequences=dict(input=u, taps=[-4, -0]),
                                          outputs_info=[dict(initial=x0, taps=[-3, -1]), y0],
                                          non_sequences=[W, W_in_1, W_in_2, W_feedback, W_out],
                                          strict=True)
f = theano.function([u, x0, y0, W, W_in_1, W_in_2, W_feedback, W_out], [x_vals, y_vals], name='rnn')
rng = numpy.random.RandomState(5)
args = [rng.uniform(-1, 1, (7, 2)), rng.uniform(-1, 1, (3, 3)), rng.uniform(-1, 1, 2),
        rng.uniform(-0.5, 0.5, (3, 3)), rng.uniform(-0.5, 0.5, (2, 3)), rng.uniform(-0.5, 0.5, (2, 3)),
        rng.uniform(-0.5, 0.5, (2, 3)), rng.uniform(-0.5, 0.5, (3, 2))]
xs, ys = f(*args)
show("x_vals", xs)
show("y_vals", ys)
g = T.grad(x_vals.sum() + y_vals.sum(), W)
show("dW", theano.function([u, x0, y0, W, W_in_1, W_in_2, W_feedback, W_out], g, name='dW')(*args))
