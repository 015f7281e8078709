# Covers: theano.function's argument options as users write them: theano.In with value (a default), name (keyword call), update, mutable and borrow; theano.Out(borrow=True); on_unused_input ('ignore', 'warn' and the default error); allow_input_downcast; f.trust_input; function.copy(); shared.get_value(borrow=True) and set_value(borrow=True) aliasing; updates as an OrderedDict and as a list of pairs giving the same result.
from collections import OrderedDict
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
s = T.dscalar('s')
f = theano.function([x, theano.In(s, value=2.0, name='scale')], x * s)
show('default', f(np.array([1.0, 2.0])))
show('given', f(np.array([1.0, 2.0]), 3.0))
show('keyword', f(np.array([1.0, 2.0]), scale=4.0))
acc = T.dscalar('acc')
inc = theano.function([x, theano.In(acc, value=0.0, update=acc + 1.0)], x + acc)
show('inc', inc(np.ones(2)))
show('inc', inc(np.ones(2)))
show('inc_given', inc(np.ones(2), 10.0))
show('inc', inc(np.ones(2)))
y = T.dvector('y')
unused = theano.function([x, y], x * 2, on_unused_input='ignore')
show('unused', unused(np.ones(2), np.ones(3)))
try:
    theano.function([x, y], x * 2)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
fx = T.fvector('fx')
down = theano.function([fx], fx * 2, allow_input_downcast=True)
show('down', down(np.array([0.1, 0.2])))
try:
    theano.function([fx], fx * 2)(np.array([0.1, 0.2]))
except Exception as e:
    print(type(e).__name__)
w = theano.shared(np.zeros(2), name='w')
ups_dict = theano.function([x], w, updates=OrderedDict([(w, w + x)]))
ups_list = theano.function([x], w, updates=[(w, w + x)])
show('dict', ups_dict(np.ones(2)))
show('list', ups_list(np.ones(2)))
show('w', w.get_value())
g = theano.function([x], theano.Out(x * 3, borrow=True))
show('out', g(np.ones(2)))
g.trust_input = True
show('trusted', g(np.array([1.0, 2.0])))
h = ups_list.copy()
show('copy', h(np.ones(2)))
show('w', w.get_value())
inner = w.get_value(borrow=True)
inner[0] = 100.0
show('borrowed', w.get_value())
mine = np.array([5.0, 6.0])
w.set_value(mine, borrow=True)
mine[1] = 60.0
show('set_borrow', w.get_value())
copied = w.get_value()
copied[0] = -1.0
show('not_borrowed', w.get_value())
