# Covers: nonlinearity chains with a shared gain: sigmoid(tanh(g * n)), softplus(n) - softplus(-n) via log(1 + exp(.)), exp(-n ** 2 / 2), and tanh(n) * sigmoid(n) on a (2, 3) normal draw.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=104)
n = srng.normal((2, 3))
gain = theano.shared(1.5, name='gain')
outs = [T.nnet.sigmoid(T.tanh(gain * n)), T.log(1 + T.exp(n)) - T.log(1 + T.exp(-n)), T.exp(-n ** 2 / 2), T.tanh(n) * T.nnet.sigmoid(n)]
f = theano.function([], outs)
theano.printing.debugprint(f)
for name, v in zip(["sig_tanh", "sp_diff", "gauss", "tanh_sig"], f()):
    show(name, np.round(v, 12))
