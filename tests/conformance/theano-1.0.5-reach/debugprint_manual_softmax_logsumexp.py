# Covers: softmax written by hand and log-sum-exp costs: p = T.exp(z) / T.exp(z).sum(axis=1, keepdims=True) in a classifier trained on a Brier score mean(sum((p - t) ** 2, axis=1)), the gradient of a log-partition T.log(T.sum(T.exp(z), axis=1, keepdims=True)), and of T.log(T.nnet.softmax(z)); the mul canonizer turns exp(z) / DimShuffle{0,x}(sum(exp(z), axis=1)) into Softmax (Theano's softmax_simplifier), so the compiled graphs read Softmax and its fused forms; debugprint of each compiled function, then values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dmatrix('x')
t = T.dmatrix('t')
W = theano.shared(np.arange(6.0).reshape(3, 2) / 10 - 0.2, name='W')
z = T.dot(x, W)
data = np.arange(12.0).reshape(4, 3) / 12
targets = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 1.0], [1.0, 0.0]])

p = T.exp(z) / T.exp(z).sum(axis=1, keepdims=True)
brier = T.mean(T.sum((p - t) ** 2, axis=1))
train = theano.function([x, t], brier, updates=[(W, W - 0.5 * T.grad(brier, W))], name='train')
theano.printing.debugprint(train)
for step in range(2):
    print("step", step, "brier", float(train(data, targets)))
show("W", W.get_value())

predict = theano.function([x], p, name='predict')
theano.printing.debugprint(predict)
show("p", predict(data))

log_partition = T.mean(T.log(T.sum(T.exp(z), axis=1, keepdims=True)))
f_lse = theano.function([x], [log_partition, T.grad(log_partition, W)], name='f_lse')
theano.printing.debugprint(f_lse)
lse, g = f_lse(data)
print("log_partition", round(float(lse), 12))
show("dW", g)

log_sm = T.sum(T.log(T.nnet.softmax(z)) * T.dot(x, W).sum())
f_logsm = theano.function([x], T.grad(log_sm, x), name='f_logsm')
theano.printing.debugprint(f_logsm)
show("dx", f_logsm(data))
