"""T.grad: every gradient matches a central finite difference (float64, random inputs), the
three modes agree on the compiled gradient, and the options behave as Theano's.

Finite differences: d cost / d x[k] ~ (cost(x + h e_k) - cost(x - h e_k)) / 2h with h = 1e-6,
computed by compiling the cost itself (so it checks the gradient graph, not the forward one).
"""
from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from rngscope.compile.fgraph import FunctionGraph
from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.rewriter import merge
from rngscope.graph.basic import clone_graph, io_toposort
from rngscope.streams import RandomStreams
from rngscope.shared import shared
from rngscope.tensor import basic as T
from rngscope.tensor import nnet
from rngscope.printing.debugprint import debugprint
from rngscope.tensor.grad_ops import set_subtensor
from rngscope.tensor.grad_rules import RULES
from rngscope.tensor.gradient import (
    DisconnectedInputError, NullTypeGradError, consider_constant, disconnected_grad, grad,
    grad_clip, grad_scale, undefined_grad, zero_grad,
)

MODES = ("FAST_RUN", "FAST_COMPILE", UNOPTIMIZED)
H = 1e-6

# smooth elementwise maps, safe on the input range (-2, 2) used below
UNARY = {
    "exp": lambda a: T.exp(a * 0.5),
    "tanh": T.tanh,
    "sqr": T.sqr,
    "sigmoid": T.sigmoid,
    "softplus": T.softplus,
    "sin": T.sin,
    "cos": T.cos,
    "log": lambda a: T.log(T.sqr(a) + 1.5),
    "sqrt": lambda a: T.sqrt(T.sqr(a) + 0.5),
    "div": lambda a: 1.0 / (T.sqr(a) + 1.0),
    "pow": lambda a: (T.sqr(a) + 1.0) ** 1.5,
    "neg": T.neg,
    "log1p": lambda a: T.log1p(T.sqr(a)),
}
BINARY = {"add": T.add, "sub": T.sub, "mul": T.mul, "div": lambda a, b: a / (T.sqr(b) + 1.0)}

# structural ops between the matrix expression and the scalar cost
STRUCTURE = {
    "sum": lambda m, v: T.sum(m),
    "sum_axis0": lambda m, v: T.sum(T.sum(m, axis=0) * v),
    "mean_axis1": lambda m, v: T.sum(T.sqr(T.mean(m, axis=1))),
    "keepdims": lambda m, v: T.sum(m * T.sum(m, axis=1, keepdims=True)),
    "max": lambda m, v: T.max(m * v),
    "prod": lambda m, v: T.prod(m[0] + 2.5),
    "dot_mv": lambda m, v: T.sum(T.tanh(T.dot(m, v))),
    "dot_vm": lambda m, v: T.sum(T.dot(v[:2], m) ** 2),
    "dot_mm": lambda m, v: T.sum(T.dot(m, T.transpose(m)) * 0.5),
    "bias": lambda m, v: T.sum(T.sqr(m + v)),
    "column": lambda m, v: T.sum(m * T.dimshuffle(v[:2], (0, "x"))),
    "transpose": lambda m, v: T.sum(T.transpose(m) * T.dimshuffle(v, (0, "x"))),
    "subtensor": lambda m, v: T.sum(m[1:, ::2] ** 2) + m[0, 1],
    "advanced": lambda m, v: T.sum(m[[1, 0, 1]] * 3.0) + T.sum(v[[2, 2]] ** 2),
    "reshape": lambda m, v: T.sum(T.reshape(m, (3, 2)) * T.constant(np.arange(6.0).reshape(3, 2))),
    "flatten": lambda m, v: T.sum(m.flatten() ** 3),
    "concat": lambda m, v: T.sum(T.concatenate([m[0], v * 2.0]) ** 2),
    "stack": lambda m, v: T.sum(T.stack([m[0], v]) ** 2),
    "stack_axis1": lambda m, v: T.sum(T.stack([m[1], v], axis=1) ** 2
                                      * T.constant(np.arange(6.0).reshape(3, 2))),
    "concat_axis1": lambda m, v: T.sum(T.concatenate([m, m * v], axis=1) ** 3),
    "cast32": lambda m, v: T.sum(T.cast(T.cast(m, "float32"), "float64") * v),
    "switch": lambda m, v: T.sum(T.switch(m > 0, m ** 2, -m)),
    "clip": lambda m, v: T.sum(T.clip(m, -1.0, 1.0) * v),
    "softmax": lambda m, v: T.sum(nnet.softmax(m) * v),
    "xent_int": lambda m, v: T.sum(nnet.categorical_crossentropy(
        nnet.softmax(m), T.constant(np.array([2, 0])))),
    "xent_onehot": lambda m, v: T.sum(nnet.categorical_crossentropy(
        nnet.softmax(m), T.constant(np.eye(3)[[1, 2]]))),
    "nll": lambda m, v: -T.mean(T.log(nnet.softmax(m))[nnet.arange(2), T.constant(np.array([1, 1]))]),
    "relu": lambda m, v: T.sum(nnet.relu(m + 3.0) * v + nnet.relu(m - 3.0, alpha=0.1)),
    "bce": lambda m, v: T.sum(nnet.binary_crossentropy(T.sigmoid(m), T.constant(np.eye(2, 3)))),
}


