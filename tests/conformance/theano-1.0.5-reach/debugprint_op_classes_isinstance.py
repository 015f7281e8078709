# Covers: code that inspects compiled graphs by op class, importing the classes from where Theano defines them: theano.tensor.blas.Gemm/Gemv/Dot22, theano.tensor.elemwise.Elemwise/DimShuffle/Sum, theano.tensor.subtensor.Subtensor/AdvancedSubtensor1/IncSubtensor, theano.scan_module.scan_op.Scan, theano.tensor.nnet.nnet.softmax and nnet.sigm.sigmoid, theano.compile.sharedvalue.SharedVariable and theano.tensor.sharedvar.TensorSharedVariable, theano.compile.io.In, catching theano.gof.fg.MissingInputError; and T.split, T.deg2rad, T.ptp, T.tensor5 along the way.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor import blas, elemwise, subtensor
from theano.tensor.nnet import nnet, sigm
from theano.scan_module.scan_op import Scan
from theano.compile.sharedvalue import SharedVariable
from theano.tensor.sharedvar import TensorSharedVariable
from theano.compile.io import In
from theano.gof.fg import MissingInputError


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(2)
W = theano.shared(rng.randn(3, 2), name='W')
b = theano.shared(np.zeros(2), name='b')
x = T.dmatrix('x')
y = T.lvector('y')
p = nnet.softmax(T.dot(x, W) + b)
cost = -T.mean(T.log(p)[T.arange(y.shape[0]), y]) + sigm.sigmoid(W).sum() * 0.01
gW, gb = T.grad(cost, [W, b])
train = theano.function([x, y], cost, updates=[(W, W - 0.1 * gW), (b, b - 0.1 * gb)])
ops = [n.op for n in train.maker.fgraph.toposort()]
kinds = [('Gemm', blas.Gemm), ('Gemv', blas.Gemv), ('Dot22', blas.Dot22),
         ('Elemwise', elemwise.Elemwise), ('DimShuffle', elemwise.DimShuffle), ('Sum', elemwise.Sum),
         ('Subtensor', subtensor.Subtensor), ('AdvancedSubtensor1', subtensor.AdvancedSubtensor1),
         ('IncSubtensor', subtensor.IncSubtensor), ('Scan', Scan)]
for name, cls in kinds:
    print(name, sum(isinstance(op, cls) for op in ops))
print(len(ops), float(train(rng.randn(4, 3), np.array([0, 1, 1, 0]))))
print(isinstance(W, SharedVariable), isinstance(W, TensorSharedVariable), isinstance(x, SharedVariable))
seq, _ = theano.scan(lambda v, acc: acc * 0.5 + v, sequences=x, outputs_info=T.zeros((3,)))
f = theano.function([x], seq)
print(sum(isinstance(n.op, Scan) for n in f.maker.fgraph.toposort()))
try:
    theano.function([y], T.dot(x, W), on_unused_input='ignore')
except MissingInputError as e:
    print(type(e).__name__, str(e).splitlines()[0])
g = theano.function([In(x, value=np.ones((2, 3)))], T.split(x, [1, 2], 2, axis=1))
for out in g():
    show('split', out)
angles = T.dvector('angles')
show('deg2rad', theano.function([angles], T.deg2rad(angles))(np.array([0.0, 90.0, 180.0])))
show('ptp', theano.function([x], T.ptp(x, axis=1))(np.arange(6.0).reshape(2, 3)))
t5 = T.tensor5('t5')
print(t5.ndim, t5.type, T.dtensor5().broadcastable)
