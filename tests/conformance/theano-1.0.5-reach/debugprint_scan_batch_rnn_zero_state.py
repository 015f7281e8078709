# Covers: a batch RNN as minibatch code writes it: a (batch, time, feature) tensor3 scanned over time through X.dimshuffle(1, 0, 2), the initial state T.zeros((X.shape[0], nh)) (Theano's uncanonicalize turns the buffer's DimShuffle{x,0,1} of that Alloc into an Alloc with a leading 1), dropout on the last state, softmax and categorical_crossentropy trained by T.grad through the scan; costs, predictions and the compiled prediction function's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
rng = np.random.RandomState(3)
srng = RandomStreams(seed=3)
X = T.tensor3('X')  # batch x time x feat
Y = T.ivector('Y')
nin, nh, nout = 2, 3, 2
Wx = theano.shared(rng.randn(nin, nh) * 0.3, name='Wx')
Wh = theano.shared(rng.randn(nh, nh) * 0.3, name='Wh')
Wy = theano.shared(rng.randn(nh, nout) * 0.3, name='Wy')
h0 = T.zeros((X.shape[0], nh))
def step(x_t, h_tm1):
    return T.tanh(T.dot(x_t, Wx) + T.dot(h_tm1, Wh))
hs, _ = theano.scan(step, sequences=X.dimshuffle(1, 0, 2), outputs_info=h0)
h_last = hs[-1]
h_drop = h_last * srng.binomial(h_last.shape, p=0.8, dtype='float64') / 0.8
p = T.nnet.softmax(T.dot(h_drop, Wy))
cost = T.nnet.categorical_crossentropy(p, Y).mean()
params = [Wx, Wh, Wy]
grads = T.grad(cost, params)
train = theano.function([X, Y], cost, updates=[(q, q - 0.2 * g) for q, g in zip(params, grads)])
predict = theano.function([X], T.argmax(T.nnet.softmax(T.dot(h_last, Wy)), axis=1))
Xv = rng.randn(4, 3, nin)
Yv = np.array([0, 1, 1, 0], dtype='int32')
for i in range(3):
    print(i, repr(float(train(Xv, Yv))))
print(predict(Xv).tolist())
theano.printing.debugprint(predict)
