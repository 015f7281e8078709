# Covers: compiled graphs around abs as losses and penalties use it: a mean absolute error abs(y - dot(x, w)) with an L1 penalty abs(w).sum() and their gradients, a softsign z / (1 + abs(z)), a normalised sign z / abs(z), abs of a product abs(x * w) and of a ratio abs(x / (1 + x ** 2)), a product of absolute values abs(x) * abs(y) * 2 and a ratio abs(x) / abs(y); Theano lifts abs through mul and true_div in canonicalize (local_abs_lift), turns x / abs(x) into sgn(x) (check_for_x_over_absX, a mul-canonizer simplifier) and merges absolute values again in specialize (local_abs_merge); debugprint of each compiled function and its values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dmatrix('x')
y = T.dmatrix('y')
t = T.dvector('t')
w = theano.shared(np.array([0.5, -1.5, 2.0]), name='w')
data_x = np.array([[1.0, -2.0, 0.5], [-0.5, 1.5, -1.0]])
data_y = np.array([[2.0, -1.0, 0.25], [1.0, 4.0, -2.0]])
data_t = np.array([1.0, -1.0])
z = T.dot(x, w)
mae = T.mean(abs(t - z)) + 0.01 * abs(w).sum()
cases = [("mae_l1", [x, t], [mae] + T.grad(mae, [w])),
         ("softsign", [x], [z / (1 + abs(z)), T.grad(T.sum(z / (1 + abs(z))), w)]),
         ("unit_sign", [x], [x / abs(x)]),
         ("abs_product", [x], [abs(x * w), T.grad(T.sum(abs(x * w)), w)]),
         ("abs_ratio", [x], [abs(x / (1 + x ** 2))]),
         ("product_of_abs", [x, y], [abs(x) * abs(y) * 2, abs(x) / abs(y)])]
args = {x: data_x, y: data_y, t: data_t}
for name, ins, outs in cases:
    f = theano.function(ins, outs, name=name)
    print(name)
    theano.printing.debugprint(f)
    for k, v in enumerate(f(*[args[i] for i in ins])):
        show("out%d" % k, v)
