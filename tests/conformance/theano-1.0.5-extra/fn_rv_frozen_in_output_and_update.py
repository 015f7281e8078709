# Covers: one uniform draw returned as an output and used in an explicit update of a shared accumulator, compiled with no_default_updates=True (same draw added each call) and without it; outputs=[] variant advancing only via updates.
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

srng = RandomStreams(seed=31)
u = srng.uniform((3,))
acc = theano.shared(np.zeros(3), name='acc')
f_frozen = theano.function([], u, updates=[(acc, acc + u)], no_default_updates=True)
for i in range(3):
    show("frozen%d" % i, f_frozen())
    show("acc%d" % i, acc.get_value())
f_adv = theano.function([], [u, u * 2], updates=[(acc, acc - u)])
for i in range(2):
    a, b = f_adv()
    show("adv_u%d" % i, a)
    show("adv_2u%d" % i, b)
    show("acc_adv%d" % i, acc.get_value())
f_none = theano.function([], [], updates=[(acc, acc * 0 + u)])
print("none returns", f_none())
show("acc_none0", acc.get_value())
f_none()
show("acc_none1", acc.get_value())
show("frozen_after", f_frozen())
show("acc_end", acc.get_value())
theano.printing.debugprint(f_frozen)
theano.printing.debugprint(f_none)
