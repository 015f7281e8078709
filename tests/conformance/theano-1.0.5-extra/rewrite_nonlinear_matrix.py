# Covers: exp/log/sigmoid/tanh/sqrt on a uniform matrix (2, 2) and normal matrix: T.log(u) * T.exp(n), T.nnet.sigmoid(n) * 2 - 1, softplus of -n via log(1 + exp(-n)), sqrt(u); fused Composites and ScalarSoftplus.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=19)
u = srng.uniform((2, 2), low=0.5, high=1.5)
n = srng.normal((2, 2))
outs = [T.log(u) * T.exp(n), T.nnet.sigmoid(n) * 2 - 1, T.sqrt(u), T.tanh(n) + T.tanh(u)]
f = theano.function([], outs)
theano.printing.debugprint(f)
for name, v in zip(["logexp", "sig", "sqrt", "tanh2"], f()):
    show(name, v)
g = theano.function([], T.log(1 + T.exp(-n)))
theano.printing.debugprint(g)
show("softplus_neg", g())
