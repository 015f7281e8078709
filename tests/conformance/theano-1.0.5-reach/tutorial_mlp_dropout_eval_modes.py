# Covers: a dropout MLP's train/validate split as user code writes it: the mask from srng.binomial(size=(batch, n_hidden), p=0.5, dtype=floatX) with a constant size, a train function that advances the mask stream, an eval function compiled with no_default_updates=[rng] (a list) that reuses the next mask, and an inference function without any mask (weights scaled by 0.5); the train/eval/inference outputs, the mask stream's position and theano.config.floatX.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


print("floatX", theano.config.floatX)
floatX = theano.config.floatX
srng = RandomStreams(seed=31415)
x = T.matrix('x')
t = T.vector('t')
W1 = theano.shared(np.asarray([[0.2, -0.4, 0.1], [0.5, 0.3, -0.2]], dtype=floatX), name='W1')
w2 = theano.shared(np.asarray([0.7, -0.1, 0.4], dtype=floatX), name='w2')
mask = srng.binomial(size=(4, 3), p=0.5, dtype=floatX)
h = T.tanh(T.dot(x, W1)) * mask
out = T.dot(h, w2)
cost = T.mean(T.sqr(out - t))
gW1, gw2 = T.grad(cost, [W1, w2])
rng = mask.owner.inputs[0]
print("rng is srng stream", rng is srng.state_updates[0][0])
train = theano.function([x, t], [cost, out], updates=[(W1, W1 - 0.1 * gW1), (w2, w2 - 0.1 * gw2)], name='train')
evaluate = theano.function([x, t], [cost, out], no_default_updates=[rng], name='evaluate')
infer = theano.function([x], T.dot(T.tanh(T.dot(x, W1)) * 0.5, w2), name='infer')
xv = np.asarray([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [-1.0, 0.5]], dtype=floatX)
tv = np.asarray([0.5, -0.5, 0.0, 1.0], dtype=floatX)
for step in range(3):
    c, o = evaluate(xv, tv)
    print("eval", step, float(c))
    c, o = train(xv, tv)
    print("train", step, float(c))
    show("out", o)
    print("pos", int(rng.get_value().get_state()[2]))
show("infer", infer(xv))
