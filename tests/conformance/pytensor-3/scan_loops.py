"""scan loops rngscope follows step by step (a constant n_steps, constant parameters) and ones it
follows per call: steps from a sequence's length, a draw whose mean is the loop's state."""
import numpy as np
import pytensor
import pytensor.tensor as pt
from pytensor.tensor.random.utils import RandomStream

srng = RandomStream(seed=21)
x = pt.dvector("x")
noisy, noisy_updates = pytensor.scan(lambda v: v + srng.uniform(0, 1), sequences=[x])
add_noise = pytensor.function([x], noisy, updates=noisy_updates)
print("noise:", add_noise(np.zeros(3)), add_noise(np.zeros(2)))

walk, walk_updates = pytensor.scan(lambda acc: srng.normal(acc, 1.0),
                                   outputs_info=[pt.constant(0.0, dtype="float64")], n_steps=3)
drift = pytensor.function([], walk, updates=walk_updates)
print("drift:", drift(), drift())

pairs, pair_updates = pytensor.scan(lambda: [srng.integers(0, 10), srng.integers(0, 10)], n_steps=2)
both = pytensor.function([], pairs, updates=pair_updates)
print("pairs:", *both())
print("pairs again:", *both())