def expressions():
    leaf = st.sampled_from(["m", "v"])

    def extend(children):
        return (st.tuples(st.sampled_from(sorted(UNARY)), children)
                | st.tuples(st.sampled_from(sorted(BINARY)), children, children))

    return st.recursive(leaf, extend, max_leaves=6)


def build(expr, env):
    """The graph for ``expr`` (children before parents, iteratively)."""
    done = {}
    stack = [(expr, False)]
    while stack:
        e, ready = stack.pop()
        if id(e) in done:
            continue
        if isinstance(e, str):
            done[id(e)] = env[e]
            continue
        if not ready:
            stack.append((e, True))
            stack.extend((c, False) for c in e[1:])
            continue
        args = [done[id(c)] for c in e[1:]]
        done[id(e)] = (UNARY[e[0]] if len(args) == 1 else BINARY[e[0]])(*args)
    out = done[id(expr)]
    return out if out.ndim == 2 else out + env["m"]


def central_difference(cost_fn, values, k, h=H):
    """d cost / d values[k], one element at a time."""
    base = values[k]
    g = np.zeros_like(base)
    for idx in np.ndindex(base.shape):
        plus, minus = base.copy(), base.copy()
        plus[idx] += h
        minus[idx] -= h
        vp = list(values)
        vm = list(values)
        vp[k], vm[k] = plus, minus
        g[idx] = (cost_fn(*vp) - cost_fn(*vm)) / (2 * h)
    return g


arrays = st.tuples(
    st.lists(st.floats(-2, 2), min_size=6, max_size=6),
    st.lists(st.floats(-2, 2), min_size=3, max_size=3),
).map(lambda t: (np.array(t[0]).reshape(2, 3), np.array(t[1])))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expressions(), st.sampled_from(sorted(STRUCTURE)), arrays)
def test_gradient_matches_finite_differences_and_modes_agree(expr, structure, values):
    m, v = T.dmatrix("m"), T.dvector("v")
    inner = build(expr, {"m": m, "v": v})
    cost = STRUCTURE[structure](inner, v)
    gm, gv = grad(cost, [m, v], disconnected_inputs="ignore")
    cost_fn = function([m, v], cost, mode=UNOPTIMIZED, on_unused_input="ignore")
    results = [function([m, v], [gm, gv], mode=mode, on_unused_input="ignore")(*values)
               for mode in MODES]
    slow = results[-1]
    # an expression that overflows (exp of exp of 2 ...) has no finite difference to compare
    inner_values = function([m, v], inner, on_unused_input="ignore")(*values)
    assume(np.all(np.isfinite(inner_values)) and np.all(np.abs(inner_values) < 1e6))
    assume(all(np.all(np.isfinite(g)) for g in slow))
    for fast in results[:-1]:
        for a, b in zip(fast, slow):
            np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-9)
    for k in (0, 1):
        if _near_kink(structure, inner_values, values[1]):
            continue
        # through a float32 cast a step of 1e-6 is below the resolution: use a coarser one
        h, tol = (1e-3, 1e-2) if structure == "cast32" else (H, 1e-4)
        fd = central_difference(cost_fn, list(values), k, h)
        np.testing.assert_allclose(slow[k], fd, rtol=tol, atol=tol)


