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
    "attribute": ("import theano.tensor as T\nx = T.tensor5()\ny = T.nnet.conv3d(x, x)\n",
                  "theano.tensor.nnet.conv3d", 3),
    "from_import": ("import numpy\nfrom theano.tensor.nnet import conv3d\n",
                    "theano.tensor.nnet.conv3d", 2),
    "module": ("from theano.gpuarray import dnn\n", "theano.gpuarray", 1),
    "submodule": ("from theano.tensor.signal import conv\n", "theano.tensor.signal.conv", 1),
    "top_level": ("import theano\n\n\ntheano.scan_checkpoints(None)\n", "theano.scan_checkpoints", 4),
    "config": ("import theano\nprint(theano.config.floatX)\nv = theano.config.dnn\n",
               "theano.config.dnn", 3),
    "mode_excluding": ("import theano\n\nm = theano.compile.get_default_mode()\n"
                       "m = m.excluding('fusion', 'local_dimshuffle_lift')\n",
                       "theano.Mode.excluding('fusion', 'local_dimshuffle_lift')", 4),
    "mode_including": ("import theano\nm = theano.Mode(optimizer='fast_compile').including('ShapeOpt')\n",
                       "theano.Mode.including('ShapeOpt')", 2),
    "inside_a_function": ("import theano.tensor as T\n\ndef build():\n    return T.nnet.conv3d\n\nbuild()\n",
                          "theano.tensor.nnet.conv3d", 4),
    "mgrid": ("import theano.tensor as T\ngrid = T.mgrid[0:3, 0:2]\n", "theano.tensor.mgrid", 2),
    # an attribute Theano 1.0.5's object has and rngscope's stand-in lacks
    "stream_method": ("from theano.sandbox.rng_mrg import MRG_RandomStreams\nsrng = MRG_RandomStreams(1)\n"
                      "y = srng.pretty_return(srng.uniform((2,)))\n",
                      "theano.sandbox.rng_mrg.MRG_RandomStreams.pretty_return", 3),
    "variable_method": ("import theano.tensor as T\nx = T.vector()\ny = x.transfer('cpu')\n",
                        "theano.tensor.var.TensorVariable.transfer", 3),
    "function_method": ("import theano, theano.tensor as T\nx = T.vector()\nf = theano.function([x], x)\n"
                        "f.free()\n", "theano.compile.function_module.Function.free", 4),
    "maker_attribute": ("import theano, theano.tensor as T\nx = T.vector()\nf = theano.function([x], x)\n"
                        "print(f.maker.function_builder)\n",
                        "theano.compile.function_module.FunctionMaker.function_builder", 4),
    "getattr_builtin": ("import theano\ns = theano.shared(1.0)\nz = getattr(s, 'zero')\n",
                        "theano.tensor.sharedvar.TensorSharedVariable.zero", 3),
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
        print(hasattr(T, "conv9"), getattr(T.nnet, "conv3d", "fallback"), hasattr(T, "__path__"))
        try:
            from theano.tensor.nnet import conv3d
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


def test_an_attribute_theano_lacks_too_is_the_scripts_own_error(tmp_path, rngscope_process):
    """A misspelt method fails as under Theano: Python's AttributeError, the script's traceback."""
    (tmp_path / "typo.py").write_text(
        "import theano.tensor as T\nx = T.vector()\ny = x.sumn()\n", encoding="utf-8")
    proc = rngscope_process("run", "typo.py", cwd=tmp_path)
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert err.startswith("Traceback") and 'typo.py", line 3' in err
    assert "AttributeError: 'TensorVariable' object has no attribute 'sumn'" in err
    assert "not implemented by rngscope" not in err and "rngscope/" not in err


def test_a_name_theanos_module_lacks_too_is_the_scripts_own_error(tmp_path, rngscope_process):
    """T.ucol exists in neither (Theano 1.0.5 has no unsigned constructors): Python's
    AttributeError and the script's traceback, as under Theano, not a gap of rngscope's."""
    (tmp_path / "nope.py").write_text(
        "import theano.tensor as T\nx = T.ucol('x')\n", encoding="utf-8")
    proc = rngscope_process("run", "nope.py", cwd=tmp_path)
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert err.startswith("Traceback") and 'nope.py", line 2' in err
    assert err.rstrip().endswith("AttributeError: module 'theano.tensor' has no attribute 'ucol'")
    assert "not implemented by rngscope" not in err


def test_a_lookup_failing_inside_rngscope_is_not_called_a_gap():
    """Only the script's own lookup names a gap: rngscope missing a name on its own object is a bug."""
    from rngscope.compat.missing import missing_name
    from rngscope.streams import MRG_RandomStreams

    try:
        MRG_RandomStreams(1).pretty_return
    except AttributeError as exc:
        assert missing_name(exc) == "theano.sandbox.rng_mrg.MRG_RandomStreams.pretty_return"
        assert missing_name(exc, raised_by_script=False) is None
    else:
        pytest.fail("rngscope's MRG_RandomStreams grew pretty_return: pick another gap")


def test_the_config_sections_scripts_set_are_kept(tmp_path, rngscope_process):
    """theano.config.warn / traceback / scan: the RNN-RBM tutorial silences a warning with
    ``theano.config.warn.subtensor_merge_bug = False``; the sections hold Theano 1.0.5's
    values and keep what a script sets; an unknown flag in them is still a gap."""
    (tmp_path / "flags.py").write_text(textwrap.dedent("""\
        import theano
        print(theano.config.warn.subtensor_merge_bug, theano.config.warn.ignore_bug_before)
        theano.config.warn.subtensor_merge_bug = True
        theano.config.warn.sum_div_dimshuffle_bug = False
        print(theano.config.warn.subtensor_merge_bug, theano.config.traceback.limit,
              theano.config.scan.allow_gc, theano.config.optimizer_verbose)
        print(theano.config.warn.no_such_flag)
    """), encoding="utf-8")
    proc = rngscope_process("run", "flags.py", cwd=tmp_path)
    assert proc.stdout.decode().splitlines() == ["False 0.9", "True 8 False False"]
    assert "theano.config.warn.no_such_flag is not implemented by rngscope" in \
        proc.stderr.decode()
