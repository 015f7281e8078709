# Covers: theano.function with a `givens` key the outputs never read: the shared variables its value reads (named, unnamed, inside an expression) are inputs after the explicit ones, so Theano raises UnusedInputError at their index; on_unused_input='ignore' and 'warn' compile; a used given, an updated shared variable and a random draw (its stream is updated) raise nothing.
import warnings
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def report(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, str(e))


x, y = T.dscalar('x'), T.dscalar('y')
s = theano.shared(np.float64(2.0), name='s')
anon = theano.shared(np.float64(5.0))
w = theano.shared(np.zeros(2), name='w')
report('no inputs', lambda: theano.function([], T.constant(1.0), givens={y: s})())
report('after x', lambda: theano.function([x], x * 2, givens={y: s})(3.0))
report('unnamed', lambda: theano.function([x], x * 2, givens=[(y, anon)])(3.0))
report('expression', lambda: theano.function([x], x * 2, givens={y: s + anon})(3.0))
report('graph shared first', lambda: theano.function([x], x * w.sum(), givens={y: s})(3.0))
report('ignore', lambda: theano.function([], T.constant(1.0), givens={y: s},
                                         on_unused_input='ignore')())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    report('warn', lambda: theano.function([x], x * 2, givens={y: s}, on_unused_input='warn')(3.0))
print('warning', [str(c.message) for c in caught if 'theano.function' in str(c.message)])
report('bad flag', lambda: theano.function([], T.constant(1.0), givens={y: s},
                                           on_unused_input='loud'))
report('used', lambda: theano.function([x], x * y, givens={y: s})(3.0))
report('updated', lambda: theano.function([], T.constant(1.0), givens={y: s},
                                          updates={s: s + 1})())
print('s after update', s.get_value())
srng = RandomStreams(seed=3)
report('random draw', lambda: theano.function([], T.constant(1.0), givens={y: srng.uniform(())})())
report('unused explicit and given', lambda: theano.function([x, y], T.constant(1.0), givens={y: s}))
