# Covers: a tiny training loop without gradients: shared W (2x2) and b updated by W - lr * normal noise and b - lr * (uniform - 0.5) each step, a separate eval function on a fixed input (no draws), and a loss returned by the step function computed from pre-update values.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=77)
W = theano.shared(np.array([[1.0, 0.0], [0.0, 1.0]]), name='W')
b = theano.shared(np.zeros(2), name='b')
lr = theano.shared(0.1, name='lr')
x0 = np.array([[1.0, 2.0], [3.0, -1.0]])
xin = T.dmatrix('xin')
noise_W = srng.normal((2, 2))
noise_b = srng.uniform((2,))
out = T.dot(xin, W) + b
loss = T.sum(out ** 2)
step = function([xin], loss, updates=[(W, W - lr * noise_W), (b, b - lr * (noise_b - 0.5))], name='step')
evaluate = function([xin], out, name='evaluate')
show("eval0", evaluate(x0))
for i in range(3):
    l = step(x0)
    print("step", i, "loss", float(l))
    show("eval%d" % (i + 1), evaluate(x0))
show("W", W.get_value())
show("b", b.get_value())
lr.set_value(0.0)
l = step(x0)
print("lr0 loss", float(l))
show("W_same", W.get_value())
print("--- step")
theano.printing.debugprint(step)
