"""Theano's pp: every elementwise function theano.tensor defines prints as a call of its name."""
from __future__ import annotations

from rngscope.printing.pp import pp
from rngscope.tensor import basic as T
from rngscope.tensor import elementary as E
from rngscope.tensor import special


def test_the_elementwise_functions_print_as_theano_names_them():
    # Theano's _scal_elemwise assigns each one a FunctionPrinter of its symbol (observed:
    # pp(T.arctan2(x, y)) is 'arctan2(x, y)', not the op's str)
    x, y = T.dvector("x"), T.dvector("y")
    calls = {
        "arctan2(x, y)": E.arctan2(x, y), "tan(x)": E.tan(x), "arcsinh(x)": E.arcsinh(x),
        "log2(x)": E.log2(x), "exp2(x)": E.exp2(x), "isnan(x)": E.isnan(x),
        "trunc(x)": E.trunc(x), "erf(x)": special.erf(x), "gammaln(x)": special.gammaln(x),
        "tri_gamma(x)": special.tri_gamma(x),
    }
    for text, var in calls.items():
        assert pp(var) == text


def test_a_compiled_in_place_elemwise_prints_as_the_op_itself():
    # observed: pp of a compiled graph prints Elemwise{Exp}[(0, 0)](...), never 'exp=(...)'
    from rngscope.compile.function import function

    x, W = T.dvector("x"), T.dmatrix("W")
    d = T.dot(W, x)
    for expr, head in ((T.exp(d), "Elemwise{Exp}[(0, 0)]("), (d * 2, "Elemwise{Mul}[(0, 1)]("),
                       (-d, "Elemwise{Neg}[(0, 0)](")):
        out = function([x, W], expr).maker.fgraph.outputs[0]
        assert pp(out).startswith(head)
    assert pp(T.exp(x)) == "exp(x)" and pp(-x) == "(-x)"
