# Covers: theano.printing.debugprint of a copied function (alone or in a list) raises in Theano 1.0.5 AttributeError: 'bool' object has no attribute 'fct_callcount' (the copy's profile is False), caught and printed; debugprint of the copy's maker.fgraph.outputs and of the original function work.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=3)
x = T.vector('x')
f = theano.function([x], x * srng.binomial(size=x.shape, p=0.5))
g = f.copy(name='g')
print(f(np.ones(3)), g(np.ones(3)))
theano.printing.debugprint(f)
theano.printing.debugprint(g.maker.fgraph.outputs)
try:
    theano.printing.debugprint(g)
except AttributeError as e:
    print('AttributeError:', e)
try:
    theano.printing.debugprint([f, g])
except AttributeError as e:
    print('AttributeError:', e)
