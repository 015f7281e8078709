"""The `rngscope` command line: a thin click layer over the library.

`run` is defined here; the inspecting commands live in `rngscope.commands` and
are imported only when invoked (or listed by `--help`), so `rngscope run`
starts without loading the printing and trace layers.
"""

from __future__ import annotations

import importlib
import sys

import click

from rngscope import version
from rngscope.exitcodes import ExitCode, fail
from rngscope.runner import SAMPLES, ScriptError, ScriptInputError, load_script, run_script


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"rngscope, version {version()}")
        ctx.exit()


class _LazyGroup(click.Group):
    """A group whose commands are named here and imported when first asked for."""

    lazy = {  # command name -> (module, attribute)
        "debugprint": ("rngscope.commands.debugprint", "debugprint"),
        "graph": ("rngscope.commands.graph", "graph"),
        "replay": ("rngscope.commands.replay", "replay"),
        "streams": ("rngscope.commands.streams", "streams"),
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})  # a loaded one is in both

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy and name not in self.commands:
            module, attribute = self.lazy[name]
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True,
              callback=_print_version, help="Show the version and exit.")
def main() -> None:
    """Debug and replay random streams in Theano-style graph scripts."""


@main.command(context_settings={"allow_interspersed_args": False})
@click.argument("script", required=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
@click.option("--sample", type=click.Choice(list(SAMPLES)), default=None,
              help="Without SCRIPT: which built-in sample to run, theano (the default) or "
                   "pytensor.")
def run(script: str | None, args: tuple[str, ...], sample: str | None) -> None:
    """Run a Theano-style script, like `python SCRIPT`.

    `import theano` in the script is served by rngscope's engine; a script
    that imports pytensor runs on the real PyTensor (the `pytensor` extra).
    SCRIPT is a file, `-` for standard input, or omitted for the built-in
    sample; ARGS after it reach the script as sys.argv[1:].

    \b
    Example:
      rngscope run samples/sharing_streams.py
      rngscope run --sample pytensor
    """
    try:
        source = load_script(script, sample)
    except ScriptInputError as exc:
        fail(str(exc))
    try:
        run_script(source, list(args))
    except ScriptError as exc:
        sys.stdout.flush()
        if exc.missing is not None:  # rngscope's gap, not the script's bug: said in one line
            click.echo(f"rngscope run: {exc.gap(source.name)}", err=True)
        else:
            click.echo(exc.traceback, err=True, nl=False)
        sys.exit(ExitCode.SCRIPT_FAILED)
