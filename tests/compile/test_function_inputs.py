"""theano.function's inputs: theano.In's default, update and keyword name; the name Theano
gives an unnamed function (``file:line`` of the call, which its errors quote)."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import In, Param, UnusedInputError, clone, function
from rngscope.graph.basic import ancestors
from rngscope.shared import SharedVariable, shared
from rngscope.streams import RandomStreams
from rngscope.tensor import basic as T


def test_an_inputs_update_becomes_its_next_default_even_after_a_given_value():
    x, acc = T.dvector("x"), T.dscalar("acc")
    f = function([x, In(acc, value=0.0, update=acc + 1.0)], x + acc)
    seen = [f(np.ones(2)).tolist(), f(np.ones(2)).tolist(), f(np.ones(2), 10.0).tolist(),
            f(np.ones(2)).tolist()]
    assert seen == [[1.0, 1.0], [2.0, 2.0], [11.0, 11.0], [12.0, 12.0]]
    g = f.copy()  # a copy starts from the default and keeps its own from there
    assert g(np.zeros(1))[0].tolist() == [12.0] and g(np.zeros(1))[0].tolist() == [13.0]
    assert f(np.zeros(1)).tolist() == [12.0]


def test_a_named_input_takes_a_keyword_and_its_default():
    x, s = T.dvector("x"), T.dscalar("s")
    f = function([x, In(s, value=2.0, name="scale")], x * s)
    assert f(np.ones(1)).tolist() == [2.0] and f(np.ones(1), scale=5.0).tolist() == [5.0]


def test_an_unnamed_function_is_named_by_the_line_that_compiled_it():
    x = T.iscalar("x")
    f = function([x], x * 2); line = f.name.rsplit(":", 1)[1]  # noqa: E702
    assert f.name == f"{__file__}:{line}" and int(line) > 0
    assert function([x], x, name="mine").name == "mine"
    with pytest.raises(TypeError, match=f'with name "{__file__}:{line}" at index 0'):
        f(1.5)


def test_the_argument_errors_theano_gives_before_compiling():
    x = T.dvector("x")
    with pytest.raises(TypeError, match=r"Constants not allowed in param list"):
        function([T.constant(1.0)], x)
    with pytest.raises(UnusedInputError, match=r"^Variable x is used twice in inputs to "
                                               r"theano.function, at indices 0 and 1\."):
        function([x, x], x * 2)
    with pytest.raises(TypeError, match=r"^Outputs must be theano Variable or Out instances. "
                                        r"Received \[Elemwise\{mul,no_inplace\}.0\] of type "
                                        r"<class 'list'>$"):
        function([x], [x, [x * 2]])
    with pytest.raises(Exception, match=r"^Input variables of a Theano function should be "
                                        r"contained in a list, even when there is a single "
                                        r"input\.$"):
        function(x, x * 2)


def test_clone_refuses_a_replacement_of_another_type_as_theano_does():
    x, m = T.dvector("x"), T.dmatrix("m")
    y = x * 2
    with pytest.raises(TypeError, match=r"^Cannot convert Type TensorType\(float64, matrix\)"):
        clone(y, replace={x: m})
    assert clone(y, replace={x: m}, strict=False).ndim == 2
    doubled = clone(y, replace={x: x * 3})
    assert function([x], doubled)(np.ones(1)).tolist() == [6.0]


def test_a_dict_of_outputs_comes_back_as_a_dict():
    x = T.dvector("x")
    f = function([x], {"double": x * 2, "sum": x.sum()})
    out = f(np.array([1.0, 2.0]))
    assert sorted(out) == ["double", "sum"]
    assert out["double"].tolist() == [2.0, 4.0] and float(out["sum"]) == 3.0


def test_specify_shape_checks_the_shape_and_makes_it_known():
    from rngscope.tensor.shape_ops import specify_shape

    m, n = T.dmatrix("m"), T.lscalar("n")
    f = function([m], specify_shape(m, (2, 2)).shape)
    assert f(np.ones((2, 2))).tolist() == [2, 2]
    assert [str(node.op) for node in f.maker.fgraph.toposort()] == ["DeepCopyOp"]
    g = function([m], specify_shape(m, (2, 2)).sum())
    with pytest.raises(AssertionError, match=r"got shape"):
        g(np.ones((2, 3)))
    assert function([m, n], specify_shape(m, (n, 2)).shape)(np.ones((3, 2)), 3).tolist() == [3, 2]


def _leaves(out):
    return [v for v in ancestors([out]) if v.owner is None]


def test_clone_copies_every_node_and_shares_the_inputs_by_default():
    x = T.dmatrix("x")
    w = shared(np.eye(2), name="w")
    y = T.tanh(T.dot(x, w))
    c = clone(y)
    assert c is not y and c.owner is not y.owner and c.owner.inputs[0].owner is not y.owner.inputs[0].owner
    assert {id(v) for v in _leaves(c)} == {id(x), id(w)}
    pair = clone((y, x))
    assert isinstance(pair, list) and pair[1] is x


def test_clone_without_shared_inputs_clones_inputs_and_shared_variables_over_one_value():
    x = T.dmatrix("x")
    w = shared(np.eye(2), name="w")
    srng = RandomStreams(seed=3)
    u = srng.uniform((2, 2))
    c = clone(T.dot(x, w) + u, share_inputs=False)
    leaves = {v.name: v for v in _leaves(c) if v.name}
    x2, w2 = leaves["x"], leaves["w"]
    assert x2 is not x and x2.type == x.type and w2 is not w and type(w2) is type(w)
    rng2 = next(v for v in _leaves(c) if isinstance(v, SharedVariable) and v.name is None)
    assert rng2 is not u.owner.inputs[0] and not hasattr(rng2, "default_update")
    w.set_value(2 * np.eye(2))  # one value behind both
    np.testing.assert_array_equal(w2.get_value(), 2 * np.eye(2))
    f = function([x2], c)  # the clone's stream has no default update: the draw repeats
    first, second = f(np.zeros((2, 2))), f(np.zeros((2, 2)))
    np.testing.assert_array_equal(first, second)
    function([], u)()  # the original's function advances the state both read
    assert not np.array_equal(f(np.zeros((2, 2))), first)


def test_clone_without_shared_inputs_loses_the_replacement_as_theano_does():
    x, y = T.dmatrix("x"), T.dmatrix("y")
    c = clone(T.exp(x), replace={x: y}, share_inputs=False)
    (leaf,) = _leaves(c)
    assert leaf is not x and leaf is not y and leaf.name is None and leaf.type == x.type
    with pytest.raises(UnusedInputError):
        function([y], c)


def test_copy_inputs_is_share_inputs_under_its_old_name():
    x = T.dvector("x")
    with pytest.warns(UserWarning, match="copy_inputs` has been deprecated"):
        c = clone(2 * x, copy_inputs=False)
    assert x not in _leaves(c)


def test_square_brackets_read_and_set_an_inputs_value_between_calls_as_theanos_function_value():
    x, acc = T.dscalar("x"), T.dscalar("acc")
    f = function([x, In(acc, value=0.0, update=acc + x, name="acc")], acc * 2)
    f(1.0), f(2.0)
    assert float(f["acc"]) == float(f[acc]) == float(f[1]) == 3.0 and f["x"] is None
    f["acc"] = 10.0
    assert float(f(1.0)) == 20.0 and float(f["acc"]) == 11.0
    assert "acc" in f and x in f and "zz" not in f
    with pytest.raises(TypeError, match="^Unknown input or state: zz$"):
        f["zz"]
    with pytest.raises(TypeError, match=r"^Unknown input or state: zz\. The function has 2 named"):
        f["zz"] = 1.0


def test_an_in_keeps_its_own_downcast_and_strict_rules_over_the_functions():
    x, y = T.fvector("x"), T.fvector("y")
    f = function([In(x, allow_downcast=True), y], x + y, allow_input_downcast=False)
    assert f(np.ones(2), np.ones(2, dtype="float32")).tolist() == [2.0, 2.0]
    with pytest.raises(TypeError, match="without risking loss of precision"):
        f(np.ones(2, dtype="float32"), np.ones(2))
    g = function([In(x, strict=True), y], x + y, allow_input_downcast=True)
    assert g(np.ones(2, dtype="float32"), np.ones(2)).tolist() == [2.0, 2.0]
    with pytest.raises(TypeError, match=r"expected a ndarray object with dtype = float32"):
        g(np.ones(2), np.ones(2))


def test_a_value_given_by_name_is_refused_with_its_containers_name():
    x, y = T.fvector("x"), T.fvector("y")
    f = function([x, In(y, value=np.zeros(2, dtype="float32"))], x + y)
    with pytest.raises(TypeError) as err:
        f(np.ones(2, dtype="float32"), y=np.ones(2))
    assert err.value.args[-1] == 'Container name "y"'
    with pytest.raises(TypeError) as err:
        f[y] = np.ones(2)
    assert err.value.args[-1] == 'Container name "y"'


def test_the_maker_reads_the_functions_graph_and_mode_and_names_what_it_lacks():
    x = T.dvector("x")
    f = function([x], x * 2, name="double")
    maker = f.maker
    assert type(maker).__name__ == "FunctionMaker"
    assert (maker.fgraph, str(maker.mode), maker.name) == (f.fgraph, str(f.mode), "double")
    with pytest.raises(AttributeError) as info:
        maker.linker
    assert (info.value.name, info.value.obj) == ("linker", maker)


def test_param_is_the_deprecated_in_whose_default_is_the_value():
    """theano.Param(c, default=0.2), as the older tutorials' SdA writes it: In with value=0.2,
    a keyword by the variable's name, and Theano's deprecation warning."""
    x, c = T.dscalar("x"), T.dscalar("c")
    with pytest.warns(UserWarning, match="The Param class is deprecated"):
        spec = Param(c, default=0.2)
    f = function([x, spec], x * c)
    assert (f(1.0), f(1.0, 0.5), f(1.0, c=0.3)) == (0.2, 0.5, 0.3)


def test_the_makers_inputs_are_the_explicit_ones_then_the_shared_ones_with_their_updates():
    """f.maker.inputs (Theano's FunctionMaker.inputs): an In per explicit input, then one per
    shared variable read (implicit; updated ones mutable, with their update), printed
    In(x) / In(c -> update)."""
    x, k = T.dvector("x"), T.dscalar("k")
    W = shared(np.ones(2), name="W")
    c = shared(0.0, name="c")
    f = function([x, In(k, value=2.0)], T.dot(x, W) * k, updates=[(c, c + 1)])
    specs = f.maker.inputs
    assert [s.name for s in specs] == ["x", "k", "W", "c"]
    assert [s.implicit for s in specs] == [False, False, True, True]
    assert [s.update is not None for s in specs] == [False, False, False, True]
    assert str(specs[0]) == "In(x)" and str(specs[3]) == "In(c -> Elemwise{add,no_inplace}.0)"


def test_a_shared_variable_only_an_unused_given_reads_is_an_unused_input():
    x, y = T.dscalar("x"), T.dscalar("y")
    s = shared(np.float64(2.0), name="s")
    # Theano's inputs: the explicit ones, then the shared variables met in the givens' values
    with pytest.raises(UnusedInputError, match=r"^theano.function was asked .* at index 1 is not "
                                               r"part of the computational graph needed to compute "
                                               r"the outputs: s\.\nTo make this error into a warning"):
        function([x], x * 2, givens={y: s + 1})
    with pytest.raises(UnusedInputError, match="at index 0 .*: s\\."):
        function([], T.constant(1.0), givens={y: s})
    with pytest.warns(UserWarning, match="at index 0 .*: s\\.\nTo make this warning into an error"):
        assert function([], T.constant(1.0), givens={y: s}, on_unused_input="warn")() == 1.0
    assert function([x], x * 2, givens={y: s}, on_unused_input="ignore")(3.0) == 6.0
    assert function([x], x * y, givens={y: s})(3.0) == 6.0  # a used given is no unused input


def test_an_unused_given_whose_shared_variable_is_updated_is_not_unused():
    y, srng = T.dscalar("y"), RandomStreams(seed=1)
    s = shared(np.float64(2.0), name="s")
    f = function([], T.constant(1.0), givens={y: s}, updates={s: s + 1})
    f()
    assert s.get_value() == 3.0
    draw = srng.uniform(())  # its stream's state has a default update: it is no unused input
    assert function([], T.constant(1.0), givens={y: draw})() == 1.0


def test_trust_input_is_false_until_set_and_then_takes_the_values_as_given():
    y = T.ivector("y")
    f = function([y], y + 1)
    assert f.trust_input is False
    with pytest.raises(TypeError, match="Bad input argument"):
        f(np.array([1.5, 2.0]))
    f.trust_input = True
    given = np.array([1, 2], dtype="int32")
    assert f(given).tolist() == [2, 3]
    assert function([y], y).trust_input is False  # an attribute of the one function
