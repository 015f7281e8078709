"""A gradient loop redraws the forward step's MRG draws from the states it is given (Theano's
BPTT recomputes the step): no stream moves and no draw is told. Replaying a training step
through such a loop crashed: the recorder took the loop's inner state for a stream's shared
variable. The finding names the loop's length by the input its sequence comes from."""
from __future__ import annotations

import textwrap

from click.testing import CliRunner

from rngscope.cli import main

SCRIPT = textwrap.dedent("""\
    import numpy as np
    import theano
    import theano.tensor as T
    from theano.sandbox.rng_mrg import MRG_RandomStreams
    mrg = MRG_RandomStreams(7)
    X = T.dmatrix('X')
    W = theano.shared(np.eye(2) * 0.5, name='W')
    def step(x_tm1, x_t, h):
        m = mrg.binomial(size=(2,), p=0.9, dtype='float64')
        return T.tanh(T.dot(x_t - x_tm1, W) + h * m)
    hs, upd = theano.scan(step, sequences=dict(input=X, taps=[-1, 0]), outputs_info=T.zeros((2,)))
    cost = T.sum(hs ** 2)
    f = theano.function([X], cost, updates=list(upd.items()) + [(W, W - 0.1 * T.grad(cost, W))])
    x = np.arange(8.0).reshape(4, 2) / 10
    print(np.round(f(x), 8), np.round(f(x), 8))
""")


def test_a_training_step_through_a_loop_with_draws_replays_its_forward_draws_only(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "bptt.py").write_text(SCRIPT, encoding="utf-8")
    result = CliRunner().invoke(main, ["replay", "-q", "--width", "300", str(tmp_path / "bptt.py")])
    assert result.exception is None, result.exception
    assert result.exit_code == 0
    # three steps a call (len(X) - 1: the tap -1), each drawing once; the gradient loop adds none
    assert "loop scan_fn ×3: draws #1–#3" in result.output
    assert "loop scan_fn ×3: draws #4–#6" in result.output
    assert "(n_steps=set by len(X))" in result.output
