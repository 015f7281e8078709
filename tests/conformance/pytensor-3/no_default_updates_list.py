"""no_default_updates=[rng]: only the listed stream is frozen, the other advances."""
import numpy as np
import pytensor
from pytensor.tensor.random.utils import RandomStream

srng = RandomStream(seed=11)
u = srng.uniform(0, 1, size=(2,))
n = srng.normal(0, 1, size=(2,))
rng_u = u.owner.inputs[0]
f = pytensor.function([], [u, n], no_default_updates=[rng_u])
(u1, n1), (u2, n2) = f(), f()
print("u:", u1, u2, "frozen:", np.array_equal(u1, u2))
print("n:", n1, n2, "frozen:", np.array_equal(n1, n2))
