# Covers: a scan whose initial state is a shared variable and whose last state is written back through updates (a stateful RNN across calls: updates=[(h_state, h[-1])]), n_steps as a symbolic iscalar with a sequence longer than it, T.zeros_like and T.ones_like initial states, and taps [-1] given as dict(initial=..., taps=[-1]); outputs and the stored state over 3 calls.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
n = T.iscalar('n')
h_state = theano.shared(np.zeros(2), name='h_state')
W = theano.shared(np.array([[0.9, 0.1], [-0.1, 0.8]]), name='W')
h, _ = theano.scan(lambda x_t, h_tm1: T.tanh(T.dot(h_tm1, W) + x_t), sequences=x,
                   outputs_info=dict(initial=h_state, taps=[-1]), n_steps=n)
stateful = theano.function([x, n], h, updates=[(h_state, h[-1])], name='stateful')
xv = np.array([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5], [-1.0, 1.0]])
for call, steps in enumerate([2, 3, 4]):
    show("h", stateful(xv, steps))
    show("state", h_state.get_value())
z, _ = theano.scan(lambda x_t, acc: acc * x_t, sequences=x, outputs_info=T.ones_like(x[0]))
o, _ = theano.scan(lambda x_t, acc: acc + x_t, sequences=x, outputs_info=T.zeros_like(x[0]))
show("prod", theano.function([x], z, name='prod')(xv))
show("cumsum", theano.function([x], o, name='cumsum')(xv))
