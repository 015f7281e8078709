"""``Mode.including`` / ``excluding`` / ``requiring`` as Theano 1.0.5's optdb Query answers
them (each behaviour below recorded with real Theano): 'unsafe' removes every Assert,
FAST_COMPILE including 'fast_run' compiles FAST_RUN's graph, a tag the mode runs already
or excludes changes nothing, and a tag rngscope cannot place is its gap, said plainly."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compat import missing
from rngscope.compat.theano import function
from rngscope.compat.theano.compile.mode import Mode, get_mode
from rngscope.compat.theano.tensor.opt import Assert
from rngscope.printing.debugprint import debugprint
from rngscope.streams import RandomStreams
import rngscope.compat.theano.tensor as T


def _guarded():
    x = T.dvector("x")
    return x, T.log(Assert("x must be positive")(x, T.all(T.gt(x, 0)))).sum()


def _text(f):
    return debugprint(f, file="str")


@pytest.mark.parametrize("tag", ["unsafe", "local_remove_all_assert"])
@pytest.mark.parametrize("base", ["FAST_RUN", "FAST_COMPILE"])
def test_unsafe_removes_the_scripts_assert_and_the_call_it_stopped_runs(tag, base):
    x, y = _guarded()
    guarded = function([x], y, mode=get_mode(base))
    with pytest.raises(AssertionError, match="x must be positive"):
        guarded(np.array([1.0, -2.0]))
    f = function([x], y, mode=get_mode(base).including(tag))
    assert "Assert" not in _text(f)
    with np.errstate(invalid="ignore"):
        assert np.isnan(f(np.array([1.0, -2.0])))


def test_the_unoptimized_mode_has_no_pass_to_remove_the_assert_in():
    x, y = _guarded()
    f = function([x], y, mode=Mode(optimizer=None).including("unsafe"))
    assert "Assert{msg='x must be positive'}" in _text(f)


def test_unsafe_also_removes_the_assert_the_optimizer_inserts():
    x, m = T.dmatrix("x"), T.iscalar("m")
    y = T.set_subtensor(x[:m], T.alloc(1.5, m, 2)).sum()
    assert "Assert" in _text(function([x, m], y))
    f = function([x, m], y, mode=get_mode("FAST_RUN").including("unsafe"))
    assert "Assert" not in _text(f)
    assert f(np.ones((3, 2)), 5) == 9.0  # numpy sets the three rows there are


def _dropout_step():
    srng = RandomStreams(seed=3)
    x = T.dmatrix("x")
    W = T.dmatrix("W")
    h = T.tanh(T.dot(x, W)) * srng.binomial((2, 3), p=0.5)
    return [x, W], [T.sqr(h).sum(), T.grad(T.sqr(h).sum(), W)]


def test_fast_compile_including_fast_run_compiles_fast_runs_graph():
    ins, outs = _dropout_step()
    fast_run = _text(function(ins, outs, mode=get_mode("FAST_RUN")))
    both = function(ins, outs, mode=get_mode("FAST_COMPILE").including("fast_run"))
    assert _text(both) == fast_run
    assert _text(function(ins, outs, mode=get_mode("FAST_COMPILE"))) != fast_run


@pytest.mark.parametrize("make", [
    lambda m: m.including("fast_run"), lambda m: m.including("fusion", "inplace"),
    lambda m: m.requiring("fast_run"),
])
def test_a_tag_the_mode_runs_already_changes_nothing(make):
    ins, outs = _dropout_step()
    assert (_text(function(ins, outs, mode=make(get_mode("FAST_RUN"))))
            == _text(function(ins, outs, mode=get_mode("FAST_RUN"))))


def test_excluding_wins_over_including_as_in_theanos_query():
    ins, outs = _dropout_step()
    no_inplace = get_mode("FAST_RUN").excluding("inplace")
    again = no_inplace.including("inplace")
    assert _text(function(ins, outs, mode=again)) == _text(function(ins, outs, mode=no_inplace))
    assert str(again).split("optimizer = ")[1] == (
        "Query{inc=OrderedSet(['fast_run', 'inplace']),ex=OrderedSet(['cxx_only', 'inplace']),"
        "require=OrderedSet(),subquery={},position_cutoff=inf,extra_opts=[]})")


def test_the_query_a_clone_prints():
    mode = get_mode("FAST_COMPILE").including("fast_run").requiring("fast_compile")
    assert str(mode) == (
        "Mode(linker = <theano.gof.vm.VM_Linker object>, optimizer = Query{inc=OrderedSet("
        "['fast_compile', 'fast_compile_gpu', 'fast_run']),ex=OrderedSet(['cxx_only']),"
        "require=OrderedSet(['fast_compile']),subquery={},position_cutoff=inf,extra_opts=[]})")
    assert str(Mode(linker="py").including("unsafe")).startswith(
        "Mode(linker = <theano.gof.link.PerformLinker object>, ")
    assert str(Mode(optimizer=None).including("unsafe")).split("optimizer = ")[1].startswith(
        "Query{inc=OrderedSet(['unsafe']),")


@pytest.mark.parametrize("make, text", [
    (lambda: get_mode("FAST_RUN").including("local_dimshuffle_lift"),
     "theano.Mode.including('local_dimshuffle_lift')"),
    (lambda: get_mode("FAST_COMPILE").including("fusion"), "theano.Mode.including('fusion')"),
    (lambda: get_mode("FAST_RUN").requiring("inplace"), "theano.Mode.requiring('inplace')"),
    (lambda: get_mode("FAST_RUN").requiring("fast_compile"), "theano.Mode.requiring('fast_compile')"),
])
def test_a_tag_rngscope_cannot_place_is_its_gap(make, text):
    with pytest.raises(missing.NotImplementedByRngscope) as err:
        make()
    assert text in str(err.value)


@pytest.mark.parametrize("tags", [("unsafe", "fast_run"), ("fast_run", "unsafe")])
def test_fast_compile_including_unsafe_and_fast_run_in_either_order_removes_the_assert(tags):
    x, y = _guarded()
    f = function([x], y, mode=get_mode("FAST_COMPILE").including(*tags))
    assert "Assert" not in _text(f)


@pytest.mark.parametrize("method", ["excluding", "including"])
@pytest.mark.parametrize("tags", [("gpu",), ("gpuarray", "cudnn"), ("cxx_only",), ("conv_gemm",),
                                  ("constant_folding",), ("no_such_tag",)])
def test_a_tag_that_changes_nothing_without_a_gpu_or_c_compiler_is_kept_in_the_query_only(method, tags):
    x, out = _guarded()
    base = get_mode("FAST_RUN")
    mode = getattr(base, method)(*tags)
    assert _text(function([x], out, mode=mode)) == _text(function([x], out, mode=base))
    field = "ex" if method == "excluding" else "inc"
    query = str(mode).split(field + "=OrderedSet(")[1].split(")")[0]
    assert all(repr(t) in query for t in tags) and query.count("'cxx_only'") <= 1


def test_an_inert_tag_beside_a_real_one_keeps_the_real_ones_effect():
    x, out = _guarded()
    fused = _text(function([x], out * 2 + 1, mode=get_mode("FAST_RUN")))
    unfused = _text(function([x], out * 2 + 1, mode=get_mode("FAST_RUN").excluding("gpu", "fusion")))
    assert "Composite" in fused and "Composite" not in unfused
    with pytest.raises(missing.NotImplementedByRngscope):
        get_mode("FAST_RUN").excluding("gpu", "ShapeOpt")  # a CPU tag rngscope cannot place


def _ops(f):
    return [type(node.op).__name__ for node in f.maker.fgraph.toposort()]


def _exp_twice():
    x = T.dvector("x")
    m = T.dmatrix("m")
    return [x, m], T.exp(x) + T.exp(x) + T.dot(m, x).sum()


def test_the_merge_optimizer_merges_equal_nodes_and_does_nothing_else():
    inputs, y = _exp_twice()
    f = function(inputs, y, mode=Mode(optimizer="merge"))
    ops = _ops(f)
    assert ops.count("Elemwise") == 3  # one exp for both, the add, the add of the sum
    assert "Dot" in ops and "Dot22" not in ops and "Gemv" not in ops
    assert f(np.ones(2), np.ones((2, 2))) == pytest.approx(np.exp(1.0) * 2 + 4)


def test_fast_run_stable_runs_no_pass_at_all_not_even_a_merge():
    inputs, y = _exp_twice()
    f = function(inputs, y, mode=Mode(optimizer="fast_run_stable"))
    assert _ops(f).count("Elemwise") == 4  # both exps stay
    assert "require=OrderedSet(['stable'])" in str(Mode(optimizer="fast_run_stable"))


def test_stabilize_stops_after_stabilize_before_blas_and_fusion():
    x = T.dvector("x")
    m = T.dmatrix("m")
    f = function([x, m], T.log(1 + T.exp(x)) + T.dot(m, x), mode=Mode(optimizer="stabilize"))
    text = _text(f)
    assert "softplus" in text and "dot " in text and "Composite" not in text
    assert "position_cutoff=1.500000" in str(Mode(optimizer="stabilize"))


def test_o2_is_fast_compile_with_fusion_and_o3_fast_run_without_inplace():
    x = T.dvector("x")
    m = T.dmatrix("m")
    y = T.exp(x) * 2 + T.dot(m, x)
    o2 = _text(function([x, m], y, mode=Mode(optimizer="o2")))
    assert "Composite" in o2 and "Dot22" in o2 and "Gemv" not in o2
    o3 = _text(function([x, m], y, mode=Mode(optimizer="o3")))
    assert "Gemv{no_inplace}" in o3 and "inplace}" not in o3.replace("no_inplace}", "")
    assert "ex=OrderedSet(['cxx_only', 'inplace'])" in str(Mode(optimizer="unsafe"))


def test_a_mode_or_optimizer_name_theano_lacks_fails_as_in_theano():
    x = T.dvector("x")
    with pytest.raises(Exception, match="^No predefined mode exist for string: ProfileMode$"):
        function([x], x * 2, mode="ProfileMode")
    with pytest.raises(KeyError):
        Mode(optimizer="o5")


def test_the_nanguardmode_string_checks_every_output():
    x = T.dvector("x")
    f = function([x], T.log(x), mode="NanGuardMode")
    assert list(f(np.array([1.0]))) == [0.0]
    with pytest.raises(AssertionError, match="NaN detected"):
        f(np.array([-1.0]))
