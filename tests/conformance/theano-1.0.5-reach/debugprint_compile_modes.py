# Covers: compile modes as scripts name them: theano.Mode(optimizer=None) (the raw graph compiled), theano.compile.mode.Mode(linker='py', optimizer='fast_compile'), mode='FAST_COMPILE', mode='DebugMode', theano.config.mode, the values and the debugprint of each with a random draw.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=3)
x = T.dvector('x')
u = srng.uniform((3,))
y = T.exp(x) * u + u * 2 - x
print(theano.config.mode)
for mode in [theano.Mode(optimizer=None), theano.compile.mode.Mode(linker='py', optimizer='fast_compile'), 'FAST_COMPILE', 'FAST_RUN', 'DebugMode', theano.Mode(linker='py'), theano.compile.Mode(optimizer='fast_run')]:
    f = theano.function([x], y, mode=mode)
    show('y', f(np.arange(3.0)))
    theano.printing.debugprint(f)
