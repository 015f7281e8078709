# Covers: T.max / T.argmax / T.min / T.argmin / x.max() / T.max_and_argmax as written, before compiling: each builds Theano's MaxAndArgmax node (outputs named 'max' and 'argmax'; axis None, an int, a negative int, a list, duplicates, [] and keepdims); pp of them; the uncompiled and compiled T.grad of a max, of a min, of max * argmax and of an argmax-weighted sum (a second max node in the raw gradient); compiled graphs in FAST_RUN, FAST_COMPILE and Mode(optimizer=None) (the node kept whole when both outputs are read, Reduce{maximum} or Argmax when one is, argmax pushed below softmax and tanh); max of a random draw; axis errors of max and argmax; iterating a tensor.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
W = T.dmatrix('W')
xv = np.array([[1.0, 3.0, 2.0], [4.0, 0.0, 4.0]])
wv = np.array([[0.5, -1.0], [0.25, 2.0], [-0.5, 1.0]])
built = [('max', T.max(x)), ('max_axis1', T.max(x, axis=1)), ('argmax', T.argmax(x)),
         ('argmax_method', x.argmax(axis=0)), ('max_neg_keepdims', T.max(x, axis=-1, keepdims=True)),
         ('argmax_keepdims', T.argmax(x, axis=1, keepdims=True)), ('min_axis0', T.min(x, axis=0)),
         ('argmin', T.argmin(x, axis=1)), ('max_list', x.max(axis=[1, 0])), ('max_empty', T.max(x, axis=[])),
         ('max_dup', T.max(x, axis=(1, 1))), ('max_int8', T.max(T.bmatrix('b'))),
         ('max_np_axis', T.max(x, axis=np.int64(1))), ('max_const_axis', T.max(x, axis=T.constant(0)))]
for name, e in built:
    node = e.owner
    print(name, e.name, e.type, type(node.op).__name__, node.outputs.index(e))
    theano.printing.debugprint(e)
mx, am = T.max_and_argmax(x, axis=[0])
print(mx.name, am.name, mx.owner is am.owner, mx.type, am.type)
theano.printing.debugprint([mx, am])
print(theano.printing.pp(T.max(x, axis=1)))
print(theano.printing.pp(T.argmax(x, axis=1) + T.max(x)))
print(theano.printing.pp(T.min(x, axis=1)))

mx1, am1 = T.max_and_argmax(x, axis=1)
costs = [('max', T.max(x)), ('max_rows', T.max(x, axis=1).sum()), ('min_cols', T.min(x, axis=0).sum()),
         ('max_times_argmax', (mx1 * am1).sum()), ('argmax_weighted', (T.argmax(x, axis=1) * x.sum(axis=1)).sum()),
         ('max_plus_argmax', mx1.sum() + am1.sum())]
for name, cost in costs:
    g = T.grad(cost, x)
    print('grad', name)
    theano.printing.debugprint(g)
    f = theano.function([x], g)
    theano.printing.debugprint(f)
    show('grad ' + name, f(xv))

outs = [('max', [T.max(x)]), ('argmax', [T.argmax(x, axis=1)]),
        ('max_and_argmax_apart', [T.max(x, axis=1), T.argmax(x, axis=1)]),
        ('max_and_argmax', list(T.max_and_argmax(x, axis=0))), ('min', [T.min(x, axis=1)]),
        ('argmin', [T.argmin(x)]), ('predict', [T.argmax(T.nnet.softmax(T.tanh(T.dot(x, W))), axis=1)]),
        ('predict_with_prob', [T.argmax(T.nnet.softmax(T.dot(x, W)), axis=1), T.max(T.nnet.softmax(T.dot(x, W)), axis=1)]),
        ('stable', [x - T.max(x, axis=1, keepdims=True)])]
for mode_name, mode in [('None', theano.Mode(optimizer=None)), ('FAST_COMPILE', 'FAST_COMPILE'), ('FAST_RUN', 'FAST_RUN')]:
    for name, e in outs:
        print('mode', mode_name, name)
        f = theano.function([x, W], e, mode=mode, on_unused_input='ignore')
        theano.printing.debugprint(f)
        for out in f(xv, wv):
            show(name, out)

srng = RandomStreams(seed=12)
u = srng.uniform((3, 4))
best = T.max(u, axis=1)
where = T.argmax(u, axis=1)
theano.printing.debugprint([best, where])
pick = theano.function([], [best, where, T.max(u)])
theano.printing.debugprint(pick)
for call in range(2):
    for out in pick():
        show('pick', out)

for name, build in [('max axis 2', lambda: T.max(x, axis=2)), ('argmax axis 2', lambda: T.argmax(x, axis=2)),
                    ('max axis -3', lambda: T.max(x, axis=-3)), ('argmax axis -3', lambda: T.argmax(x, axis=-3)),
                    ('max_and_argmax axis 5', lambda: T.max_and_argmax(x, axis=5)),
                    ('max axis [0, 2]', lambda: T.max(x, axis=[0, 2])),
                    ('max symbolic axis', lambda: T.max(x, axis=T.iscalar('a'))),
                    ('argmax symbolic axis', lambda: T.argmax(x, axis=T.iscalar('a'))),
                    ('max axis 1.0', lambda: T.max(x, axis=1.0)), ('argmax axis 1.0', lambda: T.argmax(x, axis=1.0)),
                    ('min axis 2', lambda: T.min(x, axis=2)), ('argmin axis 2', lambda: T.argmin(x, axis=2))]:
    try:
        build()
        print(name, 'built')
    except Exception as e:
        print(name, type(e).__name__, str(e).splitlines()[0])
for v in [T.iscalar('a'), T.dmatrix('m'), T.constant([1, 2])]:
    try:
        print([str(i) for i in v])
    except TypeError as e:
        print('iterate', type(e).__name__, str(e).splitlines()[0])
