# Covers: a random walk whose drift is drawn once per call outside the loop (srng.normal, passed as a non_sequence) plus a uniform draw in each step, read as path[-1] and path.sum(), compiled with and without the scan's updates: both debugprints and the values over two rounds of calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
srng = RandomStreams(seed=21)
drift = srng.normal((3,), std=0.1)
def step(pos, d):
    return pos + d + srng.uniform((3,), low=-0.5, high=0.5)
path, upd = theano.scan(step, outputs_info=T.zeros((3,)), non_sequences=drift, n_steps=4, name='walk')
total = path.sum()
f_upd = theano.function([], [path[-1], total], updates=upd)
f_no = theano.function([], [path[-1], total])
theano.printing.debugprint(f_upd)
theano.printing.debugprint(f_no)
for k in range(2):
    print([a.tolist() for a in f_upd()])
    print([a.tolist() for a in f_no()])
