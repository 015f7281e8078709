# Covers: theano.In around inputs of random functions: In(x, name='alias') called by alias keyword, In(s, value=2.0) default used when omitted, keyword arguments for unnamed inputs (TypeError), calling by the variable name when an In name differs; draws advance per successful call only.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=123)
u = srng.uniform((2,))
x = T.dvector('x')
s = T.dscalar('s')
z = T.dvector()
f = function([theano.In(x, name='alias'), theano.In(s, value=2.0)], x * u + s, name='f')
show("pos", f(np.ones(2), 0.0))
show("alias_kw", f(alias=np.ones(2)))
show("default_s", f(np.zeros(2)))
for label, call in [("var_name_kw", lambda: f(x=np.ones(2))),
                    ("s_kw", lambda: f(np.ones(2), s=1.0))]:
    try:
        show(label, call())
    except Exception as e:
        print(label, type(e).__name__)
g = function([z, s], z + u * s, name='g')
show("g_pos", g(np.zeros(2), 1.0))
try:
    g(z=np.zeros(2), s=1.0)
    print("g_kw ok")
except Exception as e:
    print("g_kw", type(e).__name__)
show("g_after", g(np.zeros(2), 1.0))
