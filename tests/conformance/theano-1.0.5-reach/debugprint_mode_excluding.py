# Covers: compiling with rewrites excluded, as users do to read a graph before fusion or without in-place ops: get_default_mode().excluding('fusion'), .excluding('inplace'), .excluding('fusion', 'inplace') and theano.Mode(optimizer='fast_run').excluding('local_elemwise_fusion') on a dropout MLP's SGD step and on a scan whose step draws from MRG_RandomStreams and holds an ifelse; the optimizer's Query each mode prints, the debugprints and the values.
import numpy as np
import theano
import theano.tensor as T
from theano.ifelse import ifelse
from theano.sandbox.rng_mrg import MRG_RandomStreams
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=3)
mrg = MRG_RandomStreams(seed=11)
rng = np.random.RandomState(0)
x = T.matrix('x')
y = T.ivector('y')
W = theano.shared(rng.uniform(-.5, .5, (3, 4)), name='W')
b = theano.shared(np.zeros(4), name='b')
V = theano.shared(rng.uniform(-.5, .5, (4, 2)), name='V')
h = T.tanh(T.dot(x, W) + b) * srng.binomial((2, 4), p=0.5)
p = T.nnet.softmax(T.dot(h, V))
cost = T.nnet.categorical_crossentropy(p, y).mean()
upd = [(q, q - 0.1 * g) for q, g in zip([W, b, V], T.grad(cost, [W, b, V]))]

s = T.scalar('s')
walk, walk_upd = theano.scan(lambda prev, s_: ifelse(T.gt(s_, 0), prev + mrg.normal((2,)) * s_, prev * 2),
                             outputs_info=T.zeros((2,)), non_sequences=s, n_steps=3)
base = theano.compile.mode.get_default_mode()
modes = [base.excluding('fusion'), base.excluding('inplace'), base.excluding('fusion', 'inplace'),
         theano.Mode(optimizer='fast_run').excluding('local_elemwise_fusion')]
for mode in modes:
    print(str(mode).split('optimizer = ')[1])
    f = theano.function([x, y], cost, updates=upd, mode=mode)
    theano.printing.debugprint(f)
    print(f(np.ones((2, 3)), np.array([0, 1], dtype='int32')))
    g = theano.function([s], walk[-1], updates=walk_upd, mode=mode)
    theano.printing.debugprint(g)
    print(g(0.5).round(10).tolist(), g(-1.0).round(10).tolist())
