"""A user's own ``theano.Op`` runs, prints and differentiates on the engine; an undefined
gradient (``grad_undefined``) stops ``T.grad`` with Theano's words."""
from __future__ import annotations

import numpy as np
import pytest

from rngscope.compat import theano_imports


def test_a_theano_style_op_computes_prints_and_has_its_own_gradient():
    with theano_imports():
        import theano
        import theano.tensor as T

        class Triple(theano.Op):
            __props__ = ("factor",)

            def __init__(self, factor=3.0):
                self.factor = factor

            def make_node(self, x):
                x = T.as_tensor_variable(x)
                return theano.Apply(self, [x], [x.type()])

            def perform(self, node, inputs, output_storage):
                output_storage[0][0] = inputs[0] * self.factor

            def grad(self, inputs, output_grads):
                return [output_grads[0] * self.factor]

        x = T.dvector("x")
        y = Triple()(x)
        f = theano.function([x], [y, T.grad(T.sum(y ** 2), x)])
        value, grad = f(np.array([1.0, -2.0]))
    assert value.tolist() == [3.0, -6.0] and grad.tolist() == [18.0, -36.0]
    assert str(Triple()) == "Triple{factor=3.0}" and Triple() == Triple() != Triple(2.0)


def test_grad_undefined_raises_nulltypegraderror_naming_the_input_and_op():
    with theano_imports():
        import theano
        import theano.tensor as T

        class Count(theano.Op):
            __props__ = ()

            def make_node(self, x, k):
                return theano.Apply(self, [T.as_tensor_variable(x), T.as_tensor_variable(k)],
                                    [T.dvector()])

            def perform(self, node, inputs, output_storage):
                output_storage[0][0] = inputs[0] * inputs[1]

            def grad(self, inputs, output_grads):
                return [output_grads[0] * inputs[1],
                        theano.gradient.grad_undefined(self, 1, inputs[1], "a count")]

        x, k = T.dvector("x"), T.dscalar("k")
        cost = T.sum(Count()(x, k))
        assert T.grad(cost, x) is not None
        with pytest.raises(theano.gradient.NullTypeGradError) as err:
            T.grad(cost, k, disconnected_inputs="ignore")
    assert str(err.value) == ("tensor.grad encountered a NaN. This variable is Null because the "
                              "grad method for input 1 (k) of the Count op is mathematically "
                              "undefined. a count")


def test_print_op_prints_on_every_call_passes_the_gradient_and_shows_no_address(capsys):
    import io

    from rngscope.compat.theano.printing import Print
    from rngscope.compile.function import function
    from rngscope.printing.debugprint import debugprint
    from rngscope.tensor import basic as T
    from rngscope.tensor.gradient import grad

    x = T.dvector("x")
    shown = Print("x is", attrs=("__str__", "shape"))(x)
    f = function([x], [shown * 2, grad(T.sum(shown ** 2), x)])
    out, g = f(np.array([1.0, 2.0]))
    f(np.array([3.0]))
    assert capsys.readouterr().out == (
        "x is __str__ = [1. 2.]\nx is shape = (2,)\nx is __str__ = [3.]\nx is shape = (1,)\n")
    np.testing.assert_array_equal(out, [2.0, 4.0])
    np.testing.assert_array_equal(g, [2.0, 4.0])
    text = io.StringIO()
    debugprint(shown, file=text)
    assert "global_fn=<function _print_fn>}" in text.getvalue() and "0x" not in text.getvalue()
