# Covers: compiling with rewrites included or required, as users do to drop the shape checks of a training step: get_default_mode().including('unsafe') and .including('local_remove_all_assert') (every Assert removed, the script's own and the one the optimizer adds to set_subtensor of an alloc), get_mode('FAST_COMPILE').including('fast_run') (FAST_RUN's graph), including a tag the mode runs already ('fast_run', 'fusion'), including one it excludes (excluding wins), requiring('fast_run') and FAST_COMPILE's requiring('fast_compile'), theano.Mode(optimizer=None).including('unsafe') (nothing to add to); each optimizer's Query, the debugprints of a dropout step and of a scan drawing from MRG_RandomStreams, and the values, including the call whose removed Assert no longer stops it.
import numpy as np
import theano
import theano.tensor as T
from theano.compile.mode import get_default_mode, get_mode
from theano.sandbox.rng_mrg import MRG_RandomStreams
from theano.tensor.opt import Assert
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=5)
mrg = MRG_RandomStreams(seed=13)
rng = np.random.RandomState(2)
x = T.matrix('x')
m = T.iscalar('m')
W = theano.shared(rng.uniform(-.5, .5, (2, 3)), name='W')
xs = T.set_subtensor(x[:m], T.alloc(1.5, m, 2))
h = T.tanh(T.dot(xs, W)) * srng.binomial((3, 3), p=0.5)
checked = Assert('h must be small')(h, T.all(T.lt(abs(h), 10)))
cost = T.sqr(checked).sum()
upd = [(W, W - 0.1 * T.grad(cost, W))]

s = T.vector('s')
walk, walk_upd = theano.scan(lambda prev: Assert('step')(prev + mrg.normal((2,)), T.all(T.gt(prev, -50))),
                             outputs_info=s, n_steps=3)
fast_compile = get_mode('FAST_COMPILE')
modes = [get_default_mode().including('unsafe'), get_default_mode().including('local_remove_all_assert'),
         fast_compile.including('fast_run'), fast_compile.including('unsafe'),
         get_default_mode().including('fast_run', 'fusion'), get_default_mode().excluding('inplace').including('inplace'),
         get_default_mode().requiring('fast_run'), fast_compile.requiring('fast_compile'),
         get_default_mode().excluding('fusion').including('unsafe'), theano.Mode(optimizer=None).including('unsafe')]
print(get_default_mode())
for mode in modes:
    print(str(mode).split('optimizer = ')[1])
    W.set_value(rng.uniform(-.5, .5, (2, 3)))
    f = theano.function([x, m], cost, updates=upd, mode=mode)
    theano.printing.debugprint(f)
    print(f(np.ones((3, 2)), 2).round(10), W.get_value().round(6).tolist())
    try:
        print(f(np.ones((3, 2)), 5).round(10))
    except (AssertionError, ValueError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
    g = theano.function([s], walk[-1], updates=walk_upd, mode=mode)
    theano.printing.debugprint(g)
    print(g(np.zeros(2)).round(10).tolist())
