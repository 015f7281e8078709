"""no_default_updates=True: the function draws from the same state on every call."""
import numpy as np
import pytensor
from pytensor.tensor.random.utils import RandomStream

srng = RandomStream(seed=7)
x = srng.normal(0, 1, size=(3,))
frozen = pytensor.function([], x, no_default_updates=True)
moving = pytensor.function([], x)
a, b = frozen(), frozen()
print("frozen twice:", a, b, "equal:", np.array_equal(a, b))
c = moving()
print("moving first == frozen:", np.array_equal(c, a))
d = frozen()
print("frozen after moving:", d, "== moving's next:", np.array_equal(d, moving()))
