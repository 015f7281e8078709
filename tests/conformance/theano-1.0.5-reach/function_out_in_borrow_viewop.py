# Covers: theano.Out(borrow=True) and theano.In(borrow=True) on a function's outputs and inputs, as Theano's insert_deepcopy reads them: an output aliasing a borrowed input or a shared variable (pfunc borrows them) or a constant is a ViewOp when the output is borrowed too, a DeepCopyOp otherwise; two equal outputs are a ViewOp only when both are borrowed; debugprints and which results share memory with the arguments and the shared value.
import numpy as np
import theano
import theano.tensor as T
x = T.dvector('x')
y = T.dvector('y')
W = theano.shared(np.arange(3.0), name='W')
cases = [
    ('out x borrow', [x], theano.Out(x, borrow=True)),
    ('in+out borrow', [theano.In(x, borrow=True)], theano.Out(x, borrow=True)),
    ('in borrow only', [theano.In(x, borrow=True)], x),
    ('W borrow', [], theano.Out(W, borrow=True)),
    ('W plain', [], W),
    ('two outs borrow', [x], [theano.Out(x * 2, borrow=True), theano.Out(x * 2, borrow=True)]),
    ('two outs one borrow', [x], [theano.Out(x * 2, borrow=True), x * 2]),
    ('two outs other borrow', [x], [x * 2, theano.Out(x * 2, borrow=True)]),
    ('const borrow', [], theano.Out(T.constant(np.ones(2)), borrow=True)),
    ('const', [], T.constant(np.ones(2))),
    ('T of in borrow', [theano.In(y, borrow=True)], theano.Out(y[::-1], borrow=True)),
]
for label, ins, outs in cases:
    f = theano.function(ins, outs)
    print('==', label)
    theano.printing.debugprint(f)
    args = [np.arange(3.0)] * len(ins)
    r = f(*args)
    r = r if isinstance(r, list) else [r]
    print([np.shares_memory(v, a) for v in r for a in args + [W.get_value(borrow=True)]])
