"""`rngscope graph`: a picture of each function's graph — DOT always, SVG/PNG through Graphviz."""
from __future__ import annotations

import sys

import click

from rngscope.commands.common import inspect, note, sample_option
from rngscope.exitcodes import fail
from rngscope.commands.debugprint import _select as select_functions
from rngscope.printing import dot, render, tree

DOT, SVG, PNG = "dot", "svg", "png"


@click.command()
@click.argument("script", required=False)
@sample_option
@click.option("--function", "-f", "names", multiple=True, metavar="NAME",
              help="Draw only this function (repeatable); by default every one, in definition "
                   "order.")
@click.option("--source", is_flag=True,
              help="Draw the graphs as written, before the compiler's rewrites.")
@click.option("--format", "output_format", type=click.Choice([DOT, SVG, PNG]), default=DOT,
              show_default=True,
              help="dot: Graphviz DOT text (needs nothing); svg, png: rendered by Graphviz's "
                   "`dot` program, which must be installed.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Write to FILE (atomically: all or nothing) instead of standard output.")
@click.option("--quiet", "-q", is_flag=True,
              help="Hide the script's own output (by default it goes to standard error).")
def graph(script, sample, names, source, output_format, output, quiet):
    """Draw the graph of each function a script compiles.

    Each random node is one box (one draw per call) with an edge to each use;
    each stream is its own node, and a function that advances a stream draws
    a loop from the random node's new state back to the stream (`default
    update`); a stream read without advancing is marked frozen. Node ids are
    debugprint's. SCRIPT is a file, `-` for standard input, or omitted for
    the built-in sample; the script's own output goes to standard error.

    \b
    Examples:
      rngscope graph | dot -Tsvg > graph.svg   # the built-in sample as DOT
      rngscope graph --format svg -o graph.svg # needs Graphviz
      rngscope graph my_script.py -f nearly_zeros --source --format png -o nz.png
    """
    if output is None and output_format == PNG and sys.stdout.isatty():
        fail("a PNG is binary and would garble the terminal; write it to a file with "
             "-o FILE, or redirect standard output.")
    if output_format != DOT:  # before running the script: say it now, not after
        try:
            render.require_dot(output_format)
        except render.GraphvizMissing as exc:
            fail(f"{exc} Nothing was written.")
    session = inspect(script, quiet, sample)
    chosen = select_functions(session, names)
    if not session.functions:
        note(f"{session.source.name} compiled no function; the graph is empty.")
    loop_updates = session.updates_names()
    views = [tree.function_view(cf.function, cf.name, index=cf.index, line=cf.line,
                                streams=session.streams, source=source,
                                updates_names=loop_updates) for cf in chosen]
    graphs = "graphs as written" if source else "compiled graphs"
    text = dot.document(views, f"{session.source.name}: {graphs}")
    if output_format == DOT:
        data = text.encode("utf-8")
    else:
        try:
            data = render.render(text, output_format)
        except render.RenderError as exc:
            fail(f"{exc} Nothing was written.")
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        render.write_atomic(output, data)
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}.")
