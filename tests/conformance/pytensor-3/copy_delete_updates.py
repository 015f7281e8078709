"""Function.copy: with its updates deleted the random op still writes the Generator in place,
so the copy's calls advance the stream anyway (PyTensor warns); a plain copy shares the stream."""
import numpy as np
import pytensor
from pytensor.tensor.random.utils import RandomStream

srng = RandomStream(seed=5)
u = srng.uniform(0, 1, size=(3,))
f = pytensor.function([], u)
no_updates = f.copy(delete_updates=True)
twin = f.copy()
a, b = no_updates(), no_updates()
print("no_updates:", a, b, "equal:", np.array_equal(a, b))
print("twin:", twin())
print("f:", f())
