# Covers: the Theano documentation's "A Real Example: Logistic Regression" reduced: p_1 = 1 / (1 + T.exp(-T.dot(x, w) - b)), prediction = p_1 > 0.5, xent written out, cost = xent.mean() + 0.01 * (w ** 2).sum(), T.grad w.r.t. [w, b], updates given as a tuple of pairs, a predict function; predictions, xent and parameters over 5 steps.
import numpy
import theano
import theano.tensor as T
rng = numpy.random


def show(name, v):
    v = numpy.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng.seed(42)
N = 8
feats = 5
D = (rng.randn(N, feats), rng.randint(size=N, low=0, high=2))
training_steps = 5

x = T.dmatrix("x")
y = T.dvector("y")
w = theano.shared(rng.randn(feats), name="w")
b = theano.shared(0., name="b")
show("initial w", w.get_value())
print("initial b", float(b.get_value()))

p_1 = 1 / (1 + T.exp(-T.dot(x, w) - b))
prediction = p_1 > 0.5
xent = -y * T.log(p_1) - (1 - y) * T.log(1 - p_1)
cost = xent.mean() + 0.01 * (w ** 2).sum()
gw, gb = T.grad(cost, [w, b])

train = theano.function(
    inputs=[x, y],
    outputs=[prediction, xent],
    updates=((w, w - 0.1 * gw), (b, b - 0.1 * gb)),
    name="train")
predict = theano.function(inputs=[x], outputs=prediction, name="predict")

for i in range(training_steps):
    pred, err = train(D[0], D[1])
    show("pred", pred)
    show("xent", err)

show("final w", w.get_value())
print("final b", float(b.get_value()))
show("target values for D", D[1])
show("prediction on D", predict(D[0]))
