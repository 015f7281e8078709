"""givens replaces a variable of the graph; the random draw stays one node advancing its stream."""
import pytensor
import pytensor.tensor as pt
from pytensor.tensor.random.utils import RandomStream

srng = RandomStream(seed=3)
scale = pt.scalar("scale")
s = pt.scalar("s")
x = srng.normal(0, 1, size=(3,))
f = pytensor.function([s], x * scale, givens={scale: 2 * s})
print(f(1.0))
print(f(10.0))
loc = pytensor.shared(0.0, name="loc")
y = srng.normal(loc, 1, size=(2,))
g = pytensor.function([], y, givens={loc: pt.constant(100.0, dtype="float64")})
print(g(), g())
