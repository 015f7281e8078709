"""The `rngscope` command line: a thin click layer over the library."""

from __future__ import annotations

import importlib
import sys

import click

from rngscope import version
from rngscope.commands.common import fail
from rngscope.exitcodes import ExitCode
from rngscope.runner import ScriptError, ScriptInputError, load_script, run_script


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version(), prog_name="rngscope")
def main() -> None:
    """Debug and replay random streams in Theano-style graph scripts."""


@main.command(context_settings={"allow_interspersed_args": False})
@click.argument("script", required=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def run(script: str | None, args: tuple[str, ...]) -> None:
    """Run a Theano-style script, like `python SCRIPT`.

    `import theano` in the script is served by rngscope's engine. SCRIPT is a
    file, `-` for standard input, or omitted for the built-in sample; ARGS
    after it reach the script as sys.argv[1:].

    \b
    Example:
      rngscope run samples/sharing_streams.py
    """
    try:
        source = load_script(script)
    except ScriptInputError as exc:
        fail(str(exc))
    try:
        run_script(source, list(args))
    except ScriptError as exc:
        sys.stdout.flush()
        click.echo(exc.traceback, err=True, nl=False)
        sys.exit(ExitCode.SCRIPT_FAILED)


from rngscope.commands import debugprint as _debugprint, streams as _streams  # noqa: E402

main.add_command(_debugprint.debugprint)
main.add_command(_streams.streams)
main.add_command(importlib.import_module("rngscope.commands.replay").replay)
main.add_command(importlib.import_module("rngscope.commands.graph").graph)
