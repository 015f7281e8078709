"""The modules where Theano defines its op classes and helpers exist under the same paths, so
``isinstance(node.op, theano.tensor.blas.Gemm)`` and ``from theano.gof.fg import
MissingInputError`` work; the functions ``theano.tensor`` exports keep their names."""
from __future__ import annotations

import textwrap

from rngscope.graph.basic import TheanoNamed


def test_op_classes_and_errors_import_from_theanos_paths(tmp_path, rngscope_process):
    (tmp_path / "paths.py").write_text(textwrap.dedent("""\
        import numpy as np
        import theano
        import theano.tensor as T
        from theano.tensor import blas, elemwise, subtensor
        from theano.tensor.nnet import nnet, sigm
        from theano.scan_module.scan_op import Scan
        from theano.compile.sharedvalue import SharedVariable
        from theano.compile.io import In, SymbolicOutput
        from theano.gof.fg import MissingInputError
        from theano.tensor.shared_randomstreams import RandomStateSharedVariable
        x = T.dmatrix('x')
        w = theano.shared(np.ones((2, 2)), name='w')
        f = theano.function([x], T.dot(x, w) + 1)
        print([type(n.op).__name__ for n in f.maker.fgraph.toposort()
               if isinstance(n.op, (blas.Dot22, blas.Gemm, elemwise.Elemwise))])
        print(nnet.softmax is T.nnet.softmax, sigm.sigmoid is T.nnet.sigmoid, T.var(x).ndim)
        print(subtensor.set_subtensor is T.set_subtensor, isinstance(w, SharedVariable))
        try:
            theano.function([], x)
        except MissingInputError as e:
            print(type(e).__name__)
    """), encoding="utf-8")
    proc = rngscope_process("run", "paths.py", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode().splitlines()
    assert lines[1:] == ["True True 0", "True True", "MissingInputError"]
    assert "Gemm" in lines[0] or "Dot22" in lines[0]


def test_the_new_tensor_helpers():
    import numpy as np

    from rngscope.compile.function import function
    from rngscope.tensor import basic as T
    from rngscope.tensor import elementary as E

    x = T.dmatrix("x")
    a, b = E.split(x, [1, 2], 2, axis=1)
    left, right = function([x], [a, b])(np.arange(6.0).reshape(2, 3))
    assert left.tolist() == [[0.0], [3.0]] and right.tolist() == [[1.0, 2.0], [4.0, 5.0]]
    assert function([x], E.ptp(x, axis=1))(np.arange(6.0).reshape(2, 3)).tolist() == [2.0, 2.0]
    assert float(function([x], E.deg2rad(x).sum())(np.full((1, 1), 180.0))) == np.pi
    assert E.dtensor5("t").ndim == 5 and E.itensor5().dtype == "int32"


def test_an_uncaught_error_is_printed_with_theanos_module(tmp_path, rngscope_process):
    """Python prints an uncaught error as module.Class: a Theano error rngscope raises shows
    the module a Theano script knows it by (`theano.gradient.NullTypeGradError`), and the
    script can catch it under that name."""
    (tmp_path / "grad.py").write_text(textwrap.dedent("""\
        import theano
        import theano.tensor as T
        x, y = T.dscalar('x'), T.dscalar('y')
        try:
            theano.function([x, y], x)
        except theano.compile.function_module.UnusedInputError as e:
            print(type(e).__module__, type(e).__name__)
        T.grad(x * 2, y)
    """), encoding="utf-8")
    proc = rngscope_process("run", "grad.py", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.decode().splitlines() == ["theano.compile.function_module UnusedInputError"]
    stderr = proc.stderr.decode()
    assert "\ntheano.gradient.DisconnectedInputError: " in stderr, stderr
    assert "rngscope" not in stderr, stderr


def test_the_classes_print_as_theanos_while_a_script_runs(tmp_path, rngscope_process):
    (tmp_path / "classes.py").write_text(textwrap.dedent("""\
        import numpy as np
        import theano
        import theano.tensor as T
        from theano.tensor.shared_randomstreams import RandomStreams
        x = T.dvector('x')
        u = RandomStreams(1).uniform((2,))
        out, updates = theano.scan(lambda a: a * 2, sequences=x)
        f = theano.function([x], out)
        for obj in (x, theano.shared(np.zeros(2)), u.rng, updates, f, out.owner.op, x.type):
            print(type(obj))
    """))
    proc = rngscope_process("run", "classes.py", cwd=tmp_path)
    assert proc.stdout.decode().splitlines() == [  # as Theano 1.0.5 prints them
        "<class 'theano.tensor.var.TensorVariable'>",
        "<class 'theano.tensor.sharedvar.TensorSharedVariable'>",
        "<class 'theano.tensor.shared_randomstreams.RandomStateSharedVariable'>",
        "<class 'theano.updates.OrderedUpdates'>",
        "<class 'theano.compile.function_module.Function'>",
        "<class 'theano.scan_module.scan_op.Scan'>",
        "<class 'theano.tensor.type.TensorType'>",
    ]


def test_outside_a_script_the_classes_print_as_rngscopes(tmp_path):
    from click.testing import CliRunner

    from rngscope.cli import main
    from rngscope.tensor.variable import TensorVariable

    (tmp_path / "classes.py").write_text("import theano.tensor as T\nprint(type(T.vector()))\n")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "classes.py")])
    assert result.output == "<class 'theano.tensor.var.TensorVariable'>\n"
    assert repr(TensorVariable) == "<class 'rngscope.tensor.variable.TensorVariable'>"
    assert TheanoNamed.names == {}


