"""get_value/set_value of a Generator and RandomStream.seed: restore a state, re-seed every stream."""
import copy

import numpy as np
import pytensor
from pytensor.tensor.random.utils import RandomStream

srng = RandomStream(seed=99)
u = srng.uniform(0, 1, size=(3,))
n = srng.normal(0, 1, size=(2,))
f = pytensor.function([], [u, n])
rng_u = u.owner.inputs[0]
print(type(rng_u.get_value()).__name__, type(rng_u.get_value().bit_generator).__name__)
saved = rng_u.get_value()  # a copy (borrow=False)
first = f()
print("first:", first[0], first[1])
rng_u.set_value(saved)
again = f()
print("after set_value:", again[0], "u same:", np.array_equal(first[0], again[0]),
      "n same:", np.array_equal(first[1], again[1]))
state = copy.deepcopy(rng_u.get_value(borrow=True).bit_generator.state)
print("state keys:", sorted(state), state["bit_generator"])
srng.seed(99)
reseeded = f()
print("after seed(99):", reseeded[0], "== first:", np.array_equal(reseeded[0], first[0]))
srng.seed(1)
print("after seed(1):", f()[0])
srng.seed()
default = f()[0]
print("after seed() (the seed it was made with):", default, "== first:", np.array_equal(default, first[0]))
rng_u.set_value(np.random.default_rng(np.random.MT19937(5)))
print("MT19937 stream:", f()[0], type(rng_u.get_value().bit_generator).__name__)
