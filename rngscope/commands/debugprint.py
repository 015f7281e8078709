"""`rngscope debugprint`: the graph of each compiled function, annotated or as Theano prints it."""
from __future__ import annotations

import click

from rngscope import backends
from rngscope.commands.common import JSON, inspect, inspection_options, make_console, note
from rngscope.exitcodes import fail
from rngscope.printing import json_export, tree
from rngscope.printing.debugprint import PrintOptions, render_theano

RICH, TEXT, THEANO, PYTENSOR = "rich", "text", "theano", "pytensor"
LIBRARIES = {THEANO: "Theano 1.0.5", PYTENSOR: "PyTensor"}
ID_STYLES = {"CHAR": "CHAR", "int": "int", "id": "id", "none": ""}


@click.command()
@inspection_options
@click.option("--function", "-f", "names", multiple=True, metavar="NAME",
              help="Print only this function (repeatable); by default every one, in "
                   "definition order.")
@click.option("--source", is_flag=True,
              help="Print the graphs as written, before the compiler's rewrites.")
@click.option("--style", type=click.Choice([RICH, TEXT, THEANO, PYTENSOR]),
              help="rich: the annotated tree in colour (default on a terminal); text: the "
                   "same tree without colour (default into a pipe); theano: exactly the text "
                   "of Theano 1.0.5's debugprint (Theano scripts); pytensor: exactly what "
                   "pytensor.dprint prints, memory addresses masked as 0x... (PyTensor "
                   "scripts). Ignored with --format json.")
@click.option("--ids", type=click.Choice(list(ID_STYLES)), default="CHAR", show_default=True,
              help="Node ids as in Theano: letters, numbers (int and id: rngscope never "
                   "prints memory addresses), or none.")
@click.option("--depth", type=click.IntRange(min=-1), default=-1, show_default=True,
              help="Print this many levels of each graph; -1 for all.")
@click.option("--print-type", is_flag=True, help="Show each variable's type, as in Theano.")
def debugprint(script, sample, quiet, no_color, width, output_format, names, source, style, ids,
               depth, print_type):
    """Print the graph of each function a script compiles.

    A random variable used several times is one node, sampled once per call:
    the tree labels it with its stream and how many times it is used, lists
    the updates, and says which streams each function advances or only
    reads. SCRIPT is a file, `-` for standard input, or omitted for the
    built-in sample (the Theano tutorial's "sharing streams" script); the
    script's own output goes to standard error.

    \b
    Examples:
      rngscope debugprint                        # the built-in sample
      rngscope debugprint my_script.py -f nearly_zeros --source
      rngscope debugprint --style theano         # Theano 1.0.5's exact text
      rngscope debugprint --sample pytensor --style pytensor  # pytensor.dprint's text
      rngscope debugprint --format json | jq '.functions[].random_nodes'
    """
    session = inspect(script, quiet, sample)
    chosen = _select(session, names)
    loop_updates = session.updates_names()
    views = [tree.function_view(cf.function, cf.name, index=cf.index, line=cf.line,
                                streams=session.streams, source=source,
                                updates_names=loop_updates) for cf in chosen]
    if not session.functions:
        note(f"{session.source.name} compiled no function; there is no graph to print.")
    if output_format == JSON:
        doc = json_export.document(views, session.source.name, source=source, depth=depth)
        click.echo(json_export.dumps(doc), nl=False)
        return
    options = PrintOptions(depth=depth, print_type=print_type, ids=ID_STYLES[ids])
    console = make_console(no_color, width)
    style = style or (RICH if console.is_terminal else TEXT)
    if style in (THEANO, PYTENSOR):
        click.echo(_native_text(session, chosen, views, style, options, source), nl=False)
    elif style == TEXT:
        click.echo(tree.render_text(tree.tree_rows(views, options, console.width)), nl=False)
    else:
        tree.print_rich(tree.tree_rows(views, options, console.width), console)


def _native_text(session, chosen, views, style, options, source):
    """The text the script's own library prints: Theano 1.0.5's or PyTensor's dprint."""
    backend = backends.backend_of(session.source.text)
    if style != backend:
        fail(f"--style {style} prints {LIBRARIES[style]}'s own text, but {session.source.name} "
             f"is a {LIBRARIES[backend]} script: use --style {backend}, or text or rich for "
             "the annotated tree.")
    if style == THEANO:
        return "".join(render_theano(v.lines(options), options) for v in views)
    from rngscope.backends.pytensor.description import dprint_text

    return "".join(dprint_text(cf.function, source=source, depth=options.depth,
                               print_type=options.print_type, ids=options.ids) for cf in chosen)


def _select(session, names):
    """The functions named on the command line (in that order), or all of them."""
    if not names:
        return list(session.functions)
    chosen = []
    for name in dict.fromkeys(names):
        found = [cf for cf in session.functions if cf.name == name]
        if not found:
            available = ", ".join(cf.name for cf in session.functions) or "none"
            fail(f"{session.source.name} compiles no function named {name!r}; "
                 f"available: {available}.")
        chosen += found
    return chosen
