# Covers: elementwise arithmetic on int8, int16 and uint8 tensors, where the compiled graph decides when values wrap: a fused Composite (FAST_RUN) runs element by element on Python ints and wraps only when cast to its output dtype, a lone ufunc op (FAST_COMPILE) wraps at each step, and an add of three inputs runs element by element even unfused; with the dtypes Theano gives each result and the fused graph's debugprint.
import numpy as np
import theano
import theano.tensor as T

b = T.bvector('b')
w = T.wvector('w')
u = T.TensorType('uint8', (False,))('u')
vb = np.array([5, 7, -3, 127, -128], dtype='int8')
vw = np.array([50, 700, -300, 32000, -32000], dtype='int16')
vu = np.array([5, 70, 100, 255, 0], dtype='uint8')

exprs = [
    ('(b * 100) // 3 + b', [b], (b * 100) // 3 + b, [vb]),
    ('(w * 1000) // 7 - w', [w], (w * 1000) // 7 - w, [vw]),
    ('b * b * b', [b], b * b * b, [vb]),
    ('b + b + b', [b], T.add(b, b, b), [vb]),
    ('u * u - 7', [u], u * u - 7, [vu]),
    ('(u * 3) % 250', [u], (u * 3) % 250, [vu]),
    ('abs(b * 2) + 1', [b], abs(b * 2) + 1, [vb]),
    ('b * w + u', [b, w, u], b * w + u, [vb, vw, vu]),
    ('(b * 4) / 3', [b], (b * 4) / 3, [vb]),
]
for mode in ['FAST_RUN', 'FAST_COMPILE']:
    print(mode)
    for label, ins, out, vals in exprs:
        f = theano.function(ins, out, mode=mode)
        r = f(*vals)
        print('   ', label, r.dtype, np.round(r, 6).tolist())
f = theano.function([b, w], (b * 100) // 3 + w * w, mode='FAST_RUN')
theano.printing.debugprint(f)
print(f(vb, vw).tolist())
