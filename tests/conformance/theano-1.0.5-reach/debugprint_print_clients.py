# Covers: theano.printing.debugprint(f, print_clients=True): a compiled variable read by more than one node lists its readers with their toposort index (each reader gets its id when listed, before it is printed); a function output also read by a node lists 'output' last (Theano's FunctionGraph adds the outputs as readers after importing every node), and the word takes a place among the ids; a compiled scan's step lists readers with no index, as does the loop's head line in "Inner graphs of the scan ops"; uncompiled graphs list none.
import numpy as np
import theano
import theano.tensor as T
x = T.dvector('x'); w = theano.shared(np.array([1., 2.]), name='w')
h = T.tanh(x * w)
f = theano.function([x], [h.sum(), (h ** 2).sum()])
theano.printing.debugprint(f, print_clients=True)
g = theano.function([x], [h, h.sum()])
theano.printing.debugprint(g, print_clients=True)
theano.printing.debugprint(g, print_clients=True, ids='int')
theano.printing.debugprint([h.sum(), h.mean()], print_clients=True)
t = T.dscalar('t')
def step(p):
    return p * 2, theano.scan_module.until(p * 2 > t)
vals, _ = theano.scan(step, outputs_info=T.constant(1.), n_steps=100)
k = theano.function([t], vals)
print(k(40.))
theano.printing.debugprint(k, print_clients=True)
