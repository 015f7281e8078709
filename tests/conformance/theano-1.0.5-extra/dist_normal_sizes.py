# Covers: RandomStreams.normal with other seeds and sizes: (1,), (4, 1), (2, 2, 2), size=() and std=0 (avg returned exactly).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=2718)
n1 = srng.normal((1,))
n2 = srng.normal((4, 1), avg=-1.0)
n3 = srng.normal((2, 2, 2), std=3.0)
n4 = srng.normal(())
n5 = srng.normal((3,), avg=7.0, std=0.0)
for name, v in [("n1", n1), ("n2", n2), ("n3", n3), ("n4", n4), ("n5", n5)]:
    print(name, v.type, v.broadcastable)
f = theano.function([], [n1, n2, n3, n4, n5])
for i in range(2):
    for name, v in zip(["n1", "n2", "n3", "n4", "n5"], f()):
        show("%s_%d" % (name, i), v)
