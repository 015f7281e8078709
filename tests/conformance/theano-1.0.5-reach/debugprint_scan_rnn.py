# Covers: debugprint of compiled scan functions: a tanh RNN forward function (for{cpu,scan_fn} with the 'Inner graphs of the scan ops:' section, inner inputs shown with '-> [id ..]'), and a cumulative-sum scan with print_type=True.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
W = theano.shared(np.array([[0.5, -0.3], [0.2, 0.8]]), name='W')
h, _ = theano.scan(lambda x_t, h_prev: T.tanh(x_t + T.dot(h_prev, W)), sequences=x, outputs_info=T.zeros((2,)))
f = theano.function([x], h[-1], name='rnn_last')
theano.printing.debugprint(f)
show("h_last", f(np.array([[1.0, 0.0], [0.5, -1.0]])))
v = T.dvector('v')
cs, _ = theano.scan(lambda vt, acc: acc + vt, sequences=v, outputs_info=T.constant(np.float64(0.0)))
g = theano.function([v], cs, name='cumsum_scan')
theano.printing.debugprint(g, print_type=True)
show("cumsum", g(np.array([1.0, 2.0, 3.0])))
