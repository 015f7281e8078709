# Covers: calling compiled functions with wrong dtypes: float64 array into fvector, int into bvector out of range, complex into dvector, float32 into lvector; accepted downcast via allow_input_downcast=True.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=91)
fv = T.fvector('fv')
lv = T.lvector('lv')
bv = T.bvector('bv')
dv = T.dvector('dv')
f = theano.function([fv, lv, bv, dv], [fv + srng.uniform((2,), dtype='float32'), lv + bv, dv], name='f')
ok = (np.zeros(2, dtype='float32'), np.zeros(2, dtype='int64'), np.zeros(2, dtype='int8'), np.zeros(2))
cases = [("float64_into_fvector", 0, np.array([0.5, 1.5])),
         ("float32_into_lvector", 1, np.zeros(2, dtype='float32')),
         ("int_list_into_bvector", 2, [1, 300]),
         ("complex_into_dvector", 3, np.array([1j, 2j]))]
for label, pos, val in cases:
    args = list(ok)
    args[pos] = val
    try:
        f(*args)
        print(label, "no error")
    except Exception as e:
        detail = str(e.args[1] if len(e.args) > 1 else e.args[0]).splitlines()[-1].split(". ")[0]
        print(label, type(e).__name__, len(e.args), str(e.args[0]).splitlines()[0].strip())
        print("  detail:", detail.strip())
g = theano.function([fv], fv * 2, allow_input_downcast=True, name='g')
show("downcast", g(np.array([0.1, 0.2])))
a, b, c = f(*ok)
print("ok", a.dtype, b.dtype, c.dtype)
