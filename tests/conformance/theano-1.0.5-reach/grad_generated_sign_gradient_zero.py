# Covers: 40 generated cost expressions over x, y (dmatrix), b (dvector) and a shared W, each a T.mean/T.sum cost and its T.grad with respect to x, y, b or W (disconnected_inputs='ignore'), compiled and printed with debugprint (errors by their type); case 16 (sgn(log(1 - x) * sigmoid(log(1 - x))) ** 3) has a zero gradient (sgn's): the -0.0 / (1 - x) terms become an Alloc of 0.0 (local_zero_div: -0.0 is 0).
import numpy as np
import theano
import theano.tensor as T
x = T.dmatrix('x')
y = T.dmatrix('y')
b = T.dvector('b')
W = theano.shared(np.eye(3) * 0.5 + 0.1, name='W')
try:
    e = (x) * (T.nnet.sigmoid(T.nnet.sigmoid(-(T.sqr(-b)))) * T.exp(-(T.nnet.sigmoid(-(T.sqr(-b))))))
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 0')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 0 error', type(ex).__name__)
try:
    e = ((x) / (y)) + (T.exp(-(b)))
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 1')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 1 error', type(ex).__name__)
try:
    e = (T.log(1 - T.nnet.softplus((abs(x)) + ((x) ** 3)))) + (y)
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 2')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 2 error', type(ex).__name__)
try:
    e = T.nnet.sigmoid(-((T.nnet.softplus(T.log(1 - T.nnet.sigmoid(-x)))) / (1 / ((1 / (x)) * (T.inv(x))))))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 3')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 3 error', type(ex).__name__)
try:
    e = y
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 4')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 4 error', type(ex).__name__)
try:
    e = T.exp(T.exp(-((((x) * (x)) + ((b) ** 3)) - (T.nnet.sigmoid((y) / -2) * T.exp(-((y) / -2)))))) / (1 + T.exp(T.exp(-((((x) * (x)) + ((b) ** 3)) - (T.nnet.sigmoid((y) / -2) * T.exp(-((y) / -2)))))))
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 5')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 5 error', type(ex).__name__)
try:
    e = (T.log(1 + T.nnet.softplus(-T.nnet.sigmoid(y)))) - (x)
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 6')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 6 error', type(ex).__name__)
try:
    e = (T.nnet.softplus(T.sqrt(b))) + (x)
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 7')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 7 error', type(ex).__name__)
try:
    e = T.sqrt(T.log1p(y))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 8')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 8 error', type(ex).__name__)
try:
    e = y
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 9')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 9 error', type(ex).__name__)
try:
    e = (T.sqr((T.nnet.softplus(b)) + (T.sqrt(x)))) / ((T.dot(T.sum(b, axis=1, keepdims=True), W)) / -2)
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 10')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 10 error', type(ex).__name__)
try:
    e = T.log(1 - T.nnet.sigmoid(T.exp(-(T.dot(T.exp(x) / (1 + T.exp(x)), W)))))
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 11')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 11 error', type(ex).__name__)
try:
    e = (2 * (y)) / (((y) + (T.dot(y, W))) / (((y) + (x)) - (y)))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 12')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 12 error', type(ex).__name__)
try:
    e = x
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 13')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 13 error', type(ex).__name__)
try:
    e = T.sum(-b, axis=1, keepdims=True)
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 14')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 14 error', type(ex).__name__)
try:
    e = T.log(1 + (((y) / -2) + (T.erf(y))) / -2)
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 15')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 15 error', type(ex).__name__)
try:
    e = (T.sgn((T.log(1 - x)) * T.nnet.sigmoid(T.log(1 - x)))) ** 3
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 16')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 16 error', type(ex).__name__)
try:
    e = ((T.sum(x, axis=1, keepdims=True)) * T.nnet.sigmoid(T.sum(x, axis=1, keepdims=True))) * (T.exp(2 * (((x) / (y)) + (T.log(T.sum(T.exp(b), axis=1, keepdims=True))))))
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 17')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 17 error', type(ex).__name__)
try:
    e = T.erfc(b)
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 18')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 18 error', type(ex).__name__)
try:
    e = T.dot(abs(b), W)
    c = T.mean(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 19')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 19 error', type(ex).__name__)
