# Covers: the tutorial's "How Shape Information is Handled" and "Understanding Memory Aliasing" pages: debugprint of theano.function([x], (x ** 2).shape) (MakeVector of Shape_i), the shape of a join of two matrices computed without the join and the error when the join is evaluated with mismatched shapes, shape_i values of a reshape, and the aliasing rules of theano.shared(np_array) with borrow=False/True (an in-place += on the numpy array seen or not), get_value(borrow=True/False) and set_value(borrow=True).
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.matrix('x')
f = theano.function([x], (x ** 2).shape)
theano.printing.debugprint(f)
show("shape", f(np.ones((3, 4))))
y = T.matrix('y')
z = T.join(0, x, y)
xv = np.random.RandomState(0).rand(5, 4)
yv = np.random.RandomState(1).rand(3, 3)
fz = theano.function([x, y], z.shape)
theano.printing.debugprint(fz)
show("join_shape", fz(xv, yv))
try:
    theano.function([x, y], z)(xv, yv)
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
r = x.reshape((2, -1))
fr = theano.function([x], [r.shape[0], r.shape[1], r.sum()])
for v in fr(np.arange(6.0).reshape(3, 2)):
    print("reshape", v.dtype, v.tolist())
np_array = np.ones(2, dtype='float32')
s_default = theano.shared(np_array)
s_false = theano.shared(np_array, borrow=False)
s_true = theano.shared(np_array, borrow=True)
np_array += 1
show("s_default", s_default.get_value())
show("s_false", s_false.get_value())
show("s_true", s_true.get_value())
got = s_true.get_value(borrow=True)
got *= 10
show("s_true_after_borrowed_edit", s_true.get_value())
copy = s_true.get_value(borrow=False)
copy += 5
show("s_true_after_copy_edit", s_true.get_value())
new = np.array([7.0, 8.0], dtype='float32')
s_true.set_value(new, borrow=True)
new[0] = -1
show("s_true_after_set_borrow", s_true.get_value())
inc = theano.function([], s_false, updates=[(s_false, s_false * 2)])
show("inc", inc())
show("s_false", s_false.get_value())
