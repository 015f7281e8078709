"""Backend choice: `import pytensor` scripts run on the real PyTensor, exactly as `python` runs them.

Detection is from the script's syntax tree; without PyTensor a PyTensor script gets one
paragraph with the install command and exit 2 (simulated here by a meta-path blocker in a
subprocess, so these tests run with or without the extra).
"""
from __future__ import annotations

import importlib.resources
import subprocess
import sys
import textwrap

import pytest

from rngscope.backends import PYTENSOR, THEANO, backend_of

try:
    import pytensor  # noqa: F401
    _REASON = None
except ImportError as exc:  # pragma: no cover - the CI venv has the extra
    _REASON = f"pytensor is not importable ({exc}); install rngscope[pytensor]"
needs_pytensor = pytest.mark.skipif(_REASON is not None, reason=_REASON or "")


@pytest.mark.parametrize("text, backend", [
    ("import pytensor\n", PYTENSOR),
    ("import numpy as np, pytensor.tensor as pt\n", PYTENSOR),
    ("from pytensor.tensor.random.utils import RandomStream\n", PYTENSOR),
    ("from pytensor import function\n", PYTENSOR),
    ("def f():\n    import pytensor\n", PYTENSOR),  # an import anywhere in the script
    ("import theano\n", THEANO),
    ("from theano.tensor.shared_randomstreams import RandomStreams\n", THEANO),
    ("# uses pytensor later\nimport theano\n", THEANO),  # a word in a comment is not an import
    ("print('pytensor')\n", THEANO),
    ("import pytensorish\n", THEANO),
    ("from .pytensor import x\n", THEANO),  # a relative import is the script's own module
    ("", THEANO),
])
def test_the_backend_is_read_from_the_imports(text, backend):
    assert backend_of(text) == backend


_BLOCKER = textwrap.dedent("""
    import sys

    class NoPyTensor:
        def find_spec(self, name, path=None, target=None):
            if name == "pytensor" or name.startswith("pytensor."):
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    sys.meta_path.insert(0, NoPyTensor())
    from rngscope.cli import main
    main(sys.argv[1:], prog_name="rngscope")
""")


@pytest.mark.parametrize("command", ["run", "debugprint", "replay", "streams"])
def test_without_pytensor_a_pytensor_script_is_one_paragraph_and_exit_2(tmp_path, rngscope_env, command):
    script = tmp_path / "pt_script.py"
    script.write_text("import pytensor\nprint('ran')\n")
    done = subprocess.run([sys.executable, "-c", _BLOCKER, command, str(script)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60, env=rngscope_env())
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith(f"rngscope: error: {script} imports pytensor, which is not installed")
    assert "pip install 'rngscope[pytensor]'" in done.stderr


def test_without_pytensor_a_theano_script_still_runs(tmp_path, rngscope_env):
    done = subprocess.run([sys.executable, "-c", _BLOCKER, "run"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60, env=rngscope_env())
    assert done.returncode == 0, done.stderr
    assert "v1 == v3: True" in done.stdout


def _both(tmp_path, rngscope_process, name, text):
    (tmp_path / name).write_text(text)
    python = subprocess.run([sys.executable, name], cwd=tmp_path, capture_output=True, timeout=120)
    ours = rngscope_process("run", name, cwd=tmp_path, timeout=120)
    return python, ours


@needs_pytensor
def test_run_of_the_pytensor_sample_is_byte_identical_to_python(tmp_path, rngscope_process):
    pt_text = (importlib.resources.files("rngscope.samples") / "sharing_streams_pytensor.py").read_text()
    python, ours = _both(tmp_path, rngscope_process, "sample.py", pt_text)
    assert python.returncode == ours.returncode == 0, ours.stderr
    assert ours.stdout == python.stdout
    assert b"v1 == v2: False\nv1 == v3: True\n" in ours.stdout
    # PyTensor's own warnings name the script's lines, as under python (not rngscope's wrapper)
    assert ours.stderr == python.stderr
    assert b"sample.py:15: DeprecationWarning: The no_default_updates" in ours.stderr


@needs_pytensor
def test_a_failing_pytensor_script_shows_its_own_traceback_and_exits_1(tmp_path, rngscope_process):
    python, ours = _both(tmp_path, rngscope_process, "fails.py", textwrap.dedent("""\
        import pytensor
        import pytensor.tensor as pt

        x = pt.vector("x")
        f = pytensor.function([x], 2 * x, mode="FAST_COMPILE")
        print(f([1.0, 2.0]))
        f([[1.0]])
    """))
    assert python.returncode == ours.returncode == 1
    assert ours.stdout == python.stdout == b"[2. 4.]\n"
    assert ours.stderr == python.stderr
    assert b'fails.py", line 7, in <module>' in ours.stderr
    assert b"rngscope" not in ours.stderr