def _near_kink(structure, inner, v):
    """Finite differences are meaningless near a max tie or a switch/clip edge."""
    if structure == "max":
        top = np.sort((inner * v).ravel())
        return top[-1] - top[-2] < 1e-3
    if structure == "switch":
        return bool(np.any(np.abs(inner) < 1e-3))
    if structure == "clip":
        return bool(np.any(np.abs(np.abs(inner) - 1.0) < 1e-3))
    if structure == "relu":
        return bool(np.any(np.abs(np.abs(inner) - 3.0) < 1e-3))
    return False


def test_a_gradient_of_a_10000_node_chain_is_built_and_computed():
    x = T.dvector("x")
    y = x
    for i in range(7000):
        y = y * 1.0001 if i % 2 else T.tanh(y) + 0.5
    cost = T.sum(y)
    assert len(io_toposort([x], [cost])) > 10_000
    g = grad(cost, x)
    xv = np.array([0.1, -0.2])
    value = function([x], g)(xv)
    expected = np.ones(2)  # the chain rule by hand, last factor first
    ys = [xv]
    for i in range(7000):
        ys.append(ys[-1] * 1.0001 if i % 2 else np.tanh(ys[-1]) + 0.5)
    for i in reversed(range(7000)):
        expected = expected * (1.0001 if i % 2 else 1 - np.tanh(ys[i]) ** 2)
    np.testing.assert_allclose(value, expected, rtol=1e-9)


def test_disconnected_inputs_raise_warn_ignore():
    x, y = T.dvector("x"), T.dvector("y")
    cost = T.sum(x ** 2)
    with pytest.raises(DisconnectedInputError):
        grad(cost, [x, y])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gy = grad(cost, y, disconnected_inputs="warn")
    assert caught
    f = function([y], gy)
    np.testing.assert_array_equal(f(np.ones(3)), np.zeros(3))
    grad(cost, y, disconnected_inputs="ignore")


def test_grad_keywords_return_disconnected_null_gradients_add_names_and_tuples():
    """Theano's grad keywords: what a disconnected wrt gets (zeros, cast to floatX for an
    integer wrt as _float_zeros_like does, None or a DisconnectedType variable), an undefined
    gradient returned instead of raised, no '(dc/dx)' names, a tuple for a tuple, and the
    disconnected_inputs keyword checked only when some wrt is disconnected."""
    x, y, i = T.dvector("x"), T.dvector("y"), T.iscalar("i")
    cost = T.sum(x ** 2)
    cost.name = "c"
    gx, gy = grad(cost, (x, y), disconnected_inputs="ignore")
    assert isinstance(grad(cost, (x,)), tuple) and gx.name == "(dc/dx)"
    assert grad(cost, [x], add_names=False)[0].name is None
    assert grad(cost, [x, y], disconnected_inputs="ignore", return_disconnected="None")[1] is None
    disconnected = grad(cost, y, disconnected_inputs="ignore", return_disconnected="Disconnected")
    assert str(disconnected.type) == "DisconnectedType"
    gi = grad(T.sum(x[i:]), i, disconnected_inputs="ignore")
    assert gi.dtype == "float64" and "Cast{float64}" in str(gi.owner.op), gi
    assert grad(cost, x, disconnected_inputs="bogus").name == "(dc/dx)"
    with pytest.raises(ValueError, match="Invalid value for keyword 'disconnected_inputs'"):
        grad(cost, y, disconnected_inputs="bogus")
    with pytest.raises(NullTypeGradError):
        grad(T.sum(undefined_grad(x)), x)
    undefined = grad(T.sum(undefined_grad(x)), x, null_gradients="return")
    assert str(undefined.type) == "NullType"


