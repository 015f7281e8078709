# Covers: the stacked denoising autoencoders tutorial reduced: two sigmoid layers built in a loop, a pretraining function per layer with theano.In(corruption_level, value=0.2) and theano.In(learning_rate, value=0.1) called by keyword (index=k, corruption=0.3, lr=0.1), each layer's corruption theano_rng.binomial(size=inp.shape, n=1, p=1 - corruption_level) over the previous layer's output, givens minibatches of borrowed shared data, then a finetuning function with a softmax layer; costs and the second pretraining function's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

rng = np.random.RandomState(89677)
theano_rng = RandomStreams(rng.randint(2 ** 30))
data = theano.shared(np.asarray(rng.rand(6, 5) > 0.5, dtype=theano.config.floatX), borrow=True)
labels = theano.shared(np.asarray([0, 1, 1, 0, 1, 0], dtype='int32'), borrow=True)
index = T.lscalar('index')
corruption_level = T.scalar('corruption')
learning_rate = T.scalar('lr')
x = T.matrix('x')
y = T.ivector('y')
sizes = [5, 4, 3]
sigmoid_layers, dA_params = [], []
layer_input = x
for i in range(2):
    W = theano.shared(np.asarray(rng.uniform(-0.5, 0.5, (sizes[i], sizes[i + 1])), dtype=theano.config.floatX), name='W%d' % i, borrow=True)
    b = theano.shared(np.zeros(sizes[i + 1], dtype=theano.config.floatX), name='b%d' % i, borrow=True)
    bp = theano.shared(np.zeros(sizes[i], dtype=theano.config.floatX), name='bp%d' % i, borrow=True)
    out = T.nnet.sigmoid(T.dot(layer_input, W) + b)
    sigmoid_layers.append(out)
    dA_params.append((layer_input, W, b, bp))
    layer_input = out
pretrain_fns = []
for inp, W, b, bp in dA_params:
    tilde = theano_rng.binomial(size=inp.shape, n=1, p=1 - corruption_level, dtype=theano.config.floatX) * inp
    h = T.nnet.sigmoid(T.dot(tilde, W) + b)
    z = T.nnet.sigmoid(T.dot(h, W.T) + bp)
    L = -T.sum(inp * T.log(z) + (1 - inp) * T.log(1 - z), axis=1)
    cost = T.mean(L)
    gparams = T.grad(cost, [W, b, bp])
    updates = [(p, p - learning_rate * g) for p, g in zip([W, b, bp], gparams)]
    fn = theano.function(inputs=[index, theano.In(corruption_level, value=0.2), theano.In(learning_rate, value=0.1)],
                         outputs=cost, updates=updates, givens={x: data[index * 3:(index + 1) * 3]})
    pretrain_fns.append(fn)
for i, fn in enumerate(pretrain_fns):
    for epoch in range(2):
        c = [float(fn(index=k, corruption=0.3, lr=0.1)) for k in range(2)]
        print('layer', i, 'epoch', epoch, [repr(v) for v in c])
logW = theano.shared(np.zeros((3, 2), dtype=theano.config.floatX), name='logW')
p_y = T.nnet.softmax(T.dot(sigmoid_layers[-1], logW))
nll = -T.mean(T.log(p_y)[T.arange(y.shape[0]), y])
params = [dA_params[0][1], dA_params[0][2], dA_params[1][1], dA_params[1][2], logW]
finetune = theano.function([index], nll, updates=[(p, p - 0.1 * g) for p, g in zip(params, T.grad(nll, params))],
                           givens={x: data[index * 3:(index + 1) * 3], y: labels[index * 3:(index + 1) * 3]})
print([repr(float(finetune(k))) for k in range(2)])
theano.printing.debugprint(pretrain_fns[1])
