# Covers: theano.shared's constructor errors as Theano 1.0.5 gives them: a broadcastable pattern the array's shape or ndim contradicts, with borrow too, a pattern for a scalar or a RandomState, an unsupported keyword (dtype): one TypeError naming the value and the keywords; a symbolic value; and the old sharedvar.value attribute, read or set.
import numpy as np
import theano
import theano.tensor as T
def report(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))
report('bcast wrong', lambda: theano.shared(np.zeros((2, 3)), broadcastable=(True, False)).type)
report('bcast ndim', lambda: theano.shared(np.zeros((2, 3)), name='w', broadcastable=(False,)).type)
report('bcast ok', lambda: theano.shared(np.zeros((1, 3)), broadcastable=(True, False)).type)
report('bcast borrow', lambda: theano.shared(np.zeros((2, 3)), borrow=True, broadcastable=(True, False)).type)
report('scalar bcast', lambda: theano.shared(1.0, broadcastable=()).type)
report('unknown kw', lambda: theano.shared(np.zeros(2), dtype='float32').type)
report('symbolic', lambda: theano.shared(T.dvector()))
report('rng bcast', lambda: theano.shared(np.random.RandomState(1), broadcastable=()))
s = theano.shared(np.zeros(2))
report('value get', lambda: s.value)
def setv():
    s.value = 3
report('value set', setv)
report('borrow ok', lambda: theano.shared(np.zeros(2), borrow=True).type)
