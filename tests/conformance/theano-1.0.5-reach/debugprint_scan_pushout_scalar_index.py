# Covers: a step slicing its state with a non-sequence, h[:k].sum() + h with k a T.lscalar passed in non_sequences: Theano's scan push-out moves the ScalarFromTensor of k out of the loop and the step reads it as an <int64> input; the compiled debugprint and the values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
k = T.lscalar('k')
out, _ = theano.scan(lambda h, k: h[:k].sum() + h, outputs_info=x, non_sequences=k, n_steps=3)
f = theano.function([x, k], out)
theano.printing.debugprint(f)
show("out", f(np.arange(3.0), 2))
show("out", f(np.arange(3.0), 1))
