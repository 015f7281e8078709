# Covers: binary logistic regression as a user writes it: p = T.nnet.sigmoid(T.dot(x, w) + b).flatten() with w a one-column matrix, the cross-entropy written by hand -(y * T.log(p) + (1 - y) * T.log(1 - p)) summed, SGD from T.grad, and a prediction function p > 0.5; the Reshape is lifted below the sigmoid (Theano's local_reshape_lift), so both logs become softplus terms of the reshaped logits; debugprint of the compiled training and prediction functions, then costs, parameters and predictions over 3 steps.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rs = np.random.RandomState(55)
x = T.dmatrix('x')
y = T.dvector('y')
w = theano.shared(rs.randn(4, 1) * 0.5, name='w')
b = theano.shared(np.zeros(1), name='b')
p = T.nnet.sigmoid(T.dot(x, w) + b).flatten()
cost = T.sum(-(y * T.log(p) + (1 - y) * T.log(1 - p)))
gw, gb = T.grad(cost, [w, b])
train = theano.function([x, y], cost, updates=[(w, w - 0.05 * gw), (b, b - 0.05 * gb)])
predict = theano.function([x], p > 0.5)
theano.printing.debugprint(train)
theano.printing.debugprint(predict)
data = rs.uniform(0, 1, (4, 4))
target = (rs.uniform(0, 1, 4) > 0.5).astype('float64')
for step in range(3):
    print("step", step, "cost", float(train(data, target)))
show("w", w.get_value())
show("b", b.get_value())
show("pred", predict(data))
