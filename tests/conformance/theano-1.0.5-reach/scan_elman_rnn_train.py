# Covers: an Elman RNN language-model step trained by BPTT: h_t = sigmoid(x_t Wx + h_{t-1} Wh + bh), s_t = softmax(h_t W + b) inside theano.scan (outputs_info=[h0, None], the step returning [h_t, s_t[0]]), the NLL of the next-word targets -T.mean(T.log(p_y_given_x_sentence)[T.arange(y.shape[0]), y]), T.grad of five shared params, SGD with a symbolic learning rate, and an argmax prediction; costs, predictions and parameters over 3 sentences.
import numpy
import theano
import theano.tensor as T

floatX = theano.config.floatX


def show(name, v):
    v = numpy.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = numpy.random.RandomState(3)
nh, nc, de = 3, 4, 2
emb = theano.shared(numpy.asarray(0.2 * rng.uniform(-1.0, 1.0, (5, de)), dtype=floatX), name='emb')
Wx = theano.shared(numpy.asarray(0.2 * rng.uniform(-1.0, 1.0, (de, nh)), dtype=floatX), name='Wx')
Wh = theano.shared(numpy.asarray(0.2 * rng.uniform(-1.0, 1.0, (nh, nh)), dtype=floatX), name='Wh')
W = theano.shared(numpy.asarray(0.2 * rng.uniform(-1.0, 1.0, (nh, nc)), dtype=floatX), name='W')
bh = theano.shared(numpy.zeros(nh, dtype=floatX), name='bh')
b = theano.shared(numpy.zeros(nc, dtype=floatX), name='b')
h0 = theano.shared(numpy.zeros(nh, dtype=floatX), name='h0')
params = [emb, Wx, Wh, W, bh, b]
idxs = T.ivector()
x = emb[idxs]
y_sentence = T.ivector('y_sentence')


def recurrence(x_t, h_tm1):
    h_t = T.nnet.sigmoid(T.dot(x_t, Wx) + T.dot(h_tm1, Wh) + bh)
    s_t = T.nnet.softmax(T.dot(h_t, W) + b)
    return [h_t, s_t]


[h, s], _ = theano.scan(fn=recurrence, sequences=x, outputs_info=[h0, None], n_steps=x.shape[0])
p_y_given_x_sentence = s[:, 0, :]
y_pred = T.argmax(p_y_given_x_sentence, axis=1)
lr = T.scalar('lr')
sentence_nll = -T.mean(T.log(p_y_given_x_sentence)[T.arange(x.shape[0]), y_sentence])
sentence_gradients = T.grad(sentence_nll, params)
sentence_updates = [(p, p - lr * g) for p, g in zip(params, sentence_gradients)]
classify = theano.function(inputs=[idxs], outputs=y_pred, name='classify')
sentence_train = theano.function(inputs=[idxs, y_sentence, lr], outputs=sentence_nll,
                                 updates=sentence_updates, name='sentence_train')
sentences = [([0, 1, 2, 3], [1, 2, 3, 0]), ([4, 2, 1], [2, 1, 0]), ([3, 3, 0, 4, 1], [3, 0, 1, 2, 2])]
for i, (words, labels) in enumerate(sentences):
    c = sentence_train(numpy.asarray(words, dtype='int32'), numpy.asarray(labels, dtype='int32'), 0.5)
    print("sentence", i, "nll", float(c))
    show("pred", classify(numpy.asarray(words, dtype='int32')))
for p in params:
    show(p.name, p.get_value())
