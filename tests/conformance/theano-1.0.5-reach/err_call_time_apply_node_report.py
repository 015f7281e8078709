# Covers: the report Theano 1.0.5 adds to an error raised while a compiled function runs (raise_with_op): the op's own message, the Apply node, its toposort index, the inputs' types, shapes, strides and small values ('not shown' above 5 elements), the outputs' clients (DeepCopyOp and 'output' too) and the closing exception_verbosity hint; for a logistic-regression step given a batch with too many columns, labels out of range in the fused crossentropy, an RNN's scan whose inner dot fails (the inner node's report, then the scan node's), and a reshape; the lines before any backtrace and the last line are printed.
import numpy as np
import theano
import theano.tensor as T


def report(name, fn):
    try:
        fn()
        print(name, "no error")
    except Exception as e:
        lines = str(e).split('\n')
        print(name, type(e).__name__)
        for line in lines:
            if line.startswith('Backtrace') or line.startswith('HINT'):
                break
            print('   ', line)
        print('    last:', lines[-1])


x = T.matrix('x')
y = T.ivector('y')
W = theano.shared(np.zeros((3, 2)), name='W')
b = theano.shared(np.zeros(2), name='b')
p_y = T.nnet.softmax(T.dot(x, W) + b)
cost = T.nnet.categorical_crossentropy(p_y, y).mean()
gW, gb = T.grad(cost, [W, b])
train = theano.function([x, y], cost, updates=[(W, W - 0.1 * gW), (b, b - 0.1 * gb)], name='train')
report("ok", lambda: train(np.ones((2, 3)), np.array([0, 1], dtype='int32')))
report("columns", lambda: train(np.ones((2, 4)), np.array([0, 1], dtype='int32')))
report("labels", lambda: train(np.ones((2, 3)), np.array([0, 7], dtype='int32')))
U = theano.shared(np.eye(3) * 0.5, name='U')
hs, _ = theano.scan(lambda r, h: T.tanh(T.dot(h, U) + r), sequences=x, outputs_info=T.zeros(3))
rnn = theano.function([x], hs[-1], name='rnn')
report("scan", lambda: rnn(np.ones((2, 4))))
flat = theano.function([x], x.reshape((3, -1)) * 2)
report("reshape", lambda: flat(np.ones((2, 4))))
n = T.lscalar('n')
masked = theano.function([x, n], T.alloc(1.0, n, 3) * x)
report("alloc", lambda: masked(np.ones((2, 3)), 4))
