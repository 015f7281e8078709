"""A call that raises after its draw: Numba draws in place, so the stream has moved though
the function's update never ran, and the next call draws from there."""
import pytensor
import pytensor.tensor as pt
from pytensor.raise_op import Assert
from pytensor.tensor.random.utils import RandomStream

srng = RandomStream(seed=4)
k = pt.dscalar("k")
x = srng.uniform(0, 1, size=(2,))
f = pytensor.function([k], Assert("k too large")(x, k < 2))
rng = x.owner.inputs[0]
a = f(1.0)
print("a", a)
before = rng.get_value().bit_generator.state["state"]["state"]
try:
    f(5.0)
except AssertionError as exc:
    print("raised:", exc)
after = rng.get_value().bit_generator.state["state"]["state"]
print("moved by the failed call:", after != before)
b = f(1.0)
print("b", b)
