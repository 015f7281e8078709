# Covers: bootstrap: random_integers indices over a shared data vector (x[idx] on the first axis), the resampled mean over several calls, a bootstrap of matrix rows, and the indices returned alongside; debugprint (mean becomes a multiplication by the constant 1/6 since the AdvancedSubtensor1 shape is inferred from the index size).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=55)
data = theano.shared(np.array([1.0, 4.0, 2.0, 8.0, 5.0, 7.0]), name='data')
idx = srng.random_integers((6,), 0, 5)
boot = data[idx]
f = theano.function([], [boot.mean(), idx], name='boot')
means = []
for i in range(4):
    m, ix = f()
    means.append(float(m))
    print("mean_%d" % i, float(m))
    show("idx_%d" % i, ix)
print("avg_of_means", sum(means) / len(means))
theano.printing.debugprint(f)
M = T.dmatrix('M')
ridx = srng.random_integers((3,), 0, 2)
g = theano.function([M], M[ridx].sum(axis=0), name='rows')
show("rows", g(np.arange(6.0).reshape(3, 2)))
show("rows2", g(np.arange(6.0).reshape(3, 2)))
