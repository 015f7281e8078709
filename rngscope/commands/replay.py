"""`rngscope replay`: the call timeline of a script, its streams' states and findings."""
from __future__ import annotations

import contextlib
import io
import json
import os
import sys

import click

from rngscope.commands.common import fail_script, make_console, sample_option
from rngscope.exitcodes import ExitCode, fail
from rngscope.naming import ResultNames
from rngscope.runner import ScriptError, ScriptInputError, load_script
from rngscope.trace import expectations as expect, findings as explain
from rngscope.trace.events import SCHEMA
from rngscope.trace.states import CHECKPOINT_EVERY
from rngscope.trace.replay import Options, ReplayError, goto, replay as run_replay
from rngscope.trace.stream import LiveLines, ReaderGone

TEXT, RICH, JSON, JSONL = "text", "rich", "json", "jsonl"


@click.command()
@click.argument("script", required=False)
@sample_option
@click.option("--calls", metavar="SEQUENCE",
              help="Run the script's definitions, then these calls instead of the script's own: "
                   "'f,f,nearly_zeros' (literal arguments allowed: 'h(1.5, [1, 2])').")
@click.option("--restore-after", "restore_after", type=click.IntRange(min=0), multiple=True,
              metavar="J", help="After call J, restore every stream to its state before call I "
                                "(--snapshot-before). Repeatable.")
@click.option("--snapshot-before", "snapshot_before", type=click.IntRange(min=0), default=0,
              show_default=True, metavar="I", help="The call whose starting states --restore-after restores.")
@click.option("--save-state", "save_state", type=click.Path(dir_okay=False), metavar="FILE",
              help="Write every stream's full state to FILE (JSON, rngscope.state/1).")
@click.option("--at", "save_at", type=click.IntRange(min=0), metavar="N",
              help="With --save-state: the states before call N (default: at the end).")
@click.option("--load-state", "load_state", type=click.Path(dir_okay=False), metavar="FILE",
              help="Set the streams from FILE before the first call.")
@click.option("--expect", "expectations", multiple=True, metavar="'A == B'",
              help="Check that two results are equal (==) or differ (!=); exit 1 if not. Repeatable.")
@click.option("--goto", "goto_call", type=click.IntRange(min=0), metavar="N",
              help="Show call N: every stream's state before it and its draws, replayed from the "
                   "nearest checkpoint.")
@click.option("--checkpoint-every", type=click.IntRange(min=1), default=CHECKPOINT_EVERY,
              show_default=True, metavar="K", help="Keep a full state every K draws of a stream.")
@click.option("--format", "output_format", type=click.Choice([TEXT, RICH, JSON, JSONL]),
              help="text: plain timeline (the default into a pipe); rich: a table (the default on "
                   "a terminal); json: one document; jsonl: one event per line.")
@click.option("--quiet", "-q", is_flag=True,
              help="Hide the script's own output (by default it goes to standard error).")
@click.option("--no-color", is_flag=True, help="No colour, even on a terminal (NO_COLOR does the same).")
@click.option("--width", type=click.IntRange(min=40), metavar="COLUMNS",
              help="Width of rich output (default: the terminal's, or 80).")
