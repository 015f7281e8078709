"""An explicit update replaces the default one: here the stream advances by the other draw's state."""
import numpy as np
import pytensor
import pytensor.tensor as pt
from pytensor.tensor.random.utils import RandomStream

srng = RandomStream(seed=5)
x = srng.uniform(0, 1, size=(2,))
rng = x.owner.inputs[0]
next_rng = x.owner.outputs[0]
count = pytensor.shared(np.int64(0), name="count")
f = pytensor.function([], x, updates={count: count + 1})  # default update of rng still added
g = pytensor.function([], x, updates=[(rng, next_rng)], no_default_updates=True)
h = pytensor.function([], x, updates={rng: rng}, mode="FAST_RUN")  # an explicit no-advance
print(f(), f(), "count:", count.get_value())
print(g(), g())
print(h(), h())
print(f())