def test_consider_constant_known_grads_and_blocks():
    x = T.dvector("x")
    xv = np.array([1.0, 2.0, -1.0])
    h = x * x
    c = T.sum(h * x)
    np.testing.assert_allclose(function([x], grad(c, x, consider_constant=[h]))(xv), xv ** 2)
    z = T.tanh(x)
    known = grad(None, x, known_grads={z: T.ones_like(z) * 2})
    np.testing.assert_allclose(function([x], known)(xv), 2 * (1 - np.tanh(xv) ** 2))
    np.testing.assert_allclose(function([x], grad(T.sum(zero_grad(x ** 2) * x), x))(xv), xv ** 2)
    with pytest.raises(DisconnectedInputError):
        grad(T.sum(disconnected_grad(x)), x)
    np.testing.assert_array_equal(function([x], grad(T.sum(zero_grad(x)), x))(xv), np.zeros(3))


@pytest.mark.parametrize("mode", MODES)
def test_gradient_identities_clip_scale_or_zero_the_gradient_and_leave_the_value(mode):
    x = T.dvector("x")
    xv = np.array([1.0, 0.1, -3.0])
    clipped = grad(T.sum(grad_clip(x, -0.5, 0.5) ** 2), x)
    scaled = grad(T.sum(grad_scale(x, -2.0) * 3), x)
    constant = grad(T.sum(consider_constant(x) * x), x)
    forward = grad_clip(x, -1, 1) + grad_scale(x, 3.0) + consider_constant(x)
    got = function([x], [clipped, scaled, constant, forward], mode=mode)(xv)
    np.testing.assert_array_equal(got[0], np.clip(2 * xv, -0.5, 0.5))
    np.testing.assert_array_equal(got[1], np.full(3, -6.0))
    np.testing.assert_array_equal(got[2], xv)
    np.testing.assert_array_equal(got[3], 3 * xv)
    with pytest.raises(AssertionError):  # as Theano 1.0.5 raises it (reach case grad_clip_scale_rnn)
        grad_clip(x, 1, -1)


@pytest.mark.parametrize("mode", ("FAST_RUN", "FAST_COMPILE"))
def test_compiled_graphs_drop_the_gradient_identities(mode):
    x = T.dvector("x")
    out = zero_grad(x) * 2 + disconnected_grad(x) + grad_clip(x, -1, 1) + grad_scale(x, 2.0)
    ops = [str(node.op) for node in function([x], out, mode=mode).maker.fgraph.toposort()]
    assert not [op for op in ops if "Grad" in op or "Constant" in op], ops


def test_random_draws_have_no_gradient_but_masks_multiply_it():
    srng = RandomStreams(36)
    w = shared(np.array([1.0, 2.0, 3.0, 4.0]), name="w")
    mask = srng.binomial(size=(4,), p=0.5, dtype="float64")
    cost = T.sum((w * mask) ** 2)
    gw, m = function([], [grad(cost, w), mask])()
    np.testing.assert_array_equal(gw, 2 * w.get_value() * m)
    with pytest.raises(NullTypeGradError, match="No gradient defined through raw random"):
        grad(cost, mask.rng)


def test_a_loop_whose_step_draws_mrg_normals_is_differentiated():
    # Theano's mrg_uniform_base.grad makes every input's gradient undefined; the loop's
    # gradient meets it through the step's state and only the state's gradient is null
    from rngscope.compile.scan import scan
    from rngscope.streams import MRG_RandomStreams
    from rngscope.tensor.gradient import RULES
    from rngscope.random.mrg import MRGUniform
    srng = MRG_RandomStreams(seed=8)
    x = T.dvector("x")
    hs, upd = scan(lambda h: 2 * h + srng.normal((2,), std=0.1), outputs_info=x, n_steps=3)
    g = grad(hs[-1].sum(), x)
    np.testing.assert_array_equal(function([x], g, updates=upd)(np.zeros(2)), [8.0, 8.0])
    u = srng.uniform((2,))
    whys = [n.why for n in RULES[MRGUniform](u.owner)]
    assert len(whys) == 2 and all(w.endswith(
        "is mathematically undefined. No gradient defined through random sampling op") for w in whys)


def test_errors_users_meet():
    x = T.dvector("x")
    with pytest.raises(TypeError, match="cost must be a scalar."):
        grad(x ** 2, x)
    with pytest.raises(AssertionError):
        grad(None, x)
    with pytest.raises(TypeError, match="Expected Variable"):
        grad(T.sum(x), np.ones(3))
    n = T.lvector("n")
    g = grad(T.sum(n * 1.5), n)
    assert g.dtype == "float64"


