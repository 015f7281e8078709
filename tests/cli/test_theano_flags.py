"""`THEANO_FLAGS` floatX under `rngscope run` and the inspecting commands, as Theano 1.0.5 reads
it when the script imports theano: float16, float32 and float64 hold for the script (float16
values recorded with Theano 1.0.5, floatX=float16); any other value makes `import theano` raise
Theano's ValueError in the script (exit 1 under run, 2 under the inspecting commands)."""
from __future__ import annotations

import textwrap

import pytest

TRAIN = textwrap.dedent("""\
    import numpy as np
    import theano
    import theano.tensor as T
    from theano.tensor.shared_randomstreams import RandomStreams

    srng = RandomStreams(seed=4)
    x = T.matrix('x')
    W = theano.shared(np.full((3, 2), 0.25, dtype=theano.config.floatX), name='W')
    h = T.tanh(T.dot(x * srng.binomial(x.shape, p=0.8, dtype=theano.config.floatX), W))
    cost = T.mean(h ** 2)
    train = theano.function([x], cost, updates=[(W, W - 0.5 * T.grad(cost, W))])
    X = np.arange(6, dtype=theano.config.floatX).reshape(2, 3) / 5
    print(theano.config.floatX, x.dtype, cost.dtype, T.constant(0.1).dtype)
    for step in range(2):
        c = train(X)
        print(step, c.dtype, repr(float(c)))
    print(W.get_value().dtype, W.get_value().tolist())
""")

# Theano 1.0.5, THEANO_FLAGS="cxx=,device=cpu,floatX=float16,blas.ldflags="
THEANO_FLOAT16 = """\
float16 float16 float16 float16
0 float16 0.1553955078125
1 float16 0.0394287109375
float16 [[0.192626953125, 0.192626953125], [0.11236572265625, 0.11236572265625], \
[0.0692138671875, 0.0692138671875]]
"""

REFUSED = ("ValueError: Invalid value (\"{}\") for configuration variable \"floatX\". "
           "Valid options are ('float64', 'float32', 'float16')")


def test_float16_runs_the_script_in_float16_as_theano_does(tmp_path, rngscope_process):
    (tmp_path / "train.py").write_text(TRAIN, encoding="utf-8")
    proc = rngscope_process("run", "train.py", cwd=tmp_path, THEANO_FLAGS="cxx=,floatX=float16")
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode() == THEANO_FLOAT16


def test_float16_in_the_inspecting_commands(tmp_path, rngscope_process):
    (tmp_path / "train.py").write_text(TRAIN, encoding="utf-8")
    proc = rngscope_process("debugprint", "--style", "theano", "train.py", cwd=tmp_path,
                            THEANO_FLAGS="floatX=float16")
    assert proc.returncode == 0, proc.stderr.decode()
    assert " |W [id " in proc.stdout.decode() and "float16" in proc.stdout.decode()


@pytest.mark.parametrize("value", ["float128", "int32", "bogus"])
def test_a_refused_floatx_fails_the_scripts_import_as_under_theano(tmp_path, rngscope_process,
                                                                   value):
    (tmp_path / "train.py").write_text(TRAIN, encoding="utf-8")
    proc = rngscope_process("run", "train.py", cwd=tmp_path, THEANO_FLAGS=f"floatX={value}")
    err = proc.stderr.decode()
    assert proc.returncode == 1 and proc.stdout == b""
    assert err.splitlines() == [
        "Traceback (most recent call last):",
        f'  File "{tmp_path / "train.py"}", line 2, in <module>',
        "    import theano",
        REFUSED.format(value),
    ]


def test_a_refused_floatx_under_an_inspecting_command_exits_2(tmp_path, rngscope_process):
    (tmp_path / "train.py").write_text(TRAIN, encoding="utf-8")
    proc = rngscope_process("replay", "train.py", cwd=tmp_path, THEANO_FLAGS="floatX=float128")
    err = proc.stderr.decode()
    assert proc.returncode == 2 and proc.stdout == b""
    assert REFUSED.format("float128") in err
    assert "rngscope/" not in err.replace(str(tmp_path), "")  # no frame of rngscope's own
    assert err.rstrip().endswith("see it fail as under Python with `rngscope run`.")


