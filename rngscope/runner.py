"""Load a Theano-style script and run it the way `python SCRIPT` would.

`load_script` turns a path, `-` (standard input) or `None` (the built-in
sample) into a `ScriptSource`, or raises `ScriptInputError` with a
one-paragraph message naming the file. `run_script` executes it as
`__main__` with `theano` imports served by rngscope (see `rngscope.compat`);
an exception from the script comes out as `ScriptError`, whose traceback
shows the script's frames and none of rngscope's. `SystemExit` passes
through untouched.
"""

from __future__ import annotations

import builtins
import functools
import importlib.resources
import io
import os
import sys
import tokenize
import traceback
import types
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rngscope import backends
from rngscope.compat.missing import missing_name

SAMPLE = "sharing_streams.py"
SAMPLES = {"theano": SAMPLE, "pytensor": "sharing_streams_pytensor.py"}  # --sample NAME -> file
STDIN = "-"

_PACKAGE_DIR = Path(__file__).resolve().parent


class ScriptInputError(Exception):
    """The script cannot be read or compiled; the message names the file."""


class ScriptError(Exception):
    """The script raised `exc`; `traceback` is its text without rngscope frames.

    `missing` is the Theano name the script used that rngscope does not
    implement (`theano.tensor.nnet.conv3d`), when that is what failed, else None;
    `line` is the script's line where the error came from (None if unknown).
    """

    def __init__(self, exc: BaseException, traceback: str, script_filename: str | None = None):
        super().__init__(f"{type(exc).__name__}: {exc}")
        self.exc = exc
        self.traceback = traceback
        self.missing = missing_name(exc, raised_by_script=_raised_in(exc, script_filename))
        self.line = _script_line(exc, script_filename)

    def gap(self, script_name: str) -> str:
        """One line for a missing Theano name: rngscope's gap, with the script's file and line."""
        where = script_name if self.line is None else f"{script_name}, line {self.line}"
        return f"{self.missing} is not implemented by rngscope ({where})"


def _raised_in(exc: BaseException, script_filename: str | None) -> bool:
    """Whether the innermost frame of the exception's traceback is the script's."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and tb.tb_frame.f_code.co_filename == script_filename


def _script_line(exc: BaseException, script_filename: str | None) -> int | None:
    """The line of the innermost frame of the script in the exception's traceback."""
    line, tb = None, exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == script_filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


@dataclass(frozen=True)
class ScriptSource:
    """A script's text and where it came from.

    `name` is for messages, `filename` for tracebacks and `__file__`,
    `directory` goes first on `sys.path` while the script runs (None: nothing).
    """

    name: str
    filename: str
    text: str
    directory: str | None
    argv0: str | None = None  # sys.argv[0] as the script was named (default: filename)

    @functools.cached_property
    def code(self) -> types.CodeType:
        """The compiled script; raises ScriptInputError on a syntax error."""
        try:
            return compile(self.text, self.filename, "exec", dont_inherit=True)
        except SyntaxError as exc:
            detail = "".join(traceback.format_exception_only(exc)).rstrip()
            raise ScriptInputError(f"{self.name} is not valid Python:\n{detail}") from None
        except ValueError as exc:  # null bytes, on Python < 3.12
            raise ScriptInputError(f"{self.name} is not valid Python: {exc}.") from None


def load_script(script: str | os.PathLike | None, sample: str | None = None) -> ScriptSource:
    """Read and compile a script.

    Args:
        script: a file path, `"-"` for standard input, or None for the
            built-in sample.
        sample: which built-in sample (``SAMPLES``: ``"theano"``, the default, or
            ``"pytensor"``) when ``script`` is None; giving both is an input error.

    Raises:
        ScriptInputError: the file is missing, a directory, unreadable, not
            text in its declared encoding (UTF-8 by default), or not valid Python.
    """
    if script is not None and sample is not None:
        raise ScriptInputError(f"give a SCRIPT ({os.fspath(script)}) or --sample {sample}, not both.")
    if script is None:
        name = SAMPLES[sample or "theano"]
        path = importlib.resources.files("rngscope.samples") / name
        source = ScriptSource(f"the built-in sample {name}", str(path), path.read_text("utf-8"), None)
    elif os.fspath(script) == STDIN:
        source = ScriptSource("<stdin>", "<stdin>", _decode(sys.stdin.buffer.read(), "<stdin>"), os.getcwd())
    else:
        path = os.fspath(script)
        # As `python path` since 3.9: code, tracebacks and __file__ name the absolute path,
        # sys.argv[0] the path as given.
        absolute = os.path.abspath(path)
        source = ScriptSource(path, absolute, _decode(_read_bytes(path), path),
                              os.path.dirname(absolute), argv0=path)
    source.code  # compile now, so a syntax error is an input error
    missing = backends.unavailable(source.text, source.name)  # a PyTensor script without PyTensor
    if missing is not None:
        raise ScriptInputError(missing)
    return source


