# Covers: the Theano tutorial's first pages as a reader types them: x, y = T.dscalars('x', 'y') and a, b = T.dmatrices('a', 'b'), pp of z = x + y, the elementwise logistic 1 / (1 + T.exp(-x)) against (1 + T.tanh(x / 2)) / 2, several outputs (diff, abs(diff), diff ** 2), theano.In with a default value and a name, a shared accumulator with updates, function.copy(swap=...) and copy(delete_updates=True), givens replacing the shared state, and theano.Out(..., borrow=True).
import numpy as np
import theano
import theano.tensor as T
from theano import In, function, pp, shared


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x, y = T.dscalars('x', 'y')
z = x + y
print(pp(z))
f = function([x, y], z)
print(float(f(2, 3)), float(f(16.3, 12.1)))
m = T.dmatrix('m')
s = 1 / (1 + T.exp(-m))
s2 = (1 + T.tanh(m / 2)) / 2
logistic = function([m], [s, s2])
for r in logistic([[0, 1], [-1, -2]]):
    show("logistic", r)
a, b = T.dmatrices('a', 'b')
diff = a - b
f3 = function([a, b], [diff, abs(diff), diff ** 2])
for r in f3([[1, 1], [1, 1]], [[0, 1], [2, 3]]):
    show("diff", r)
print(len(T.dvectors(3)), [v.name for v in T.fscalars('p', 'q')], T.lmatrices('u', 'v')[1].type)
w = T.dscalar('w')
g = function([x, In(y, value=1), In(w, value=2, name='w_by_name')], (x + y) * w)
print(float(g(33)), float(g(33, 2)), float(g(33, 0, 1)), float(g(33, w_by_name=1)), float(g(33, w_by_name=1, y=0)))
state = shared(0)
inc = T.iscalar('inc')
accumulator = function([inc], state, updates=[(state, state + inc)])
print(int(accumulator(1)), int(state.get_value()))
accumulator(300)
print(int(state.get_value()))
state.set_value(-1)
print(int(accumulator(3)), int(state.get_value()))
new_state = shared(0)
new_accumulator = accumulator.copy(swap={state: new_state})
new_accumulator(100)
print(int(new_state.get_value()), int(state.get_value()))
null_accumulator = accumulator.copy(delete_updates=True)
null_accumulator(9000)
print(int(state.get_value()))
fn_of_state = state * 2 + inc
foo = T.scalar(dtype=state.dtype)
skip_shared = function([inc, foo], fn_of_state, givens=[(state, foo)])
print(int(skip_shared(1, 3)), int(state.get_value()))
xv = T.dvector('xv')
f_out = function([xv], theano.Out(T.exp(xv), borrow=True))
show("out_borrow", f_out([0.0, 1.0]))
