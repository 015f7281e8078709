# Covers: srng.seed() then inspecting state_updates: per-stream state positions and first key words, update op names, seed(None)-free re-seeding with an int and a numpy int, and default_instance_seed.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def st(r):
    s = r.get_state()
    return (int(s[2]), [int(x) for x in s[1][:3]])

srng = RandomStreams(seed=2)
print("default_instance_seed", srng.default_instance_seed)
u = srng.uniform((2,))
n = srng.normal((2,), avg=1.0)
i = srng.random_integers((2,), 0, 9)
print("n_state_updates", len(srng.state_updates))
for k, (rng, upd) in enumerate(srng.state_updates):
    print(k, type(rng).__name__, type(rng.get_value(borrow=True)).__name__, st(rng.get_value()), str(upd.owner.op), upd.owner.outputs.index(upd))
f = theano.function([], [u, n, i])
f()
for k, (rng, upd) in enumerate(srng.state_updates):
    print("after call", k, st(rng.get_value()))
srng.seed(3)
for k, (rng, upd) in enumerate(srng.state_updates):
    print("seed3", k, st(rng.get_value()))
seeds = np.random.RandomState(3).randint(2 ** 30, size=3)
print("expected", [st(np.random.RandomState(int(s))) for s in seeds])
for name, x in zip("uni", f()):
    show("s3_" + name, x)
srng.seed(np.int64(3))
for name, x in zip("uni", f()):
    show("s3b_" + name, x)
print("default_instance_seed after", srng.default_instance_seed)
print("updates len", len(srng.updates()), [type(p).__name__ for p in srng.updates()])
