# Covers: a script written as a program: a DropoutLayer class holding its own RandomStreams(rng.randint(999999)) and a binomial mask of size lin.shape with dtype=theano.config.floatX, a main(argv) compiling and calling the training function with locals, run under if __name__ == '__main__': sys.exit(main(sys.argv)); costs over 2 steps.
import sys
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


class DropoutLayer(object):
    def __init__(self, rng, input, n_in, n_out, p=0.5):
        self.W = theano.shared(rng.uniform(-0.3, 0.3, (n_in, n_out)), name='W', borrow=True)
        self.srng = RandomStreams(rng.randint(999999))
        lin = T.dot(input, self.W)
        self.mask = self.srng.binomial(n=1, p=1 - p, size=lin.shape, dtype=theano.config.floatX)
        self.output = T.tanh(lin) * self.mask
        self.params = [self.W]


def main(argv):
    rng = np.random.RandomState(int(argv[1]) if len(argv) > 1 else 1)
    x = T.dmatrix('x')
    layer = DropoutLayer(rng, x, 3, 2)
    cost = layer.output.sum()
    g = T.grad(cost, layer.W)
    train = theano.function([x], cost, updates=[(layer.W, layer.W - 0.1 * g)])
    X = rng.randn(2, 3)
    for i in range(2):
        print(i, repr(float(train(X))))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