try:
    e = 1 - (y)
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 20')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 20 error', type(ex).__name__)
try:
    e = (((((y) / -2) ** 3) - ((x) * ((x) * (x)))) * T.nnet.sigmoid((((y) / -2) ** 3) - ((x) * ((x) * (x))))) / -2
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 21')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 21 error', type(ex).__name__)
try:
    e = T.log(T.sum(T.exp(T.log(1 - T.nnet.sigmoid(y))), axis=1, keepdims=True))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 22')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 22 error', type(ex).__name__)
try:
    e = (T.dot(T.exp(((b) / -2) - (T.sqrt(y))), W)) + ((T.log(T.nnet.sigmoid(T.dot(x, W)))) ** 2)
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 23')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 23 error', type(ex).__name__)
try:
    e = (((T.log1p(-1 * (x))) ** 2) - (T.nnet.softplus(y))) - (y)
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 24')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 24 error', type(ex).__name__)
try:
    e = -1 * ((1 / (x)) + (T.dot(y, W)))
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 25')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 25 error', type(ex).__name__)
try:
    e = ((((x) * (b)) ** 3) ** 2) * ((b) * (T.log(1 + T.sqr(x))))
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 26')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 26 error', type(ex).__name__)
try:
    e = (T.nnet.softplus(x)) * (x)
    c = T.mean(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 27')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 27 error', type(ex).__name__)
try:
    e = T.log(((y) / (y)) - (T.log(T.sum(T.exp(x), axis=1, keepdims=True))))
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 28')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 28 error', type(ex).__name__)
try:
    e = T.nnet.softplus(T.nnet.sigmoid(-((2 * (T.exp(x) / (1 + T.exp(x)))) * ((T.sqrt(y)) - (T.log(1 - T.nnet.sigmoid(y)))))))
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 29')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 29 error', type(ex).__name__)
try:
    e = 1 - ((1 / (T.nnet.sigmoid(-(((x) * (x)) / -2)))) ** 3)
    c = T.mean(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 30')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 30 error', type(ex).__name__)
try:
    e = y
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 31')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 31 error', type(ex).__name__)
try:
    e = T.log(1 - T.nnet.sigmoid(1 / (T.log1p(b))))
    c = T.sum(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 32')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 32 error', type(ex).__name__)
try:
    e = ((x) ** 3) * (T.dot(T.dot(T.nnet.sigmoid(T.log1p(x)), W), W))
    c = T.mean(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 33')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 33 error', type(ex).__name__)
try:
    e = (T.sqr((y) - (b))) ** 2
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 34')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 34 error', type(ex).__name__)
try:
    e = (T.nnet.sigmoid(-((abs((y) / (b))) + (1 - (T.sqr(x)))))) - (T.sqr(-T.dot((b) / -2, W)))
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 35')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 35 error', type(ex).__name__)
try:
    e = (((T.nnet.sigmoid(-(T.nnet.softplus(x)))) * (T.dot((x) / (y), W))) * T.nnet.sigmoid((T.nnet.sigmoid(-(T.nnet.softplus(x)))) * (T.dot((x) / (y), W)))) * (T.log(1 + abs(T.log(T.nnet.sigmoid(T.nnet.softplus(x))))))
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 36')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 36 error', type(ex).__name__)
try:
    e = (abs(y)) / (T.log1p(b))
    c = T.mean(e)
    g = T.grad(c, b, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 37')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 37 error', type(ex).__name__)
try:
    e = (y) + ((1 / (y)) + (T.dot(x, W)))
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 38')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 38 error', type(ex).__name__)
try:
    e = T.nnet.sigmoid(-((T.exp(T.nnet.sigmoid(-(T.erfc(x))))) - ((y) - (((y) * (x)) + (y)))))
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 39')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 39 error', type(ex).__name__)
