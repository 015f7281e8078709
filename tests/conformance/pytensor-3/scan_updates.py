"""scan with a random draw inside: its updates passed on (advancing) and not (the same draws again)."""
import pytensor
import pytensor.tensor as pt
from pytensor.tensor.random.utils import RandomStream

srng = RandomStream(seed=42)


def step(acc):
    return acc + srng.normal(0, 1)


walk, updates = pytensor.scan(step, outputs_info=[pt.constant(0.0, dtype="float64")], n_steps=4)
with_updates = pytensor.function([], walk, updates=updates)
print(with_updates())
print(with_updates())
without = pytensor.function([], walk)  # the updates dropped: scan's generator never advances
print(without())
print(without())
print(with_updates())  # from the state `without` read: its draws again, then it advances
