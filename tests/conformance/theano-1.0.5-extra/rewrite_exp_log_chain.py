# Covers: chains of exp/log/tanh/sigmoid/softplus on random draws: log(exp(n)) kept, tanh(sigmoid), softplus, log(sigmoid) as -softplus(-x), 2*exp(-u).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=39)
u = srng.uniform((3,), low=0.5, high=1.5)
n = srng.normal((3,))
outs = [T.log(T.exp(n)), T.tanh(T.nnet.sigmoid(n)), T.nnet.softplus(n), T.log(T.nnet.sigmoid(n)), T.exp(-u) * 2]
f = theano.function([], outs)
theano.printing.debugprint(f)
for name, v in zip(["log_exp", "tanh_sig", "softplus", "log_sig", "exp_neg"], f()):
    show(name, v)
