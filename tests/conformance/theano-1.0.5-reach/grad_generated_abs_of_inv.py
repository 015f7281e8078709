# Covers: 40 generated cost expressions over x, y (dmatrix), b (dvector) and a shared W, each a T.mean/T.sum cost and its T.grad with respect to x, y, b or W (disconnected_inputs='ignore'), compiled and printed with debugprint (errors by their type); case 32 (log(1 - dot(abs(inv(y)), W)) - ...) compiles abs(inv(y)) to inv(abs(y)): the mul canonizer writes a lone inv(y) as 1 / y (its family has no reciprocal), local_abs_lift lifts the abs, and specialize turns 1 / abs(y) back into inv.
import numpy as np
import theano
import theano.tensor as T
x = T.dmatrix('x')
y = T.dmatrix('y')
b = T.dvector('b')
W = theano.shared(np.eye(3) * 0.5 + 0.1, name='W')
e = (x) ** -1
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 0')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 0 error', type(ex).__name__)
e = T.nnet.relu(T.nnet.relu(y))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 1')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 1 error', type(ex).__name__)
e = T.sqrt(x)
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 2')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 2 error', type(ex).__name__)
e = T.dot(1 - (y), W)
try:
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 3')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 3 error', type(ex).__name__)
e = T.maximum(x, T.nnet.sigmoid(T.nnet.relu(y)))
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 4')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 4 error', type(ex).__name__)
e = T.sqrt((x) - (y))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 5')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 5 error', type(ex).__name__)
e = 2 * ((y) * (x))
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 6')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 6 error', type(ex).__name__)
e = (T.nnet.sigmoid(x)) + (x)
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 7')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 7 error', type(ex).__name__)
e = (T.log(1 - y)) ** 0.5
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 8')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 8 error', type(ex).__name__)
e = y
try:
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 9')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 9 error', type(ex).__name__)
e = x
try:
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 10')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 10 error', type(ex).__name__)
e = T.maximum(x, (x) - (y))
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 11')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 11 error', type(ex).__name__)
e = T.dot(x, W)
try:
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 12')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 12 error', type(ex).__name__)
e = T.nnet.sigmoid(-(T.dot(T.exp(-(x)), W)))
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 13')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 13 error', type(ex).__name__)
e = y
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 14')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 14 error', type(ex).__name__)
e = (T.inv(x)) - (T.maximum(b, x))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 15')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 15 error', type(ex).__name__)
e = y
try:
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 16')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 16 error', type(ex).__name__)
e = 1 / ((x) * (x))
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 17')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 17 error', type(ex).__name__)
e = (((x) * (x)) ** -1) / (T.exp(-((y) - (x))))
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 18')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 18 error', type(ex).__name__)
e = T.nnet.relu((y) ** 0.5)
try:
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 19')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 19 error', type(ex).__name__)
e = 1 - (T.tanh((2 * (y)) * ((y) + (y))))
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 20')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 20 error', type(ex).__name__)
e = T.exp(-((x) + (y)))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 21')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 21 error', type(ex).__name__)
e = y
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 22')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 22 error', type(ex).__name__)
e = x
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 23')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 23 error', type(ex).__name__)
e = T.maximum(T.log1p(b), 1 - (1 - (1 / (y))))
try:
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 24')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 24 error', type(ex).__name__)
e = x
try:
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 25')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 25 error', type(ex).__name__)
e = (T.exp(T.sqr(y))) - (T.sqrt(T.maximum((x) + (y), 2 * (x))))
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 26')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 26 error', type(ex).__name__)
e = T.log1p(T.maximum(x, y))
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 27')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 27 error', type(ex).__name__)
e = ((x) - (y)) / (1 - (x))
try:
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 28')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 28 error', type(ex).__name__)
e = b
try:
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 29')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 29 error', type(ex).__name__)
e = ((T.log1p(T.dot((x) ** 2, W))) ** 0.5) ** 0.5
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 30')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 30 error', type(ex).__name__)
e = y
try:
    c = T.mean(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 31')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 31 error', type(ex).__name__)
e = (T.log(1 - T.dot(abs(T.inv(y)), W))) - ((1 - (T.inv((y) * 0.5))) / (1 / ((T.nnet.sigmoid(y)) ** 0.5)))
try:
    c = T.sum(e) / 4
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 32')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 32 error', type(ex).__name__)
e = (T.exp(-((T.exp(-(b))) ** 0.5))) * (x)
try:
    c = T.sum(e)
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 33')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 33 error', type(ex).__name__)
e = T.log(1 + T.nnet.sigmoid(-(y)))
try:
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 34')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 34 error', type(ex).__name__)
e = T.maximum(x, (-(b) * (b)) / (T.exp(-(T.dot(x, W)))))
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 35')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 35 error', type(ex).__name__)
e = x
try:
    c = T.mean(T.sum(e, axis=1))
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 36')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 36 error', type(ex).__name__)
e = 2 * (-(x) * (T.sqrt(x)))
try:
    c = T.sum(e) / 4
    g = T.grad(c, W, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 37')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 37 error', type(ex).__name__)
e = (2 * (T.maximum((y) * (b), y))) * (T.log(1 + b))
try:
    c = T.sum(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 38')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 38 error', type(ex).__name__)
e = (T.nnet.sigmoid((T.maximum(2 * (x), (x) ** 0.5)) / ((2 * (y)) - (T.dot(x, W))))) / ((T.log1p(x)) - (y))
try:
    c = T.mean(e)
    g = T.grad(c, x, disconnected_inputs='ignore')
    f = theano.function([x, y, b], [c, g], on_unused_input='ignore')
    print('case 39')
    theano.printing.debugprint(f)
except Exception as ex:
    print('case 39 error', type(ex).__name__)
