"""rngscope: a debugger and replayer for random streams in Theano-style graphs.

The engine (graph, tensor, random, compile, printing) never imports the CLI's
dependencies (click, rich); ``rngscope.cli`` is the only place that does.
"""
__version__ = "0.1.0"
