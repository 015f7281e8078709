"""Two RandomStreams with one seed: equal draws at equal positions; a function advances the streams it reads."""
import numpy as np
import pytensor
from pytensor.tensor.random.utils import RandomStream

a = RandomStream(seed=123)
b = RandomStream(seed=123)
xa = a.normal(0, 1, size=(2,))
xb = b.normal(0, 1, size=(2,))
fa = pytensor.function([], xa)
fb = pytensor.function([], xb)
both = pytensor.function([], xa - xb)
va = fa()
print("a:", va)
print("both:", both())
vb = fb()
print("b:", vb, "== a's first:", np.array_equal(va, vb))
print("a again:", fa(), "b again:", fb())
