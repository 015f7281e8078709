# Covers: random-search optimisation: a shared parameter vector p, a candidate p + step * normal noise, the loss of the candidate and of p on a fixed input, updates p <- switch(loss_c < loss_p, candidate, p) and a shared accept counter; values over five calls; debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=5150)
p = theano.shared(np.array([2.0, -1.0]), name='p')
accepted = theano.shared(np.int64(0), name='accepted')
step = 0.5
target = np.array([0.5, 0.5])
cand = p + step * srng.normal((2,))
loss_c = T.sum((cand - target) ** 2)
loss_p = T.sum((p - target) ** 2)
better = T.lt(loss_c, loss_p)
search = function([], [loss_c, loss_p],
                  updates=[(p, T.switch(better, cand, p)), (accepted, accepted + better)],
                  name='search')
for i in range(5):
    lc, lp = search()
    print("iter", i, "loss_c", float(lc), "loss_p", float(lp), "accepted", int(accepted.get_value()))
    show("p%d" % i, p.get_value())
print("--- search")
theano.printing.debugprint(search)
