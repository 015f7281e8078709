# Covers: theano.printing.debugprint with done= (Theano's dict: each printed node and leaf -> its id text, kept across calls, so a second call prints those as already printed with ids of its own) and file='str'/file=sys.stdout, and debugprint of a compiled graph's variables taken out of f.maker.fgraph with print_clients=True: they list their readers with no toposort index, and their leaves are the compiled function's own (a list mixing them with the uncompiled graph gives the uncompiled x and w other ids).
import sys
import numpy as np
import theano
import theano.tensor as T

x = T.dmatrix('x')
w = theano.shared(np.array([[0.5, -1.0, 0.25], [1.5, 0.5, -0.5], [0.0, 1.0, 2.0]]), name='w')
h = T.tanh(T.dot(x, w))
z = h * h + h.sum()
f = theano.function([x], [z, h], updates=[(w, w - 0.1 * T.grad(z.sum(), w))])
done = {}
theano.printing.debugprint(f, print_clients=True, done=done)
print(len(done), sorted(done.values())[:5])
theano.printing.debugprint(f, print_clients=True, done=done)
s = theano.printing.debugprint(f, print_clients=True, file='str', print_type=True)
print(s)
theano.printing.debugprint(f, print_clients=True, file=sys.stdout, ids='')
theano.printing.debugprint(f.maker.fgraph, print_clients=True)
theano.printing.debugprint(f.maker.fgraph.outputs[0], print_clients=True)
theano.printing.debugprint([f.maker.fgraph.outputs[1], z], print_clients=True)
theano.printing.debugprint(f.maker.fgraph.outputs, ids='int')
d2 = {}
theano.printing.debugprint(z, done=d2)
print(len(d2), z.owner in d2, x in d2)
theano.printing.debugprint([z, h], done=d2, print_clients=True)
print(f(np.array([[1.0, 2.0, 3.0], [-1.0, 0.5, 0.0]]))[1].round(12).tolist())
