# Covers: debugprint of a while-loop scan (theano.scan_module.until): the uncompiled output, and compiled functions (Theano prints a while scan as do_while{...}), with a random stream inside compiled with and without its updates.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def power_of_2(previous_power, max_value):
    return previous_power * 2, theano.scan_module.until(previous_power * 2 > max_value)


max_value = T.scalar('max_value')
values, _ = theano.scan(power_of_2, outputs_info=T.constant(1.), non_sequences=max_value,
                        n_steps=1024)
theano.printing.debugprint(values)
print("---")
f = theano.function([max_value], values)
theano.printing.debugprint(f)
print("---")
last = theano.function([max_value], values[-1])
theano.printing.debugprint(last)
print(float(last(100)))
print("---")
srng = RandomStreams(seed=3)


def walk(pos):
    nxt = pos + srng.uniform(())
    return nxt, theano.scan_module.until(nxt > 2.0)


path, upd = theano.scan(walk, outputs_info=T.constant(0., dtype='float64'), n_steps=10)
g = theano.function([], path, updates=upd, name='with_updates')
theano.printing.debugprint(g)
print("---")
h = theano.function([], path, name='without_updates')
theano.printing.debugprint(h)
print(np.asarray(g()).tolist())
print(np.asarray(h()).tolist())
