"""`rngscope run` behaves like `python SCRIPT`, in-process (CliRunner) and as a real process.

The scripts here are plain Python (no `import theano`), so these tests need no engine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from rngscope import runner
from rngscope.cli import main
from rngscope.exitcodes import ExitCode
from rngscope.runner import ScriptError, ScriptSource, load_script, run_script

RNGSCOPE_DIR = Path(runner.__file__).parent
RNGSCOPE_FRAME = os.path.join("rngscope", "")  # "rngscope/" in a frame's path

REPORT = """\
import json, sys
print(json.dumps({"argv": sys.argv, "name": __name__, "file": __file__, "path0": sys.path[0],
                  "main": sys.modules["__main__"].__dict__ is globals()}))
"""


def write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["run", *args], input=input)


# --- running like python ------------------------------------------------------


def test_script_sees_argv_name_file_and_its_directory(tmp_path):
    script = write(tmp_path / "report.py", REPORT)
    result = invoke(str(script), "a", "--flag", "-h", "--", "b")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report == {"argv": [str(script), "a", "--flag", "-h", "--", "b"], "name": "__main__",
                      "file": str(script), "path0": str(tmp_path), "main": True}


def test_script_imports_a_module_from_its_own_directory(tmp_path):
    write(tmp_path / "helper_mod_for_run.py", "VALUE = 42\n")
    script = write(tmp_path / "main.py", "import helper_mod_for_run\nprint(helper_mod_for_run.VALUE)\n")
    result = invoke(str(script))
    assert (result.exit_code, result.stdout) == (0, "42\n")
    sys.modules.pop("helper_mod_for_run", None)


def test_process_state_is_restored_after_the_run(tmp_path):
    script = write(tmp_path / "mess.py", "import sys\nsys.path.append('/elsewhere')\nsys.argv.append('x')\n")
    before = (list(sys.argv), list(sys.path), sys.modules.get("__main__"))
    run_script(load_script(script), ["y"])
    assert (sys.argv, sys.path, sys.modules.get("__main__")) == before


def test_a_script_setting_floatx_leaves_the_next_script_at_float64(tmp_path, capsys):
    """theano.config.floatX = 'float32' holds for the rest of its own script only."""
    first = write(tmp_path / "f32.py", "import theano, theano.tensor as T\n"
                  "print(T.matrix().dtype)\ntheano.config.floatX = 'float32'\n"
                  "print(T.matrix().dtype, (T.vector() * 0.1).dtype, theano.config.floatX)\n")
    second = write(tmp_path / "f64.py", "import theano, theano.tensor as T\n"
                   "print(T.matrix().dtype, (T.vector() * 0.1).dtype, theano.config.floatX)\n")
    run_script(load_script(first), [])
    run_script(load_script(second), [])
    assert capsys.readouterr().out == (
        "float64\nfloat32 float32 float32\nfloat64 float64 float64\n")


def test_stdin_dash_runs_the_piped_script(tmp_path):
    result = invoke("-", "x", input=REPORT)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["argv"], report["name"], report["file"]) == (["-", "x"], "__main__", "<stdin>")


def test_stdin_dash_in_a_real_process(tmp_path, rngscope_process):
    proc = rngscope_process("run", "-", "x", cwd=tmp_path, input=REPORT.encode())
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert (report["argv"], report["path0"]) == (["-", "x"], str(tmp_path))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)))))
def test_any_arguments_reach_the_script_unchanged(tmp_path_factory, args):
    script = tmp_path_factory.getbasetemp() / "echo_args.py"
    if not script.exists():
        write(script, "import json, sys\nprint(json.dumps(sys.argv[1:]))\n")
    result = invoke(str(script), *args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == args


# --- a script that raises -----------------------------------------------------


def test_script_exception_shows_its_own_traceback_and_exits_1(tmp_path, rngscope_process):
    write(tmp_path / "helper_raises.py", "def boom():\n    return 1 / 0\n")
    write(tmp_path / "fails.py", """\
        import helper_raises
        print("before")
        helper_raises.boom()
    """)
    proc = rngscope_process("run", "fails.py", cwd=tmp_path)
    stderr = proc.stderr.decode()
    assert proc.returncode == ExitCode.SCRIPT_FAILED
    assert proc.stdout == b"before\n"
    assert stderr.startswith("Traceback (most recent call last):\n"), stderr
    # as `python fails.py` (3.9+) names the script: by its absolute path
    assert f'File "{tmp_path / "fails.py"}", line 3, in <module>\n    helper_raises.boom()' in stderr
    python = subprocess.run([sys.executable, "fails.py"], cwd=tmp_path, capture_output=True)
    assert stderr == python.stderr.decode()
    assert 'helper_raises.py", line 2, in boom\n    return 1 / 0' in stderr
    assert stderr.endswith("ZeroDivisionError: division by zero\n")
    assert RNGSCOPE_FRAME not in stderr


def test_chained_exceptions_keep_both_parts_without_rngscope_frames(tmp_path):
    script = write(tmp_path / "chained.py", """\
        try:
            {}["key"]
        except KeyError as e:
            raise ValueError("wrapped") from e
    """)
    result = invoke(str(script))
    assert result.exit_code == 1
    assert "KeyError: 'key'" in result.stderr
    assert "direct cause" in result.stderr
    assert result.stderr.endswith("ValueError: wrapped\n")
    assert RNGSCOPE_FRAME not in result.stderr


def test_errors_raised_inside_rngscope_show_only_the_script_frame(tmp_path):
    script = write(tmp_path / "calls_rngscope.py", """\
        from rngscope.runner import load_script
        load_script("no_such_file_here.py")
    """)
    with pytest.raises(ScriptError) as info:
        run_script(load_script(script), [])
    text = info.value.traceback
    assert f'File "{script}", line 2, in <module>' in text
    assert "ScriptInputError: cannot run no_such_file_here.py: no such file." in text
    assert RNGSCOPE_FRAME not in text.replace("rngscope.runner", "")


def test_generated_code_shows_only_when_its_caller_shows(tmp_path, rngscope_process):
    """A frame of generated code (a dataclass __init__ rngscope calls) is rngscope's, as the
    frames around it; the script's own exec'd code stays, as ``python`` shows it."""
    write(tmp_path / "grad_of_draw.py", """\
        import theano
        import theano.tensor as T
        from theano.tensor.shared_randomstreams import RandomStreams
        sigma, srng = theano.shared(0.5), RandomStreams(seed=1)
        xs, _ = theano.scan(lambda x: x + srng.normal((), std=sigma), outputs_info=T.dscalar(), n_steps=2)
        T.grad(xs.sum(), sigma)
    """)
    proc = rngscope_process("run", "grad_of_draw.py", cwd=tmp_path)
    stderr = proc.stderr.decode()
    assert proc.returncode == ExitCode.SCRIPT_FAILED
    assert "line 6, in <module>" in stderr and "NullTypeGradError" in stderr
    assert "<string>" not in stderr and RNGSCOPE_FRAME not in stderr
    write(tmp_path / "execs.py", "exec('x = 1\\n1 / 0')\n")
    proc = rngscope_process("run", "execs.py", cwd=tmp_path)
    python = subprocess.run([sys.executable, "execs.py"], cwd=tmp_path, capture_output=True)
    assert 'File "<string>", line 2, in <module>' in proc.stderr.decode()
    assert proc.stderr == python.stderr


def test_a_script_inside_the_package_keeps_its_frames():
    """The built-in sample lives in rngscope/samples; its own frames must still show."""
    filename = str(RNGSCOPE_DIR / "samples" / "not_a_real_sample.py")
    source = ScriptSource("sample", filename, "x = 1\n1 / 0\n", None)
    with pytest.raises(ScriptError) as info:
        run_script(source, [])
    assert f'File "{filename}", line 2, in <module>' in info.value.traceback
    assert isinstance(info.value.exc, ZeroDivisionError)


@pytest.mark.parametrize("call, code, stderr", [
    ("sys.exit()", 0, b""),
    ("sys.exit(3)", 3, b""),
    ("sys.exit('bye')", 1, b"bye\n"),
])
def test_system_exit_is_honoured(tmp_path, rngscope_process, call, code, stderr):
    write(tmp_path / "exits.py", f"import sys\nprint('out')\n{call}\nprint('never')\n")
    proc = rngscope_process("run", "exits.py", cwd=tmp_path)
    assert (proc.returncode, proc.stdout, proc.stderr) == (code, b"out\n", stderr)


def test_system_exit_code_in_process(tmp_path):
    script = write(tmp_path / "exits.py", "raise SystemExit(4)\n")
    assert invoke(str(script)).exit_code == 4


# --- input errors -------------------------------------------------------------


def assert_input_error(proc, *fragments: str) -> None:
    """Exit 2, one paragraph `rngscope: error: ...` naming the file, no traceback, no stdout."""
    stderr = proc.stderr.decode()
    assert proc.returncode == ExitCode.USAGE, stderr
    assert proc.stdout == b""
    assert stderr.startswith("rngscope: error: "), stderr
    assert "\n\n" not in stderr.strip() and "Traceback" not in stderr, stderr
    for fragment in fragments:
        assert fragment in stderr, stderr


def test_missing_file(tmp_path, rngscope_process):
    assert_input_error(rngscope_process("run", "nope.py", cwd=tmp_path), "nope.py", "no such file")


def test_directory(tmp_path, rngscope_process):
    (tmp_path / "adir").mkdir()
    assert_input_error(rngscope_process("run", "adir", cwd=tmp_path), "adir", "directory")


def test_syntax_error_names_file_line_and_text(tmp_path, rngscope_process):
    write(tmp_path / "bad.py", "x = 1\ndef f(:\n    pass\n")
    proc = rngscope_process("run", "bad.py", cwd=tmp_path)
    assert_input_error(proc, "bad.py is not valid Python", f'File "{tmp_path / "bad.py"}", line 2',
                       "def f(:", "SyntaxError")


@pytest.mark.parametrize("data, line", [
    (b"x = 1\ns = '\xe9t\xe9'\n", 2),
    (b"\xff\xfe binary", 1),  # Python's tokenizer rejects this before decoding
    (b"\n\n\nx = '\xe9'\n", 4),
])
def test_not_utf8(tmp_path, rngscope_process, data, line):
    (tmp_path / "latin.py").write_bytes(data)
    proc = rngscope_process("run", "latin.py", cwd=tmp_path)
    assert_input_error(proc, "latin.py", "not UTF-8", f"line {line}")


def test_not_utf8_on_stdin(rngscope_process):
    assert_input_error(rngscope_process("run", "-", input=b"s = '\xe9'\n"), "<stdin>", "not UTF-8")


def test_coding_cookie_is_honoured_like_python(tmp_path):
    script = tmp_path / "cookie.py"
    script.write_bytes(b"# -*- coding: latin-1 -*-\nprint('\xe9')\n")
    assert invoke(str(script)).stdout == "\u00e9\n"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path, rngscope_process):
    script = write(tmp_path / "secret.py", "print(1)\n")
    script.chmod(0)
    assert_input_error(rngscope_process("run", "secret.py", cwd=tmp_path), "secret.py", "permission denied")


def test_permission_denied(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(runner, "open", refuse, raising=False)
    result = invoke(str(tmp_path / "locked.py"))
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr == f"rngscope: error: cannot read {tmp_path / 'locked.py'}: permission denied.\n"


def test_input_error_in_process(tmp_path):
    result = invoke(str(tmp_path / "nope.py"))
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr == f"rngscope: error: cannot run {tmp_path / 'nope.py'}: no such file.\n"


def test_unknown_option_before_the_script_is_a_usage_error(tmp_path):
    assert invoke("--nope", "x.py").exit_code == ExitCode.USAGE


# --- the command itself -------------------------------------------------------


def test_version_and_help():
    assert CliRunner().invoke(main, ["--version"]).output.startswith("rngscope, version ")
    help_text = CliRunner().invoke(main, ["run", "--help"]).output
    assert "like `python SCRIPT`" in help_text and "Example:" in help_text


def test_builtin_sample_ships_in_the_package_and_matches_samples_folder():
    source = load_script(None)
    repo_copy = Path(__file__).resolve().parents[2] / "samples" / "sharing_streams.py"
    assert source.text == repo_copy.read_text(encoding="utf-8")
    assert "RandomStreams(seed=234)" in source.text and source.directory is None
    packaged = Path(runner.__file__).parent / "samples" / "sharing_streams_pytensor.py"
    repo_pytensor = repo_copy.with_name("sharing_streams_pytensor.py")
    assert packaged.read_text(encoding="utf-8") == repo_pytensor.read_text(encoding="utf-8")


def test_run_loads_only_what_the_script_needs(tmp_path, rngscope_process):
    """`rngscope run` of a plain script imports none of the inspecting layers (nor numpy):
    the commands are imported when invoked, so start-up stays a few tens of milliseconds."""
    script = write(tmp_path / "report.py", """\
        import sys
        loaded = sorted(m for m in sys.modules if m == "numpy" or m == "rich"
                        or m.split(".")[:2] in (["rngscope", "trace"], ["rngscope", "printing"],
                                                ["rngscope", "commands"], ["rngscope", "graph"]))
        print(loaded)
    """)
    proc = rngscope_process("run", str(script))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().strip() == "[]"


def test_help_lists_every_command_though_they_load_lazily():
    output = CliRunner().invoke(main, ["--help"]).output
    commands = [line.split()[0] for line in output.split("Commands:")[1].splitlines() if line.strip()]
    assert commands == ["debugprint", "graph", "replay", "run", "streams"]
