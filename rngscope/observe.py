"""The one seam between a backend that runs graphs and whoever watches it run.

A backend (rngscope's own engine, or an adapter around another library) tells
the installed ``Observer`` what happens, in this order and with everything the
observer needs passed as arguments (no flags to read back, no stack walking):

- ``on_stream(shared, variable, kind)``: a stream was made (``srng.uniform``);
- ``on_build(function)``: a function was compiled (or copied);
- ``on_call(function, args, frame) -> token``: a call starts; ``frame`` is the
  caller's frame (where the call is in the script).  A token ``QUIET`` says the
  observer needs none of this call's other events but ``on_return`` (it reads
  what it needs from the outputs): the engine then runs the call without
  telling its draws (to no observer: only the sole observer may ask, and only
  of a function whose backend can, ``can_be_quiet``);
- ``before_draw(node, state)``: only to observers whose ``wants_state_before``
  is true, the state a random node is about to draw from (an in-place draw
  changes it, so this is the only time it can be seen); an observer that
  starts wanting it while installed calls ``refresh()``;
- ``on_draw(node, state, value)``: a random node drew ``value`` and left its
  stream in ``state``; a backend that did not see them passes None (a compiled
  graph keeps no intermediate value, nor the state between two chained draws);
- ``on_loop(node, steps)``: a loop (``scan``) starts ``steps`` steps; the draws
  until the call ends or the next loop starts are its inner draws, step by step
  (a loop the engine runs again only to compute a gradient is not told);
- ``on_return(token, outputs)``: the call that ``on_call`` returned ``token``
  for is done, its updates applied; ``outputs`` is the list of its results;
- ``on_fail(token)``: instead of ``on_return``, the call raised (its draws so
  far were made; its updates were not applied);
- ``on_write(shared, before, source, frame)``: a stream's value was set from
  outside a call (``source`` is ``"set_value"`` or ``"seed"``; ``frame`` is
  where, or None);
- ``on_warning(library, category, message, note, frame)``: the library running
  the graphs warned about its streams (PyTensor's warnings about RNG variables
  that are not updated); ``note`` says in a sentence what it means for the
  draws, ``frame`` is where the warning was raised from;
- ``on_installed(alone)``: the installed observers changed; ``alone`` says
  whether this one is the only one that hears calls and draws (only then may
  it ask for ``QUIET`` calls).

An observer that needs of a function's calls only where they are made and
their outputs may ask ``quiet(function, observer)``: while it is installed (and
until it asks ``quiet(function, None)``), each call of that function runs
without telling its draws and is told in one event after it,
``on_quiet_call(function, outputs, frame)`` (or ``on_fail(QUIET)`` if it
raised).  A backend that cannot do this ignores the request: the observer
then keeps hearing ``on_call``/``on_return``.

``observing(observer)`` installs one for a ``with`` block; several may be
installed at once (nested), each hearing every event.  The engine reads
``observe.current`` once per call and once per draw: when it is None nothing
is observing and the engine stays on its plain path.
"""
from __future__ import annotations

import contextlib

__all__ = ["QUIET", "Observer", "can_be_quiet", "current", "install", "observing", "quiet",
           "refresh", "uninstall", "unobserved"]

current = None  # the installed observer (or a fan-out of several), or None
QUIET = type("Quiet", (), {"__repr__": lambda self: "QUIET"})()  # see on_call


class Observer:
    """An observer that ignores everything: subclass it and override what you need."""

    wants_state_before = False  # ask for before_draw (costs one call per draw)

    def on_stream(self, shared, variable, kind):
        pass

    def on_build(self, function):
        pass

    def on_call(self, function, args, frame):
        return None

    def before_draw(self, node, state):
        pass

    def on_draw(self, node, state, value):
        pass

    def on_loop(self, node, steps):
        pass

    def on_return(self, token, outputs):
        pass

    def on_fail(self, token):
        pass

    def on_write(self, shared, before, source, frame):
        pass

    def on_installed(self, alone):
        pass

    def on_quiet_call(self, function, outputs, frame):
        pass

    def on_warning(self, library, category, message, note, frame):
        pass


