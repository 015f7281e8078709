"""mode="FAST_COMPILE" (PyTensor's Python VM: plain random variables, outputs copied) beside
the default Numba mode: the same sharing-streams story, and dprint of the compiled graphs."""
import numpy as np
import pytensor
from pytensor.tensor.random.utils import RandomStream

srng = RandomStream(seed=234)
rv_u = srng.uniform(0, 1, size=(2, 2))
f = pytensor.function([], rv_u, mode="FAST_COMPILE")
nearly_zeros = pytensor.function([], rv_u + rv_u - 2 * rv_u, mode="FAST_COMPILE")
rng_u = rv_u.owner.inputs[0]
start = rng_u.get_value()
nearly_zeros()
v1 = f()
rng_u.set_value(start)
v2 = f()
v3 = f()
print("v1 == v2:", np.array_equal(v1, v2), "v1 == v3:", np.array_equal(v1, v3))
print(v1)
pytensor.dprint(f)
pytensor.dprint(nearly_zeros)
