# Covers: the Theano scan documentation's "Using shared variables - Gibbs sampling" example: W, bvis, bhid shared, trng = T.shared_randomstreams.RandomStreams(1234), OneStep drawing hsample and the next visible sample with trng.binomial(size=..., n=1, p=..., dtype=floatX), theano.dot, values, updates = theano.scan(OneStep, outputs_info=sample, n_steps=10), gibbs10 compiled with updates=updates; the chain's last sample over 3 calls, the whole chain, and what the same function gives without updates.
import numpy
import theano
import theano.tensor as T


def show(name, v):
    v = numpy.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = numpy.random.RandomState(22)
W_values = rng.uniform(-1, 1, (5, 3))
bvis_values = rng.uniform(-0.5, 0.5, 5)
bhid_values = rng.uniform(-0.5, 0.5, 3)
W = theano.shared(W_values)
bvis = theano.shared(bvis_values)
bhid = theano.shared(bhid_values)
trng = T.shared_randomstreams.RandomStreams(1234)


def OneStep(vsample):
    hmean = T.nnet.sigmoid(theano.dot(vsample, W) + bhid)
    hsample = trng.binomial(size=hmean.shape, n=1, p=hmean)
    vmean = T.nnet.sigmoid(theano.dot(hsample, W.T) + bvis)
    return trng.binomial(size=vsample.shape, n=1, p=vmean, dtype=theano.config.floatX)


sample = theano.tensor.vector()
values, updates = theano.scan(OneStep, outputs_info=sample, n_steps=10)
gibbs10 = theano.function([sample], values[-1], updates=updates, name='gibbs10')
v0 = numpy.array([1.0, 0.0, 1.0, 0.0, 1.0])
for call in range(3):
    show("gibbs10", gibbs10(v0))
chain = theano.function([sample], values, updates=updates, name='chain')
show("chain", chain(v0))
print("positions", [int(r.get_value().get_state()[2]) for r, u in trng.state_updates])
print("n streams", len(trng.state_updates))
