# Covers: the Hybrid Monte Carlo tutorial, reduced: kinetic energy, leapfrog integration in scan with T.grad of the energy inside the step, a Metropolis accept from srng.uniform, initial velocities from srng.normal(size=positions.shape), T.switch on the accept to choose the new positions, shared positions/stepsize updated with the acceptance rate, and 3 HMC steps.
import numpy as np
import theano
import theano.tensor as TT
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def kinetic_energy(vel):
    return 0.5 * (vel ** 2).sum(axis=1)


def hamiltonian(pos, vel, energy_fn):
    return energy_fn(pos) + kinetic_energy(vel)


def metropolis_hastings_accept(energy_prev, energy_next, s_rng):
    ediff = energy_prev - energy_next
    return (TT.exp(ediff) - s_rng.uniform(size=energy_prev.shape)) >= 0


def simulate_dynamics(initial_pos, initial_vel, stepsize, n_steps, energy_fn):
    def leapfrog(pos, vel, step):
        dE_dpos = TT.grad(energy_fn(pos).sum(), pos)
        new_vel = vel - step * dE_dpos
        new_pos = pos + step * new_vel
        return [new_pos, new_vel], {}

    initial_energy = energy_fn(initial_pos)
    dE_dpos = TT.grad(initial_energy.sum(), initial_pos)
    vel_half_step = initial_vel - 0.5 * stepsize * dE_dpos
    pos_full_step = initial_pos + stepsize * vel_half_step
    (all_pos, all_vel), scan_updates = theano.scan(
        leapfrog, outputs_info=[dict(initial=pos_full_step), dict(initial=vel_half_step)],
        non_sequences=[stepsize], n_steps=n_steps - 1)
    final_pos = all_pos[-1]
    final_vel = all_vel[-1]
    energy = energy_fn(final_pos)
    final_vel = final_vel - 0.5 * stepsize * TT.grad(energy.sum(), final_pos)
    return final_pos, final_vel


def hmc_move(s_rng, positions, energy_fn, stepsize, n_steps):
    initial_vel = s_rng.normal(size=positions.shape)
    final_pos, final_vel = simulate_dynamics(positions, initial_vel, stepsize, n_steps, energy_fn)
    accept = metropolis_hastings_accept(hamiltonian(positions, initial_vel, energy_fn),
                                        hamiltonian(final_pos, final_vel, energy_fn), s_rng)
    return accept, final_pos


def gaussian_energy(x):
    return 0.5 * (TT.dot((x - 1.0), np.eye(2)) * (x - 1.0)).sum(axis=1)


srng = RandomStreams(seed=1)
positions = theano.shared(np.zeros((3, 2)), name='positions')
stepsize = theano.shared(0.1, name='stepsize')
avg_acceptance = theano.shared(0.9, name='avg_acceptance')
accept, final_pos = hmc_move(srng, positions, gaussian_energy, stepsize, 3)
accept_matrix = accept.dimshuffle(0, *(('x',) * (final_pos.ndim - 1)))
new_positions = TT.switch(accept_matrix, final_pos, positions)
new_acceptance = 0.95 * avg_acceptance + 0.05 * accept.mean()
new_stepsize = TT.clip(stepsize * TT.switch(avg_acceptance > 0.9, 1.02, 0.98), 0.001, 0.25)
simulate = theano.function([], [accept, new_positions],
                           updates=[(positions, new_positions), (stepsize, new_stepsize),
                                    (avg_acceptance, new_acceptance)])
for i in range(3):
    a, p = simulate()
    show('accept', a)
    show('pos', p)
print(float(stepsize.get_value()), float(avg_acceptance.get_value()))
