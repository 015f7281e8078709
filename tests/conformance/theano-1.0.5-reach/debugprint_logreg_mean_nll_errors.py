# Covers: the tutorial logistic regression as a user writes it: softmax(x W + b), per-example losses -log(p)[arange(n), y] against int64 labels, then their mean, plus an L2 penalty, an errors output T.mean(T.neq(argmax, y)), SGD updates from T.grad; the fused CrossentropySoftmaxArgmax1HotWithBias and its gradient Dx, whose dy is the mean's one value inv(n) as a length-1 vector (no Alloc to n rows), and the argmax pushed below the softmax; debugprint of the compiled training and prediction functions, then costs, errors and parameters over 3 steps.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rs = np.random.RandomState(0)
x = T.dmatrix('x')
y = T.lvector('y')
W = theano.shared(np.zeros((4, 3)), name='W')
b = theano.shared(np.zeros(3), name='b')
p_y_given_x = T.nnet.softmax(T.dot(x, W) + b)
y_pred = T.argmax(p_y_given_x, axis=1)
losses = -T.log(p_y_given_x)[T.arange(y.shape[0]), y]
nll = losses.mean()
cost = nll + 0.001 * (W ** 2).sum()
errors = T.mean(T.neq(y_pred, y))
g_W, g_b = T.grad(cost, [W, b])
train = theano.function([x, y], [cost, errors],
                        updates=[(W, W - 0.13 * g_W), (b, b - 0.13 * g_b)])
predict = theano.function([x], y_pred)
theano.printing.debugprint(train)
theano.printing.debugprint(predict)
data = rs.uniform(0, 1, (6, 4))
labels = np.array([0, 1, 2, 2, 1, 0], dtype='int64')
for step in range(3):
    c, e = train(data, labels)
    print("step", step, "cost", float(c), "errors", float(e))
show("W", W.get_value())
show("b", b.get_value())
show("pred", predict(data))
