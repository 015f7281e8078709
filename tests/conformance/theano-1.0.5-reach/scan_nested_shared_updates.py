# Covers: scans a model writes around shared state: a step that returns its updates as a dict ({counter: counter + 1}), as an OrderedDict with two shared variables, a nested scan (an inner scan over a row inside an outer scan over rows) accumulating into a shared total, an outer scan whose inner step draws from a RandomStreams stream, and the updates of both levels passed to theano.function.
from collections import OrderedDict
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


counter = theano.shared(np.float64(0.0), name='counter')
total = theano.shared(np.float64(0.0), name='total')
x = T.dvector('x')


def step_dict(xt):
    return xt * 2, {counter: counter + 1}


out, upd = theano.scan(step_dict, sequences=x)
print(type(upd).__name__, len(upd))
f = theano.function([x], out, updates=upd)
show('dict', f(np.array([1.0, 2.0, 3.0])))
print(float(counter.get_value()))


def step_ordered(xt):
    return xt + counter, OrderedDict([(counter, counter + xt), (total, total + 1)])


out2, upd2 = theano.scan(step_ordered, sequences=x)
g = theano.function([x], out2, updates=upd2)
show('ordered', g(np.array([1.0, 2.0])))
print(float(counter.get_value()), float(total.get_value()))

m = T.dmatrix('m')


def outer_row(row):
    inner, _ = theano.scan(lambda v, acc: acc + v * v, sequences=row,
                           outputs_info=T.zeros((), dtype='float64'))
    return inner[-1]


norms, nupd = theano.scan(outer_row, sequences=m)
h = theano.function([m], norms, updates=nupd)
show('nested', h(np.arange(6.0).reshape(2, 3)))

srng = RandomStreams(seed=8)


def noisy_row(row):
    inner, inner_upd = theano.scan(lambda v: v + srng.normal(()), sequences=row)
    return inner.sum(), inner_upd


sums, supd = theano.scan(noisy_row, sequences=m)
print(len(supd))
k = theano.function([m], sums, updates=supd)
show('noisy_nested', k(np.ones((2, 3))))
show('noisy_nested', k(np.ones((2, 3))))
