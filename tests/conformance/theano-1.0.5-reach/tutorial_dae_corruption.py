# Covers: a reduced denoising autoencoder: input corrupted by srng.binomial(size=x.shape, n=1, p=0.7) * x, tied weights W / W.T, sigmoid encoder/decoder, cross-entropy cost mean(-sum(x log z + (1-x) log(1-z), axis=1)), T.grad w.r.t. W, b, b_prime and SGD over 3 steps; the corrupted input and a clean reconstruction function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rs = np.random.RandomState(123)
srng = RandomStreams(seed=2 ** 10)
x = T.dmatrix('x')
W = theano.shared(rs.uniform(-0.4, 0.4, (4, 3)), name='W')
b = theano.shared(np.zeros(3), name='b')
b_prime = theano.shared(np.zeros(4), name='b_prime')
tilde_x = srng.binomial(size=x.shape, n=1, p=0.7, dtype='float64') * x
hidden = T.nnet.sigmoid(T.dot(tilde_x, W) + b)
z = T.nnet.sigmoid(T.dot(hidden, W.T) + b_prime)
L = -T.sum(x * T.log(z) + (1 - x) * T.log(1 - z), axis=1)
cost = T.mean(L)
params = [W, b, b_prime]
gparams = T.grad(cost, params)
train = theano.function([x], [cost, tilde_x], updates=[(p, p - 0.2 * g) for p, g in zip(params, gparams)],
                        name='train_da')
clean_z = T.nnet.sigmoid(T.dot(T.nnet.sigmoid(T.dot(x, W) + b), W.T) + b_prime)
reconstruct = theano.function([x], clean_z, name='reconstruct')
data = np.array([[1.0, 0.0, 1.0, 1.0], [0.0, 1.0, 1.0, 0.0], [1.0, 1.0, 0.0, 0.0]])
for step in range(3):
    c, tx = train(data)
    print("step", step, "cost", float(c))
    show("tilde_x", tx)
show("W", W.get_value())
show("b", b.get_value())
show("b_prime", b_prime.get_value())
show("reconstruction", reconstruct(data))
