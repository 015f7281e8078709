# Covers: debugprint of f.maker.fgraph.outputs (a list of variables of the optimized graph) and of f.maker.fgraph itself, with ids='CHAR', ids='int' and print_type=True, for a function with a random output and an update.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=60)
x = T.dvector('x')
u = srng.uniform((3,))
acc = theano.shared(np.zeros(3), name='acc')
f = theano.function([x], (x * u).sum(), updates=[(acc, acc + u)])
print("n outputs", len(f.maker.fgraph.outputs))
print("--- outputs list")
theano.printing.debugprint(f.maker.fgraph.outputs)
print("--- outputs int")
theano.printing.debugprint(f.maker.fgraph.outputs, ids='int')
print("--- fgraph")
theano.printing.debugprint(f.maker.fgraph)
print("--- fgraph print_type")
theano.printing.debugprint(f.maker.fgraph, print_type=True)
print(float(f([1.0, 2.0, 3.0])))
show("acc", acc.get_value())
