# Covers: theano.shared of values no tensor holds (a list, None, a dict, a tuple, a string, an array of strings, a Python object) makes a plain SharedVariable of type Generic: its class and type, str and pp, get_value/set_value with and without borrow (the constructor keeps the object given), a function returning it (debugprint, a copy per call) and updating one from another; and the errors: a keyword (borrow, broadcastable), indexing, arithmetic either side, T.sum and T.as_tensor_variable, a tensor update of it, a missing tensor method.
import numpy as np
import theano
import theano.tensor as T


def report(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, str(e) if not isinstance(e, T.AsTensorError) else e.args[0])


class Point(object):
    def __repr__(self):
        return 'Point()'


values = [('list', [1, 2]), ('none', None), ('dict', {'k': 1}), ('tuple', (1, 2)), ('str', 'text'),
          ('strings', np.array(['a', 'b'])), ('object', Point())]
for label, value in values:
    s = theano.shared(value, name=label)
    print(label, type(s), type(s).__name__, s.type, type(s.type), s, s.get_value())
items = [1, 2]
a = theano.shared(items)
print(a, theano.pp(a), a.name, a.type == theano.shared(None).type)
items.append(3)
print('kept object', a.get_value())
got = a.get_value()
got.append(4)
print('copy out', a.get_value(), a.get_value(borrow=True) is items)
new = [7]
a.set_value(new)
new.append(8)
print('copy in', a.get_value())
a.set_value(new, borrow=True)
print('borrowed', a.get_value(borrow=True) is new)
f = theano.function([], a)
out = f()
out.append(9)
print('output', out, a.get_value(), f())
theano.printing.debugprint(a)
theano.printing.debugprint(f)
t = theano.shared(None, name='t')
c = theano.shared({'n': 0}, name='c')
g = theano.function([], [c, t], updates=[(t, c)])
print('update', g(), t.get_value(), g())
theano.printing.debugprint(g)
x = T.dscalar('x')
report('borrow kw', lambda: theano.shared([1, 2], borrow=True))
report('bcast kw', lambda: theano.shared([1, 2], broadcastable=(False,)))
report('index', lambda: a[0])
report('plus int', lambda: a + 1)
report('tensor plus', lambda: x + a)
report('times tensor', lambda: a * x)
report('sum', lambda: T.sum(a))
report('as tensor', lambda: T.as_tensor_variable(a))
report('method', lambda: a.sum())
report('ndim', lambda: a.ndim)
report('tensor update', lambda: theano.function([x], x, updates=[(c, x)]))
report('array index', lambda: theano.shared(np.zeros(2))[0])
