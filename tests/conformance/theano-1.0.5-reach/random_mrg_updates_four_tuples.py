# Covers: MRG_RandomStreams.updates() as Theano 1.0.5 returns it: one (state, new state, size, nstreams) tuple per draw (a normal's size is the even count it draws, as a tuple of one symbolic value; nstreams None unless given), and theano.function(updates=mrg.updates()) failing on the 4-tuples.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams

mrg = MRG_RandomStreams(seed=2)
v = mrg.normal((3,))
print(len(mrg.updates()), [len(u) for u in mrg.updates()])
print(mrg.updates()[0][2], mrg.updates()[0][3])
w = mrg.uniform((3,), nstreams=3)
b = mrg.binomial((2, 2), p=0.3)
for old, new, size, nstreams in mrg.updates():
    print(old.type, new, size, nstreams)
print(mrg.updates()[0][0] is mrg.state_updates[0][0], mrg.updates() is mrg.state_updates)
try:
    f = theano.function([], v, updates=mrg.updates())
    print(f())
except Exception as e:
    print(type(e).__name__, e)
f = theano.function([], [v, w], updates=[u[:2] for u in mrg.updates()[:2]])
print(f()[1])
