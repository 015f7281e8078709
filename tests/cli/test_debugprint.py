"""`rngscope debugprint` as a real process: goldens, Theano's exact text, pipes and errors."""
from __future__ import annotations

import json
import os
import re
import textwrap
from pathlib import Path

import pytest
from golden import assert_golden as check_golden
from click.testing import CliRunner

from rngscope.cli import main

REPO = Path(__file__).resolve().parents[2]
GOLDENS = REPO / "tests" / "printing" / "goldens"
CONFORMANCE = REPO / "tests" / "conformance" / "theano-1.0.5"
SAMPLE = REPO / "samples" / "sharing_streams.py"
ANSI = re.compile(rb"\x1b\[")


def assert_golden(actual: str, name: str) -> None:
    check_golden(actual, GOLDENS / name)

def theano_golden_debugprints() -> str:
    """The debugprint text of f, g and nearly_zeros in Theano 1.0.5's recorded output."""
    lines = (CONFORMANCE / "tutorial_random_basic.out").read_text().splitlines(keepends=True)
    start = lines.index("--- f\n")
    end = next(k for k, line in enumerate(lines) if line.startswith("f1 "))
    return "".join(line for line in lines[start:end] if not line.startswith("--- "))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def rngscope(rngscope_process):
    """Run `rngscope ARGS` with no terminal and no colour settings from the outside."""
    def run(*args, **kwargs):
        env = {"NO_COLOR": "", "FORCE_COLOR": "", "COLUMNS": "80", **kwargs.pop("env", {})}
        return rngscope_process(*args, **kwargs, **env)
    return run


# --- what it prints ---------------------------------------------------------------------------


def test_style_theano_prints_exactly_theanos_text_for_f_g_and_nearly_zeros(rngscope):
    out = rngscope("debugprint", "--style", "theano")
    assert out.returncode == 0, out.stderr
    assert out.stdout.decode() == theano_golden_debugprints()


def test_the_sample_file_gives_the_same_text_as_the_built_in_sample(rngscope):
    builtin = rngscope("debugprint", "--style", "theano")
    assert rngscope("debugprint", "--style", "theano", str(SAMPLE)).stdout == builtin.stdout


@pytest.mark.parametrize("args, golden", [
    ((), "sample_tree.txt"),
    (("--source",), "sample_tree_source.txt"),
    (("--style", "text"), "sample_tree.txt"),
])
def test_text_tree_into_a_pipe_matches_its_golden(rngscope, args, golden):
    out = rngscope("debugprint", "--width", "100", *args)
    assert out.returncode == 0, out.stderr
    assert_golden(out.stdout.decode(), golden)


def test_json_document_matches_its_golden(rngscope):
    out = rngscope("debugprint", "--format", "json")
    assert out.returncode == 0, out.stderr
    assert_golden(out.stdout.decode(), "sample_debugprint.json")
    assert json.loads(out.stdout)["schema"] == "rngscope.debugprint/1"


def test_theano_options_match_the_library_debugprint_in_the_script(rngscope, tmp_path):
    """Differential: the same options through the command and through theano.printing."""
    calls = "".join(f"theano.printing.debugprint({name}, ids='int', depth=2, print_type=True)\n"
                    for name in ("f", "g", "nearly_zeros"))
    script = write(tmp_path, "opts.py", SAMPLE.read_text() + "import theano\n" + calls)
    in_script = rngscope("run", str(script)).stdout.decode()
    command = rngscope("debugprint", str(script), "--style", "theano", "--ids", "int",
                       "--depth", "2", "--print-type").stdout.decode()
    assert command and in_script.endswith(command)


def test_function_option_selects_in_the_order_given(rngscope):
    out = rngscope("debugprint", "--style", "theano", "-f", "nearly_zeros", "--function", "f")
    expected = theano_golden_debugprints()
    f_text = expected[: expected.index("RandomFunction{normal}")]
    nz_text = expected[expected.index("Elemwise{Composite"):]
    assert out.stdout.decode() == nz_text + f_text


