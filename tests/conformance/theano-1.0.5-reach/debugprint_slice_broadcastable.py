# Covers: the broadcastable pattern of a slice of a broadcastable axis (Subtensor.make_node): kept for 0:, :1, :: and ::-1, lost for 1:, :0, -1:, a symbolic start or stop; .broadcastable of each, and debugprint and values of compiled functions adding such slices to a matrix and summing them over the axis.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


v = T.dvector('v'); m = T.dmatrix('m'); n = T.lscalar('n')
r = v.dimshuffle('x', 0)
slices = [("1:", r[1:]), (":0", r[:0]), (":1", r[:1]), (":2", r[:2]), ("0:", r[0:]), ("::-1", r[::-1]),
          ("::2", r[::2]), ("-1:", r[-1:]), ("n:", r[n:]), (":n", r[:n])]
for name, s in slices:
    print(name, s.broadcastable, s.type)

f = theano.function([v, m, n], [r[:1] + m, r[n:] + m, r[::-1].sum(axis=0), r[:n].sum(axis=0)],
                    name='sliced_rows')
theano.printing.debugprint(f)
for k, out in enumerate(f(np.array([1.0, -2.0]), np.array([[0.5, 1.5]]), 0)):
    show("out%d" % k, out)