_EVENTS = ("on_stream", "on_build", "on_draw", "on_loop", "on_write", "on_warning")


def _overrides(observer, name):
    return getattr(type(observer), name, None) is not getattr(Observer, name)


class _FanOut(Observer):
    """Several observers as one.  Each event goes only to the observers that override it,
    and when only one does, the fan-out's method *is* that observer's (no extra call)."""

    def __init__(self, observers):
        self.observers = tuple(observers)
        for name in _EVENTS:
            listeners = [getattr(o, name) for o in self.observers if _overrides(o, name)]
            setattr(self, name, _dispatch(listeners))
        callers = [o for o in self.observers
                   if _overrides(o, "on_call") or _overrides(o, "on_return")
                   or _overrides(o, "on_fail")]
        if len(callers) == 1:
            self.on_call, self.on_return = callers[0].on_call, callers[0].on_return
            self.on_fail = callers[0].on_fail
            self.quiet_route = callers[0]  # quiet calls reach it through the fan-out
            self.on_quiet_call = callers[0].on_quiet_call
        else:
            self._callers = tuple(callers)

        wanting = [o.before_draw for o in self.observers if o.wants_state_before]
        self.wants_state_before = bool(wanting)
        self.before_draw = _dispatch(wanting)

    def on_call(self, function, args, frame):
        return [o.on_call(function, args, frame) for o in self._callers]

    def on_return(self, tokens, outputs):
        for observer, token in zip(self._callers, tokens):
            observer.on_return(token, outputs)

    def on_fail(self, tokens):
        for observer, token in zip(self._callers, tokens):
            observer.on_fail(token)


def _dispatch(listeners):
    if not listeners:
        return _ignore
    if len(listeners) == 1:
        return listeners[0]

    def each(*args):
        for listener in listeners:
            listener(*args)

    return each


def _ignore(*args):
    pass


_installed = []  # the installed observers, first installed first


def install(observer):
    """Start telling ``observer`` what happens (beside any observer already installed)."""
    _installed.append(observer)
    _set_current()


def uninstall(observer):
    """Stop telling ``observer``; a no-op if it is not installed."""
    if observer in _installed:
        _installed.remove(observer)
        _set_current()


def refresh():
    """Take note of a change in an installed observer's ``wants_state_before``."""
    _set_current()


def _set_current():
    global current
    if not _installed:
        current = None
    elif len(_installed) == 1:
        current = _installed[0]
    else:
        current = _FanOut(_installed)
    hearing = [o for o in _installed if o.wants_state_before or any(
        _overrides(o, name) for name in ("on_call", "on_return", "on_fail", "on_draw", "on_loop"))]
    for observer in _installed:
        observer.on_installed(all(o is observer for o in hearing))


@contextlib.contextmanager
def observing(observer):
    """Install ``observer`` for the block."""
    install(observer)
    try:
        yield observer
    finally:
        uninstall(observer)


@contextlib.contextmanager
def unobserved():
    """Nothing is told during the block: the engine redoing work it already reported (a
    gradient running a loop's steps again)."""
    global current
    saved, current = current, None
    try:
        yield
    finally:
        current = saved


def can_be_quiet(function):
    """Can ``function``'s calls run quiet (its backend honours ``QUIET`` and ``quiet``)?"""
    return hasattr(function, "quiet_for")


def quiet(function, observer):
    """Ask that ``function``'s calls be told to ``observer`` as ``on_quiet_call`` only (None:
    as every other call); a backend's function without ``quiet_for`` ignores it.  The request
    holds while the installed observers stay as they are (``on_installed`` says when not)."""
    if not can_be_quiet(function):
        return
    routed = observer is not None and (
        current is observer or getattr(current, "quiet_route", None) is observer)
    function.quiet_for = current if routed else None
