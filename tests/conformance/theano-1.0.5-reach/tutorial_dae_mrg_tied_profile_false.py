# Covers: the denoising autoencoder tutorial's train function with MRG binomial corruption and tied weights (W and W.T), compiled with profile=False and a name: f.name and f.profile (False; None without it), losses over three calls, pp of the reconstruction and the loss (UndefinedGrad around the MRG parameters), and debugprint of the function failing as in Theano 1.0.5 (it reads profile False as a profile) while the one compiled without profile prints.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams

srng = MRG_RandomStreams(seed=9)
x = T.matrix('x')
W = theano.shared(np.full((3, 2), 0.1), name='W')
c = theano.shared(np.zeros(3), name='c')
b = theano.shared(np.zeros(2), name='b')
tilde = srng.binomial(size=x.shape, n=1, p=0.8, dtype=theano.config.floatX) * x
y = T.nnet.sigmoid(T.dot(tilde, W) + b)
z = T.nnet.sigmoid(T.dot(y, W.T) + c)
L = T.nnet.binary_crossentropy(z, x).sum(axis=1)
cost = L.mean()
params = [W, b, c]
gparams = T.grad(cost, params)
updates = [(p, p - 0.1 * g) for p, g in zip(params, gparams)]
train = theano.function([x], cost, updates=updates, profile=False, name='train_da')
recon = theano.function([x], z, name='recon')
print(train.name, train.profile, recon.name, recon.profile)
X = (np.arange(12).reshape(4, 3) % 3 == 0).astype('float64')
for e in range(3):
    print(e, float(train(X)))
print(np.round(recon(X), 6).tolist())
print(theano.pp(z))
print(theano.pp(L))
try:
    theano.printing.debugprint(train)
except AttributeError as e:
    print("debugprint(train):", type(e).__name__, e)
theano.printing.debugprint(recon)
