# Covers: a scan step that returns (outputs, updates): a shared step counter incremented with {counter: counter + 1} and a shared running sum, the updates passed to function() (the counter grows by n_steps per call) or not (unchanged), the step also reading the counter's current value inside the loop; outputs, counter and running sum over 3 calls.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


counter = theano.shared(np.int64(0), name='counter')
running = theano.shared(np.zeros(2), name='running')
x = T.dmatrix('x')


def step(x_t):
    out = x_t * T.cast(counter + 1, 'float64')
    return out, {counter: counter + 1, running: running + x_t}


outs, updates = theano.scan(step, sequences=x)
print("updates", len(updates), sorted(k.name for k in updates))
f = theano.function([x], outs, updates=updates, name='with_updates')
g = theano.function([x], outs, name='without_updates')
xv = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
for call in range(3):
    show("f", f(xv))
    print("counter", int(counter.get_value()))
    show("running", running.get_value())
for call in range(2):
    show("g", g(xv))
    print("counter", int(counter.get_value()))
