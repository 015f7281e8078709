# Covers: Gibbs sampling of a 4x4 Ising model with an annealing schedule given as scan's sequence: each sweep draws srng.uniform(s.shape) and flips spins through T.nnet.sigmoid of T.roll neighbour sums (cast back to float64 for the fed-back state), a shared spin state updated by adding upd[spins] = states[-1] to scan's updates, a no_default_updates peek that still applies the loop's updates it was given, and a go_backwards scan over the schedule; energies, magnetisations, spins and the debugprints.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=5)
spins = theano.shared(np.where(np.random.RandomState(3).rand(4, 4) > 0.5, 1.0, -1.0), name='spins')
betas = T.vector('betas')


def sweep(beta, s):
    neigh = T.roll(s, 1, axis=0) + T.roll(s, -1, axis=0) + T.roll(s, 1, axis=1) + T.roll(s, -1, axis=1)
    p_up = T.nnet.sigmoid(2 * beta * neigh)
    u = srng.uniform(s.shape)
    new = T.cast(T.switch(T.lt(u, p_up), 1.0, -1.0), 'float64')
    energy = -T.sum(new * neigh) / 2
    return new, energy


(states, energies), upd = theano.scan(sweep, sequences=betas, outputs_info=[spins, None])
upd[spins] = states[-1]
anneal = theano.function([betas], [energies, states[-1].mean()], updates=upd)
for schedule in [[0.1, 0.5, 1.0], [1.0, 2.0]]:
    e, m = anneal(np.array(schedule))
    print('energies', e.tolist(), 'magnetisation', float(m))
print(spins.get_value().tolist())
peek = theano.function([betas], energies, updates=upd, no_default_updates=True)
print('peek', peek(np.array([0.3, 0.3])).tolist(), spins.get_value().sum())
rev, upd2 = theano.scan(sweep, sequences=betas, outputs_info=[spins, None], go_backwards=True)
backwards = theano.function([betas], rev[1], updates=upd2)
print('backwards', backwards(np.array([0.1, 0.2, 0.4])).tolist())
theano.printing.debugprint(anneal)
theano.printing.debugprint(backwards)
