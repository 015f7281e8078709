# Covers: theano.Mode(optimizer=...) with each of Theano's predefined optimizer names ('merge', 'o1'-'o4', 'unsafe', 'stabilize', 'fast_run_stable': the Query each prints, the values and compiled graphs), the 'NanGuardMode' mode string, and the errors for a mode string or optimizer name Theano does not have; each Mode's provided_optimizer name (OPT_MERGE ... OPT_FAST_RUN_STABLE) and the empty SeqOpt of the ones that select nothing.
import numpy as np
import theano
import theano.tensor as T

x = T.vector('x')
m = T.matrix('m')
y = T.exp(x) * 2 + T.log(1 + T.exp(x)) + T.dot(m, x).sum() + (x + x).sum()
for opt in ['merge', 'o1', 'o2', 'o3', 'o4', 'unsafe', 'stabilize', 'fast_run_stable']:
    mode = theano.Mode(optimizer=opt)
    print(opt, str(mode).split('optimizer = ')[1])
    f = theano.function([x, m], y, mode=mode)
    print(f(np.ones(2), np.ones((2, 2))))
    theano.printing.debugprint(f)

f = theano.function([x], T.log(x), mode='NanGuardMode')
print(f(np.array([1.0, 2.0])))
try:
    f(np.array([-1.0]))
except AssertionError as e:
    print('AssertionError', str(e).splitlines()[0])
for name in ['ProfileMode', 'PROFILE_MODE', 'fast_run']:
    try:
        theano.function([x], x * 2, mode=name)
    except Exception as e:
        print(type(e).__name__, e)
try:
    theano.Mode(optimizer='o5')
except KeyError as e:
    print('KeyError', e)
for o in ['merge', 'o1', 'o2', 'o3', 'o4', 'unsafe', 'stabilize', 'fast_run_stable', None]:
    m = theano.Mode(optimizer=o)
    print(o, m.provided_optimizer.name, m.optimizer if o in ('fast_run_stable', None) else '')
