# Covers: the negative log-likelihood written three ways users write it: -T.mean(T.log(T.nnet.softmax(z))[T.arange(n), y]), T.nnet.categorical_crossentropy(T.nnet.softmax(z), y).mean(), and T.log(softmax) taken separately then indexed; large logits (stability), their gradients w.r.t. z, the argmax prediction and error rate; values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


z = T.dmatrix('z')
y = T.ivector('y')
n = y.shape[0]
sm = T.nnet.softmax(z)
nll1 = -T.mean(T.log(sm)[T.arange(n), y])
nll2 = T.nnet.categorical_crossentropy(sm, y).mean()
logp = T.log(sm)
nll3 = -T.mean(logp[T.arange(n), y])
err = T.mean(T.neq(T.argmax(sm, axis=1), y))
zv = np.array([[1.0, 2.0, 0.5], [0.0, -1.0, 3.0], [800.0, 0.0, -800.0], [2.0, 2.0, 2.0]])
yv = np.array([1, 2, 1, 0], dtype='int32')
for name, c in [("indexed", nll1), ("categorical", nll2), ("logp", nll3)]:
    g = T.grad(c, z)
    f = theano.function([z, y], [c, g, err], name=name)
    cv, gv, ev = f(zv, yv)
    print(name, float(cv), float(ev))
    show("  grad", gv)
show("logp", theano.function([z], logp, name='logp')(zv))
