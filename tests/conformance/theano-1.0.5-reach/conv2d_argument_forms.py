# Covers: T.nnet.conv2d and theano.tensor.nnet.abstract_conv.conv2d argument forms: border_mode 'valid', 'full', 'half', an int and a tuple padding ((0, 0) prints as 'valid'), subsample, filter_flip=False, filter_dilation, input_shape/filter_shape (ConvOp told the shapes, with the C unrolling Theano's constructor picks); the AbstractConv2d node's str, broadcastable and debugprint, the shape Theano infers (a compiled y.shape, computed without convolving), debugprint of the gradients T.grad builds (AbstractConv2d_gradInputs / _gradWeights), the FAST_RUN and FAST_COMPILE graphs (the legacy ConvOp and the gradients' dimshuffled, flipped filters), the compile error of a mode no CPU rewrite takes (AbstractConvCheck), and the errors the calls raise under the recording recipe (no scipy.signal helpers): ConvOp's MethodNotDefined, the unoptimized AbstractConv2d's NotImplementedError.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.nnet import conv2d
from theano.tensor.nnet import abstract_conv


def attempt(label, fn):
    try:
        v = np.asarray(fn())
        print(label, v.dtype, v.shape, v.tolist())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0])


x = T.tensor4('x')
w = T.tensor4('w')
xv = np.arange(2 * 1 * 6 * 7, dtype='float64').reshape(2, 1, 6, 7) / 10
wv = np.ones((3, 1, 3, 2))
forms = [('valid', {}), ('full', dict(border_mode='full')), ('half', dict(border_mode='half')),
         ('int_pad', dict(border_mode=1)), ('tuple_pad', dict(border_mode=(2, 1))),
         ('zero_pad', dict(border_mode=(0, 0))), ('stride', dict(subsample=(2, 3))),
         ('full_stride', dict(border_mode='full', subsample=(2, 1))),
         ('no_flip', dict(filter_flip=False)), ('dilated', dict(filter_dilation=(2, 1))),
         ('shapes', dict(input_shape=(2, 1, 6, 7), filter_shape=(3, 1, 3, 2)))]
for label, kw in forms:
    y = conv2d(x, w, **kw)
    print(label, y.owner.op, y.broadcastable)
    attempt(label + '_shape', lambda: theano.function([x, w], y.shape)(xv, wv))
    for mode in ['FAST_RUN', 'FAST_COMPILE']:
        try:
            f = theano.function([x, w], y, mode=mode)
        except Exception as e:
            print(label, mode, type(e).__name__, str(e).split('\n')[0])
            continue
        if label in ('valid', 'full', 'stride', 'shapes'):
            theano.printing.debugprint(f)
        attempt(label + '_' + mode, lambda: f(xv, wv)[0, 0, 0])
y = abstract_conv.conv2d(x, w, border_mode='full')
theano.printing.debugprint(y)
gx, gw = T.grad(y.sum(), [x, w])
theano.printing.debugprint([gx, gw])
g = theano.function([x, w], [gx, gw])
theano.printing.debugprint(g)
attempt('grad', lambda: g(xv, wv)[0])
u = theano.function([x, w], conv2d(x, w), mode=theano.Mode(optimizer=None))
theano.printing.debugprint(u)
attempt('unoptimized', lambda: u(xv, wv))
b = T.TensorType('float64', (True, False, False, False))('b')
k = T.TensorType('float64', (False, True, False, False))('k')
print(conv2d(b, k).broadcastable, T.grad(conv2d(b, k).sum(), k).broadcastable)
