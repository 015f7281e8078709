# Covers: uniform with dtype='float32' combined with a float64 input (upcast) and a float constant (stays float32), and np.float32 low/high (output float64).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=45)
u32 = srng.uniform((3,), dtype='float32')
x = T.dvector('x')
y = u32 * x
z = u32 + 1.5
w = srng.uniform((2,), low=np.float32(1.0), high=np.float32(2.0))
print("types", y.type, z.type, w.type)
f = theano.function([x], [u32, y, z, w])
theano.printing.debugprint(f)
for name, v in zip(["u32", "y", "z", "w"], f(np.array([1.0, 10.0, 100.0]))):
    show(name, v)
