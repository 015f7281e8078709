"""Streams on an MT19937 bit generator (RandomStream's rng_ctor), a seed() and a restore."""
import copy

import numpy as np
import pytensor
from pytensor.tensor.random.utils import RandomStream

srng = RandomStream(seed=99, rng_ctor=lambda seed: np.random.Generator(np.random.MT19937(seed)))
e = srng.exponential(2.0, size=(3,))
g = srng.integers(0, 10, size=(4,))
f = pytensor.function([], [e, g])
rng_e = e.owner.inputs[0]
saved = copy.deepcopy(rng_e.get_value().bit_generator.state)
first = f()
print("first:", *first)
print("second:", *f())
generator = rng_e.get_value(borrow=True)
generator.bit_generator.state = saved
rng_e.set_value(generator, borrow=True)
again = f()
print("e again:", again[0], np.array_equal(again[0], first[0]))
srng.seed(99)
print("reseeded:", *f())
