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
