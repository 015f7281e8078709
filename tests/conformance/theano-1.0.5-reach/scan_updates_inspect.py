# Covers: the updates object scan returns when the step draws: its type (OrderedUpdates), keys (the inner stream's rng shared variable, the same object as srng.state_updates[i][0]), the value's owner op name; merging it with a shared-variable update dict; and srng.updates() containing the inner stream's default update.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=64)
count = theano.shared(np.array(0), name='count')
out, upd = theano.scan(lambda: srng.uniform(()), n_steps=2)
print("type", type(upd).__name__, "len", len(upd))
rng = srng.state_updates[0][0]
key = list(upd.keys())[0]
print("key is state_updates rng", key is rng)
print("value owner", type(upd[key].owner.op).__name__, str(upd[key].owner.op))
print("srng.updates", len(srng.updates()))
upd2 = theano.OrderedUpdates(upd)
upd2[count] = count + 1
print("merged", len(upd2), [str(k.type) for k in upd2])
f = theano.function([], out, updates=upd2, name='merged')
for call in range(2):
    show("out", f())
    show("count", count.get_value())
