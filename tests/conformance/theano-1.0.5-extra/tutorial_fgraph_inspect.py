# Covers: inspecting f.maker.fgraph of tutorial functions: str() of outputs and inputs, number of nodes in toposort, str(node.op) per node, output types, and debugprint of f.maker.fgraph.outputs[0] alone.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=31)
rv_u = srng.uniform((2, 3))
rv_n = srng.normal((2, 3))
f = function([], rv_u)
nearly_zeros = function([], rv_u + rv_u - 2 * rv_u)
mix = function([], rv_u * rv_n + 1)
for label, fn in [("f", f), ("nearly_zeros", nearly_zeros), ("mix", mix)]:
    fg = fn.maker.fgraph
    print(label, "n_outputs", len(fg.outputs), "n_inputs", len(fg.inputs))
    print(label, "outputs", [str(o) for o in fg.outputs])
    print(label, "output types", [str(o.type) for o in fg.outputs])
    topo = fg.toposort()
    print(label, "n_nodes", len(topo))
    print(label, "ops", [str(node.op) for node in topo])
print("--- mix output 0")
theano.printing.debugprint(mix.maker.fgraph.outputs[0])
show("mix", mix())
show("f", f())
