# Covers: MRG_RandomStreams wraps what it is given in UndefinedGrad (uniform's low and high after their cast, normal's avg and std before it, binomial's p, multinomial's pvals, choice's p): T.grad through a draw with respect to a symbolic bound, mean or probability raises NullTypeGradError with Theano's text, while a gradient through the draw's value to a weight it multiplies is defined; the uncompiled debugprint with print_type of scalar draws (size (), an empty float64 size constant) and the compiled one (UndefinedGrad gone, the three draws sharing that constant); values.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams

mrg = MRG_RandomStreams(seed=1)
lo = T.scalar('lo')
pv = T.matrix('pv')
builds = [('uniform low/high', lambda: mrg.uniform((2,), low=lo, high=lo + 1)),
          ('normal avg', lambda: mrg.normal((2,), avg=lo)),
          ('normal std', lambda: mrg.normal((3,), std=lo * 2)),
          ('binomial p', lambda: mrg.binomial((2,), p=lo, dtype='float64')),
          ('multinomial pvals', lambda: mrg.multinomial(pvals=pv * lo, dtype='float64')),
          ('choice p', lambda: mrg.choice(size=1, p=pv * lo, replace=False))]
for label, build in builds:
    d = build()
    try:
        g = T.grad(T.cast(d, 'float64').sum(), lo)
        print(label, theano.function([lo, pv], g, on_unused_input='ignore')(0.3, np.full((1, 2), 0.5)))
    except Exception as e:
        print(label, type(e).__name__, e)

w = theano.shared(np.array([0.5, -1.0]), name='w')
cost = (mrg.uniform((2,), low=-1.0, high=1.0) * w).sum() + (mrg.binomial((2,), p=0.3) * w ** 2).sum()
f = theano.function([], [cost, T.grad(cost, w)])
print([np.round(v, 10).tolist() for v in f()])

u = mrg.uniform(())
n = mrg.normal(())
b = mrg.binomial((), p=0.3)
theano.printing.debugprint(u, print_type=True)
theano.printing.debugprint(b, print_type=True)
f = theano.function([], [u, n, b])
theano.printing.debugprint(f, print_type=True)
print([np.asarray(x).tolist() for x in f()])