def test_the_modules_import_theano_leaves_as_attributes(tmp_path, rngscope_process):
    """``theano.updates``, ``theano.tensor.basic`` and ``theano.tensor.type`` are there after
    ``import theano``, as Theano's own import leaves them; a name Theano's basic module has
    and rngscope lacks is rngscope's gap."""
    (tmp_path / "mods.py").write_text(textwrap.dedent("""\
        import theano
        import theano.tensor as T
        u = theano.updates.OrderedUpdates()
        u[theano.shared(1.0, name='s')] = T.constant(2.0)
        print(type(u).__name__, len(u))
        print(T.basic.constant(3), T.basic.dot is T.dot, T.type.TensorType('float64', (False,)))
        T.basic.mgrid
    """), encoding="utf-8")
    proc = rngscope_process("run", "mods.py", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.decode().splitlines() == ["OrderedUpdates 1", "TensorConstant{3} True TensorType(float64, vector)"]
    assert proc.stderr.decode().strip() == \
        "rngscope run: theano.tensor.basic.mgrid is not implemented by rngscope (mods.py, line 7)"


def test_the_output_copy_ops_are_theano_compiles(tmp_path, rngscope_process):
    (tmp_path / "copies.py").write_text(textwrap.dedent("""\
        import numpy as np
        import theano
        from theano.compile.ops import DeepCopyOp, ViewOp
        W = theano.shared(np.ones(2), name='W')
        f = theano.function([], [W, theano.Out(W, borrow=True)])
        print([type(n.op).__name__ for n in f.maker.fgraph.toposort()])
        print([isinstance(n.op, (theano.compile.DeepCopyOp, ViewOp)) for n in f.maker.fgraph.toposort()])
        print(theano.compile.deep_copy_op, theano.compile.ops.view_op, DeepCopyOp is theano.compile.DeepCopyOp)
    """), encoding="utf-8")
    proc = rngscope_process("run", "copies.py", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().splitlines() == [  # as Theano 1.0.5 printed it
        "['DeepCopyOp', 'ViewOp']", "[True, True]", "DeepCopyOp ViewOp True"]


def test_the_gradient_identities_are_theanos_view_op_classes(tmp_path, rngscope_process):
    (tmp_path / "identities.py").write_text(textwrap.dedent("""\
        import theano
        import theano.tensor as T
        import theano.gradient as G
        x = T.dvector('x')
        for o in [G.zero_grad(x), G.disconnected_grad(x), G.grad_clip(x, -1, 1), G.grad_scale(x, 2)]:
            print(type(o.owner.op), o.owner.op, isinstance(o.owner.op, theano.compile.ViewOp))
    """), encoding="utf-8")
    proc = rngscope_process("run", "identities.py", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().splitlines() == [  # as Theano 1.0.5 printed them
        "<class 'theano.gradient.ZeroGrad'> ZeroGrad True",
        "<class 'theano.gradient.DisconnectedGrad'> DisconnectedGrad True",
        "<class 'theano.gradient.GradClip'> GradClip True",
        "<class 'theano.gradient.GradScale'> GradScale True"]
