"""rngscope: a debugger and replayer for random streams in Theano-style graphs.

The engine is layered, each layer importing only those before it: observe, graph,
tensor, random, shared, streams, compile (``scripts/import_graph.py`` shows the graph,
``tests/test_layering.py`` holds it to that).  It never imports printing, trace, the
commands or the CLI's dependencies (click, rich).
"""
__version__ = "0.1.0"


def version() -> str:
    """The installed distribution's version (``rngscope --version``, the HTML report's footer)."""
    import importlib.metadata  # here, not at the top: it costs a tenth of the CLI's start-up

    try:
        return importlib.metadata.version("rngscope")
    except importlib.metadata.PackageNotFoundError:
        return "unknown (not installed)"
