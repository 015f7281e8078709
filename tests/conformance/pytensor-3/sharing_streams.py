"""The built-in PyTensor sample (rngscope/samples/sharing_streams_pytensor.py) and its graphs."""
import copy

import numpy as np
import pytensor
from pytensor.tensor.random.utils import RandomStream

srng = RandomStream(seed=234)
rv_u = srng.uniform(0, 1, size=(2, 2))
rv_n = srng.normal(0, 1, size=(2, 2))
f = pytensor.function([], rv_u)
g = pytensor.function([], rv_n, no_default_updates=True)  # Not updating rv_n's generator
nearly_zeros = pytensor.function([], rv_u + rv_u - 2 * rv_u)

rng_u = rv_u.owner.inputs[0]  # the shared Generator that rv_u draws from
state_after_v0 = copy.deepcopy(rng_u.get_value().bit_generator.state)
nearly_zeros()  # this affects rv_u's generator
v1 = f()
rng = rng_u.get_value(borrow=True)
rng.bit_generator.state = state_after_v0
rng_u.set_value(rng, borrow=True)
v2 = f()  # v2 != v1
v3 = f()  # v3 == v1

print("v1 =", v1, sep="\n")
print("v2 =", v2, sep="\n")
print("v3 =", v3, sep="\n")
print("v1 == v2:", np.array_equal(v1, v2))
print("v1 == v3:", np.array_equal(v1, v3))
print("g:", g(), g(), sep="\n")
pytensor.dprint(f)
pytensor.dprint(nearly_zeros)
pytensor.dprint(rv_u + rv_u)
