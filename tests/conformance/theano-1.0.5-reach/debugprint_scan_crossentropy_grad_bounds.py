# Covers: debugprint of an RNN with a softmax output per step trained on T.nnet.categorical_crossentropy(p, t).mean(): the gradient loop reads the cross-entropy gradient reversed, and the bounds of that slice come from the scan output's length (CrossentropyCategorical1HotGrad's shape is its coding distribution's), shared with the forward graph's; losses over two steps.
import numpy as np
import theano
import theano.tensor as T

rng = np.random.RandomState(33)
Wh = theano.shared(rng.uniform(-0.3, 0.3, (3, 3)), name='Wh')
Wo = theano.shared(rng.uniform(-0.3, 0.3, (3, 4)), name='Wo')
x = T.dmatrix('x')
t = T.ivector('t')


def step(x_t, h_tm1):
    h_t = T.tanh(x_t + T.dot(h_tm1, Wh))
    return h_t, T.nnet.softmax(T.dot(h_t, Wo))[0]


(h, p), _ = theano.scan(step, sequences=x, outputs_info=[T.zeros(3), None])
nll = T.nnet.categorical_crossentropy(p, t).mean()
gWh, gWo = T.grad(nll, [Wh, Wo])
train = theano.function([x, t], nll, updates=[(Wh, Wh - 0.5 * gWh), (Wo, Wo - 0.5 * gWo)])
for i in range(2):
    print("nll", float(train(np.ones((4, 3)) * 0.5, np.array([0, 1, 2, 3], dtype='int32'))))
theano.printing.debugprint(train)
