"""`python -m rngscope` runs the command line."""

from rngscope.cli import main

main(prog_name="rngscope")