def test_source_style_theano_prints_the_graph_as_written(rngscope):
    out = rngscope("debugprint", "--style", "theano", "--source", "-f", "nearly_zeros")
    text = out.stdout.decode()
    assert text.startswith("Elemwise{sub,no_inplace} [id A] ''   \n")
    assert text.count("RandomFunction{uniform}.1 [id C]") == 3


# --- pipes, colour and the script's own output ---------------------------------------------


def test_stdin_script_into_a_pipe_has_no_colour_codes(rngscope):
    out = rngscope("debugprint", "-", input=SAMPLE.read_bytes())
    assert out.returncode == 0, out.stderr
    assert not ANSI.search(out.stdout)
    assert b"rv_u ~ uniform(0.0, 1.0, size=(2,2)) from rv_u.rng" in out.stdout


def test_colour_on_a_terminal_only_without_no_color(rngscope):
    forced = rngscope("debugprint", env={"FORCE_COLOR": "1"})  # rich: behave as a terminal
    assert ANSI.search(forced.stdout)
    assert not ANSI.search(rngscope("debugprint", env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout)
    assert not ANSI.search(rngscope("debugprint", "--no-color", env={"FORCE_COLOR": "1"}).stdout)


def test_script_output_goes_to_stderr_or_nowhere_with_quiet(rngscope):
    out = rngscope("debugprint", "--style", "theano")
    assert b"v1 == v3: True" in out.stderr and b"v1 ==" not in out.stdout
    quiet = rngscope("debugprint", "--style", "theano", "--quiet")
    assert quiet.stderr == b"" and quiet.stdout == out.stdout


# --- errors and exit codes -----------------------------------------------------------------


def test_missing_file_is_a_usage_error(rngscope, tmp_path):
    out = rngscope("debugprint", str(tmp_path / "nope.py"))
    assert out.returncode == 2 and out.stdout == b""
    assert out.stderr.decode() == f"rngscope: error: cannot run {tmp_path / 'nope.py'}: no such file.\n"


@pytest.mark.parametrize("args, message", [
    (("--style", "fancy"), "Invalid value for '--style'"),
    (("--width", "5"), "Invalid value for '--width'"),
    (("--depth", "x"), "Invalid value for '--depth'"),
    (("--format", "xml"), "Invalid value for '--format'"),
])
def test_bad_option_value_is_a_usage_error(rngscope, args, message):
    out = rngscope("debugprint", *args)
    assert out.returncode == 2 and out.stdout == b""
    assert message in out.stderr.decode() and "Traceback" not in out.stderr.decode()


def test_unknown_function_lists_the_available_ones(rngscope):
    out = rngscope("debugprint", "-q", "-f", "f", "-f", "h")
    assert out.returncode == 2 and out.stdout == b""
    assert out.stderr.decode() == (
        "rngscope: error: the built-in sample sharing_streams.py compiles no function named "
        "'h'; available: f, g, nearly_zeros.\n")


def test_a_script_that_raises_shows_its_own_traceback_and_exits_2(rngscope, tmp_path):
    script = write(tmp_path, "raises.py", """\
        import theano
        print("before the error")

        def build():
            raise ValueError("no graph today")

        build()
    """)
    out = rngscope("debugprint", str(script))
    err = out.stderr.decode()
    assert out.returncode == 2 and out.stdout == b""
    assert err.startswith("before the error\nTraceback (most recent call last):\n")
    assert f'File "{script}", line 7, in <module>' in err
    assert f'File "{script}", line 5, in build' in err
    assert "ValueError: no graph today" in err
    assert "rngscope" + os.sep not in err.split("ValueError")[0]  # no frames of rngscope's own
    assert err.endswith(f"rngscope: error: {script} raised ValueError while rngscope ran it to "
                        "learn its graphs (the script's traceback is above); fix the script, or "
                        "see it fail as under Python with `rngscope run`.\n")


def test_a_script_with_a_syntax_error_is_an_input_error(rngscope, tmp_path):
    out = rngscope("debugprint", str(write(tmp_path, "bad.py", "def (:\n")))
    assert out.returncode == 2 and b"is not valid Python" in out.stderr


def test_a_script_compiling_no_function_says_so_and_succeeds(rngscope, tmp_path):
    script = write(tmp_path, "empty.py", "print('nothing compiled')\n")
    out = rngscope("debugprint", str(script))
    assert (out.returncode, out.stdout) == (0, b"")
    assert out.stderr.decode() == (f"nothing compiled\nrngscope: {script} compiled no function; "
                                   "there is no graph to print.\n")
    doc = json.loads(rngscope("debugprint", "-q", "--format", "json", str(script)).stdout)
    assert doc["functions"] == []


def test_help_has_a_description_and_an_example():
    out = CliRunner().invoke(main, ["debugprint", "--help"])
    assert out.exit_code == 0
    assert "Print the graph of each function a script compiles." in out.output
    assert "Examples:\n    rngscope debugprint  " in out.output


ASSERT_SCRIPT = """\
    import numpy as np
    import theano
    import theano.tensor as T

    x = T.dmatrix('x'); n = T.lscalar('n')
    mask = theano.function([x, n], T.alloc(1.0, n, 2) * x)
    print(mask(np.ones((3, 2)), 3).sum())

    def call_with_wrong_size():
        return mask(np.ones((3, 2)), 4)

    call_with_wrong_size()
"""


def test_a_failed_assert_under_run_shows_the_scripts_frames_and_exits_1(rngscope, tmp_path):
    """The Assert the optimizer put in place of the alloc fails as Theano's does."""
    script = write(tmp_path, "mask.py", ASSERT_SCRIPT)
    out = rngscope("run", str(script))
    err = out.stderr.decode()
    assert out.returncode == 1 and out.stdout == b"6.0\n"
    assert err.startswith("Traceback (most recent call last):\n")
    assert f'File "{script}", line 12, in <module>' in err
    assert f'File "{script}", line 10, in call_with_wrong_size' in err
    assert "rngscope" + os.sep not in err  # no frames of rngscope's own
    assert err.endswith(  # Theano 1.0.5's message, line for line
        "AssertionError: Theano Assert failed!\nApply node that caused the error: "
        "Assert{msg='Theano Assert failed!'}(x, Elemwise{eq,no_inplace}.0, "
        "Elemwise{eq,no_inplace}.0)\nToposort index: 4\n"
        "Inputs types: [TensorType(float64, matrix), TensorType(bool, scalar), "
        "TensorType(bool, scalar)]\nInputs shapes: [(3, 2), (), ()]\n"
        "Inputs strides: [(16, 8), (), ()]\nInputs values: ['not shown', array(False), array(True)]\n"
        "Outputs clients: [[DeepCopyOp(Assert{msg='Theano Assert failed!'}.0)]]\n\n"
        "HINT: Re-running with most Theano optimization disabled could give you a back-trace of "
        "when this node was created. This can be done with by setting the Theano flag "
        "'optimizer=fast_compile'. If that does not work, Theano optimizations can be disabled "
        "with 'optimizer=None'.\nHINT: Use the Theano flag 'exception_verbosity=high' for a "
        "debugprint and storage map footprint of this apply node.\n")


def test_a_failed_assert_while_inspecting_exits_2(rngscope, tmp_path):
    script = write(tmp_path, "mask.py", ASSERT_SCRIPT)
    out = rngscope("debugprint", "--style", "theano", str(script))
    err = out.stderr.decode()
    assert out.returncode == 2 and out.stdout == b""
    assert f'File "{script}", line 10, in call_with_wrong_size' in err
    assert "AssertionError: Theano Assert failed!" in err
    assert err.endswith(f"rngscope: error: {script} raised AssertionError while rngscope ran it to "
                        "learn its graphs (the script's traceback is above); fix the script, or "
                        "see it fail as under Python with `rngscope run`.\n")
