# Covers: the stacked denoising autoencoder tutorial's pretraining_functions reduced: two dA layers sharing weights with sigmoid hidden layers, corruption_level and learning_rate as symbolic T.scalar inputs with default values given through theano.In(corruption_level, value=0.2), a list of pretraining functions compiled with givens over a batch index, each layer's binomial corruption stream, then a fine-tuning logistic layer trained by SGD; costs per layer and epoch, the stream positions, and the fine-tuned parameters.
import numpy
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = numpy.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


floatX = theano.config.floatX
numpy_rng = numpy.random.RandomState(89677)
theano_rng = RandomStreams(numpy_rng.randint(2 ** 30))
data = numpy.asarray(numpy.random.RandomState(1).binomial(1, 0.5, (6, 5)), dtype=floatX)
labels = numpy.asarray([0, 1, 1, 0, 1, 0], dtype='int32')
train_set_x = theano.shared(data, borrow=True)
train_set_y = theano.shared(labels, borrow=True)
x = T.matrix('x')
y = T.ivector('y')
sizes = [5, 4, 3]
sigmoid_layers = []
dA_params = []
layer_input = x
for i in range(2):
    n_in, n_out = sizes[i], sizes[i + 1]
    W = theano.shared(numpy.asarray(numpy_rng.uniform(
        low=-4 * numpy.sqrt(6. / (n_in + n_out)), high=4 * numpy.sqrt(6. / (n_in + n_out)),
        size=(n_in, n_out)), dtype=floatX), name='W%d' % i, borrow=True)
    b = theano.shared(numpy.zeros(n_out, dtype=floatX), name='b%d' % i, borrow=True)
    b_prime = theano.shared(numpy.zeros(n_in, dtype=floatX), name='bp%d' % i, borrow=True)
    dA_params.append((layer_input, W, b, b_prime))
    layer_input = T.nnet.sigmoid(T.dot(layer_input, W) + b)
    sigmoid_layers.append(layer_input)

index = T.lscalar('index')
corruption_level = T.scalar('corruption')
learning_rate = T.scalar('lr')
batch_size = 3
pretrain_fns = []
for inp, W, b, b_prime in dA_params:
    tilde = theano_rng.binomial(size=inp.shape, n=1, p=1 - corruption_level, dtype=floatX) * inp
    hid = T.nnet.sigmoid(T.dot(tilde, W) + b)
    z = T.nnet.sigmoid(T.dot(hid, W.T) + b_prime)
    L = -T.sum(inp * T.log(z) + (1 - inp) * T.log(1 - z), axis=1)
    cost = T.mean(L)
    gparams = T.grad(cost, [W, b, b_prime])
    updates = [(p, p - learning_rate * g) for p, g in zip([W, b, b_prime], gparams)]
    fn = theano.function(inputs=[index, theano.In(corruption_level, value=0.2),
                                 theano.In(learning_rate, value=0.1)],
                         outputs=cost, updates=updates,
                         givens={x: train_set_x[index * batch_size: (index + 1) * batch_size]},
                         name='pretrain')
    pretrain_fns.append(fn)
for i, fn in enumerate(pretrain_fns):
    for epoch in range(2):
        c = [fn(index=b_i, corruption=[0.1, 0.3][i], lr=0.1) for b_i in range(2)]
        print("layer", i, "epoch", epoch, "cost", float(numpy.mean(c)))
    print("layer", i, "default args cost", float(fn(0)))
print("positions", [int(r.get_value().get_state()[2]) for r, u in theano_rng.state_updates])
W_log = theano.shared(numpy.zeros((3, 2), dtype=floatX), name='W_log')
b_log = theano.shared(numpy.zeros(2, dtype=floatX), name='b_log')
p_y = T.nnet.softmax(T.dot(sigmoid_layers[-1], W_log) + b_log)
finetune_cost = -T.mean(T.log(p_y)[T.arange(y.shape[0]), y])
params = [dA_params[0][1], dA_params[0][2], dA_params[1][1], dA_params[1][2], W_log, b_log]
gparams = T.grad(finetune_cost, params)
train_fn = theano.function([index], finetune_cost,
                           updates=[(p, p - 0.1 * g) for p, g in zip(params, gparams)],
                           givens={x: train_set_x[index * batch_size: (index + 1) * batch_size],
                                   y: train_set_y[index * batch_size: (index + 1) * batch_size]},
                           name='train')
for epoch in range(2):
    print("finetune", epoch, [float(train_fn(i)) for i in range(2)])
show("W_log", W_log.get_value())
show("b_log", b_log.get_value())
