# Covers: debugprint of a scan with ids='' (no ids): each inner input fed from outside still ends in ' -> ' with an empty id, as Theano prints it; print_type with ids='int' of the compiled loop (an MRG draw per step, its scalar size an empty float64 constant), stop_on_name and depth on a list of variables.
import sys

import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams

mrg = MRG_RandomStreams(seed=1)
x = T.vector('x')
h, u = theano.scan(lambda a, p: T.tanh(a + p * mrg.uniform(())), sequences=x,
                   outputs_info=T.constant(np.float64(0.)), name='rnn')
f = theano.function([x], h, updates=u)
theano.printing.debugprint(f, print_type=True, ids='int')
theano.printing.debugprint(h, stop_on_name=True, ids='')
theano.printing.debugprint([h.sum(), x], file=sys.stdout, depth=4)
print(f(np.array([0.1, 0.2, 0.3])).round(10).tolist())
