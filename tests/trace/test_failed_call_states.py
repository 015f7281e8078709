"""A call that raises after drawing: its draws are forgotten and their rows go to the next
draws, so what the recorder learnt about the states after them must go too (replaying the
next stream's draw from the failed call's leftovers crashed: an MRG state rebuilt from a
RandomState)."""
from __future__ import annotations

import textwrap

from click.testing import CliRunner

from rngscope.cli import main

SCRIPT = textwrap.dedent("""\
    import numpy as np
    import theano
    import theano.tensor as T
    from theano.sandbox.rng_mrg import MRG_RandomStreams
    from theano.tensor.shared_randomstreams import RandomStreams
    srng = RandomStreams(seed=5)
    mrg = MRG_RandomStreams(seed=13)
    x = T.vector('x')
    f = theano.function([x], x * srng.binomial((2,), p=0.5), mode=theano.Mode(optimizer=None))
    print(f(np.ones(2)))
    try:
        f(np.ones(3))  # draws its mask, then the product fails
    except ValueError:
        print('ValueError')
    s = T.vector('s')
    walk, walk_upd = theano.scan(lambda prev: prev + mrg.normal((2,)), outputs_info=s, n_steps=3)
    g = theano.function([s], walk[-1], updates=walk_upd, mode=theano.Mode(optimizer=None))
    print(g(np.zeros(2)).round(10).tolist())
    print(g(np.zeros(2)).round(10).tolist())
""")


def test_a_failed_calls_draws_leave_nothing_behind_for_the_next_streams_draws(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "fails.py").write_text(SCRIPT, encoding="utf-8")
    result = CliRunner().invoke(main, ["replay", "-q", "--width", "200", str(tmp_path / "fails.py")])
    assert result.exception is None, result.exception
    assert result.exit_code == 0
    assert "loop scan_fn ×3: draws #2–#4" in result.output
    assert "loop scan_fn ×3: draws #5–#7" in result.output
