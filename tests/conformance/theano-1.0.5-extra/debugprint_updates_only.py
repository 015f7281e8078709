# Covers: debugprint of compiled functions with outputs=[]: only a default-update-free explicit rng update, an accumulator update fed by a draw (default rng update added), and an integer counter plus two streams.
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

srng = RandomStreams(seed=9)
u = srng.uniform((2,))
n = srng.normal((2,))
acc = theano.shared(np.zeros(2), name='acc')
cnt = theano.shared(np.int64(0), name='cnt')
f1 = theano.function([], [], updates=[u.update])
theano.printing.debugprint(f1)
f2 = theano.function([], [], updates=[(acc, acc + u)])
theano.printing.debugprint(f2)
f3 = theano.function([], [], updates=[(cnt, cnt + 1), (acc, acc * n + u)])
theano.printing.debugprint(f3)
theano.printing.debugprint(f3, print_type=True)
f4 = theano.function([], [], updates=[(acc, acc + n)], no_default_updates=True)
theano.printing.debugprint(f4)
for k in range(2):
    f3()
    show("acc%d" % k, acc.get_value())
    print("cnt", int(cnt.get_value()))
f4()
show("acc_f4", acc.get_value())
