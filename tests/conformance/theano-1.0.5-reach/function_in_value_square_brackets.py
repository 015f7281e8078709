# Covers: a compiled function's inputs read and set with square brackets as Theano's Function.value allows: f['acc'], f[acc] and f[1] of a theano.In(acc, value=0.0, update=acc + x, name='acc') accumulator between calls, f['x'] of an input without a default (None), f['acc'] = 10.0 and f[acc] = 3 (the next call starts from it), 'acc' in f, the errors for an unknown name or position (read and write) and for an ambiguous name; In with value defaults called with positional and keyword arguments, and Out(borrow=True).
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dscalar('x'); acc = T.dscalar('acc'); v = T.dvector('v')
f = theano.function([x, theano.In(acc, value=0.0, update=acc + x, name='acc')], acc * 2)
print(float(f(1.0)), float(f(2.0)), float(f(3.0)), float(f['acc']), float(f[acc]), float(f[1]), f[0], f['x'])
f['acc'] = 10.0
print(float(f(1.0)), float(f['acc']), 'acc' in f, 'zz' in f, x in f)
f[acc] = 3
print(float(f(1.0)), repr(f['acc']))
for bad in ['zz', 5]:
    try:
        f[bad]
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
    try:
        f[bad] = 1.0
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
g = theano.function([theano.In(v, name='a'), theano.In(x, name='a')], v + x)
try:
    g['a']
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
h = theano.function([theano.In(x, value=5.0), theano.In(v, value=np.ones(2))], v + x)
show("h", h()); show("h", h(1.0)); show("h", h(v=np.zeros(2)))
print(h['v'].tolist(), float(h['x']))
h['x'] = 2.0
show("h", h())
o = theano.function([v], theano.Out(v * 3, borrow=True))
show("o", o(np.ones(2))); show("o", o(np.ones(2) * 2))
theano.printing.debugprint(f)
