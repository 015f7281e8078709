# Covers: scan's argument forms and mistakes around steps and taps, as Theano 1.0.5 answers them: a negative constant or symbolic n_steps, zero steps, a sequence shorter than n_steps, a step function of the wrong arity, numpy non-sequences and sequences, Python and numpy initial states, more returned values than outputs_info, output taps that are not negative, repeated, None or empty without an initial state, and theano.map/reduce/foldl/foldr.
import numpy as np
import theano
import theano.tensor as T
x = T.dvector('x'); k = T.iscalar('k')
def report(label, fn):
    try:
        r = fn()
        print(label, 'ok', np.round(r, 6).tolist() if hasattr(r, 'shape') else r)
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0][:300])
report('neg steps', lambda: theano.function([x], theano.scan(lambda a: a * 2, outputs_info=x, n_steps=-2)[0])(np.ones(2)))
report('sym neg steps', lambda: theano.function([x, k], theano.scan(lambda a: a * 2, outputs_info=x, n_steps=k)[0])(np.ones(2), -1))
report('zero steps', lambda: theano.function([x, k], theano.scan(lambda a: a * 2, outputs_info=x, n_steps=k)[0])(np.ones(2), 0))
report('seq shorter', lambda: theano.function([x, k], theano.scan(lambda a: a * 2, sequences=x, n_steps=k)[0])(np.ones(2), 5))
report('fn arity', lambda: theano.scan(lambda: x * 2, sequences=x))
report('fn arity2', lambda: theano.scan(lambda a, b, c: a * 2, sequences=x))
report('nonseq list of np', lambda: theano.function([x], theano.scan(lambda a, w: a * w, sequences=x, non_sequences=np.float64(2.0))[0])(np.ones(2)))
report('seq numpy', lambda: theano.function([], theano.scan(lambda a: a * 2, sequences=np.arange(3.0))[0])())
report('outputs_info scalar python', lambda: theano.function([x], theano.scan(lambda a, acc: acc + a, sequences=x, outputs_info=0.0)[0])(np.ones(3)))
report('outputs_info int', lambda: theano.function([x], theano.scan(lambda a, acc: acc + a, sequences=x, outputs_info=np.int64(0))[0])(np.ones(3)))
report('return tuple of 3 with 2 outputs_info', lambda: theano.scan(lambda a: (a, a * 2, a * 3), sequences=x, outputs_info=[None, None]))
report('taps positive on output', lambda: theano.scan(lambda a, h: a + h, sequences=x, outputs_info=dict(initial=x, taps=[1])))
report('map', lambda: theano.function([x], theano.map(lambda a: a ** 2, sequences=x)[0])(np.arange(3.0)))
report('reduce', lambda: theano.function([x], theano.reduce(lambda a, acc: acc + a, sequences=x, outputs_info=T.as_tensor_variable(np.float64(0)))[0])(np.arange(3.0)))
report('foldl', lambda: theano.function([x], theano.foldl(lambda a, acc: acc * 2 + a, sequences=x, outputs_info=T.as_tensor_variable(np.float64(1)))[0])(np.arange(3.0)))
report('foldr', lambda: theano.function([x], theano.foldr(lambda a, acc: acc * 2 + a, sequences=x, outputs_info=T.as_tensor_variable(np.float64(1)))[0])(np.arange(3.0)))
report('taps dup', lambda: theano.scan(lambda a, h, h2: a + h, sequences=x, outputs_info=dict(initial=T.dmatrix('m'), taps=[-1, -1])))
report('taps zero', lambda: theano.scan(lambda a, h: a + h, sequences=x, outputs_info=dict(initial=x, taps=[0])))
report('taps none', lambda: theano.function([x], theano.scan(lambda a, h: a + h, sequences=x, outputs_info=dict(initial=T.as_tensor_variable(np.float64(0)), taps=None))[0])(np.ones(2)))
report('taps empty no initial', lambda: theano.scan(lambda a: a * 2, sequences=x, outputs_info=dict(taps=[])))
report('initial none taps none', lambda: theano.function([x], theano.scan(lambda a: a * 2, sequences=x, outputs_info=dict(initial=None))[0])(np.ones(2)))
