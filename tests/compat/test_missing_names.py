"""A Theano name rngscope does not have is rngscope's gap, said in one line with the script's line.

Never an AttributeError naming rngscope's modules: `rngscope run` prints
"rngscope run: theano.X is not implemented by rngscope (script.py, line N)" and
exits 1 (the script failed); the inspecting commands exit 2.  `hasattr` and
`getattr(m, name, default)` on the stand-in modules still work as on any module.
"""
from __future__ import annotations

import textwrap

import pytest
from click.testing import CliRunner

from rngscope.cli import main

CASES = {
    "attribute": ("import theano.tensor as T\nx = T.matrix()\ny = T.nnet.conv2d(x, x)\n",
                  "theano.tensor.nnet.conv2d", 3),
    "from_import": ("import numpy\nfrom theano.tensor.nnet import conv2d\n",
                    "theano.tensor.nnet.conv2d", 2),
    "module": ("from theano.tensor.signal import pool\n", "theano.tensor.signal", 1),
    "top_level": ("import theano\n\n\ntheano.scan_checkpoints(None)\n", "theano.scan_checkpoints", 4),
    "config": ("import theano\nprint(theano.config.floatX)\nv = theano.config.dnn\n",
               "theano.config.dnn", 3),
    "mode_excluding": ("import theano\n\nm = theano.compile.get_default_mode()\nm = m.excluding('fusion')\n",
                       "theano.Mode.excluding", 4),
    "mode_optimizer": ("import theano\nm = theano.Mode(optimizer='o2')\n", "theano.Mode(optimizer='o2')", 2),
    "inside_a_function": ("import theano.tensor as T\n\ndef build():\n    return T.conv3d\n\nbuild()\n",
                          "theano.tensor.conv3d", 4),
}


@pytest.fixture(params=sorted(CASES))
def case(request, tmp_path):
    text, name, line = CASES[request.param]
    path = tmp_path / "script.py"
    path.write_text(text, encoding="utf-8")
    return path, name, line


def test_run_says_it_is_rngscopes_gap_and_exits_1(case, rngscope_process):
    path, name, line = case
    proc = rngscope_process("run", "script.py", cwd=path.parent)
    assert proc.returncode == 1
    assert proc.stderr.decode() == (
        f"rngscope run: {name} is not implemented by rngscope (script.py, line {line})\n")


@pytest.mark.parametrize("command", ["debugprint", "streams", "replay", "graph"])
def test_inspecting_commands_exit_2_with_the_same_words(case, command, monkeypatch):
    path, name, line = case
    monkeypatch.chdir(path.parent)
    result = CliRunner().invoke(main, [command, "script.py"])
    assert result.exit_code == 2
    assert f"rngscope: error: {name} is not implemented by rngscope (script.py, line {line})" \
        in result.output
    assert "rngscope.compat" not in result.output and "Traceback" not in result.output


def test_probing_for_a_name_works_as_on_any_module(tmp_path, rngscope_process):
    (tmp_path / "probe.py").write_text(textwrap.dedent("""\
        import theano
        import theano.tensor as T
        print(hasattr(T, "conv9"), getattr(T.nnet, "conv2d", "fallback"), hasattr(T, "__path__"))
        try:
            from theano.tensor.nnet import conv2d
        except ImportError:
            print("the script may catch it")
        theano.config.compute_test_value = "off"
        print(theano.config.compute_test_value, theano.config.floatX)
    """), encoding="utf-8")
    proc = rngscope_process("run", "probe.py", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().splitlines() == [
        "False fallback True", "the script may catch it", "off float64"]


def test_a_script_error_that_is_not_a_gap_keeps_its_traceback(tmp_path, rngscope_process):
    (tmp_path / "bug.py").write_text("import theano\nraise AttributeError('mine')\n",
                                     encoding="utf-8")
    proc = rngscope_process("run", "bug.py", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.decode().startswith("Traceback")
    assert proc.stderr.decode().rstrip().endswith("AttributeError: mine")
