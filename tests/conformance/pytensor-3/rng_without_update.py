"""A shared Generator of the script's own: no default update (the same draw on every call) unless
the next RNG the draw returns is passed as an update; the method API; an RNG variable used twice."""
import numpy as np
import pytensor
import pytensor.tensor as pt

rng = pytensor.shared(np.random.default_rng(7))
x = pt.random.normal(0, 1, size=(2,), rng=rng)  # the next RNG is hidden: nothing updates rng
frozen = pytensor.function([], x)
print("frozen:", frozen(), frozen())

next_rng, y = pt.random.normal(0, 1, size=(2,), rng=rng, return_next_rng=True)
moving = pytensor.function([], y, updates={rng: next_rng})
print("moving:", moving(), moving())
print("frozen again:", frozen())  # reads the state moving left

r = pt.random.shared_rng(seed=3)
r1, a = r.uniform(size=(2,))
r2, b = r.uniform(size=(2,))  # r used twice: b is drawn from the state a was drawn from
same = pytensor.function([], [a, b], updates={r: r1})
print("same:", *same())
chained = pytensor.function([], [a, r1.normal(size=(2,))[1]], updates={r: r1})
print("chained:", *chained())
