# Covers: more of the scan tutorial's examples as printed there: norms of the rows and columns of X by scan over X and X.T, the trace of X by scan over T.arange with an accumulating float64 initial value, "accumulate the number of loops" with a shared k updated by a step returning only {k: k + 1} and function([n_sym], [], updates=updates, allow_input_downcast=True), and tanh(v.dot(W) + b) * d with d = trng.binomial(size=W[1].shape) drawn outside the step (one mask per call, the same at every step); values over 2 calls.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


X = T.dmatrix("X")
results, updates = theano.scan(lambda x_i: T.sqrt((x_i ** 2).sum()), sequences=[X])
compute_norm_lines = theano.function(inputs=[X], outputs=results)
x = np.diag(np.arange(1, 6, dtype=theano.config.floatX), 1)
show("norm_lines", compute_norm_lines(x))
results, updates = theano.scan(lambda x_i: T.sqrt((x_i ** 2).sum()), sequences=[X.T])
compute_norm_cols = theano.function(inputs=[X], outputs=results)
show("norm_cols", compute_norm_cols(x))
floatX = "float64"
results, updates = theano.scan(lambda i, j, t_f: T.cast(X[i, j] + t_f, floatX),
                               sequences=[T.arange(X.shape[0]), T.arange(X.shape[1])],
                               outputs_info=np.asarray(0., dtype=floatX))
result = results[-1]
compute_trace = theano.function(inputs=[X], outputs=result)
x = np.eye(5, dtype=theano.config.floatX)
x[0] = np.arange(5, dtype=theano.config.floatX)
print("trace", float(compute_trace(x)))
k = theano.shared(0)
n_sym = T.iscalar("n_sym")
results, updates = theano.scan(lambda: {k: (k + 1)}, n_steps=n_sym)
accumulator = theano.function([n_sym], [], updates=updates, allow_input_downcast=True)
print("k", int(k.get_value()))
accumulator(5)
print("k", int(k.get_value()))
W = T.matrix("W")
b_sym = T.vector("b_sym")
trng = T.shared_randomstreams.RandomStreams(1234)
d = trng.binomial(size=W[1].shape)
results, updates = theano.scan(lambda v: T.tanh(T.dot(v, W) + b_sym) * d, sequences=X)
compute_with_bnoise = theano.function(inputs=[X, W, b_sym], outputs=results, updates=updates,
                                      allow_input_downcast=True)
x = np.eye(10, 2, dtype=theano.config.floatX)
w = np.ones((2, 2), dtype=theano.config.floatX)
b = np.ones((2), dtype=theano.config.floatX)
show("bnoise", compute_with_bnoise(x, w, b))
show("bnoise", compute_with_bnoise(x, w, b))