def test_a_named_variables_gradient_of_a_named_cost_is_named_as_theano_names_it():
    x = T.dvector("x")
    cost = T.sum(T.exp(x))
    cost.name = "c"
    assert grad(cost, x).name == "(dc/dx)"
    assert grad(T.sum(T.exp(x)), x).name is None  # an unnamed cost names nothing


def test_sigmoids_gradient_reads_the_users_sigmoid_and_its_one_minus_sigmoid():
    # Theano's (1.0 - y) is a float32 literal: the same constant as the user's 1.0, so merge
    # makes the gradient's scalar_sigmoid(z) and 1 - sigmoid(z) the user's own nodes
    z = T.dvector("z")
    s = T.sigmoid(z)
    rest = 1.0 - s
    cost = T.sum(T.log(s) + T.log(rest))
    private, explicit = clone_graph([rest, grad(cost, z)], [z])
    fg = FunctionGraph(explicit, private)
    fg.n_real, fg.updated, fg.listeners = 2, [], []
    merge(fg)
    families = [n.op.family for n in fg.toposort() if n.op.__class__.__name__ == "Elemwise"]
    assert families.count("ScalarSigmoid") == 1
    subs = [n for n in fg.toposort() if getattr(n.op, "family", None) == "Sub"]
    assert len(subs) == 1 and subs[0].outputs[0] is fg.outputs[0]


def test_the_nodes_a_gradient_formula_makes_print_as_theanos_unnamed_elemwise():
    # Theano builds an elementwise gradient from the scalar graph (Elemwise{mul}), and
    # sum's gradient is an unnamed fill (Elemwise{second}); the user's own nodes keep
    # their names (Elemwise{tanh,no_inplace})
    x = T.dvector("x")
    t = T.tanh(x)
    g = grad(T.sum(t), x)
    names = {str(n.op) for n in io_toposort([x], [g])}
    assert {"Elemwise{mul}", "Elemwise{sub}", "Elemwise{sqr}", "Elemwise{tanh}",
            "Elemwise{second}"} <= names
    assert str(t.owner.op) == "Elemwise{tanh,no_inplace}"


def test_a_dot_gradient_takes_its_inputs_broadcastable_pattern():
    """Theano's Dot.grad (gh-1461): the gradient of a column (n, 1) read by a dot is a
    Rebroadcast{?,1} of its dot, and the gradient of a (1, k) weight fed that column's
    transpose is a Rebroadcast{0}; each has exactly its input's pattern."""
    x = T.matrix("x")
    column = T.sum(x, axis=1, keepdims=True)  # broadcastable (False, True)
    weight = shared(np.ones((1, 2)), name="V")  # (False, False)
    g_column, g_weight = grad(T.sum(T.dot(column, weight)), [column, weight])
    assert g_column.broadcastable == column.broadcastable == (False, True)
    assert str(g_column.owner.op) == "Rebroadcast{?,1}"
    assert g_weight.broadcastable == weight.broadcastable == (False, False)
    assert str(g_weight.owner.op) == "Rebroadcast{0}"
    f = function([x], [g_column, g_weight])
    got_column, got_weight = f(np.arange(6.0).reshape(3, 2))
    np.testing.assert_allclose(got_column, np.full((3, 1), 2.0))
    np.testing.assert_allclose(got_weight, np.full((1, 2), 1.0 + 5.0 + 9.0))


def test_a_dot_gradient_of_matching_patterns_has_no_rebroadcast():
    x, w = T.matrix("x"), T.matrix("w")
    g_x, g_w = grad(T.sum(T.dot(x, w)), [x, w])
    assert g_x.owner.op.__class__.__name__ == "Dot"
    assert g_w.owner.op.__class__.__name__ == "Dot"


def _product_of_the_others(xv, axis):
    """d prod / d x by hand: each element's product of the rest of its group."""
    g = np.zeros_like(xv)
    for idx in np.ndindex(xv.shape):
        rest = xv.copy()
        rest[idx] = 1.0
        g[idx] = np.prod(rest) if axis is None else np.prod(rest, axis=axis)[
            idx[:axis] + idx[axis + 1:]]
    return g


