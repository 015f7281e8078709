# Covers: theano.scan with sequences and outputs_info: a running sum (outputs_info initial value, taps default [-1]), dict(initial=..., taps=[-1]), a sequence with taps via dict(input=..., taps=[-1, 0]), two sequences zipped, and the returned updates (empty OrderedDict); values and output shapes.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
y = T.dvector('y')
s0 = T.dscalar('s0')
xv = np.array([1.0, 2.0, 3.0, 4.0])
yv = np.array([0.5, -1.0, 2.0, 0.0])
run, upd = theano.scan(lambda xt, acc: acc + xt, sequences=x, outputs_info=s0)
print("updates", type(upd).__name__, len(upd))
show("running_sum", theano.function([x, s0], run)(xv, 10.0))
run2, _ = theano.scan(lambda xt, acc: acc * 0.5 + xt, sequences=[x], outputs_info=[dict(initial=s0, taps=[-1])])
show("decayed", theano.function([x, s0], run2)(xv, 1.0))
diff, _ = theano.scan(lambda prev, cur: cur - prev, sequences=dict(input=x, taps=[-1, 0]))
show("diff", theano.function([x], diff)(xv))
prod, _ = theano.scan(lambda a, b: a * b, sequences=[x, y])
show("elementwise", theano.function([x, y], prod)(xv, yv))
m = T.dmatrix('m')
rows, _ = theano.scan(lambda row, acc: acc + row ** 2, sequences=m, outputs_info=T.zeros_like(m[0]))
show("row_acc", theano.function([m], rows)(np.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]])))
