# Covers: theano.config.compute_test_value: 'raise' makes each node compute its outputs' test values from x.tag.test_value (a list kept as given), shared values and constants at graph-build time: dot, softmax, an NLL cost with integer-vector indexing, its gradient, argmax, slices, sums, reshape, a random draw (its stream left where it was), scan (sequence and n_steps), ifelse, switch, concatenate, shape; build-time errors for shape mismatches (dot, elemwise, reshape, an index out of range), an input without a test value ('raise' message, 'warn', 'ignore'), a test value of the wrong ndim or dtype, an invalid flag; a compiled function's values; 'off' again.
import warnings
import numpy as np
import theano
import theano.ifelse
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def report(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        # the message without the backtrace's file lines (they name the script's path)
        print(label, type(e).__name__, '\n'.join(l for l in str(e).split('\n')
                                                 if not l.startswith('  ')))


print(theano.config.compute_test_value)
theano.config.compute_test_value = 'raise'
print(theano.config.compute_test_value)
x = T.dmatrix('x')
x.tag.test_value = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
print(type(x.tag.test_value).__name__)
y = T.ivector('y')
y.tag.test_value = np.array([0, 2], dtype='int32')
W = theano.shared(np.arange(12.0).reshape(3, 4) / 10, name='W')
b = theano.shared(np.zeros(4), name='b')
p = T.nnet.softmax(T.dot(x, W) + b)
print('p', p.tag.test_value.round(6).tolist())
cost = -T.mean(T.log(p)[T.arange(y.shape[0]), y])
print('cost', round(float(cost.tag.test_value), 8))
g = T.grad(cost, W)
print('grad', g.tag.test_value.round(6).tolist())
print('argmax', T.argmax(p, axis=1).tag.test_value.tolist())
print('sub', x[1:, ::2].tag.test_value.tolist(), x[0].tag.test_value.tolist())
print('sum', x.sum(axis=0).tag.test_value.tolist(), x.T.tag.test_value.shape)
print('reshape', x.reshape((3, 2)).tag.test_value.tolist())
srng = RandomStreams(seed=1)
u = srng.uniform((3,))
print('uniform', u.tag.test_value.round(8).tolist())
print('drawn', theano.function([], u)().round(8).tolist())
f = theano.function([x, y], cost, updates=[(W, W - 0.1 * g)])
print('f', round(float(f(np.ones((2, 3)), np.array([1, 1], dtype='int32'))), 8))
v = T.dvector('v')
v.tag.test_value = np.array([1.0, 2.0, 3.0])
s, _ = theano.scan(lambda vt, acc: acc + vt, sequences=v, outputs_info=T.constant(np.float64(0.0)))
print('scan', s.tag.test_value.tolist())
n = T.iscalar('n')
n.tag.test_value = 3
r, _ = theano.scan(lambda a: a * 2, outputs_info=v, n_steps=n)
print('scan n_steps', r.tag.test_value.tolist())
c = theano.ifelse.ifelse(T.gt(v.sum(), 0), v, -v)
print('ifelse', c.tag.test_value.tolist())
print('switch', T.switch(v > 2, v, 0).tag.test_value.tolist())
print('concat', T.concatenate([v, v]).tag.test_value.tolist())
print('shape', v.shape.tag.test_value.tolist(), T.zeros_like(v).tag.test_value.tolist())
print('cast', T.cast(v, 'int32').tag.test_value.dtype, T.clip(v, 1.5, 2.5).tag.test_value.tolist())
report('dot mismatch', lambda: T.dot(x, W.T))
report('add mismatch', lambda: x + T.ones((3, 3)))
report('reshape bad', lambda: x.reshape((4, 2)))
report('index out', lambda: x[5])
w = T.dvector('w')
report('missing', lambda: x + w)
bad = T.dmatrix('bad')
bad.tag.test_value = np.ones(3)
report('bad ndim', lambda: bad * 2)
bi = T.imatrix('bi')
bi.tag.test_value = np.ones((2, 2))
report('bad dtype', lambda: bi + 1)
report('bogus flag', lambda: setattr(theano.config, 'compute_test_value', 'bogus'))
theano.config.compute_test_value = 'warn'
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    k = x * 2 + w
print('warn', hasattr(k.tag, 'test_value'), [str(m.message) for m in caught if 'test value' in str(m.message)])
theano.config.compute_test_value = 'ignore'
print('ignore', hasattr((x * 2 + w).tag, 'test_value'), hasattr((x * 2).tag, 'test_value'))
theano.config.compute_test_value = 'off'
print('off', hasattr((x * 2).tag, 'test_value'))
