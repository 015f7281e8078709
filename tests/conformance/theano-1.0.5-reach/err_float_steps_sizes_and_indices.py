# Covers: float numbers where Theano 1.0.5 wants integers: scan's n_steps as a Python float (the loop's buffer size makes Alloc's TypeError; a sequence's slice 'Expected an integer'; a map with no sequence Scan's "scalar int" ValueError; 1.0 and 1.5 build the one-step graph when nothing is sliced or buffered), a numpy float64 or a float symbolic n_steps (ValueError naming the dtype), T.alloc/T.zeros of float sizes, indexing by floats (Python and numpy numbers are advanced indices: 'index must be integers'; float variables: 'Expected an integer'), and type(f.maker).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(3)
x = T.dvector('x')


def report(label, build):
    try:
        out = build()
        print(label, 'built', getattr(out, 'ndim', out))
    except Exception as e:
        print(label, type(e).__name__, e)


for n in (2.5, 1.0, 1.5, 3.0, np.float64(2.0), T.dscalar('d'), T.iscalar('k')):
    report(('map', n), lambda: theano.scan(lambda: srng.normal((2,)), n_steps=n)[0])
    report(('state', n), lambda: theano.scan(lambda a: a + 1, outputs_info=[x], n_steps=n)[0])
    report(('seq', n), lambda: theano.scan(lambda a: a + 1, sequences=[x], n_steps=n)[0])

for args in [(0., 2.5), (0., T.dvector('v')), (0., 2, 3.0), (1., T.dscalar('d'))]:
    report(('alloc',) + tuple(str(a) for a in args[1:]), lambda: T.alloc(*args))
report('zeros', lambda: T.zeros((2.5,)))
report('ones', lambda: T.ones((2, T.dscalar('d'))))

d = T.dscalar('d')
report('x[:2.5]', lambda: x[:2.5])
report('x[2.5]', lambda: x[2.5])
report('x[d]', lambda: x[d])
report('x[:d]', lambda: x[:d])
report('x[1:d:2]', lambda: x[1:d:2])
report('x[constant 2.5]', lambda: x[T.as_tensor_variable(2.5)])
report('x[float64 1.0]', lambda: x[np.float64(1.0)])
report('x[:float64 1.0]', lambda: x[:np.float64(1.0)])
report('x[0:2.0:1]', lambda: x[0:2.0:1])

f = theano.function([x], x * 2)
print(type(f.maker).__name__, type(f).__name__)
print(type(f.maker))
print(len(f.maker.fgraph.toposort()))
