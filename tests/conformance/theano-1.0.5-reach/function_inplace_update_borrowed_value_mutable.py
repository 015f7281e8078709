# Covers: memory a compiled function overwrites, as Theano 1.0.5 does: an array held from w.get_value(borrow=True) before a call whose update w * 2 + x (and T.dot(x, x) * w) Theano computes in place into w's array (it sees the new values, and is still w's array), set_value with and without borrow then the script's array changed, Out(borrow=True) and plain outputs over two calls, an update read as an output, an identity function's output, and theano.In(v, mutable=True) arguments overwritten by v * 2 and exp(v) + 1 (the compiled debugprints show the in-place ops).
import numpy as np
import theano
import theano.tensor as T


w = theano.shared(np.ones(3), name='w')
ref = w.get_value(borrow=True)
x = T.dvector('x')
f = theano.function([x], [], updates=[(w, w * 2 + x)])
f(np.ones(3))
print(ref.tolist(), w.get_value().tolist(), ref is w.get_value(borrow=True))
g = theano.function([x], [], updates=[(w, T.dot(x, x) * w)])
ref2 = w.get_value(borrow=True)
g(np.ones(3))
print(ref2.tolist(), w.get_value().tolist())
arr = np.zeros(3)
w.set_value(arr, borrow=True)
arr[0] = 5
print(w.get_value().tolist())
w.set_value(arr)
arr[1] = 7
print(w.get_value().tolist())
h = theano.function([x], theano.Out(x * 2, borrow=True))
o1 = h(np.ones(3)); o2 = h(np.ones(3) * 3)
print(o1.tolist(), o2.tolist(), o1 is o2)
k = theano.function([x], x * 2)
o1 = k(np.ones(3)); o2 = k(np.ones(3) * 3)
print(o1.tolist(), o2.tolist())
v = theano.shared(np.zeros(2), name='v')
upd = theano.function([], v, updates=[(v, v + 1)])
r1 = upd(); r2 = upd()
print(r1.tolist(), r2.tolist(), v.get_value().tolist())
ident = theano.function([x], x)
a = np.ones(2)
print(ident(a) is a)

u = T.dvector('u')
m1 = theano.function([theano.In(u, mutable=True)], u * 2)
theano.printing.debugprint(m1)
a = np.array([1.0, 2.0])
r = m1(a)
print(a.tolist(), r.tolist(), r is a)
m2 = theano.function([theano.In(u, mutable=True)], T.exp(u) + 1)
theano.printing.debugprint(m2)
a = np.array([0.0, 1.0])
r = m2(a)
print(a.tolist(), r is a)
theano.printing.debugprint(f)
