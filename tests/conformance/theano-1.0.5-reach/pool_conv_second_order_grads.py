# Covers: second-order gradients through pooling and convolution: T.grad of a max pool's gradient (DownsampleFactorMaxGradGrad, zeros for x and the pooled output) and of an average pool's (the same Pool of the incoming gradient), T.grad of AbstractConv2d_gradWeights and _gradInputs (gradInputs / gradWeights and a forward AbstractConv2d), uncompiled and FAST_RUN debugprints (ConvOps), the IndexError of the pooled calls under the recording recipe, and the values MaxPoolGrad and DownsampleFactorMaxGradGrad do compute (their Python perform indexes with tuples) on a pooled output fed in.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.signal import pool
from theano.tensor.signal.pool import MaxPoolGrad, DownsampleFactorMaxGradGrad
from theano.tensor.nnet import conv2d
x = T.tensor4('x')
w = T.tensor4('w')


def attempt(label, fn):
    try:
        v = np.asarray(fn())
        print(label, v.dtype, v.shape, v.tolist())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0])


xv = np.arange(32.).reshape(2, 1, 4, 4) % 5
for mode in ['max', 'average_exc_pad']:
    y = pool.pool_2d(x, ws=(2, 2), ignore_border=True, mode=mode)
    g = T.grad((y ** 2).sum(), x)
    h = T.grad((g ** 2).sum(), x)
    theano.printing.debugprint(h)
    f = theano.function([x], h)
    theano.printing.debugprint(f)
    attempt(mode, lambda: f(xv))
y = conv2d(x, w)
gw = T.grad((y ** 2).sum(), w)
h = T.grad((gw ** 2).sum(), [x, w])
theano.printing.debugprint(h)
f = theano.function([x, w], h)
theano.printing.debugprint(f)
gi = T.grad((y ** 2).sum(), x)
h = T.grad((gi ** 2).sum(), [x, w])
f = theano.function([x, w], h)
theano.printing.debugprint(f)
# MaxPoolGrad / DownsampleFactorMaxGradGrad run on values fed in
m = T.tensor4('m')
gz = T.tensor4('gz')
mv = np.array([[[[4., 3.], [4., 4.]]], [[[4., 4.], [3., 4.]]]])
k = theano.function([x, m, gz], [MaxPoolGrad(True)(x, m, gz, (2, 2)), DownsampleFactorMaxGradGrad(True)(x, m, x, (2, 2))])
attempt('mpg', lambda: k(xv, mv, mv + 1)[0])
attempt('dfmgg', lambda: k(xv, mv, mv + 1)[1])
