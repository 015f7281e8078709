# Covers: theano.printing.debugprint(f, print_clients=True) when the elementwise in-place pass tries a node on a function output it made in place itself earlier in the pass (Theano's pass lists the outputs as they were when it began): the attempt is refused and reverted, which reverses the readers of the node's output ('[id B]' before 'output', the word then taking no id before B); with the output an input of the graph or not made in place, nothing is tried and 'output' comes first.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dmatrix('x')
w = theano.shared(np.array([[0.5, -1.0, 0.25], [1.5, 0.5, -0.5], [0.0, 1.0, 2.0]]), name='w')
c = theano.shared(np.array([0.1, -0.2, 0.3]), name='c')
h = T.tanh(T.dot(x, w) + c)
z = h / (h + 1)
g = theano.function([x], [z, h, z.max()])
theano.printing.debugprint(g, print_clients=True)
out = g(np.array([[1.0, 2.0, 3.0], [-1.0, 0.5, 0.0]]))
show('z', out[0])
show('max', out[2])
# the same expression of an input: tanh stays a copy, nothing is tried on it
t = T.tanh(x)
u = t / (t + 1)
k = theano.function([x], [u, t, u.max()])
theano.printing.debugprint(k, print_clients=True, ids='int')
# several outputs made in place, read again by an update
W2 = theano.shared(np.ones((3, 2)) * 0.1, name='W2')
a = T.nnet.sigmoid(T.dot(x, w) + c)
o = T.dot(a, W2)
cost = T.sqr(o).mean()
gW2 = T.grad(cost, W2)
train = theano.function([x], [a, o, cost], updates=[(W2, W2 - 0.1 * gW2)])
theano.printing.debugprint(train, print_clients=True)
show('cost', train(np.array([[1.0, 2.0, 3.0], [-1.0, 0.5, 0.0]]))[2])
show('W2', W2.get_value())
