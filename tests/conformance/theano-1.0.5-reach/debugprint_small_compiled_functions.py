# Covers: theano.printing.debugprint of small compiled functions users print while learning: T.switch with a comparison, T.clip of a scaled input, T.maximum(x, 0) as a ReLU and T.nnet.relu with alpha, T.nnet.softmax of a 2-D batch and its row argmax, T.cast to float32 and int32, a sum with keepdims, T.mean over axis 1, T.sqr and T.sqrt of a norm, T.concatenate and T.stack of two vectors, reshape/flatten/dimshuffle, and theano.printing.pp of the switch and clip expressions.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
y = T.dvector('y')
m = T.dmatrix('m')
xv = np.array([-1.5, 0.5, 2.0])
yv = np.array([0.25, -0.75, 1.0])
mv = np.array([[1.0, -2.0, 0.5], [0.0, 3.0, -1.0]])
exprs = [
    ("switch", [x, y], T.switch(T.gt(x, y), x * 2, y)),
    ("clip", [x], T.clip(x * 3, -1, 1)),
    ("maximum", [x], T.maximum(x, 0)),
    ("relu_alpha", [x], T.nnet.relu(x, alpha=0.1)),
    ("softmax", [m], [T.nnet.softmax(m), T.argmax(T.nnet.softmax(m), axis=1)]),
    ("casts", [x], [T.cast(x, 'float32'), T.cast(x * 10, 'int32')]),
    ("reductions", [m], [T.sum(m, axis=1, keepdims=True), T.mean(m, axis=1), T.sqrt(T.sum(T.sqr(m)))]),
    ("joins", [x, y], [T.concatenate([x, y]), T.stack([x, y])]),
    ("shapes", [m], [m.reshape((3, 2)), m.flatten(), m.dimshuffle(1, 0, 'x')]),
]
for name, ins, out in exprs:
    f = theano.function(ins, out, name=name)
    print("==", name)
    theano.printing.debugprint(f)
    res = f(*[{'x': xv, 'y': yv, 'm': mv}[i.name] for i in ins])
    for r in (res if isinstance(res, list) else [res]):
        show(name, r)
print(theano.printing.pp(T.switch(T.gt(x, y), x * 2, y)))
print(theano.printing.pp(T.clip(x * 3, -1, 1)))
