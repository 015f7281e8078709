# Covers: 40 generated cost expressions over x, y (dmatrix), b (dvector) and a shared W, each a T.mean/T.sum cost and its T.grad with respect to x, y, b or W (disconnected_inputs='ignore'), compiled and printed with debugprint (errors by their type); cases 1 and 27 (sums and quotients of x - x) differentiate through 0 / ... and 0 * ... terms that local_zero_div and local_mul_specialize make zeros of the right shape.
import numpy as np
import theano
import theano.tensor as T
x = T.dmatrix('x')
y = T.dmatrix('y')
b = T.dvector('b')
W = theano.shared(np.eye(3) * 0.5 + 0.1, name='W')
try:
    e = T.log(T.nnet.sigmoid(-1 * (T.nnet.sigmoid(-(x)))))
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 0')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 0 error', type(ex).__name__)
try:
    e = T.exp(-(((T.sum((x) - (x), axis=1, keepdims=True)) / (T.sum(T.nnet.sigmoid((y) + (y)), axis=1, keepdims=True))) / (T.dot(-1 * (T.sum((x) / (x), axis=1, keepdims=True)), W))))
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 1')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 1 error', type(ex).__name__)
try:
    e = T.erf(x)
    c = T.mean(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 2')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 2 error', type(ex).__name__)
try:
    e = x
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 3')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 3 error', type(ex).__name__)
try:
    e = 1 / (T.exp(T.log(1 - T.nnet.sigmoid(2 * (T.nnet.sigmoid((y) * (y)))))) / (1 + T.exp(T.log(1 - T.nnet.sigmoid(2 * (T.nnet.sigmoid((y) * (y))))))))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 4')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 4 error', type(ex).__name__)
try:
    e = ((y) * (b)) * T.nnet.sigmoid((y) * (b))
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 5')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 5 error', type(ex).__name__)
try:
    e = T.log(T.nnet.sigmoid(x))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 6')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 6 error', type(ex).__name__)
try:
    e = T.sqr(T.log(1 + y))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 7')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 7 error', type(ex).__name__)
try:
    e = y
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 8')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 8 error', type(ex).__name__)
try:
    e = y
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 9')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 9 error', type(ex).__name__)
try:
    e = -1 * (T.erf(x))
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 10')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 10 error', type(ex).__name__)
try:
    e = T.log(T.exp(T.dot((y) * (y), W)) + 1)
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 11')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 11 error', type(ex).__name__)
try:
    e = T.log(1 + x)
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 12')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 12 error', type(ex).__name__)
try:
    e = (T.log(1 - (b) * (x))) / (T.nnet.softplus((x) ** 3))
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 13')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 13 error', type(ex).__name__)
try:
    e = T.log(T.exp(T.log(1 + (b) - (b))) + 1)
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 14')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 14 error', type(ex).__name__)
try:
    e = T.log(T.exp(T.inv(x)) + 1)
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 15')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 15 error', type(ex).__name__)
try:
    e = abs(x)
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 16')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 16 error', type(ex).__name__)
try:
    e = (T.log(T.sum(T.exp(x), axis=1, keepdims=True))) / (y)
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 17')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 17 error', type(ex).__name__)
try:
    e = ((-y) * T.nnet.sigmoid(-y)) / ((T.erfc((x) / (b))) * (T.exp(T.log(T.sum(T.exp(y), axis=1, keepdims=True)))))
    c = T.mean(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 18')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 18 error', type(ex).__name__)
try:
    e = x
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 19')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 19 error', type(ex).__name__)
try:
    e = (T.sum(T.inv(((b) * (y)) - ((y) / (y))), axis=1, keepdims=True)) * (T.erf(T.dot(T.log1p(x), W)))
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 20')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 20 error', type(ex).__name__)
try:
    e = T.sqrt(T.exp(T.log(1 - T.nnet.sigmoid(T.exp(T.sgn(T.inv(y)))))))
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 21')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 21 error', type(ex).__name__)
try:
    e = T.dot((T.sgn(y)) + ((y) / -2), W)
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 22')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 22 error', type(ex).__name__)
try:
    e = T.log(T.nnet.sigmoid(T.sqr((T.erf(x)) ** 2)))
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 23')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 23 error', type(ex).__name__)
try:
    e = T.log(T.sum(T.exp(T.exp(b) / (1 + T.exp(b))), axis=1, keepdims=True))
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 24')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 24 error', type(ex).__name__)
try:
    e = T.dot(T.exp(-(T.exp(b) / (1 + T.exp(b)))), W)
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 25')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 25 error', type(ex).__name__)
try:
    e = x
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 26')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 26 error', type(ex).__name__)
try:
    e = T.log((1 / (x)) * ((x) - (x)))
    c = T.mean(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 27')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 27 error', type(ex).__name__)
try:
    e = (T.dot(T.log(T.nnet.sigmoid((x) - (y))), W)) * (T.nnet.sigmoid(((x) * (y)) / (T.log(T.nnet.sigmoid(x)))) * T.exp(-(((x) * (y)) / (T.log(T.nnet.sigmoid(x))))))
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 28')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 28 error', type(ex).__name__)
try:
    e = (((((b) - (y)) ** 3) * ((T.log(T.sum(T.exp(x), axis=1, keepdims=True))) * (b))) - ((-1 * (1 - (y))) / (T.sqrt((x) - (x))))) / -2
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 29')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 29 error', type(ex).__name__)
try:
    e = (T.sqr(1 - (x))) * (b)
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 30')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 30 error', type(ex).__name__)
try:
    e = ((T.exp(y)) - (T.erfc(y))) / -2
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 31')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 31 error', type(ex).__name__)
try:
    e = T.exp(-(T.nnet.sigmoid(T.nnet.sigmoid(y) * T.exp(-(y))) * T.exp(-(T.nnet.sigmoid(y) * T.exp(-(y))))))
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 32')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 32 error', type(ex).__name__)
try:
    e = T.sqrt((T.dot(T.log(1 + (x) - (x)), W)) ** 3)
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 33')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 33 error', type(ex).__name__)
try:
    e = T.log(1 - 1 / (T.log(T.sum(T.exp(x), axis=1, keepdims=True))))
    c = T.mean(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 34')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 34 error', type(ex).__name__)
try:
    e = T.nnet.sigmoid(-(T.nnet.sigmoid(-(T.exp(y)))))
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 35')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 35 error', type(ex).__name__)
try:
    e = (y) / -2
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 36')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 36 error', type(ex).__name__)
try:
    e = x
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 37')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 37 error', type(ex).__name__)
try:
    e = T.sum(T.erfc((b) + (x)), axis=1, keepdims=True)
    c = T.mean(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 38')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 38 error', type(ex).__name__)
try:
    e = T.erf(T.exp(-(y)))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 39')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 39 error', type(ex).__name__)
