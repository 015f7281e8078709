# Covers: theano.printing.pp as the Theano tutorial uses it: pp of x ** 2, of T.grad(y, x) before compiling (fill/second and the power rule), pp of the compiled gradient f.maker.fgraph.outputs[0] (simplified to 2 * x), pp of a logistic expression, a dot, a sum with axis, a subtensor, a cast and a comparison; and theano.pp as the same function.
import numpy
import theano
import theano.tensor as T
from theano import pp

x = T.dscalar('x')
y = x ** 2
gy = T.grad(y, x)
print(pp(y))
print(pp(gy))
f = theano.function([x], gy, name='f')
print(pp(f.maker.fgraph.outputs[0]))
print(float(f(4)))
v = T.dvector('v')
M = T.dmatrix('M')
print(pp(1 / (1 + T.exp(-v))))
print(pp(T.dot(M, v) + v))
print(pp(T.sum(M, axis=0)))
print(pp(M[0]))
print(pp(M[1:, 0]))
print(pp(T.cast(v, 'int32')))
print(pp(T.gt(v, 0.5)))
print(pp(T.mean(v)))
print(pp(-v * 3))
print(pp(T.tanh(v) - T.log(v)))
print(theano.pp is theano.printing.pp)
