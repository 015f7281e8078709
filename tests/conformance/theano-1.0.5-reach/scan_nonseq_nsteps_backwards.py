# Covers: scan with non_sequences and n_steps only (power A ** k by repeated multiplication), go_backwards=True over a sequence (reversed running sum and reversed outputs order), n_steps shorter than the sequence, theano.scan name= shown in the scan op's name (forall_inplace,cpu,doubler} in debugprint, with the inner graph); values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


A = T.dvector('A')
k = T.lscalar('k')
res, _ = theano.scan(lambda prior, A_: prior * A_, outputs_info=T.ones_like(A), non_sequences=A, n_steps=k)
f = theano.function([A, k], res[-1], name='power')
show("power3", f(np.array([1.0, 2.0, 3.0]), 3))
show("power1", f(np.array([1.0, 2.0, 3.0]), 1))
x = T.dvector('x')
back, _ = theano.scan(lambda xt, acc: acc + xt, sequences=x, outputs_info=T.constant(np.float64(0.0)), go_backwards=True)
show("backwards", theano.function([x], back)(np.array([1.0, 10.0, 100.0])))
seq, _ = theano.scan(lambda xt: xt * 3, sequences=x, go_backwards=True)
show("backwards_map", theano.function([x], seq)(np.array([1.0, 2.0, 3.0])))
short, _ = theano.scan(lambda xt: xt + 1, sequences=x, n_steps=2)
show("short", theano.function([x], short)(np.array([1.0, 2.0, 3.0])))
named, _ = theano.scan(lambda xt, acc: acc * 2 + xt, sequences=x, outputs_info=T.constant(np.float64(0.0)), name='doubler')
f2 = theano.function([x], named, name='named_scan')
theano.printing.debugprint(f2)
show("named", f2(np.array([0.5, 1.5])))
