"""Findings: each kind on a script made to show it."""
from __future__ import annotations

import pytest

from rngscope.runner import load_script
from rngscope.trace import findings, results
from rngscope.trace.events import FindingKind
from rngscope.trace.replay import Options, replay


def kinds(result):
    return [(f.kind, f.calls) for f in findings.findings(result.timeline)]


def test_the_sample_explains_v2_and_v3():
    found = findings.findings(replay(load_script(None)).timeline)
    by_kind = {f.kind: f for f in found}
    assert by_kind["different-results"].message == (
        "v2 differs from v1: rv_u.rng was restored to the state before call 0 (set_value, line "
        "21), so v2 repeats draw #1, the draw nearly_zeros made inside call 0; v1 is draw #2.")
    assert by_kind["equal-results"].message.startswith(
        "v3 equals v1: both are draw #2 of rv_u.rng, made at the same state ")
    assert by_kind["advances-shared-stream"].message.startswith(
        "nearly_zeros() advances rv_u.rng, which f also reads, so the next f() gives a different draw")
    assert "3 times" in by_kind["draw-used-several-times"].message
    assert by_kind["no-update"].message.startswith("g reads rv_n.rng without advancing it")


def test_no_update_function_returns_the_same_draw(tools):
    result = tools.run(tools.script("""
        srng = RandomStreams(seed=5)
        rv = srng.normal((2,))
        g = function([], rv, no_default_updates=True)
        a = g()
        b = g()
    """))
    found = kinds(result)
    assert ("equal-results", (0, 1)) in found and ("no-update", (0, 1)) in found


def test_results_not_assigned_have_no_name(tools):
    result = tools.run(tools.script("""
        srng = RandomStreams(seed=5)
        f = function([], srng.uniform((2,)))
        def show(name, value):
            return value
        show("x", f())
        y = f() + 1
        z = f()
    """))
    assert [result.timeline.call(i).result for i in range(3)] == [None, None, "z"]


# -- each kind, produced by a small script, with its fields ---------------------------------

