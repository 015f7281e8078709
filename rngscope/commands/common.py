"""What the inspecting commands share: SCRIPT, output options, the console, errors.

``inspection_options`` adds the SCRIPT argument (a file, ``-`` for standard
input, or nothing for the built-in sample) and ``--quiet``, ``--no-color``,
``--width`` and ``--format``.  ``inspect`` runs the script once with its own
output on standard error (or nowhere with ``--quiet``), so standard output
carries only rngscope's; a script that cannot be read or that raises becomes
a one-paragraph error and exit code 2.  ``make_console`` gives colour only on
a terminal and never with ``NO_COLOR`` or ``--no-color``.
"""
from __future__ import annotations

import contextlib
import io
import os
import sys

import click

from rngscope.exitcodes import fail
from rngscope.runner import SAMPLES, ScriptError, ScriptInputError, load_script
from rngscope.session import Session, inspect_script

HUMAN, JSON = "human", "json"

sample_option = click.option(
    "--sample", type=click.Choice(list(SAMPLES)), default=None,
    help="Without SCRIPT: which built-in sample (the tutorial's sharing-streams story) to use, "
         "theano (the default) or pytensor (the same story on the real PyTensor).")

_OPTIONS = (
    click.argument("script", required=False),
    sample_option,
    click.option("--quiet", "-q", is_flag=True,
                 help="Hide the script's own output (by default it goes to standard error)."),
    click.option("--no-color", is_flag=True,
                 help="No colour, even on a terminal (setting NO_COLOR does the same)."),
    click.option("--width", type=click.IntRange(min=40), metavar="COLUMNS",
                 help="Width of the output (default: the terminal's, or 80)."),
    click.option("--format", "output_format", type=click.Choice([HUMAN, JSON]), default=HUMAN,
                 show_default=True,
                 help="human: readable output; json: a document with a \"schema\" version."),
)


def inspection_options(command):
    """Decorator: SCRIPT, --sample, --quiet, --no-color, --width and --format."""
    for decorator in reversed(_OPTIONS):
        command = decorator(command)
    return command


def note(message: str) -> None:
    """A diagnostic on standard error (standard output stays data only)."""
    click.echo(f"rngscope: {message}", err=True)


def make_console(no_color: bool = False, width: int | None = None, file=None):
    """A rich console on standard output: colour only on a terminal, never with NO_COLOR."""
    from rich.console import Console

    plain = no_color or bool(os.environ.get("NO_COLOR"))
    return Console(file=file if file is not None else sys.stdout, width=width,
                   no_color=plain, color_system=None if plain else "auto",
                   highlight=False, emoji=False, markup=False)


def inspect(script: str | None, quiet: bool = False, sample: str | None = None) -> Session:
    """Run the script (or a built-in ``sample``) once and learn its functions and streams
    (exit 2 if it cannot run)."""
    try:
        source = load_script(script, sample)
    except ScriptInputError as exc:
        fail(str(exc))
    sink = io.StringIO() if quiet else sys.stderr
    hide_stderr = contextlib.redirect_stderr(sink) if quiet else contextlib.nullcontext()
    try:
        with hide_stderr:
            return inspect_script(source, output=sink)
    except ScriptError as exc:
        fail_script(source, exc, "ran it to learn its graphs")
    except SystemExit as exc:
        fail(f"{source.name} called sys.exit({'' if exc.code is None else repr(exc.code)}) "
             "before it finished; rngscope needs the script to run to its end to learn its "
             "functions and streams.")


def fail_script(source, exc, doing):
    """The script's own traceback, then a one-paragraph error naming what rngscope was doing;
    or, when the script used a Theano name rngscope lacks, one paragraph saying so."""
    sys.stdout.flush()
    if exc.missing is not None:
        fail(f"{exc.gap(source.name)}: the script stopped there while rngscope {doing}.")
    click.echo(exc.traceback, err=True, nl=False)
    fail(f"{source.name} raised {type(exc.exc).__name__} while rngscope {doing} (the "
         "script's traceback is above); fix the script, or see it fail as under Python with "
         "`rngscope run`.")