@pytest.mark.parametrize("axis", [None, 0, 1])
@pytest.mark.parametrize("mode", MODES)
def test_a_products_gradient_at_zeros_is_the_product_of_the_others(axis, mode):
    """One zero in a group: its gradient is the product of the others, theirs 0; two zeros:
    all 0; a group whose incoming gradient is 0 gets 0 (Theano's Prod.L_op)."""
    x = T.dmatrix("x")
    weights = np.array([1.0, 0.0, 2.0])
    out = T.prod(x, axis=axis)
    cost = out if axis is None else T.sum(out * weights)
    xv = np.array([[1.5, 0.0, 2.0], [0.5, -1.0, 3.0], [0.0, 0.0, 2.0]])
    expected = _product_of_the_others(xv, axis)
    if axis is not None:
        expected = expected * np.expand_dims(weights, axis)
    np.testing.assert_allclose(function([x], grad(cost, x), mode=mode)(xv), expected)


def test_a_products_gradient_graph_is_theanos():
    """ProdWithoutZeros reads x masked to the groups with one zero and a non-zero incoming
    gradient; no_zeros_in_input keeps only gz * prod / x (and is not part of Prod's
    equality, as it is not one of Theano's props)."""
    x = T.dmatrix("x")
    g = grad(T.sum(T.prod(x, axis=0)), x)
    nodes = io_toposort([x], [g])
    (without,) = [n for n in nodes if type(n.op).__name__ == "ProdWithoutZeros"]
    assert str(without.op) == "ProdWithoutZeros{axis=(0,), dtype='float64', acc_dtype='float64'}"
    masked = without.inputs[0].owner
    assert str(masked.op) == "Elemwise{mul,no_inplace}" and masked.inputs[1] is x
    assert "Elemwise{neq,no_inplace}" in [str(n.op) for n in nodes]
    plain = grad(T.sum(T.prod(x, axis=0, no_zeros_in_input=True)), x)
    assert str(plain.owner.op) == "Elemwise{true_div,no_inplace}"
    assert "ProdWithoutZeros" not in [type(n.op).__name__ for n in io_toposort([x], [plain])]
    assert T.prod(x, no_zeros_in_input=True).owner.op == T.prod(x).owner.op


def test_an_integer_products_gradient_is_float_zeros():
    x = T.lmatrix("x")
    g = grad(T.sum(T.prod(x, axis=0)), x)
    assert g.dtype == "float64"
    assert function([x], g)(np.array([[1, 2], [0, 3]])).tolist() == [[0.0, 0.0], [0.0, 0.0]]


def test_an_integer_valued_elementwise_op_passes_zeros_to_all_its_inputs_so_argmax_stays_connected():
    # Theano's Elemwise.L_op: an integer output gives every input zeros (discrete inputs
    # too), so the error rate mean(neq(argmax(x), y)) has a zero gradient on x, not a
    # DisconnectedInputError
    x, y = T.dmatrix("x"), T.ivector("y")
    a = T.argmax(x, axis=1)
    for cost in (T.mean(T.neq(a, y)), T.mean(a + y), T.sum(T.neq(a, 1))):
        g = function([x, y], grad(cost, x), on_unused_input="ignore")
        assert g(np.ones((2, 2)), np.array([0, 1], dtype="int32")).tolist() == [[0.0, 0.0]] * 2
    total = T.sum(x ** 2) + T.mean(T.neq(a, y))
    g = function([x, y], grad(total, x))
    assert g(np.ones((2, 2)), np.array([0, 1], dtype="int32")).tolist() == [[2.0, 2.0]] * 2