@click.option("--html", "html_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Also write a self-contained HTML report: timeline grid, findings, pictures.")
def replay(script, sample, calls, restore_after, snapshot_before, save_state, save_at, load_state,
           expectations, goto_call, checkpoint_every, output_format, quiet, no_color, width,
           html_file):
    """Replay a script's calls and explain its random streams.

    Prints one row per compiled-function call or stream write, one column per
    stream: `advanced` / `read` / `restored` with state fingerprints (equal
    fingerprints, equal future draws) and draw numbers (a draw made again from
    the same state keeps its number), then findings that explain why results
    are equal or different. SCRIPT is a file, `-` for standard input, or
    omitted for the built-in sample; the script's own output goes to standard
    error. Exit codes: 0 done, 1 an --expect failed, 2 bad input.

    \b
    Examples:
      rngscope replay                                # the built-in sample
      rngscope replay --sample pytensor              # the same story on PyTensor
      rngscope replay --restore-after 0              # v1 repeats nearly_zeros' draw
      rngscope replay --calls f,f,nearly_zeros
      rngscope replay --expect 'v3 == v1' --expect 'v2 != v1'
      rngscope replay --format jsonl | jq .
      rngscope replay --save-state s.json --at 1 && rngscope replay --load-state s.json
    """
    for text in expectations:
        try:
            expect.parse_expectation(text)
        except expect.ExpectationError as exc:
            fail(str(exc))
    if save_at is not None and save_state is None:
        fail("--at N says when --save-state captures the states; give --save-state FILE too.")
    try:
        source = load_script(script, sample)
    except ScriptInputError as exc:
        fail(str(exc))
    loaded = None
    if load_state is not None:
        from rngscope.trace import statefile  # (imported when used: start-up counts)

        try:
            loaded = statefile.read(load_state)
        except statefile.StateFileError as exc:
            fail(f"{exc} Nothing was changed.")
    # (rich only where it prints: importing it costs some 15 ms of start-up)
    console = make_console(no_color, width) if output_format in (None, RICH) else None
    output_format = output_format or (RICH if console.is_terminal else TEXT)
    lines = None
    if output_format == JSONL and goto_call is None:  # written while the script runs
        lines = LiveLines(sys.stdout, source.name, ResultNames(source.text))
    options = Options(calls=calls, snapshot_before=snapshot_before, restore_after=tuple(restore_after),
                      load_state=loaded, save_at=save_at, save=save_state is not None,
                      checkpoint_every=checkpoint_every, lines=lines)
    with _reader_may_leave():
        result = _run(source, options, quiet)
    timeline = result.timeline
    if save_state is not None:
        from rngscope.trace import statefile  # (imported when used: start-up counts)

        at = {"call": save_at, "when": "before"} if save_at is not None else {"when": "end"}
        try:
            statefile.write(save_state, statefile.document(result.saved, source.name, at))
        except statefile.StateFileError as exc:
            fail(str(exc))
    try:
        checked = expect.check(timeline, expectations)
    except expect.ExpectationError as exc:
        fail(str(exc))
    if html_file is not None:
        # imported here: the report brings the graph pictures, a fifth of the command's start-up
        from rngscope.printing import html_report

        try:
            html_report.write(html_file, result, checked)
        except OSError as exc:
            fail(f"cannot write {html_file}: {exc.strerror or exc}.")
    if goto_call is not None:
        try:
            visit = goto(result, goto_call)
        except ReplayError as exc:
            fail(str(exc))
        _print_goto(visit, output_format, console)
    elif lines is not None:
        with _reader_may_leave():
            lines.finish(explain.findings(timeline), checked, timeline.end())
    else:
        _print_timeline(timeline, explain.findings(timeline), checked, output_format, console)
    for e in checked:
        if not e.ok:
            click.echo(f"rngscope: expectation failed: {e.message}", err=True)
    if not all(e.ok for e in checked):
        sys.exit(ExitCode.EXPECT_FAILED)


@contextlib.contextmanager
def _reader_may_leave():
    """The reader of the streamed lines may close standard output early
    (``| head``): the replay stops there and the command ends quietly."""
    try:
        yield
    except ReaderGone:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (no flush error at exit)
        sys.exit(ExitCode.READER_GONE)


def _run(source, options, quiet):
    """The replay, with the script's output on standard error (or nowhere); errors exit 2."""
    sink = io.StringIO() if quiet else sys.stderr
    hide = contextlib.redirect_stderr(sink) if quiet else contextlib.nullcontext()
    try:
        with hide:
            return run_replay(source, options, sink)
    except ReplayError as exc:
        fail(str(exc))
    except ScriptError as exc:
        fail_script(source, exc, "replayed it")
    except SystemExit as exc:
        fail(f"{source.name} called sys.exit({'' if exc.code is None else repr(exc.code)}) before "
             "it finished; rngscope replays a script that runs to its end.")


def _events(timeline, findings, checked):
    """Every event of the replay as JSON objects, in contract order."""
    yield timeline.start().to_json()
    for kind, index in timeline.entries():
        yield timeline.event(kind, index).to_json()
    for f in findings:
        yield f.to_json()
    for e in checked:
        yield e.to_json()
    yield timeline.end().to_json()


def _print_timeline(timeline, findings, checked, output_format, console):
    if output_format == JSONL:
        out = sys.stdout
        for obj in _events(timeline, findings, checked):
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        return
    if output_format == JSON:
        events = list(_events(timeline, findings, checked))
        start, end = events[0], events[-1]
        doc = {"schema": SCHEMA, "script": start["script"], "streams": start["streams"],
               "events": [e for e in events[1:-1] if e["event"] in ("call", "state")],
               "findings": [e for e in events if e["event"] == "finding"],
               "expectations": [e for e in events if e["event"] == "expect"],
               "calls": end["calls"], "draws": end["draws"]}
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    from rngscope.printing import timeline as timeline_printer  # (not for jsonl: start-up counts)

    view = timeline_printer.build(timeline, findings, checked)
    if output_format == RICH:
        timeline_printer.print_rich(view, console)
    else:
        click.echo(timeline_printer.render_text(view), nl=False)


def _print_goto(visit, output_format, console):
    if output_format in (JSON, JSONL):
        doc = visit.to_json()
        if output_format == JSON:
            doc = {"schema": SCHEMA, **doc}
            click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        else:
            click.echo(json.dumps(doc, ensure_ascii=False))
        return
    from rngscope.printing import timeline as timeline_printer

    text = timeline_printer.render_goto(visit)
    if output_format == RICH:
        console.print(text, end="")
    else:
        click.echo(text, nl=False)