KINDS = {
    FindingKind.EQUAL_RESULTS: ("""
        srng = RandomStreams(seed=5)
        g = function([], srng.normal((2,)), no_default_updates=True)
        a = g()
        b = g()
    """, (0, 1)),
    FindingKind.DIFFERENT_RESULTS: ("""
        srng = RandomStreams(seed=5)
        f = function([], srng.uniform((2,)))
        a = f()
        b = f()
    """, (0, 1)),
    FindingKind.NO_UPDATE: ("""
        srng = RandomStreams(seed=5)
        g = function([], srng.normal((2,)), no_default_updates=True)
        a = g()
    """, (0,)),
    FindingKind.ADVANCES_SHARED_STREAM: ("""
        srng = RandomStreams(seed=5)
        rv = srng.uniform((2,))
        f = function([], rv)
        h = function([], rv * 2)
        h()
        a = f()
    """, (0, 1)),
    FindingKind.DRAW_USED_SEVERAL_TIMES: ("""
        srng = RandomStreams(seed=5)
        rv = srng.uniform((2,))
        f = function([], rv + rv)
        a = f()
    """, (0,)),
    FindingKind.LOOP_WITHOUT_UPDATES: ("""
        from theano import scan
        srng = RandomStreams(seed=5)
        steps, upd = scan(lambda: srng.normal((2,)), n_steps=2, name="walk")
        f = function([], steps)
        f()
        f()
    """, (0, 1)),
    FindingKind.MASK_NOT_ADVANCED: ("""
        srng = RandomStreams(seed=5)
        mask = srng.binomial((4,), p=0.5)
        test = function([], mask * 2, no_default_updates=True)
        test()
    """, (0,)),
    FindingKind.MASK_ADVANCED_EVERY_CALL: ("""
        srng = RandomStreams(seed=5)
        mask = srng.binomial((4,), p=0.5)
        train = function([], mask * 2)
        train()
        train()
    """, (0, 1)),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_from_a_small_script(tools, kind):
    body, calls = KINDS[kind]
    found = [f for f in findings.findings(tools.run(tools.script(body)).timeline) if f.kind is kind]
    assert [f.calls for f in found] == [calls]
    assert found[0].to_json()["kind"] == kind.value


def test_repeated_draw_kind_and_a_difference_that_repeats():
    result = replay(load_script(None), Options(restore_after=(0,)))
    found = findings.findings(result.timeline)
    assert [f.calls for f in found if f.kind is FindingKind.REPEATED_DRAW] == [(0, 1)]
    named = results.results(result.timeline)
    difference = results.different(result.timeline, named["v2"], named["v1"])
    assert not difference.repeats  # v2 differs from v1 because the stream moved on


def test_a_loop_without_its_updates_says_draw_by_draw_how_the_stream_slides(tools):
    result = tools.run(tools.script("""
        from theano import scan
        srng = RandomStreams(seed=5)
        steps, upd = scan(lambda: srng.normal((2,)), n_steps=3, name="walk")
        f = function([], steps)
        for i in range(3):
            f()
    """))
    (found,) = [f for f in findings.findings(result.timeline)
                if f.kind is FindingKind.LOOP_WITHOUT_UPDATES]
    detail = found.detail
    assert (detail.function, detail.line, detail.loop, detail.steps, detail.stream) == (
        "f", 7, "walk", "3", "normal#0.rng")  # the header is 2 lines
    assert not detail.frozen and detail.updates_name == "upd"
    assert [(c.call, c.numbers, c.again) for c in detail.calls] == [
        (0, (1, 2, 3), ()), (1, (2, 3, 4), (2, 3)), (2, (3, 4, 5), (3, 4))]
    assert found.message == detail.render()
    assert found.message.startswith("`function()` at line 7 (f) was compiled without scan "
                                    "walk's updates, so ")
    assert "call 1 draws #2–#4 (#2–#3 again)" in found.message
    assert "each call repeats the previous call's last 2 steps, shifted by one" in found.message
    assert found.message.endswith("pass `updates=upd` to function() so that normal#0.rng "
                                  "advances by every step.")


def test_a_loop_under_no_default_updates_is_frozen(tools):
    result = tools.run(tools.script("""
        from theano import scan
        srng = RandomStreams(seed=5)
        steps, upd = scan(lambda: srng.normal((2,)), n_steps=2, name="walk")
        f = function([], steps, no_default_updates=True)
        f()
        f()
    """))
    (found,) = [f for f in findings.findings(result.timeline)
                if f.kind is FindingKind.LOOP_WITHOUT_UPDATES]
    assert found.detail.frozen
    assert [(c.numbers, c.again) for c in found.detail.calls] == [((1, 2), ()), ((1, 2), (1, 2))]
    assert "never moves" in found.message


def test_a_function_with_the_loops_updates_gets_no_loop_finding(tools):
    result = tools.run(tools.script("""
        from theano import scan
        srng = RandomStreams(seed=5)
        steps, upd = scan(lambda: srng.normal((2,)), n_steps=2, name="walk")
        f = function([], steps, updates=upd)
        f()
    """))
    assert FindingKind.LOOP_WITHOUT_UPDATES not in {f.kind for f in
                                                    findings.findings(result.timeline)}


def test_a_test_functions_mask_is_the_next_training_calls(tools):
    result = tools.run(tools.script("""
        srng = RandomStreams(seed=5)
        mask = srng.binomial((6,), p=0.5)
        train = function([], mask * 2)
        test = function([], mask * 3, no_default_updates=True)
        for i in range(2):
            train()
            test()
            test()
    """))
    found = findings.findings(result.timeline)
    (frozen,) = [f for f in found if f.kind is FindingKind.MASK_NOT_ADVANCED]
    assert [(c.call, c.numbers) for c in frozen.detail.calls] == [
        (1, (2,)), (2, (2,)), (4, (3,)), (5, (3,))]
    assert frozen.detail.next_makers == ((2, "train", 3),)
    assert "no-update" not in {f.kind for f in found}  # the mask finding says it
    (advancing,) = [f for f in found if f.kind is FindingKind.MASK_ADVANCED_EVERY_CALL]
    assert [c.numbers for c in advancing.detail.calls] == [(1,), (2,)]


def test_a_prediction_function_that_advances_the_mask_is_told_apart_from_training(tools):
    result = tools.run(tools.script("""
        import numpy as np
        import theano.tensor as T
        from theano import shared
        srng = RandomStreams(seed=5)
        w = shared(np.ones(4), name="w")
        mask = srng.binomial((4,), p=0.5, dtype="float64")
        train = function([], T.sum(w * mask), updates=[(w, w * 0.5)])
        predict = function([], T.sum(w * mask))
        train()
        predict()
    """))
    advancing = {f.detail.function: f.detail for f in findings.findings(result.timeline)
                 if f.kind is FindingKind.MASK_ADVANCED_EVERY_CALL}
    assert advancing["train"].trains and not advancing["predict"].trains
    assert "(a training step)" in advancing["train"].render()
    assert "no_default_updates=True" in advancing["predict"].render()


def test_a_copy_without_updates_is_told_its_draw_still_advances_the_mask_in_place(tools):
    # Function.copy(delete_updates=True) keeps the compiled in-place draw (recorded with
    # Theano 1.0.5: function_copy_training_dropout), so the copy moves the mask stream on;
    # the finding says why and points at no_default_updates on a function of its own
    result = tools.run(tools.script("""
        import numpy as np
        import theano.tensor as T
        from theano import shared
        srng = RandomStreams(seed=5)
        w = shared(np.ones(4), name="w")
        mask = srng.binomial((4,), p=0.5, dtype="float64")
        train = function([], T.sum(w * mask), updates=[(w, w * 0.5)], name="train")
        evaluate = train.copy(delete_updates=True, name="evaluate")
        evaluate()
        evaluate()
    """))
    advancing = {f.detail.function: f.detail for f in findings.findings(result.timeline)
                 if f.kind is FindingKind.MASK_ADVANCED_EVERY_CALL}
    copy = advancing["evaluate"]
    assert copy.in_place and not advancing["train"].in_place
    assert [c.numbers for c in copy.calls] == [(1,), (2,)]
    text = copy.render()
    assert "Function.copy(delete_updates=True)" in text
    assert "overwrites" in text and "no_default_updates=True" in text


@pytest.mark.parametrize("streams", ["RandomStreams", "MRG_RandomStreams"])
def test_a_gibbs_sample_feeding_a_dot_is_no_mask_for_either_kind_of_stream(tools, streams):
    # an RBM's hidden sample is a binomial draw too, but it is multiplied by weights, not
    # laid over another tensor: no dropout-mask finding for it; the corruption mask of a
    # denoising autoencoder (read elementwise) keeps its findings.  An MRG binomial is
    # cast(uniform < p): its uniforms are always compared elementwise, so the rule is asked
    # of its 0/1 values, as of a RandomStreams binomial's draw
    result = tools.run(tools.script(f"""
        from theano.sandbox.rng_mrg import MRG_RandomStreams
        from theano.tensor.shared_randomstreams import RandomStreams
        RandomStreams = {streams}
        import numpy as np
        import theano.tensor as T
        from theano import shared
        srng = RandomStreams(seed=5)
        W = shared(np.full((4, 3), 0.1), name="W")
        v = T.dmatrix("v")
        h = srng.binomial(size=(2, 3), p=T.nnet.sigmoid(T.dot(v, W)), dtype="float64")
        gibbs = function([v], T.dot(h, W.T))
        corrupt = srng.binomial(size=(2, 4), p=0.7, dtype="float64")
        denoise = function([v], T.dot(v * corrupt, W))
        peek = function([v], T.dot(v * corrupt, W), no_default_updates=True)
        data = np.ones((2, 4))
        gibbs(data)
        gibbs(data)
        denoise(data)
        peek(data)
    """))
    found = findings.findings(result.timeline)
    advancing = {(f.detail.function, f.detail.stream) for f in found
                 if f.kind is FindingKind.MASK_ADVANCED_EVERY_CALL}
    frozen = {(f.detail.function, f.detail.stream) for f in found
              if f.kind is FindingKind.MASK_NOT_ADVANCED}
    assert advancing == {("denoise", "corrupt.rng")} and frozen == {("peek", "corrupt.rng")}
    kinds = {s.stream: s.kind for s in result.timeline.start().streams}
    assert kinds == {"h.rng": "binomial", "corrupt.rng": "binomial"}
