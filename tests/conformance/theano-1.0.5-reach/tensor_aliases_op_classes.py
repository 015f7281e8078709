# Covers: theano.tensor names model code reaches for that alias others: T.square (Theano's alias of sqr) in a loss and its gradient, T.as_tensor, T.consider_constant, T.get_scalar_constant_value with T.NotScalarConstantError, T.verify_grad, T.grad_undefined and T.grad_not_implemented; and the op classes theano.tensor names, used in isinstance checks over uncompiled and compiled graphs (Sum, Dot, Argmax, ARange, IncSubtensor, AdvancedSubtensor, AdvancedIncSubtensor, AdvancedIncSubtensor1, Rebroadcast, AllocEmpty, Nonzero, Eye, Tri, ExtractDiag, AllocDiag, ScalarFromTensor).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=9)
x = T.dmatrix('x')
t = T.dmatrix('t')
W = theano.shared(np.arange(6.0).reshape(3, 2) / 10, name='W')
noise = srng.normal(size=(2, 2), std=0.1)
err = T.square(T.dot(x, W) + noise - t)
cost = T.mean(err) + 0.01 * T.sum(T.square(W))
gW = T.grad(cost, W)
train = theano.function([x, t], cost, updates=[(W, W - 0.5 * gW)])
X = np.arange(6.0).reshape(2, 3) / 6
Y = np.ones((2, 2))
show('c0', train(X, Y))
show('c1', train(X, Y))
theano.printing.debugprint(train)
theano.printing.debugprint(T.square(x))

c = T.as_tensor(2.5)
v = T.as_tensor(np.arange(3.0), name='v')
print(c.type, v.type, v.name, T.as_tensor(x) is x)
print(float(T.get_scalar_constant_value(T.constant(4) * 2)))
try:
    T.get_scalar_constant_value(x.sum())
except T.NotScalarConstantError as e:
    print('NotScalarConstantError', type(e).__name__)
y = T.dvector('y')
frozen = T.consider_constant(y ** 2)
gy = theano.function([y], T.grad(T.sum(frozen * y), y))
show('consider_constant grad', gy(np.array([1.0, 2.0])))
T.verify_grad(lambda a: T.sum(T.square(a) * 3), [np.array([0.5, -1.0])], rng=np.random.RandomState(3))
print('verify_grad passed')
print(T.grad_undefined is theano.gradient.grad_undefined,
      T.grad_not_implemented is theano.gradient.grad_not_implemented)

iv = T.lvector('iv')
m = T.dmatrix('m')
exprs = [T.sum(m), T.dot(m, m), T.argmax(m, axis=1), T.arange(iv.shape[0]),
         T.inc_subtensor(m[0], 1.0), m[iv, iv], T.set_subtensor(m[iv, iv], 0.0),
         T.inc_subtensor(m[iv], 1.0), T.addbroadcast(T.dmatrix('r')[:1], 0), T.nonzero(iv)[0],
         T.eye(3), T.tri(3), T.diag(m), T.diag(y), T.scalar_from_tensor(T.lscalar('s'))]
classes = [T.Sum, T.Dot, T.Argmax, T.ARange, T.IncSubtensor, T.AdvancedSubtensor,
           T.AdvancedIncSubtensor, T.AdvancedIncSubtensor1, T.Rebroadcast, T.Nonzero, T.Eye, T.Tri,
           T.ExtractDiag, T.AllocDiag, T.ScalarFromTensor]
for e in exprs:
    print([cls.__name__ for cls in classes if isinstance(e.owner.op, cls)])
f = theano.function([m, iv], [T.dot(m, m).sum(), T.inc_subtensor(m[iv], 1.0), T.argmax(m, axis=1)])
print(sorted(set(cls.__name__ for n in f.maker.fgraph.toposort() for cls in classes + [T.AllocEmpty]
                 if isinstance(n.op, cls))))

# theano.Rop, theano.Lop and theano.get_scalar_constant_value at the top level
v2 = T.dvector('v2')
jv = theano.function([y, v2], theano.Rop(T.tanh(y) * 2, y, v2))
show('Rop', jv(np.array([0.1, 0.2]), np.array([1.0, -1.0])))
vj = theano.function([y, v2], theano.Lop(T.tanh(y) * 2, y, v2))
show('Lop', vj(np.array([0.1, 0.2]), np.array([1.0, -1.0])))
print(theano.Rop is T.Rop, theano.Lop is T.Lop,
      float(theano.get_scalar_constant_value(T.constant(2.0) + 1)))