def test_a_gradient_with_respect_to_an_integer_sums_each_ops_term_as_theano_does():
    # Theano returns the summed terms, not zeros: a cast to float passes its incoming
    # gradient to the integer input (here x), an integer-valued mul gives Cast{float64} zeros
    x, y = T.dvector("x"), T.ivector("y")
    g = grad((T.cast(y, "float64") * x).sum() + (y * 2).sum(), y)
    assert g.dtype == "float64"
    second_term = g.owner.inputs[1]
    assert str(second_term.owner.op) == "Elemwise{Cast{float64}}"
    assert str(second_term.owner.inputs[0].owner.op) == "Elemwise{second,no_inplace}"
    f = function([x, y], g, on_unused_input="ignore")
    assert f(np.array([1.0, 2.0]), np.array([3, 4], dtype="int32")).tolist() == [1.0, 2.0]


def test_an_integer_scalar_read_by_a_dimshuffle_and_an_integer_pow_gets_two_zero_terms():
    # DimShuffle.grad: second(k, 0.0); the integer-valued pow: Cast{float64}(second(k, 0))
    x, k = T.dvector("x"), T.iscalar("k")
    g = grad((x * k).sum() + k ** 2, k)
    assert debugprint(g, file="str") == (
        "Elemwise{add,no_inplace} [id A] ''   \n"
        " |Elemwise{second,no_inplace} [id B] ''   \n"
        " | |k [id C]\n"
        " | |TensorConstant{0.0} [id D]\n"
        " |Elemwise{Cast{float64}} [id E] ''   \n"
        "   |Elemwise{second,no_inplace} [id F] ''   \n"
        "     |k [id C]\n"
        "     |TensorConstant{0} [id G]\n")


def test_integer_subtensor_and_make_vector_give_cast_zeros_and_a_sum_gives_float_zeros():
    y, k = T.ivector("y"), T.iscalar("k")
    (gy,) = _node_terms(T.sum(y[1:]).owner.inputs[0].owner)
    assert str(gy.owner.op) == "Elemwise{Cast{float64}}"
    for g in _node_terms(T.stack([k, k + 1]).owner):
        assert str(g.owner.op) == "Elemwise{Cast{float64}}"
    (gs,) = _node_terms(T.sum(y).owner)
    assert gs.dtype == "float64" and str(gs.owner.op) == "Elemwise{second,no_inplace}"


def _node_terms(node):
    """The gradient terms ``node``'s rule gives its inputs (connected ones only)."""
    out_grads = [T.ones_like(o, dtype="float64") for o in node.outputs]
    return [g for g in RULES[type(node.op)](node, out_grads) if g is not None]


def test_a_set_subtensors_gradient_sets_zeros_like_the_increment_as_theano_does():
    # IncSubtensor.grad (and AdvancedIncSubtensor1's): set_subtensor(gz[i], zeros_like(y)),
    # so the compiled graph's Assert compares y's own size with the slice's
    x, m = T.dmatrix("x"), T.iscalar("m")
    y = T.alloc(1.5, m, 2)
    g = grad(set_subtensor(x[:m], y).sum(), x)
    zeros = g.owner.inputs[1]
    assert zeros.owner.inputs[0] is y
    assert function([x, m], g)(np.ones((3, 2)), 2).tolist() == [[0.0, 0.0], [0.0, 0.0], [1.0, 1.0]]
    v = T.dvector("v")
    w = T.alloc(1.5, 2)
    g = grad(set_subtensor(v[[0, 2]], w).sum(), v)
    assert type(g.owner.op).__name__ == "AdvancedIncSubtensor1"
    assert g.owner.inputs[1].owner.inputs[0] is w


def test_an_integer_exponent_and_a_switch_condition_get_theanos_terms():
    # Pow.grad builds the exponent's switch(eq(x, 0), 0, gz * log(x) * x ** y) for any
    # dtype; Switch.grad gives its condition Cast{float64}(second(b, 0)) (b's own dtype)
    x, y, b = T.dvector("x"), T.ivector("y"), T.bvector("b")
    g = grad((x ** y).sum(), y)
    assert str(g.owner.op) == "Elemwise{Switch}"
    assert np.allclose(function([x, y], g)(np.array([1.0, 2.0]), np.array([3, 4], dtype="int32")),
                       [0.0, 16 * np.log(2.0)])
    g = grad(T.switch(b, x, 2 * x).sum(), b)
    assert str(g.owner.op) == "Elemwise{Cast{float64}}"
    assert g.owner.inputs[0].owner.inputs[1].owner.inputs[0].dtype == "int8"
