# Covers: Mode.excluding and Mode.including of tags that change nothing in Theano 1.0.5 without a GPU or a C compiler, as scripts copied from GPU setups write them: GPU tags ('gpu', 'gpuarray', 'cudnn', 'dnn', 'conv_dnn'), the C-only ones ('cxx_only', 'conv_gemm'), names Theano's optimizer database does not have ('constant_folding', a misspelling: Theano does not check tags), alone and beside 'fusion' and 'inplace', on the default mode and FAST_COMPILE: the printed Query, the compiled ops of a training step, its debugprint once, and its values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(6)
x = T.dmatrix('x')
W = theano.shared(np.eye(3) * 0.5, name='W')
h = T.tanh(T.dot(x * srng.binomial(x.shape, p=0.8, dtype='float64'), W) * 2 + 1)
cost = h.sum()
g = T.grad(cost, W)
base = theano.compile.mode.get_default_mode()
fc = theano.compile.mode.get_mode('FAST_COMPILE')
modes = [('excl gpu', base.excluding('gpu')), ('excl cxx_only', base.excluding('cxx_only')),
         ('excl gpuarray', base.excluding('gpuarray')), ('excl cudnn dnn', base.excluding('cudnn', 'dnn')),
         ('excl conv_dnn conv_gemm', base.excluding('conv_dnn', 'conv_gemm')),
         ('excl constant_folding', base.excluding('constant_folding')),
         ('excl fusion gpu', base.excluding('fusion', 'gpu')),
         ('excl gpu inplace', base.excluding('gpu', 'inplace')),
         ('excl misspelt', base.excluding('fussion')),
         ('incl gpu', base.including('gpu')), ('fc incl gpuarray', fc.including('gpuarray')),
         ('fc excl cudnn', fc.excluding('cudnn')), ('incl cxx_only', base.including('cxx_only'))]
for label, m in modes:
    f = theano.function([x], [cost, g], mode=m, updates=[(W, W - 0.01 * g)])
    print(label, str(m).split('optimizer = ')[1])
    print('   ', [str(n.op) for n in f.maker.fgraph.toposort()])
    c, gv = f(np.ones((2, 3)))
    print('   ', np.round(c, 8), np.round(gv, 8).tolist())
theano.printing.debugprint(f)
