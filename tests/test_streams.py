"""MRG_RandomStreams.truncated_normal: Theano's normal cut at two deviations (the values beyond
redrawn from a second uniform draw), its ``std`` scaled so the result has that deviation."""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.streams import MRG_RandomStreams


def test_truncated_normal_stays_within_two_scaled_deviations_and_draws_twice():
    srng = MRG_RandomStreams(seed=3)
    avg, std = 1.0, 2.0
    draws = srng.truncated_normal((2000,), avg=avg, std=std)
    assert len(srng.state_updates) == 2  # the Box-Muller uniforms, then the redraws' radii
    values = function([], draws)()
    bound = 2 * std / 0.87962566103423978
    assert values.shape == (2000,) and values.dtype == np.float64
    assert np.all(np.abs(values - avg) <= bound)
    assert abs(values.std() - std) < 0.1 and abs(values.mean() - avg) < 0.1


def test_normal_truncate_true_is_the_unscaled_cut():
    values = function([], MRG_RandomStreams(seed=4).normal((501,), truncate=True))()
    assert values.shape == (501,) and np.all(np.abs(values) <= 2.0)


def test_mrg_updates_are_theanos_four_tuples_in_draw_order():
    """Theano 1.0.5's MRG_RandomStreams.updates() is list(state_updates): (state, new state,
    size, nstreams) per draw, so ``function(updates=mrg.updates())`` fails as it does there."""
    srng = MRG_RandomStreams(seed=2)
    u = srng.uniform((3,), nstreams=3)
    b = srng.binomial((2, 2), p=0.3)
    ups = srng.updates()
    assert ups == srng.state_updates and ups is not srng.state_updates
    assert [(len(t), t[2], t[3]) for t in ups] == [(4, (3,), 3), (4, (2, 2), None)]
    assert all(new.owner.inputs[0] is old for old, new, _size, _n in ups)
    try:
        function([], [u, b], updates=ups)
    except ValueError as e:
        assert "too many values to unpack" in str(e)
    else:
        raise AssertionError("a 4-tuple update was accepted")
