# Covers: a script that sets os.environ['THEANO_FLAGS'] (appending floatX=float32 to the flags it was given) before import theano, as GPU-era scripts did: theano.config.floatX is float32 from the import on, T.matrix and Python float constants follow it, a dropout mask srng.binomial(..., dtype=theano.config.floatX) and a normal draw in float32, and a small SGD step; dtypes and values.
import os
os.environ['THEANO_FLAGS'] = os.environ.get('THEANO_FLAGS', '') + ',floatX=float32'
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

print(theano.config.floatX, T.matrix().dtype, (T.vector() * 0.1).dtype)
srng = RandomStreams(seed=17)
x = T.matrix('x')
w = theano.shared(np.ones(3, dtype=theano.config.floatX) * 0.5, name='w')
mask = srng.binomial(size=x.shape, p=0.8, dtype=theano.config.floatX)
noise = srng.normal(size=(3,), std=0.01)
y = T.dot(x * mask, w + noise)
cost = T.mean((y - 1) ** 2)
train = theano.function([x], cost, updates=[(w, w - 0.1 * T.grad(cost, w))])
X = np.arange(6, dtype='float32').reshape(2, 3) / 6
for i in range(3):
    c = train(X)
    print(i, c, c.dtype)
print(w.get_value(), w.get_value().dtype, mask.dtype, noise.dtype, cost.dtype)
