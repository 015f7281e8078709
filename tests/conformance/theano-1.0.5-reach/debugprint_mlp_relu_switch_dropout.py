# Covers: a float32 MLP as a user writes it: relu hidden layer, inverted dropout through T.switch(srng.binomial(h.shape, p=0.8), h / 0.8, 0), a softmax output layer without bias, categorical_crossentropy against int labels plus an accuracy output; the fused CrossentropySoftmaxArgmax1HotWithBias gets Theano's zero bias fill(x[0], 0), which stays a fill (specialize_device rewrites powers only); debugprint of the compiled training function, then costs, accuracies and the stream's position over 2 steps.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rs = np.random.RandomState(2)
srng = RandomStreams(seed=3)
x = T.fmatrix('x')
y = T.ivector('y')
W1 = theano.shared(rs.randn(4, 5).astype('float32'), name='W1')
b1 = theano.shared(np.zeros(5, dtype='float32'), name='b1')
W2 = theano.shared(rs.randn(5, 3).astype('float32'), name='W2')
h = T.nnet.relu(T.dot(x, W1) + b1)
keep = srng.binomial(h.shape, p=0.8, dtype='float32')
hd = T.switch(keep, h / np.float32(0.8), 0)
p = T.nnet.softmax(T.dot(hd, W2))
cost = T.nnet.categorical_crossentropy(p, y).mean()
acc = T.mean(T.eq(T.argmax(p, axis=1), y))
params = [W1, b1, W2]
gs = T.grad(cost, params)
train = theano.function([x, y], [cost, acc],
                        updates=[(q, q - np.float32(0.05) * g) for q, g in zip(params, gs)])
theano.printing.debugprint(train)
data = rs.uniform(0, 1, (6, 4)).astype('float32')
labels = np.array([0, 1, 2, 2, 1, 0], dtype='int32')
for step in range(2):
    c, a = train(data, labels)
    print("step", step, "cost", float(c), "acc", float(a))
    print("pos", int(srng.state_updates[0][0].get_value().get_state()[2]))
show("W2", W2.get_value())
