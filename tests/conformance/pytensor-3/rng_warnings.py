"""The warnings PyTensor 3.0.7 gives about RNG variables that are not updated (and the others it
gives on the way), each case caught and printed: category, message with addresses masked."""
import re
import warnings

import numpy as np
import pytensor
import pytensor.tensor as pt
from pytensor.tensor.random.utils import RandomStream


def caught(title, action):
    with warnings.catch_warnings(record=True) as heard:
        warnings.simplefilter("always")
        result = action()
    print(f"-- {title}")
    for w in heard:
        print(f"   {w.category.__name__}: {re.sub(r'0x[0-9A-Fa-f]+', '0x...', str(w.message))}")
    return result


rng = pytensor.shared(np.random.default_rng(1))
x = caught("a draw whose next RNG is hidden", lambda: pt.random.normal(rng=rng))
frozen = caught("a function reading that Generator without an update", lambda: pytensor.function([], x))
print("   same draw each call:", frozen() == frozen())
srng = caught("RandomStream", lambda: RandomStream(1))
y = caught("a RandomStream draw", lambda: srng.uniform())
caught("no_default_updates=True", lambda: pytensor.function([], y, no_default_updates=True))
caught("no_default_updates=[rng]", lambda: pytensor.function([], y, no_default_updates=[y.owner.inputs[0]]))
r = pt.random.shared_rng(seed=1)
caught("an RNG variable used once", lambda: r.normal())
caught("the same RNG variable used again", lambda: r.normal())
h = pytensor.function([], y)
caught("copy(delete_updates=True) of an in-place draw", lambda: h.copy(delete_updates=True))
caught("a random variable without rng=", lambda: pt.random.normal())
caught("scan returning its updates", lambda: pytensor.scan(lambda: srng.normal(), n_steps=2))
caught("an update of the Generator to itself", lambda: pytensor.function(
    [], y, updates={y.owner.inputs[0]: y.owner.inputs[0]}))
