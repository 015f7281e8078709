# Covers: 40 generated cost expressions over x, y (dmatrix), b (dvector) and a shared W, each a T.mean/T.sum cost and its T.grad with respect to x, y, b or W (disconnected_inputs='ignore'), compiled and printed with debugprint (errors by their type); case 17 (maximum(erf(x * x), 2 * sigmoid(maximum(x, x)))) differentiates to a 0 / x that Theano's local_zero_div makes a zero of the quotient's shape, so the sum of the two branch gradients loses its zero term.
import numpy as np
import theano
import theano.tensor as T
x = T.dmatrix('x')
y = T.dmatrix('y')
b = T.dvector('b')
W = theano.shared(np.eye(3) * 0.5 + 0.1, name='W')
e = T.nnet.relu(T.nnet.relu(y))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 0')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 0 error', type(ex).__name__)
e = ((2 * (y)) * ((y) + (b))) * 0.5
try:
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 1')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 1 error', type(ex).__name__)
e = T.nnet.relu(T.dot(y, W))
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 2')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 2 error', type(ex).__name__)
e = T.tanh(T.exp(-((y) - (b))))
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 3')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 3 error', type(ex).__name__)
e = T.dot(-((T.nnet.sigmoid(-(y))) * 0.5) * ((T.log1p(y)) - (x)), W)
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 4')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 4 error', type(ex).__name__)
e = (b) + (T.inv(x))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 5')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 5 error', type(ex).__name__)
e = T.nnet.relu((x) / (b))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 6')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 6 error', type(ex).__name__)
e = ((y) / (y)) ** -1
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 7')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 7 error', type(ex).__name__)
e = (-T.exp((x) - (y))) * (((T.nnet.sigmoid(-(x))) ** -1) + (T.log((x) ** -1)))
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 8')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 8 error', type(ex).__name__)
e = y
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 9')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 9 error', type(ex).__name__)
e = T.erf(T.dot(abs((y) ** 0.5), W))
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 10')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 10 error', type(ex).__name__)
e = T.dot(T.sqr(x), W)
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 11')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 11 error', type(ex).__name__)
e = (T.inv(x)) + ((T.tanh(-(y) - (b))) + ((y) * (T.maximum(T.dot(y, W), y))))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 12')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 12 error', type(ex).__name__)
e = (y) - (b)
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 13')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 13 error', type(ex).__name__)
e = x
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 14')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 14 error', type(ex).__name__)
e = 1 - (b)
try:
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 15')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 15 error', type(ex).__name__)
e = (abs(b)) / (abs((x) * (y)))
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 16')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 16 error', type(ex).__name__)
e = T.maximum(T.erf((x) * (x)), 2 * (T.nnet.sigmoid(T.maximum(x, x))))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 17')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 17 error', type(ex).__name__)
e = T.exp(T.nnet.sigmoid(T.log(1 + (x) / (b))))
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 18')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 18 error', type(ex).__name__)
e = ((y) / ((T.tanh(x)) + ((x) * 0.5))) - (x)
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 19')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 19 error', type(ex).__name__)
e = T.inv(abs(T.nnet.sigmoid((y) / (x))))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 20')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 20 error', type(ex).__name__)
e = T.dot(T.nnet.sigmoid(x), W)
try:
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 21')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 21 error', type(ex).__name__)
e = (T.nnet.sigmoid(y)) ** 0.5
try:
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 22')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 22 error', type(ex).__name__)
e = (((((b) / (b)) / (T.log(1 - y))) / ((y) * (T.maximum(y, b)))) ** -1) / (-2 * (T.nnet.sigmoid(-(T.dot(y, W)))))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 23')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 23 error', type(ex).__name__)
e = y
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 24')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 24 error', type(ex).__name__)
e = T.log(1 - T.nnet.sigmoid(-(T.log(1 + b))))
try:
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 25')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 25 error', type(ex).__name__)
e = (abs(y)) / 3
try:
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 26')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 26 error', type(ex).__name__)
e = -b
try:
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 27')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 27 error', type(ex).__name__)
e = 1 - (x)
try:
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 28')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 28 error', type(ex).__name__)
e = ((x) - (T.nnet.sigmoid(T.log(1 - y)))) ** -1
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 29')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 29 error', type(ex).__name__)
e = 1 - (b)
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 30')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 30 error', type(ex).__name__)
e = T.log(1 + T.dot((T.dot(b, W)) + (T.log(1 - b)), W))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 31')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 31 error', type(ex).__name__)
e = T.sqr((y) * (b))
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 32')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 32 error', type(ex).__name__)
e = (T.dot(y, W)) / ((-(T.nnet.sigmoid(-(b))) + (1 / (y))) / 3)
try:
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 33')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 33 error', type(ex).__name__)
e = -T.maximum((T.exp(-(T.dot(y, W)))) * (1 / (T.sqr(b))), x)
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 34')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 34 error', type(ex).__name__)
e = 1 - ((b) * 0.5)
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 35')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 35 error', type(ex).__name__)
e = ((y) + (T.log(1 + b))) + (T.dot(((y) * (x)) ** 2, W))
try:
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 36')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 36 error', type(ex).__name__)
e = T.log(1 - (T.nnet.sigmoid(-(b))) - (T.nnet.sigmoid(T.sqrt(x))))
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 37')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 37 error', type(ex).__name__)
e = T.log(T.dot(y, W))
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 38')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 38 error', type(ex).__name__)
e = T.exp((T.log((1 / (y)) ** -1)) / ((T.log(1 + T.exp(y))) - (T.log1p(x))))
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 39')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 39 error', type(ex).__name__)
