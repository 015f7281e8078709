"""Process exit codes of the `rngscope` command."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    EXPECT_FAILED = 1  # an --expect assertion did not hold
    SCRIPT_FAILED = 1  # `rngscope run`: the script raised, as with `python SCRIPT`
    USAGE = 2  # bad option or unusable input; one-paragraph message, no traceback
