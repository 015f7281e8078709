# Covers: two independent loops drawing from MRG_RandomStreams (a binomial mask and a normal step) with the same constant n_steps, unnamed (both 'scan_fn'), compiled in one function: Theano merges them into 'scan_fn&scan_fn'; the values over 2 calls, the MRG states after each call, and the compiled debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.round(12).tolist())


srng = MRG_RandomStreams(seed=77)
h0 = T.dvector('h0')
c0 = T.dvector('c0')
hs, uh = theano.scan(lambda h: h * srng.binomial(size=(3,), p=0.7, dtype='float64'),
                     outputs_info=h0, n_steps=3)
cs, uc = theano.scan(lambda c: c + srng.normal(size=(2,), avg=0.0, std=1.0, dtype='float64'),
                     outputs_info=c0, n_steps=3)
upd = uh.copy()
upd.update(uc)
f = theano.function([h0, c0], [hs, cs], updates=upd)
theano.printing.debugprint(f)
for call in range(2):
    a, b = f(np.ones(3), np.zeros(2))
    show("hs", a)
    show("cs", b)
    for k, upd_pair in enumerate(srng.state_updates):
        print("mrg%d" % k, upd_pair[0].get_value().ravel()[:6].tolist())
