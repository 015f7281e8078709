"""Process exit codes of the `rngscope` command, and ``fail``: how an input error ends it."""

import sys
from enum import IntEnum

import click


class ExitCode(IntEnum):
    OK = 0
    EXPECT_FAILED = 1  # an --expect assertion did not hold
    SCRIPT_FAILED = 1  # `rngscope run`: the script raised, as with `python SCRIPT`
    USAGE = 2  # bad option or unusable input; one-paragraph message, no traceback
    READER_GONE = 1  # standard output closed by its reader (`| head`): as click ends then


def fail(message: str) -> None:
    """Print a one-paragraph input error and exit with the usage code."""
    sys.stdout.flush()
    click.echo(f"rngscope: error: {message}", err=True)
    sys.exit(ExitCode.USAGE)
