"""Render DOT text with Graphviz's ``dot`` program, when it is installed; write files atomically.

Graphviz is optional: DOT text needs nothing, SVG and PNG need ``dot`` on the
``PATH``.  ``render(text, fmt)`` returns the bytes; without ``dot`` it raises
``GraphvizMissing`` whose message says how to install it.  ``write_atomic``
puts a picture (or report) in place in one step: a reader never sees half a
file, and a failed write leaves the old file as it was.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile

FORMATS = ("svg", "png")
INSTALL = ("Install Graphviz: `apt-get install graphviz` (Debian, Ubuntu), "
           "`brew install graphviz` (macOS), `conda install graphviz`, or see "
           "graphviz.org/download.")


class RenderError(Exception):
    """Graphviz could not render the graph; the message is one paragraph."""


class GraphvizMissing(RenderError):
    """Graphviz's ``dot`` program is not on the PATH."""


def find_dot() -> str | None:
    """The path of Graphviz's ``dot`` program, or None."""
    return shutil.which("dot")


def require_dot(fmt: str) -> str:
    """The path of ``dot``; ``GraphvizMissing`` saying how to install it when there is none."""
    program = find_dot()
    if program is None:
        raise GraphvizMissing(
            f"--format {fmt} needs Graphviz's `dot` program, which is not installed (or not on "
            f"the PATH). {INSTALL} Without it, `--format dot` writes the DOT text, which any "
            "Graphviz viewer can open.")
    return program


def render(text: str, fmt: str, timeout: float = 300) -> bytes:
    """``text`` (DOT) rendered as ``fmt`` (``svg`` or ``png``) by Graphviz."""
    if fmt not in FORMATS:
        raise ValueError(f"cannot render {fmt!r}; formats: {', '.join(FORMATS)}")
    program = require_dot(fmt)
    try:
        done = subprocess.run([program, f"-T{fmt}"], input=text.encode("utf-8"),
                              capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise RenderError(f"Graphviz took more than {timeout:.0f} s to lay out the graph; "
                          "pick fewer functions with --function, or use --format dot.") from None
    except OSError as exc:
        raise RenderError(f"could not run Graphviz's `dot` ({program}): {exc}.") from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip() or f"exit code {done.returncode}"
        raise RenderError(f"Graphviz's `dot` failed to render the graph: {detail}")
    return done.stdout


def write_atomic(path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``."""
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(prefix=".rngscope-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
