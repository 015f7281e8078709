# Covers: theano.scan_module.until, the scan documentation's power_of_2 while-loop: the loop stops after the first step whose condition is true (n_steps=1024 is the maximum), the outputs hold only the steps run; until returned with a list of outputs, with (outputs, updates, until) and with (updates, until); a condition true at the first step; a condition never true (n_steps reached); a sit-sot and a map output together.
from collections import OrderedDict

import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def power_of_2(previous_power, max_value):
    return previous_power * 2, theano.scan_module.until(previous_power * 2 > max_value)


max_value = T.scalar()
values, _ = theano.scan(power_of_2, outputs_info=T.constant(1.), non_sequences=max_value,
                        n_steps=1024)
f = theano.function([max_value], values)
show("45", f(45))
show("1", f(1))
show("0", f(0))
show("1e9", f(1e9))

values, _ = theano.scan(power_of_2, outputs_info=T.constant(1.), non_sequences=max_value,
                        n_steps=5)
g = theano.function([max_value], values)
show("capped 1000", g(1000))
show("capped 10", g(10))

# two outputs (one fed back, one a map) returned as a list with the condition
def collatz(n):
    nxt = T.switch(T.eq(n % 2, 0), n // 2, 3 * n + 1)
    return [nxt, n * 10], theano.scan_module.until(T.eq(nxt, 1))


n0 = T.lscalar('n0')
(seq, tens), _ = theano.scan(collatz, outputs_info=[n0, None], n_steps=100)
h = theano.function([n0], [seq, tens])
for start in (6, 7, 1):
    a, b = h(start)
    show("collatz %d" % start, a)
    show("tens %d" % start, b)

# outputs, updates and the condition: the shared counter's update is the last step's
count = theano.shared(np.int64(0), name='count')


def step_with_updates(acc):
    new = acc + 3.0
    return [new], OrderedDict([(count, count + 1)]), theano.scan_module.until(new >= 10.0)


acc, upd = theano.scan(step_with_updates, outputs_info=T.constant(0.), n_steps=50)
k = theano.function([], acc, updates=upd)
show("acc", k())
print("count", int(count.get_value()))
show("acc again", k())
print("count", int(count.get_value()))

# updates and the condition only (no outputs)
total = theano.shared(np.float64(1.0), name='total')


def only_updates():
    return OrderedDict([(total, total * 3.0)]), theano.scan_module.until(total * 3.0 > 50.0)


_, upd2 = theano.scan(only_updates, n_steps=20)
m = theano.function([], [], updates=upd2)
m()
print("total", float(total.get_value()))
m()
print("total", float(total.get_value()))

# return_list and a symbolic n_steps
ns = T.lscalar('ns')
vals, _ = theano.scan(power_of_2, outputs_info=T.constant(1.), non_sequences=max_value,
                      n_steps=ns, return_list=True)
p = theano.function([max_value, ns], vals[0])
show("sym 100 3", p(100, 3))
show("sym 100 50", p(100, 50))
