"""theano.tensor.nnet.bn: values against numpy, the abstract ops' printed names, their
expansion in specialize_device (FAST_RUN and FAST_COMPILE; the unoptimized mode runs them as
they are), and every gradient against finite differences (verify_grad)."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compile.function import function
from rngscope.compile.modes import UNOPTIMIZED
from rngscope.compile.verify_grad import verify_grad
from rngscope.tensor import basic as T
from rngscope.tensor import bn

MODES = ("FAST_RUN", "FAST_COMPILE", UNOPTIMIZED)
RNG = np.random.RandomState(5)
X4 = RNG.randn(3, 2, 2, 3)
X = RNG.randn(5, 3)
G, B = RNG.rand(3) + 0.5, RNG.randn(3)


def _ops(f):
    return [type(n.op).__name__ for n in f.maker.fgraph.toposort()]


def _reference(x, g, b, axes, eps):
    mean = x.mean(axes, keepdims=True)
    var = x.var(axes, keepdims=True)
    invstd = 1.0 / np.sqrt(var + eps)
    return (x - mean) * (g * invstd) + b, mean, invstd, var


@pytest.mark.parametrize("mode", MODES)
def test_train_spatial_matches_numpy_and_updates_the_running_averages(mode):
    x, g, b = T.tensor4("x"), T.dvector("g"), T.dvector("b")
    rm, rv = T.dvector("rm"), T.dvector("rv")
    outs = bn.batch_normalization_train(x, g, b, axes="spatial", epsilon=1e-3,
                                        running_average_factor=0.3, running_mean=rm, running_var=rv)
    f = function([x, g, b, rm, rv], list(outs), mode=mode)
    g2, b2 = G[:2], B[:2]
    out, mean, invstd, new_rm, new_rv = f(X4, g2, b2, np.full(2, 0.5), np.full(2, 2.0))
    ref, rmean, rinvstd, rvar = _reference(X4, g2[None, :, None, None], b2[None, :, None, None],
                                           (0, 2, 3), 1e-3)
    np.testing.assert_allclose(out, ref, rtol=1e-12)
    np.testing.assert_allclose(mean, rmean.ravel(), rtol=1e-12)
    np.testing.assert_allclose(invstd, rinvstd.ravel(), rtol=1e-12)
    m = X4.size / 2
    np.testing.assert_allclose(new_rm, 0.5 * 0.7 + rmean.ravel() * 0.3, rtol=1e-12)
    np.testing.assert_allclose(new_rv, 2.0 * 0.7 + m / (m - 1) * rvar.ravel() * 0.3, rtol=1e-12)
    abstract = [op for op in _ops(f) if op.startswith("Abstract")]
    assert abstract == ([] if mode != UNOPTIMIZED else ["AbstractBatchNormTrain"])


@pytest.mark.parametrize("mode", MODES)
def test_test_mode_matches_numpy(mode):
    x, g, b, m, v = T.dmatrix("x"), T.dvector("g"), T.dvector("b"), T.dvector("m"), T.dvector("v")
    f = function([x, g, b, m, v], bn.batch_normalization_test(x, g, b, m, v, epsilon=1e-4), mode=mode)
    mv, vv = RNG.randn(3), RNG.rand(3) + 0.1
    np.testing.assert_allclose(f(X, G, B, mv, vv), (X - mv) * (G / np.sqrt(vv + 1e-4)) + B, rtol=1e-12)


@pytest.mark.parametrize("mem", ["low_mem", "high_mem"])
def test_batch_normalization_modes_match_numpy(mem):
    x, g, b, m, s = (T.dmatrix("x"),) + tuple(T.dvector(n) for n in "gbms")
    f = function([x, g, b, m, s], bn.batch_normalization(x, g, b, m, s, mode=mem))
    mv, sv = RNG.randn(3), RNG.rand(3) + 0.5
    np.testing.assert_allclose(f(X, G, B, mv, sv), (X - mv) / sv * G + B, rtol=1e-12)


def test_ops_print_as_theano():
    x, g, b = T.dmatrix("x"), T.dvector("g"), T.dvector("b")
    out = bn.batch_normalization_train(x, g, b)[0]
    assert str(out.owner.op) == "AbstractBatchNormTrain{axes=(0,)}"
    assert str(bn.batch_normalization(x, g, b, g, g).owner.op) == \
        "Elemwise{Composite{((((i0 - i1) / i2) * i3) + i4)}}"
    with pytest.raises(ValueError, match="low_mem"):
        bn.batch_normalization(x, g, b, g, g, mode="fast")


@pytest.mark.parametrize("mem", ["low_mem", "high_mem"])
def test_batch_normalization_gradients(mem):
    verify_grad(lambda x, g, b, m, s: bn.batch_normalization(x, g, b, m, s, mode=mem),
                [X, G, B, RNG.randn(3), RNG.rand(3) + 0.5], rng=np.random.RandomState(0))


# gamma's shape for each axes form: x's own dimensions, the channels, the axes kept
PARAM_SHAPES = {"per-activation": (2, 2, 3), "spatial": (2,), (0, 3): (2, 2)}


@pytest.mark.parametrize("axes", list(PARAM_SHAPES))
def test_train_gradients(axes):
    def fun(x, g, b):
        out = bn.batch_normalization_train(x, g, b, axes=axes)[0]
        return out * out + 0.5 * out

    shape = PARAM_SHAPES[axes]
    verify_grad(fun, [X4, RNG.rand(*shape) + 0.5, RNG.randn(*shape)], rng=np.random.RandomState(1))


def test_test_gradients_reach_all_five_inputs():
    verify_grad(lambda x, g, b, m, v: bn.batch_normalization_test(x, g, b, m, v, axes=(0, 2)) ** 2,
                [X4[:, :, :, 0], RNG.rand(2) + 0.5, RNG.randn(2), RNG.randn(2), RNG.rand(2) + 0.5],
                rng=np.random.RandomState(2))


def test_expansion_happens_in_specialize_device():
    """FAST_COMPILE expands the abstract ops (Theano tags batchnorm_opts 'fast_compile')."""
    x, g, b = T.dmatrix("x"), T.dvector("g"), T.dvector("b")
    out = bn.batch_normalization_train(x, g, b)[0]
    from rngscope.tensor.gradient import grad

    f = function([x, g, b], grad(out.sum(), x), mode="FAST_COMPILE")
    assert not [op for op in _ops(f) if op.startswith("Abstract")]


def test_the_training_gradient_op_has_the_gradient_of_its_own_formula():
    """AbstractBatchNormTrainGrad's own gradient, with its inputs taken as independent (as
    Theano's formulas take them: AbstractBatchNormTrain passes no gradient through its mean
    and invstd outputs, so second derivatives of the whole layer are Theano's, not exact)."""
    mean = X.mean(0, keepdims=True)
    invstd = 1 / np.sqrt(X.var(0, keepdims=True) + 1e-4)

    def outputs(x, dy, scale, x_mean, x_invstd):
        gx, gscale, gbias = bn.AbstractBatchNormTrainGrad((0,))(x, dy, scale, x_mean, x_invstd, 1e-4)
        return gx + 2 * gscale + 3 * gbias

    verify_grad(outputs, [X, RNG.randn(*X.shape), G[None, :], mean, invstd],
                rng=np.random.RandomState(4))
