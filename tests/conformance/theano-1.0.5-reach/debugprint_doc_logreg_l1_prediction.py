# Covers: the Theano documentation's logistic regression with an L1 penalty (abs(w).sum()) and outputs=[prediction, xent.sum()] per training call: predictions and errors over 5 steps, the learnt w and b, the prediction function, and the compiled training function's debugprint.
import numpy as np
import theano
import theano.tensor as T
rng = np.random.RandomState(12)
N, feats = 6, 3
D = (rng.randn(N, feats), rng.randint(size=N, low=0, high=2).astype('float64'))
x = T.dmatrix("x")
y = T.dvector("y")
w = theano.shared(rng.randn(feats) * 0.01, name="w")
b = theano.shared(0., name="b")
p_1 = T.nnet.sigmoid(T.dot(x, w) + b)
prediction = p_1 > 0.5
xent = -y * T.log(p_1) - (1 - y) * T.log(1 - p_1)
cost = xent.mean() + 0.01 * abs(w).sum()
gw, gb = T.grad(cost, [w, b])
train = theano.function(inputs=[x, y], outputs=[prediction, xent.sum()],
                        updates=((w, w - 0.1 * gw), (b, b - 0.1 * gb)))
predict = theano.function(inputs=[x], outputs=prediction)
for i in range(5):
    pred, err = train(D[0], D[1])
    print(i, pred.tolist(), repr(float(err)))
print(w.get_value().tolist(), repr(float(b.get_value())))
print(predict(D[0]).tolist())
theano.printing.debugprint(train)
