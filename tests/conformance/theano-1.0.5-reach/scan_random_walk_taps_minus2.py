# Covers: a second-order random walk in theano.scan: outputs_info=dict(initial=x0, taps=[-2, -1]) with a 2-row initial, noise srng.normal((2,), std=0.1) inside the step, a momentum-like update x_t = x_{t-1} + 0.5 * (x_{t-1} - x_{t-2}) + noise, sequences of per-step gains with non_sequences, n_steps taken from the sequence, updates passed to function(); the trajectories over 2 calls and the stream position.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=314)
x0 = T.dmatrix('x0')
gains = T.dvector('gains')
damping = T.dscalar('damping')


def step(g, x_tm2, x_tm1, d):
    noise = srng.normal((2,), std=0.1)
    return x_tm1 + d * (x_tm1 - x_tm2) * g + noise


traj, updates = theano.scan(step, sequences=gains, outputs_info=dict(initial=x0, taps=[-2, -1]),
                            non_sequences=damping)
walk = theano.function([x0, gains, damping], traj, updates=updates, name='walk')
for call in range(2):
    show("traj", walk(np.array([[0.0, 0.0], [1.0, -1.0]]), np.array([1.0, 0.5, 2.0]), 0.5))
for r, u in srng.state_updates:
    print("pos", r.get_value().get_state()[2])
