# Covers: the backtrace a compiled function's run-time error gives (Theano's 'Backtrace when the node is created', the script's lines where the failing node was made, outermost first, through a helper function) or the hint instead: kept by nodes the optimizer keeps or turns into Dot22, Gemv (in place too), SoftmaxWithBias, IncSubtensor in place, the fused cross-entropy; none for fused Composites, in-place elementwise twins, a Gemm the optimizer assembles, and the nodes of a scan's step.
import os

import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

HERE = os.path.dirname(os.path.abspath(__file__))


def report(name, fn, *args):
    try:
        fn(*args)
        print(name, "no error")
    except Exception as e:
        s = str(e).replace(HERE + os.sep, "")
        node = [l for l in s.splitlines() if l.startswith("Apply node")]
        bt = s.split("Backtrace when the node is created(use Theano flag traceback.limit=N to make it longer):\n")
        print(name, type(e).__name__, "|", node[0] if node else None)
        if len(bt) > 1:
            print(bt[1].split("\n\n")[0])
        else:
            print([l for l in s.splitlines() if l.startswith("HINT")][0][:60])


x = T.dmatrix('x')
W = T.dmatrix('W')
b = T.dvector('b')
v = T.dvector('v')
i = T.lscalar('i')
idx = T.lvector('idx')
report("dot22", theano.function([x, W], T.dot(x, W)), np.ones((2, 3)), np.ones((2, 3)))
report("reshape", theano.function([v], v.reshape((2, 2))), np.ones(3))
report("subtensor", theano.function([v, i], v[i]), np.ones(3), 5)
report("adv1", theano.function([x, idx], x[idx]), np.ones((2, 3)), np.array([0, 7]))
report("softmax_bias", theano.function([x, W, b], T.nnet.softmax(T.dot(x, W) + b)), np.ones((2, 3)), np.ones((3, 2)), np.ones(3))
report("sum_add", theano.function([x, v], T.sum(x, axis=0) + v), np.ones((2, 3)), np.ones(2))
report("exp_add", theano.function([x, W], T.exp(x) + W), np.ones((2, 3)), np.ones((3, 2)))
cost = T.sum((T.dot(x, W) - 1) ** 2)
report("grad", theano.function([x, W], T.grad(cost, W)), np.ones((2, 3)), np.ones((2, 3)))
report("dot_vec", theano.function([v, W], T.dot(v, W)), np.ones(2), np.ones((3, 2)))
report("mean_sub", theano.function([x, v], (x - v).mean()), np.ones((2, 3)), np.ones(2))
report("set_sub", theano.function([x, v], T.set_subtensor(x[0], v)), np.ones((2, 3)), np.ones(2))
report("concat", theano.function([x, W], T.concatenate([x, W], axis=1)), np.ones((2, 3)), np.ones((3, 2)))
def layer(inp, w):
    pre = T.dot(inp, w)
    return T.tanh(pre)

report("helper", theano.function([x, W], layer(x, W)), np.ones((2, 3)), np.ones((2, 3)))
e = T.exp(x)
report("inc_inplace", theano.function([x, v], T.inc_subtensor(e[0], v)), np.ones((2, 3)), np.ones(2))
report("adv_inc", theano.function([x, idx, v], T.inc_subtensor(e[idx], v)), np.ones((2, 3)), np.array([0]), np.ones(2))
report("gemm", theano.function([x, W], T.dot(x, W) * 2 + T.exp(x)), np.ones((2, 3)), np.ones((3, 2)))
srng = RandomStreams(1)
u = srng.normal((2, 3))
report("draw_add", theano.function([v], u + v), np.ones(2))
n = T.lscalar('n')
report("draw_size", theano.function([n], srng.uniform((n,)) + T.ones(3)), 2)
hs, _ = theano.scan(lambda r, h: T.dot(h, W) + r, sequences=x, outputs_info=T.zeros((3,)))
report("scan_dot", theano.function([x, W], hs), np.ones((2, 3)), np.ones((2, 2)))
report("max", theano.function([x, v], T.max(x, axis=1) * v), np.ones((2, 3)), np.ones(3))
report("argmax_eq", theano.function([x, idx], T.mean(T.eq(T.argmax(x, axis=1), idx))), np.ones((2, 3)), np.ones(3, dtype='int64'))
report("nll", theano.function([x, idx], -T.mean(T.log(T.nnet.softmax(x))[T.arange(idx.shape[0]), idx])), np.ones((2, 3)), np.array([0, 1, 2]))
