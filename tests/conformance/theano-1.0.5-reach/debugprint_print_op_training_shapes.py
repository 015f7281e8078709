# Covers: theano.printing.Print inside training, as users debug a loss: Print of a noise draw, Print(attrs=['shape']) of the squared errors and Print of the gradient, their messages between the printed costs, and the compiled functions' nodes in order (type(node.op).__name__ and input types from f.maker.fgraph.toposort()): Print states no infer_shape, so the mean's length is Shape_i of the Print's output, read after the Print runs.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 8).tolist())


rng = np.random.RandomState(4)
srng = RandomStreams(2)
w = theano.shared(rng.normal(size=(2,)), name='w')
x = T.matrix('x')
y = T.vector('y')
noise = srng.normal(size=(x.shape[0],), std=0.1)
noise = theano.printing.Print('noise')(noise)
pred = T.dot(x, w) + noise
err = pred - y
cost = T.mean(theano.printing.Print('sq', attrs=['shape'])(err ** 2))
g = T.grad(cost, w)
g = theano.printing.Print('grad')(g)
train = theano.function([x, y], cost, updates=[(w, w - 0.1 * g)])
X = rng.normal(size=(3, 2))
Y = rng.normal(size=(3,))
for i in range(2):
    print('cost', round(float(train(X, Y)), 8))
show('w', w.get_value())
for node in train.maker.fgraph.toposort():
    print(type(node.op).__name__, [str(i.type) for i in node.inputs])
p = theano.printing.Print('plain', attrs=('__str__', 'shape', 'ndim'))
h = T.tanh(p(x))
f = theano.function([x], [h.shape, h.sum()])
print(f(np.ones((1, 2))))
print([type(n.op).__name__ for n in f.maker.fgraph.toposort()])
