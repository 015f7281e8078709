# Covers: theano.clone as model code uses it around random streams: a dropout layer's test-time graph by replacing the binomial mask (strict=True refuses a scalar of another type, strict=False rebuilds with it), the clone of a list and of a tuple (a list), c is out; share_inputs=False (new input variables, shared variables cloned over the same value so set_value on the original is seen, the stream's clone without its default_update: its calls repeat the draw until the original's function advances the shared state), its debugprint and the compiled function over the clone's own inputs; replace together with share_inputs=False leaving Theano's placeholder in the graph (MissingInputError when compiled with the replacement); replace={x: y} compiled with y alone failing because the mask stream's default update still reads x (fine with no_default_updates=True); copy_inputs=False (deprecated name); replace={x: 2 * x}; a set {x} given as replace (a typo for a dict).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(7)
srng = RandomStreams(seed=21)
x = T.dmatrix('x')
W = theano.shared(rng.normal(size=(3, 6)), name='W')
h = T.tanh(T.dot(x, W))
mask = srng.binomial(size=h.shape, p=0.5, dtype='float64')
out = (h * mask).sum(axis=1)
xv = np.array([[0.5, -1.0, 2.0], [1.0, 0.25, -0.5]])

try:
    theano.clone(out, replace={mask: np.float64(0.5)})
except Exception as e:
    print('strict', type(e).__name__, str(e).splitlines()[0])
test_out = theano.clone(out, replace={mask: T.constant(0.5)}, strict=False)
theano.printing.debugprint(test_out)
print(test_out is out, test_out.type, out.type)
train = theano.function([x], out)
test = theano.function([x], test_out)
show('train', train(xv))
show('test', test(xv))

both = theano.clone([out, h])
print(type(both).__name__, len(both), both[0] is out, both[1] is h)
pair = theano.clone((out, h))
print(type(pair).__name__)
same = theano.clone(out)
print('same', same is out, same.owner is out.owner, same.owner.inputs[0].owner.inputs[1] is mask)

alone = theano.clone(out, share_inputs=False)
theano.printing.debugprint(alone)
ins = theano.gof.graph.inputs([alone])
for i in ins:
    print('input', i, type(i).__name__, i is x, i is W, i is mask.owner.inputs[0],
          getattr(i, 'default_update', None) is not None)
x_clone = [i for i in ins if i.name == 'x'][0]
W_clone = [i for i in ins if i.name == 'W'][0]
f_alone = theano.function([x_clone], alone)
f_orig = theano.function([x], out)
show('alone', f_alone(xv))
show('alone again', f_alone(xv))
show('orig', f_orig(xv))
show('alone after orig', f_alone(xv))
show('orig again', f_orig(xv))
W.set_value(W.get_value() * 2)
show('W clone sees set_value', W_clone.get_value())
show('alone after set_value', f_alone(xv))
W_clone.set_value(np.zeros((3, 6)))
show('W after the clone was set', W.get_value())
W.set_value(rng.normal(size=(3, 6)))
print('stream position', mask.owner.inputs[0].get_value().get_state()[2])

y = T.dmatrix('y')
swapped = theano.clone(out, replace={x: y}, share_inputs=False)
theano.printing.debugprint(swapped)
try:
    theano.function([y], swapped)
except Exception as e:
    print('swapped', type(e).__name__, str(e).splitlines()[0])
kept = theano.clone(out, replace={x: y})
try:
    theano.function([y], kept)
except Exception as e:
    print('kept', type(e).__name__, str(e).splitlines()[0])
show('kept without default updates', theano.function([y], kept, no_default_updates=True)(xv))
old_name = theano.clone(out, copy_inputs=False)
print('copy_inputs', [str(i) for i in theano.gof.graph.inputs([old_name]) if i is x or i is W])
doubled = theano.clone(h, replace={x: 2 * x})
theano.printing.debugprint(doubled)
show('doubled', theano.function([x], doubled)(xv))
try:
    theano.clone(out, replace={x})
except Exception as e:
    print('replace', type(e).__name__, str(e).splitlines()[0])
