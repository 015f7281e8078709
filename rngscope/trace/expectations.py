"""``--expect 'v3 == v1'``: an expectation about two results, checked and explained."""
from __future__ import annotations

import re

from rngscope.trace.events import Expectation
from rngscope.trace.results import digests, explain_different, explain_equal, results

_NAME = r"[A-Za-z_][\w]*(?:\[\d+\])?"
_EXPECT = re.compile(rf"^\s*({_NAME})\s*(==|!=)\s*({_NAME})\s*$")


class ExpectationError(ValueError):
    """An expectation that cannot be read or refers to no result; the message says why."""


def parse_expectation(text):
    """``'v3 == v1'`` -> ("v3", "==", "v1")."""
    match = _EXPECT.match(text)
    if match is None:
        raise ExpectationError(f"--expect {text!r} is not of the form 'NAME == NAME' or "
                               "'NAME != NAME' (names of results the script assigns).")
    return match.groups()


def check(timeline, texts):
    """An ``Expectation`` per text; ``ExpectationError`` for names that are no result."""
    if not texts:
        return []
    named = results(timeline)
    checked = []
    for text in texts:
        left, op, right = parse_expectation(text)
        for name in (left, right):
            if name not in named:
                known = ", ".join(named) or "none"
                raise ExpectationError(f"--expect {text!r}: {name!r} is not a result of this "
                                       f"replay (results: {known}).")
        a, b = named[left], named[right]
        equal = digests(timeline, a) == digests(timeline, b)
        ok = equal == (op == "==")
        if a.call == b.call and a.outputs == b.outputs:
            why = f"{a.label} and {b.label} are the same result."
        elif equal:
            later, earlier = (a, b) if a.call >= b.call else (b, a)
            why = explain_equal(timeline, later, earlier)
        else:
            later, earlier = (a, b) if a.call >= b.call else (b, a)
            why = explain_different(timeline, later, earlier)
        verdict = "holds" if ok else "fails"
        checked.append(Expectation(text, ok, f"{left} {op} {right} {verdict}: {why}"))
    return checked