def _read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as file:
            return file.read()
    except FileNotFoundError:
        raise ScriptInputError(f"cannot run {path}: no such file.") from None
    except IsADirectoryError:
        raise ScriptInputError(f"cannot run {path}: it is a directory, not a Python script.") from None
    except PermissionError:
        raise ScriptInputError(f"cannot read {path}: permission denied.") from None
    except OSError as exc:
        if os.path.isdir(path):  # Windows reports a directory as PermissionError/OSError
            raise ScriptInputError(f"cannot run {path}: it is a directory, not a Python script.") from None
        raise ScriptInputError(f"cannot read {path}: {exc.strerror or exc}.") from None


def _decode(data: bytes, name: str) -> str:
    """Decode like Python does: a coding cookie if present, else UTF-8."""
    try:
        try:
            encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        except SyntaxError as exc:  # a bad coding cookie, or bad UTF-8 in the first lines
            data.decode("utf-8")  # raises UnicodeDecodeError in the second case
            raise ScriptInputError(f"cannot run {name}: {exc.msg}.") from None
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ScriptInputError(
            f"cannot run {name}: it is not {exc.encoding.upper()} text "
            f"(byte 0x{data[exc.start]:02x} on line {line}); save it as UTF-8."
        ) from None


def run_script(source: ScriptSource, argv: list[str]) -> types.ModuleType:
    """Run `source` as `__main__` with `sys.argv[1:] == argv`; return its module.

    Raises:
        ScriptError: the script raised; carries the exception and its traceback.
        SystemExit: the script called `sys.exit`.
    """
    module = types.ModuleType("__main__")
    module.__dict__.update(__file__=source.filename, __builtins__=builtins, __spec__=None)
    argv0 = STDIN if source.filename == "<stdin>" else (source.argv0 or source.filename)
    with _script_process_state(module, [argv0, *argv], source.directory), backends.serving(source.text):
        try:
            exec(source.code, module.__dict__)
        except SystemExit as stop:
            stop.script_module = module  # callers inspecting the script still get its names
            raise
        except Exception as exc:
            raise ScriptError(exc, _script_traceback(exc, source.filename), source.filename) from exc
    return module


@contextmanager
def _script_process_state(module: types.ModuleType, argv: list[str], directory: str | None):
    """Set `__main__`, `sys.argv` and `sys.path` for the script, and floatX to its default
    (the script may set it); restore them, and the environment variables, after (a script
    that sets THEANO_FLAGS leaves the next script run in this process unchanged)."""
    saved_main, saved_argv, saved_path = sys.modules.get("__main__"), sys.argv, list(sys.path)
    saved_environ = dict(os.environ)
    types_module = sys.modules.get("rngscope.graph.types")  # (not imported before it is needed)
    saved_floatx = types_module.floatx() if types_module is not None else "float64"
    if types_module is not None:
        types_module.set_floatx("float64")
    sys.modules["__main__"] = module
    sys.argv = argv
    if directory is not None:
        sys.path.insert(0, directory)
    try:
        yield
    finally:
        if os.environ != saved_environ:
            os.environ.clear()
            os.environ.update(saved_environ)
        if "rngscope.graph.types" in sys.modules:
            sys.modules["rngscope.graph.types"].set_floatx(saved_floatx)
        if "rngscope.graph.basic" in sys.modules:  # the script may have turned test values on
            sys.modules["rngscope.graph.basic"].set_compute_test_value("off")
        sys.path[:] = saved_path
        sys.argv = saved_argv
        if saved_main is None:
            sys.modules.pop("__main__", None)
        else:
            sys.modules["__main__"] = saved_main


def _script_traceback(exc: BaseException, script_filename: str) -> str:
    """Python's traceback text for `exc`, without rngscope's or importlib's frames."""

    def keep(frame: traceback.FrameSummary, caller_kept: bool) -> bool:
        if frame.filename == script_filename:
            return True  # the built-in sample lives inside the package
        if frame.filename.startswith("<"):
            # generated code (a dataclass's __init__, the script's own exec) belongs to
            # whoever ran it: shown when its caller is shown
            return caller_kept and not frame.filename.startswith("<frozen importlib")
        return not Path(frame.filename).resolve().is_relative_to(_PACKAGE_DIR)

    def kept(stack):
        frames, caller_kept = [], True
        for frame in stack:
            caller_kept = keep(frame, caller_kept)
            if caller_kept:
                frames.append(frame)
        return frames

    top = traceback.TracebackException.from_exception(exc)
    pending, seen = [top], set()
    while pending:
        te = pending.pop()
        if id(te) in seen:
            continue
        seen.add(id(te))
        te.stack = traceback.StackSummary.from_list(kept(te.stack))
        pending += [t for t in (te.__cause__, te.__context__) if t is not None]
        pending += getattr(te, "exceptions", None) or []
    return "".join(top.format())
