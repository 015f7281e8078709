# Covers: 40 generated cost expressions over x, y (dmatrix), b (dvector) and a shared W, each a T.mean/T.sum cost and its T.grad with respect to x, y, b or W (disconnected_inputs='ignore'), compiled and printed with debugprint (errors by their type); case 17 (1 - abs(sqrt(inv(log(sum(exp(y), axis=1, keepdims=True))) / x))) fuses sqrt(inv(a * x)): the inv of the log-sum-exp is 1 / lse in canonical form, merged into the quotient's denominator.
import numpy as np
import theano
import theano.tensor as T
x = T.dmatrix('x')
y = T.dmatrix('y')
b = T.dvector('b')
W = theano.shared(np.eye(3) * 0.5 + 0.1, name='W')
try:
    e = (T.log(1 - y)) ** 2
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 0')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 0 error', type(ex).__name__)
try:
    e = (T.sum((y) / -2, axis=1, keepdims=True)) / (b)
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 1')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 1 error', type(ex).__name__)
try:
    e = y
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 2')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 2 error', type(ex).__name__)
try:
    e = 1 / (T.exp(-(T.nnet.sigmoid(-(b)))))
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 3')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 3 error', type(ex).__name__)
try:
    e = T.sqrt((T.log(1 - y)) - ((b) * (y)))
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 4')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 4 error', type(ex).__name__)
try:
    e = T.inv((x) + (x))
    c = T.mean(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 5')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 5 error', type(ex).__name__)
try:
    e = ((((x) ** 2) ** 3) + (T.log(1 - T.nnet.sigmoid((y) * (b))))) ** 3
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 6')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 6 error', type(ex).__name__)
try:
    e = T.dot((y) * (x), W)
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 7')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 7 error', type(ex).__name__)
try:
    e = T.exp(-(y))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 8')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 8 error', type(ex).__name__)
try:
    e = T.exp(((y) - (x)) - ((x) ** 2))
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 9')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 9 error', type(ex).__name__)
try:
    e = ((y) + (T.dot(b, W))) / (T.exp((x) ** 2))
    c = T.mean(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 10')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 10 error', type(ex).__name__)
try:
    e = -T.log(T.nnet.sigmoid((b) * (y)))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 11')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 11 error', type(ex).__name__)
try:
    e = (y) / (((1 - ((x) - (x))) / (T.log(T.nnet.sigmoid(T.nnet.sigmoid(x) * T.exp(-(x)))))) - (T.sgn(T.log(T.sum(T.exp((b) - (b)), axis=1, keepdims=True)))))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 12')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 12 error', type(ex).__name__)
try:
    e = (((x) / (T.log(1 + b))) / (T.erf(T.nnet.sigmoid(y) * T.exp(-(y))))) / (T.log(1 - T.nnet.sigmoid(1 - (x))))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 13')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 13 error', type(ex).__name__)
try:
    e = T.erf((x) - (y))
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 14')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 14 error', type(ex).__name__)
try:
    e = x
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 15')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 15 error', type(ex).__name__)
try:
    e = y
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 16')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 16 error', type(ex).__name__)
try:
    e = 1 - (abs(T.sqrt((T.inv(T.log(T.sum(T.exp(y), axis=1, keepdims=True)))) / (x))))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 17')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 17 error', type(ex).__name__)
try:
    e = ((b) * (x)) * ((x) + (b))
    c = T.mean(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 18')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 18 error', type(ex).__name__)
try:
    e = T.log(T.nnet.sigmoid((b) * T.nnet.sigmoid(b)))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 19')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 19 error', type(ex).__name__)
try:
    e = b
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 20')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 20 error', type(ex).__name__)
try:
    e = x
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 21')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 21 error', type(ex).__name__)
try:
    e = T.sqrt((y) + (y))
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 22')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 22 error', type(ex).__name__)
try:
    e = T.log(1 - T.exp(-(b)))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 23')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 23 error', type(ex).__name__)
try:
    e = T.nnet.sigmoid(-(T.nnet.softplus(T.log(T.nnet.sigmoid(x)))))
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 24')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 24 error', type(ex).__name__)
try:
    e = T.sqr(T.nnet.softplus((T.sqrt(y)) * (T.log1p(y))))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 25')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 25 error', type(ex).__name__)
try:
    e = y
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 26')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 26 error', type(ex).__name__)
try:
    e = T.inv(x)
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 27')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 27 error', type(ex).__name__)
try:
    e = T.exp(-(T.exp(-(T.dot(T.sum(b, axis=1, keepdims=True), W)))))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 28')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 28 error', type(ex).__name__)
try:
    e = (-1 * (T.exp(x) / (1 + T.exp(x)))) + (T.log(1 - T.nnet.sigmoid(-x)))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 29')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 29 error', type(ex).__name__)
try:
    e = T.log(1 - T.nnet.sigmoid((T.exp(-1 * ((x) + (b)))) + ((T.sgn(T.log(T.sum(T.exp(T.exp(b)), axis=1, keepdims=True)))) ** 3)))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 30')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 30 error', type(ex).__name__)
try:
    e = (T.log(x)) / ((b) + (y))
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 31')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 31 error', type(ex).__name__)
try:
    e = 1 / (T.erfc((x) / ((x) / (y))))
    c = T.mean(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 32')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 32 error', type(ex).__name__)
try:
    e = T.nnet.sigmoid(-(1 - (T.dot((T.dot(y, W)) / ((T.dot(b, W)) * ((x) * (y))), W))))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 33')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 33 error', type(ex).__name__)
try:
    e = x
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 34')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 34 error', type(ex).__name__)
try:
    e = T.exp(-(T.nnet.sigmoid(-((T.sgn((y) * (y))) - (T.log(T.exp(b) + 1))))))
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 35')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 35 error', type(ex).__name__)
try:
    e = T.nnet.softplus((b) ** 2)
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 36')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 36 error', type(ex).__name__)
try:
    e = x
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 37')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 37 error', type(ex).__name__)
try:
    e = T.sum(T.erf(T.exp(-(y))), axis=1, keepdims=True)
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 38')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 38 error', type(ex).__name__)
try:
    e = T.nnet.sigmoid(-(T.log(T.exp(-T.erf(y)) + 1)))
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 39')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 39 error', type(ex).__name__)
