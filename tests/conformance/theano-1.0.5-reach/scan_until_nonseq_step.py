# Covers: a while-loop (theano.scan_module.until) whose step and condition read only non-sequences: the loop stays (Theano's push-out of a step that reads only non-sequences leaves a while-loop whole) and stops after its first step when the condition holds, else runs n_steps; a while-loop over a sequence whose condition reads only the sequence, and one whose condition reads only a non-sequence while the output is fed back.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


m = T.dscalar('m')
out, _ = theano.scan(lambda m: (m * 2, theano.scan_module.until(m > 0)), non_sequences=m,
                     n_steps=5)
f = theano.function([m], out)
show("positive", f(1.0))
show("negative", f(-1.0))
print([str(n.op) for n in f.maker.fgraph.toposort()])

x = T.dvector('x')
o2, _ = theano.scan(lambda xt: (xt * 2, theano.scan_module.until(xt > 2)), sequences=x)
g = theano.function([x], o2)
show("map until", g(np.array([1., 2., 3., 4.])))
show("map to the end", g(np.array([1., 0., -1.])))

acc, _ = theano.scan(lambda a, m: (a + m, theano.scan_module.until(m > 0)),
                     outputs_info=T.constant(0., dtype='float64'), non_sequences=m, n_steps=4)
h = theano.function([m], acc)
show("acc positive", h(2.0))
show("acc negative", h(-2.0))
