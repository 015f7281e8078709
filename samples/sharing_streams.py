"""Theano tutorial "Using Random Numbers": Sharing Streams Between Functions.

Why is v2 != v1 but v3 == v1?  `rngscope replay` shows it call by call.
"""
import numpy as np
from theano.tensor.shared_randomstreams import RandomStreams
from theano import function

srng = RandomStreams(seed=234)
rv_u = srng.uniform((2,2))
rv_n = srng.normal((2,2))
f = function([], rv_u)
g = function([], rv_n, no_default_updates=True)    # Not updating rv_n.rng
nearly_zeros = function([], rv_u + rv_u - 2 * rv_u)

state_after_v0 = rv_u.rng.get_value().get_state()
nearly_zeros()       # this affects rv_u's generator
v1 = f()
rng = rv_u.rng.get_value(borrow=True)
rng.set_state(state_after_v0)
rv_u.rng.set_value(rng, borrow=True)
v2 = f()             # v2 != v1
v3 = f()             # v3 == v1

print("v1 =", v1, sep="\n")
print("v2 =", v2, sep="\n")
print("v3 =", v3, sep="\n")
print("v1 == v2:", np.array_equal(v1, v2))
print("v1 == v3:", np.array_equal(v1, v3))
