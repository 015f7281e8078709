# Covers: the deep-learning tutorials' Hybrid Monte-Carlo sampler reduced: initial velocities from s_rng.normal(size=positions.shape), leapfrog dynamics in theano.scan with T.grad of the energy inside the step (outputs_info of dict(initial=...), non_sequences=[stepsize], n_steps=n_steps - 1), a Metropolis-Hastings accept from s_rng.uniform(size=energy_prev.shape), updates of the shared positions (T.switch on accept.dimshuffle(0, 'x')), of the stepsize (T.clip of a T.switch) and of the average acceptance rate (accept.mean(dtype=theano.scalar.upcast(...))), a function with no outputs, and 3 draws from a 2-d Gaussian; positions, stepsize, acceptance rate and the stream position.
import numpy as np
import theano
import theano.tensor as TT
from theano import function, shared


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
    assert not scan_updates
    energy = energy_fn(final_pos)
    final_vel = final_vel - 0.5 * stepsize * TT.grad(energy.sum(), final_pos)
    return final_pos, final_vel


def hmc_move(s_rng, positions, energy_fn, stepsize, n_steps):
    initial_vel = s_rng.normal(size=positions.shape)
    final_pos, final_vel = simulate_dynamics(positions, initial_vel, stepsize, n_steps, energy_fn)
    accept = metropolis_hastings_accept(hamiltonian(positions, initial_vel, energy_fn),
                                        hamiltonian(final_pos, final_vel, energy_fn), s_rng)
    return accept, final_pos


def hmc_updates(positions, stepsize, avg_acceptance_rate, final_pos, accept, target_acceptance_rate,
                stepsize_inc, stepsize_dec, stepsize_min, stepsize_max, avg_acceptance_slowness):
    accept_matrix = accept.dimshuffle(0, *(('x',) * (final_pos.ndim - 1)))
    new_positions = TT.switch(accept_matrix, final_pos, positions)
    _new_stepsize = TT.switch(avg_acceptance_rate > target_acceptance_rate,
                              stepsize * stepsize_inc, stepsize * stepsize_dec)
    new_stepsize = TT.clip(_new_stepsize, stepsize_min, stepsize_max)
    mean_dtype = theano.scalar.upcast(accept.dtype, avg_acceptance_rate.dtype)
    new_acceptance_rate = TT.add(avg_acceptance_slowness * avg_acceptance_rate,
                                 (1.0 - avg_acceptance_slowness) * accept.mean(dtype=mean_dtype))
    return [(positions, new_positions), (stepsize, new_stepsize),
            (avg_acceptance_rate, new_acceptance_rate)]


mu = np.array([1.0, -1.0])
cov_inv = np.linalg.inv(np.array([[1.0, 0.5], [0.5, 2.0]]))


def gaussian_energy(x):
    return 0.5 * (TT.dot((x - mu), cov_inv) * (x - mu)).sum(axis=1)


position = shared(np.zeros((3, 2)), name='position')
stepsize = shared(0.25, name='hmc_stepsize')
avg_acceptance_rate = shared(0.9, name='avg_acceptance_rate')
s_rng = TT.shared_randomstreams.RandomStreams(123)
accept, final_pos = hmc_move(s_rng, position, gaussian_energy, stepsize, 4)
simulate_updates = hmc_updates(position, stepsize, avg_acceptance_rate, final_pos=final_pos, accept=accept,
                               stepsize_min=0.001, stepsize_max=0.25, stepsize_inc=1.02, stepsize_dec=0.98,
                               target_acceptance_rate=0.9, avg_acceptance_slowness=0.9)
simulate = function([], [], name='hmc_perform_simulation', updates=simulate_updates)
for draw in range(3):
    simulate()
    show("position", position.get_value())
    print("stepsize", float(stepsize.get_value()), "rate", float(avg_acceptance_rate.get_value()))
for r, u in s_rng.state_updates:
    print("pos", r.get_value().get_state()[2])
