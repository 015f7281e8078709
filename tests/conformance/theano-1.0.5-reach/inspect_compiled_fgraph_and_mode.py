# Covers: inspecting a compiled dropout layer the way users do: len(f.maker.fgraph.apply_nodes) and len(f.maker.fgraph.variables), the nodes met when iterating apply_nodes (sorted by name), the ops of toposort with their input types, str(f.maker.mode) for FAST_RUN, the default mode, theano.Mode(optimizer=None) and theano.Mode(linker='py'), theano.compile.mode.get_mode, `import theano.compile.mode`, and which mode names the theano module has.
import numpy as np
import theano
import theano.compile.mode as M
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=234)
x = T.matrix('x')
w = theano.shared(np.ones((2, 3)), name='w')
mask = srng.binomial(size=(2, 2), p=0.5)
y = T.tanh(T.dot(x * mask, w))
for mode in [None, theano.Mode(optimizer=None), theano.Mode(linker='py')]:
    f = theano.function([x], y, mode=mode)
    fg = f.maker.fgraph
    print(len(fg.apply_nodes), len(fg.variables), len(fg.inputs), len(fg.outputs))
    print(sorted(str(node.op) for node in fg.apply_nodes))
    print(sorted(str(v.type) for v in fg.variables))
    for node in fg.toposort():
        print(' ', node.op, [str(i.type) for i in node.inputs])
    print(str(f.maker.mode))
    print(f(np.ones((2, 2))).round(6).tolist())
print(M.get_mode('FAST_RUN'))
print(M.get_mode(None))
print(theano.compile.mode.get_default_mode())
print(type(M.FAST_RUN).__name__, type(M.FAST_COMPILE).__name__, isinstance(M.get_mode('FAST_RUN'), M.Mode))
print(hasattr(theano, 'mode'), hasattr(theano, 'FAST_RUN'), hasattr(theano.compile, 'mode'))
