"""`rngscope streams`: a table of random streams × compiled functions."""
from __future__ import annotations

import json

import click

from rngscope.commands.common import JSON, inspect, inspection_options, make_console, note
from rngscope.printing import streams_table


@click.command()
@inspection_options
def streams(script, sample, quiet, no_color, width, output_format):
    """Show which function reads and which advances each random stream.

    One row per stream (creation order): its name, distribution, size, the
    seed it was created with and a fingerprint of its state when the script
    ended (equal fingerprints, equal future draws). One column per compiled
    function: `advances` (each call moves the stream on), `reads only` (each
    call draws from the same state: the same numbers every time) or blank.
    A stream a loop (`scan`) draws from is marked with the loop: `advances
    every step (walk)` (the function has the loop's updates), `advances 1
    step per call (walk)` (compiled without them: the loop draws from a copy
    and only the default update moves the stream) or `reads only (walk)`.
    SCRIPT is a file, `-` for standard input, or omitted for the built-in
    sample; the script's own output goes to standard error.

    \b
    Examples:
      rngscope streams                           # the built-in sample
      rngscope streams my_script.py --format json
    """
    session = inspect(script, quiet, sample)
    table = streams_table.stream_table(session)
    if not session.streams:
        note(f"{session.source.name} created no random stream; the table is empty.")
    if output_format == JSON:
        doc = streams_table.document(table, session.source.name)
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    if not session.streams:
        return
    console = make_console(no_color, width)
    if console.is_terminal:
        streams_table.print_rich(table, console)
    else:
        click.echo(streams_table.render_text(table), nl=False)
