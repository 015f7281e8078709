# Covers: the compiled gradient of an Elman RNN with a softmax output at each step (theano.scan returning [h_t, T.nnet.softmax(T.dot(h_t, w) + b)] with outputs_info=[h0, None], the tutorial's NLL over s[:, 0, :] indexed by T.arange and the labels) with respect to the recurrent weight wh and the output weight w: both accumulated dot products are pushed out of the gradient loop (Theano's PushOutScanOutput picks them in the order of its Kahn toposort of the step, so the output weights' factor is the loop's first new output); values and the debugprint.
import numpy as np
import theano
from theano import tensor as T
np.random.seed(3)
nh, nc, d = 3, 2, 4
fx = theano.config.floatX
wx = theano.shared(0.2 * np.random.uniform(-1.0, 1.0, (d, nh)), name='wx')
wh = theano.shared(0.2 * np.random.uniform(-1.0, 1.0, (nh, nh)), name='wh')
w = theano.shared(0.2 * np.random.uniform(-1.0, 1.0, (nh, nc)), name='w')
bh = theano.shared(np.zeros(nh), name='bh')
b = theano.shared(np.zeros(nc), name='b')
h0 = theano.shared(np.zeros(nh), name='h0')
params = [wh, w]
x = T.matrix('x')
y = T.ivector('y')
def recurrence(x_t, h_tm1):
    h_t = T.nnet.sigmoid(T.dot(x_t, wx) + T.dot(h_tm1, wh) + bh)
    s_t = T.nnet.softmax(T.dot(h_t, w) + b)
    return [h_t, s_t]
[h, s], _ = theano.scan(fn=recurrence, sequences=x, outputs_info=[h0, None])
p = s[:, 0, :]
nll = -T.mean(T.log(p)[T.arange(x.shape[0]), y])
gs = T.grad(nll, params)
f = theano.function([x, y], [nll] + gs)
print([np.round(v, 8).tolist() for v in f(np.random.rand(3, d), np.array([0, 1, 1], dtype='int32'))])
theano.printing.debugprint(f)