def test_a_script_setting_a_refused_floatx_gets_theanos_error(tmp_path, rngscope_process):
    (tmp_path / "set.py").write_text(
        "import theano\ntheano.config.floatX = 'float16'\nprint(theano.config.floatX)\n"
        "theano.config.floatX = 'int32'\n", encoding="utf-8")
    proc = rngscope_process("run", "set.py", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.decode() == "float16\n"
    assert proc.stderr.decode().splitlines()[-1] == REFUSED.format("int32")


NUMPY_ERRORS = textwrap.dedent("""\
    import numpy as np
    import theano
    import theano.tensor as T
    x = T.vector()
    print(theano.function([x], T.log(x) / x)(np.array([-1.0, 0.0, 2.0])))
    print(np.log(-1.0), sorted(np.geterr().items()))
""")


def test_import_theano_ignores_numpys_float_errors_as_theanos_import_does(tmp_path, rngscope_process):
    # Theano 1.0.5's import calls np.seterr(all='ignore'): no RuntimeWarning, and the script
    # reads Theano's settings (recorded)
    (tmp_path / "errs.py").write_text(NUMPY_ERRORS, encoding="utf-8")
    proc = rngscope_process("run", "errs.py", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == b""
    assert proc.stdout.decode() == (
        "[       nan       -inf 0.34657359]\n"
        "nan [('divide', 'ignore'), ('invalid', 'ignore'), ('over', 'ignore'), ('under', 'ignore')]\n")


def test_numpy_seterr_flags_are_applied_as_theanos_import_applies_them(tmp_path, rngscope_process):
    (tmp_path / "errs.py").write_text(NUMPY_ERRORS, encoding="utf-8")
    proc = rngscope_process("run", "errs.py", cwd=tmp_path,
                            THEANO_FLAGS="numpy.seterr_all=warn,numpy.seterr_under=raise")
    assert proc.returncode == 0
    assert "RuntimeWarning: invalid value encountered in log" in proc.stderr.decode()
    assert proc.stdout.decode().endswith(
        "[('divide', 'warn'), ('invalid', 'warn'), ('over', 'warn'), ('under', 'raise')]\n")


def test_the_scripts_numpy_settings_do_not_outlive_its_run(tmp_path):
    import numpy as np
    from click.testing import CliRunner

    from rngscope.cli import main

    (tmp_path / "errs.py").write_text(NUMPY_ERRORS, encoding="utf-8")
    before = np.geterr()
    result = CliRunner().invoke(main, ["run", str(tmp_path / "errs.py")])
    assert result.exit_code == 0 and "'ignore'" in result.output
    assert np.geterr() == before


SCALARS = textwrap.dedent("""\
    import numpy as np
    import theano
    import theano.tensor as T
    x = T.vector()
    f = theano.function([x], [T.sqr(x).sum(), T.argmax(x)])
    np.set_printoptions(precision=3)
    print([np.round(v, 4) for v in f(np.array([0.5, 0.25]))], [np.float64(1 / 3)], np.array([1 / 3]))
""")


def test_numpy_scalars_print_as_under_the_numpy_theano_runs_on(tmp_path):
    # Theano 1.0.5 runs on numpy 1: its scalars print bare (recorded: "[0.3125, 0]");
    # numpy 2 would print "[np.float64(0.3125), np.int64(0)]"
    import numpy as np
    from click.testing import CliRunner

    from rngscope.cli import main

    (tmp_path / "scalars.py").write_text(SCALARS, encoding="utf-8")
    before = np.get_printoptions()
    result = CliRunner().invoke(main, ["run", str(tmp_path / "scalars.py")])
    assert result.exit_code == 0
    assert result.output == "[0.3125, 0] [0.3333333333333333] [0.333]\n"
    assert np.get_printoptions() == before  # the script's precision and the legacy scalars end with it
