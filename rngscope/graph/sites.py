"""Where the script made each node: Theano's ``tag.trace`` of the nodes a script builds,
printed when a compiled function fails at run time ("Backtrace when the node is created").

Sites are recorded only while a script runs (``recording_sites``: the theano shim enters it)
and never while the compiler rewrites (``sites_off``); clones and rewrites hand a node's
site on (``keep_site``, compile/fgraph.py ``replace``).
"""
from __future__ import annotations

import contextlib
import linecache
import os
import sys

__all__ = ["creation_site", "keep_site", "recording_sites", "site_trace", "sites_off"]

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
_FRAME_KIND = {}  # filename -> 'script', 'rngscope' or 'runner' (_frame_kind)
_RUNNER = os.path.join(_PACKAGE_DIR, "runner.py")
_SITES_ON = [0]  # > 0 while a script runs (recording_sites): a library caller pays nothing
_SITES_OFF = [0]  # > 0 while the compiler rewrites a graph


def creation_site(limit=8):
    """Where the script made a node: up to ``limit`` frames outside rngscope, outermost
    first, as ``(filename, lineno, name)`` (the source line is read when the site is
    printed: ``site_trace``); ``()`` outside ``recording_sites`` and while the compiler
    rewrites: Theano keeps no frames for the nodes its optimizer makes
    (``traceback.compile_limit`` is 0), so a fused node raising at run time prints a hint
    instead of a backtrace (recorded).
    Frames of rngscope's own between the script's are skipped (Theano's trace of a scan
    step's node holds the script's line calling scan and the step's line); the walk ends
    at the module running the script.  Cheaper than ``creation_trace`` (every node made
    pays it)."""
    if _SITES_OFF[0] or not _SITES_ON[0]:
        return ()
    frame = sys._getframe(2)
    site = []
    kind_of = _FRAME_KIND
    while frame is not None and len(site) < limit:
        code = frame.f_code
        filename = code.co_filename
        kind = kind_of.get(filename)
        if kind is None:
            kind = kind_of[filename] = _frame_kind(filename)
        if kind == "runner":
            break
        if kind == "script":
            site.append((filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
    site.reverse()
    return tuple(site)


def _frame_kind(filename):
    """'runner' for the module that runs a script (the walk ends there), 'rngscope' for
    rngscope's other files (skipped: a step function called by scan keeps the frames
    around the call), 'script' for the rest."""
    path = os.path.abspath(filename)
    if not path.startswith(_PACKAGE_DIR):
        return "script"
    return "runner" if path == _RUNNER else "rngscope"


def site_trace(site):
    """``creation_site``'s frames as ``traceback.format_list`` takes them."""
    return [(f, n, name, linecache.getline(f, n).strip() or None) for f, n, name in site]


def keep_site(old, new):
    """``new`` (a rebuilt copy of the node ``old``) made where ``old`` was: Theano's clones
    copy a variable's tag, its trace with it."""
    site = old.tag.get("site")
    if site:
        new.tag["site"] = site
    return new


@contextlib.contextmanager
def recording_sites():
    """Nodes made inside remember where (``rngscope run`` runs the script so: a walk of the
    stack costs each node some microseconds)."""
    _SITES_ON[0] += 1
    try:
        yield
    finally:
        _SITES_ON[0] -= 1


@contextlib.contextmanager
def sites_off():
    """Nodes made inside have no creation site (the compiler's rewrites)."""
    _SITES_OFF[0] += 1
    try:
        yield
    finally:
        _SITES_OFF[0] -= 1
