# Covers: theano.__version__ and theano.version (version, full_version, short_version, release, git_revision, FALLBACK_VERSION); theano.misc.pkl_utils.dump into a zip (in memory) of named, same-named and unnamed shared variables, one array twice and a dict: the NPY entries numpy.load sees (shared variables by name, W then W_2; other arrays array_0...), load giving back the classes, names, values and the shared array once, a function on the loaded variables (independent of the originals); PersistentSharedVariableID with allow_unnamed=False / allow_duplicates=False errors.
import io
import numpy as np
import theano
import theano.tensor as T
from theano.misc.pkl_utils import PersistentSharedVariableID, dump, load

print(theano.__version__)
import theano.version
print(theano.version.version, theano.version.full_version, theano.version.short_version,
      theano.version.release, theano.version.git_revision, theano.version.FALLBACK_VERSION)

foo_1 = theano.shared(np.float64(0.5), name='foo')
foo_2 = theano.shared(np.arange(3.0), name='foo')
W = theano.shared(np.eye(2), name='W')
anon = theano.shared(np.ones(2))
arr = np.array([7, 8])
buf = io.BytesIO()
dump((foo_1, foo_2, W, anon, arr, arr, {'lr': 0.1}), buf)
buf.seek(0)
z = np.load(buf)
print(list(z.keys()))
print(z['foo'], z['foo_2'], z['W'].tolist(), z['array_0'], z['array_1'])
buf.seek(0)
a, b, w, n, arr1, arr2, d = load(buf)
print(type(a).__name__, a.name, a.get_value(), type(b).__name__, b.name, b.get_value(),
      w.get_value().tolist(), n.name, n.get_value())
print(arr1, arr1 is arr2, d, a.type, b.type, w is W)
x = T.dvector('x')
f = theano.function([x], x * w.sum() + b)
print(f(np.ones(3)))
w.set_value(np.zeros((2, 2)))
print(W.get_value().tolist(), f(np.ones(3)))


def report(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, str(e))


report('unnamed refused', lambda: dump([anon], io.BytesIO(), persistent_id=lambda zf: PersistentSharedVariableID(zf, allow_unnamed=False)))
report('duplicate refused', lambda: dump([foo_1, foo_2], io.BytesIO(), persistent_id=lambda zf: PersistentSharedVariableID(zf, allow_duplicates=False)))
report('distinct names', lambda: dump([W, foo_2], io.BytesIO(), persistent_id=lambda zf: PersistentSharedVariableID(zf, allow_duplicates=False)))
