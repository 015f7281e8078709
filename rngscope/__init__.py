"""rngscope: a debugger and replayer for random streams in Theano-style graphs.

The engine (graph, tensor, random, compile, printing) never imports the CLI's
dependencies (click, rich); ``rngscope.cli`` is the only place that does.
"""
__version__ = "0.1.0"


def version() -> str:
    """The installed distribution's version (``rngscope --version``, the HTML report's footer)."""
    import importlib.metadata  # here, not at the top: it costs a tenth of the CLI's start-up

    try:
        return importlib.metadata.version("rngscope")
    except importlib.metadata.PackageNotFoundError:
        return "unknown (not installed)"
