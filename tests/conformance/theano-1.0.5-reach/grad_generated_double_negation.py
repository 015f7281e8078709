# Covers: 40 generated cost expressions over x, y (dmatrix), b (dvector) and a shared W, each a T.mean/T.sum cost and its T.grad with respect to x, y, b or W (disconnected_inputs='ignore'), compiled and printed with debugprint (errors by their type); cases 3 (y - y, a zero gradient) and 24 (log(1 - -(dot(x, W) / y) - sqrt(y + x))) meet neg(neg(.)) in the gradient, which canonicalize removes (local_func_inv, offered every Elemwise before -a becomes -1 * a), and 0 * ... products made zeros of their shape.
import numpy as np
import theano
import theano.tensor as T
x = T.dmatrix('x')
y = T.dmatrix('y')
b = T.dvector('b')
W = theano.shared(np.eye(3) * 0.5 + 0.1, name='W')
e = T.dot(T.log(1 + T.log(T.log(1 - y))), W)
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 0')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 0 error', type(ex).__name__)
e = y
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 1')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 1 error', type(ex).__name__)
e = (T.nnet.relu(T.exp(x))) * (T.sqr(T.sqrt(b)))
try:
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 2')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 2 error', type(ex).__name__)
e = (y) - (y)
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 3')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 3 error', type(ex).__name__)
e = (((T.log(1 - y)) / (x)) + (1 / (y))) + (T.exp(T.maximum(T.erf(y), (b) - (x))))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 4')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 4 error', type(ex).__name__)
e = (T.nnet.sigmoid(y)) - ((x) * (x))
try:
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 5')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 5 error', type(ex).__name__)
e = T.dot(x, W)
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 6')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 6 error', type(ex).__name__)
e = b
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 7')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 7 error', type(ex).__name__)
e = -T.log((x) / (y))
try:
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 8')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 8 error', type(ex).__name__)
e = y
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 9')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 9 error', type(ex).__name__)
e = T.log(1 + (b) * (y))
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 10')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 10 error', type(ex).__name__)
e = T.tanh(b)
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 11')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 11 error', type(ex).__name__)
e = y
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 12')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 12 error', type(ex).__name__)
e = T.dot((x) ** 2, W)
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 13')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 13 error', type(ex).__name__)
e = (T.sqr((-y) * 0.5)) - (T.exp(-(T.log1p((x) / (y)))))
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 14')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 14 error', type(ex).__name__)
e = T.sqr(x)
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 15')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 15 error', type(ex).__name__)
e = (T.maximum(y, x)) * (T.dot(x, W))
try:
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 16')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 16 error', type(ex).__name__)
e = (T.dot((y) * (x), W)) * (T.sqr(1 - (y)))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 17')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 17 error', type(ex).__name__)
e = (y) ** -1
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 18')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 18 error', type(ex).__name__)
e = T.log((b) ** 2)
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 19')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 19 error', type(ex).__name__)
e = T.inv(T.tanh(y))
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 20')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 20 error', type(ex).__name__)
e = T.exp(-(x))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 21')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 21 error', type(ex).__name__)
e = ((((b) * (b)) / ((x) / (y))) / (x)) / (T.log(1 - b))
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 22')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 22 error', type(ex).__name__)
e = y
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 23')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 23 error', type(ex).__name__)
e = T.log(1 - -((T.dot(x, W)) / (y)) - (((y) + (x)) ** 0.5))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 24')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 24 error', type(ex).__name__)
e = b
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 25')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 25 error', type(ex).__name__)
e = y
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 26')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 26 error', type(ex).__name__)
e = (T.erf(x)) * (((y) ** 2) ** 2)
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 27')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 27 error', type(ex).__name__)
e = T.log(y)
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 28')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 28 error', type(ex).__name__)
e = (1 / (y)) / 3
try:
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 29')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 29 error', type(ex).__name__)
e = ((y) ** 2) + (b)
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 30')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 30 error', type(ex).__name__)
e = y
try:
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 31')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 31 error', type(ex).__name__)
e = T.inv(T.maximum(y, b))
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 32')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 32 error', type(ex).__name__)
e = T.log(x)
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 33')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 33 error', type(ex).__name__)
e = -T.tanh((y) / (y))
try:
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 34')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 34 error', type(ex).__name__)
e = x
try:
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 35')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 35 error', type(ex).__name__)
e = (2 * (y)) / (y)
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 36')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 36 error', type(ex).__name__)
e = y
try:
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 37')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 37 error', type(ex).__name__)
e = ((((T.log(b)) / (T.sqr(y))) - (x)) / (y)) ** 0.5
try:
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 38')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 38 error', type(ex).__name__)
e = T.erf(((T.sqrt(y)) / (y)) ** 2)
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 39')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 39 error', type(ex).__name__)
