# Covers: scan's return_list=True (a one-output map given as a list), name=, mode='FAST_RUN' and profile=False arguments, return_list=False with outputs_info from T.zeros(()); the random draws of a step under return_list.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


outs, upd2 = theano.scan(lambda a: [a * 2], sequences=T.dvector('seq'), return_list=True)
print(type(outs).__name__, len(outs))
v = T.dvector('v')
outs, upd3 = theano.scan(lambda a: a + 1, sequences=v, return_list=True, mode='FAST_RUN',
                         profile=False, name='plus_one')
print(type(outs).__name__, len(outs))
h = theano.function([v], outs[0])
show('plus_one', h(np.array([1.0, 2.0, 3.0])))
cum, _ = theano.scan(lambda a, acc: acc + a, sequences=v, outputs_info=T.zeros(()),
                     return_list=False)
print(type(cum).__name__)
show('cum', theano.function([v], cum)(np.array([1.0, 2.0, 3.0])))
srng = RandomStreams(seed=11)
noisy, noisy_upd = theano.scan(lambda a: [a + srng.uniform(()), a * 0], sequences=v,
                               return_list=True)
print(type(noisy).__name__, len(noisy), len(noisy_upd))
k = theano.function([v], noisy, updates=noisy_upd)
for call in range(2):
    for out in k(np.array([1.0, 2.0])):
        show('noisy', out)
