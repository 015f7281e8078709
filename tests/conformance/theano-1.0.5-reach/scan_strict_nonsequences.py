# Covers: theano.scan(..., strict=True) as users meet it: a step reading a shared weight it was not given (the error, type and first line), then the weight passed in non_sequences=[W] with strict=True; values and the compiled debugprint.
import numpy as np
import theano
import theano.tensor as T
W = theano.shared(np.array([[0.5, 0.1], [0.0, 0.3]]), name='W')
x = T.dmatrix('x')
try:
    out, _ = theano.scan(lambda x_t, h: T.tanh(T.dot(h, W) + x_t), sequences=x, outputs_info=T.zeros((2,)), strict=True)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
out, _ = theano.scan(lambda x_t, h, W_: T.tanh(T.dot(h, W_) + x_t), sequences=x, outputs_info=T.zeros((2,)), non_sequences=[W], strict=True)
f = theano.function([x], out)
print(f(np.ones((2, 2))).round(12).tolist())
theano.printing.debugprint(f)
