# Covers: elementwise nonlinearities on noisy inputs: softplus(x + n), sqrt(abs(n)), exp(-abs(u - 0.5)), log(u) * tanh(n), 2 * sigmoid(x * u) - 1; fusion into Composites and values over two calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=111)
x = T.dvector('x')
u = srng.uniform((3,))
n = srng.normal((3,))
outs = [T.nnet.softplus(x + n), T.sqrt(abs(n)), T.exp(-abs(u - 0.5)), T.log(u) * T.tanh(n), 2 * T.nnet.sigmoid(x * u) - 1]
f = theano.function([x], outs, name='unary')
xv = np.array([-1.0, 0.0, 2.0])
names = ["softplus", "sqrt_abs", "exp_neg_abs", "log_tanh", "sig2"]
for i in range(2):
    for nm, v in zip(names, f(xv)):
        show("%s_%d" % (nm, i), v)
theano.printing.debugprint(f)
