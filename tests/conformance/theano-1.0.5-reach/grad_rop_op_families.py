# Covers: T.Rop through the op families a model is built from, with respect to a weight matrix and a bias at once (a dense layer h = dot(x, W) + b): sigmoid, softmax, tanh summed over rows, mean of squares, max over rows, reshape, concatenate, basic and advanced indexing, relu, softmax written with exp, a cube, switch (its condition's zeros cast to floatX), dimshuffle, cast, maximum (each input's gradient its own copy of the formula), set_subtensor and inc_subtensor, log of softmax, stack and clip; T.prod and categorical_crossentropy, which Theano gives no R_op (NotImplementedError); the uncompiled R-operator graphs and the values.
import numpy as np
import theano
import theano.tensor as T

x = T.dmatrix('x')
W = T.dmatrix('W')
vW = T.dmatrix('vW')
b = T.dvector('b')
vb = T.dvector('vb')
xv = np.arange(6.0).reshape(2, 3) / 10 - 0.2
Wv = np.arange(12.0).reshape(3, 4) / 20 - 0.3
dW = np.ones((3, 4)) * 0.5 - np.eye(3, 4)
bv = np.array([0.1, -0.2, 0.3, 0.05])
dbv = np.array([1.0, 2.0, -1.0, 0.5])
h = T.dot(x, W) + b
exprs = [
    ('sigmoid', T.nnet.sigmoid(h)),
    ('softmax', T.nnet.softmax(h)),
    ('tanh_sum', T.tanh(h).sum(axis=1)),
    ('mean', T.mean(h ** 2)),
    ('max', T.max(h, axis=1)),
    ('reshape', T.reshape(h, (4, 2)) * 2),
    ('concat', T.concatenate([h, h * 3], axis=1)),
    ('sub', h[0, 1:3]),
    ('adv', h[[0, 1, 1]]),
    ('relu', T.nnet.relu(h)),
    ('exp_div', T.exp(h) / T.sum(T.exp(h), axis=1, keepdims=True)),
    ('pow', h ** 3),
    ('switch', T.switch(h > 0, h, 0.1 * h)),
    ('dimshuffle', h.T.dimshuffle(0, 'x', 1)),
    ('cast', T.cast(h, 'float32')),
    ('maximum', T.maximum(h, 0.1)),
    ('set', T.set_subtensor(h[0], b)),
    ('inc', T.inc_subtensor(h[:, 1], T.ones((2,)))),
    ('log_softmax', T.log(T.nnet.softmax(h))),
    ('prod', T.prod(h)),
    ('xent', T.nnet.categorical_crossentropy(T.nnet.softmax(h), T.constant([1, 2]))),
    ('stack', T.stack([h[0], b])),
    ('clip', T.clip(h, -0.1, 0.1)),
]
for name, e in exprs:
    try:
        r = T.Rop(e, [W, b], [vW, vb])
        theano.printing.debugprint(r)
        f = theano.function([x, W, b, vW, vb], r)
        print(name, np.asarray(f(xv, Wv, bv, dW, dbv)).round(10).tolist())
    except Exception as ex:
        print(name, type(ex).__name__, str(ex).split('\n')[0][:150])
