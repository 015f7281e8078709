# Covers: how scan reads a step's return value and outputs_info, as users get them wrong or unusual: (updates, outputs) in that order (Theano's 'has been restricted' ValueError), fewer step outputs than outputs_info entries (the 'Please provide None as outputs_info' ValueError), updates as a list of pairs, an int step result from an int initial state, a draw as the step's output with a symbolic n_steps, sequence taps [-1, 1], a numpy float64 and a Python float as outputs_info (the latter a float32 constant: Theano's dtype error); values of the forms that build.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
srng = RandomStreams(seed=1)
x = T.dvector('x')
c = theano.shared(0, name='c')
def attempt(label, thunk):
    try:
        r = thunk()
        print(label, 'ok', type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0] if str(e) else '')
attempt('updates first', lambda: theano.scan(lambda v: ({c: c + 1}, v * 2), sequences=x))
attempt('fewer outputs', lambda: theano.scan(lambda v, a, b: a + v, sequences=x, outputs_info=[T.zeros(()).astype('float64'), T.zeros(()).astype('float64')]))
attempt('list of updates', lambda: theano.scan(lambda v: (v * 2, [(c, c + 1)]), sequences=x))
attempt('int output float init', lambda: theano.scan(lambda v, a: a + 1, sequences=x, outputs_info=T.constant(0)))
attempt('draw as output', lambda: theano.scan(lambda: srng.normal((2,)), n_steps=T.iscalar('n')))
attempt('matrix seq taps', lambda: theano.scan(lambda a, b: a + b, sequences=dict(input=x, taps=[-1, 1])))
attempt('ndarray outputs_info', lambda: theano.scan(lambda v, a: a + v, sequences=x, outputs_info=np.float64(0.0)))
attempt('python float outputs_info', lambda: theano.scan(lambda v, a: a + v, sequences=x, outputs_info=0.0))
out, u = theano.scan(lambda v, a: a + v, sequences=x, outputs_info=np.float64(0.0))
print(theano.function([x], out)(np.arange(3.0)).tolist())
out, u = theano.scan(lambda a, b: a + b, sequences=dict(input=x, taps=[-1, 1]))
print(theano.function([x], out)(np.arange(5.0)).tolist())
out, u = theano.scan(lambda v: (v * 2, [(c, c + 1)]), sequences=x)
f = theano.function([x], out, updates=u)
print(f(np.arange(3.0)).tolist(), c.get_value())
