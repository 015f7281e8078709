# Covers: debugprint of the Theano documentation's logistic regression: the uncompiled prediction (p_1 > 0.5 over 1 / (1 + T.exp(-T.dot(x, w) - b))) and cost graphs, the compiled predict function (sigmoid recognised, Gemv), the compiled function of the cost alone, theano.printing.pp of the prediction, and print_type=True on the compiled predict function.
import numpy
import theano
import theano.tensor as T

rng = numpy.random.RandomState(1)
x = T.dmatrix("x")
y = T.dvector("y")
w = theano.shared(rng.randn(3), name="w")
b = theano.shared(0., name="b")
p_1 = 1 / (1 + T.exp(-T.dot(x, w) - b))
prediction = p_1 > 0.5
xent = -y * T.log(p_1) - (1 - y) * T.log(1 - p_1)
cost = xent.mean() + 0.01 * (w ** 2).sum()
theano.printing.debugprint(prediction)
theano.printing.debugprint(cost)
predict = theano.function(inputs=[x], outputs=prediction, name="predict")
theano.printing.debugprint(predict)
cost_f = theano.function(inputs=[x, y], outputs=cost, name="cost_f")
theano.printing.debugprint(cost_f)
print(theano.printing.pp(prediction))
theano.printing.debugprint(predict, print_type=True)
print(predict(numpy.array([[1.0, 2.0, 3.0], [-1.0, 0.0, 1.0]])).tolist())
print(float(cost_f(numpy.array([[1.0, 2.0, 3.0], [-1.0, 0.0, 1.0]]), numpy.array([1.0, 0.0]))))
