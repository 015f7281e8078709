"""``--calls``: the call sequence a replay makes instead of the script's own.

``parse_calls("f,f,h(1.5, [1, 2])")`` gives one ``PlannedCall`` per element:
a function name, or a call of one whose arguments are Python literals
(``ast.literal_eval``: nothing is executed).
"""
from __future__ import annotations

import ast
from dataclasses import dataclass

from rngscope.trace.errors import ReplayError

__all__ = ["PlannedCall", "parse_calls"]


@dataclass(frozen=True)
class PlannedCall:
    function: str
    args: tuple
    kwargs: tuple  # ((name, value), ...)
    text: str  # the arguments as written, for the timeline


def parse_calls(text):
    """``"f,f,h(1.5, [1, 2])"`` -> PlannedCalls; arguments are literals (``ast.literal_eval``)."""
    try:
        tree = ast.parse(f"({text},)", mode="eval")
    except SyntaxError:
        raise ReplayError(f"--calls {text!r} is not a comma-separated list of calls such as "
                          "'f,f,nearly_zeros' or 'h(1.5, [1, 2])'.") from None
    planned = []
    for element in tree.body.elts:
        if isinstance(element, ast.Name):
            planned.append(PlannedCall(element.id, (), (), ""))
            continue
        if not (isinstance(element, ast.Call) and isinstance(element.func, ast.Name)):
            raise ReplayError(f"--calls: {ast.unparse(element)!r} is not a function name or a "
                              "call of one with literal arguments.")
        try:
            if any(isinstance(a, ast.Starred) for a in element.args) or any(
                    k.arg is None for k in element.keywords):
                raise ValueError
            args = tuple(ast.literal_eval(a) for a in element.args)
            kwargs = tuple((k.arg, ast.literal_eval(k.value)) for k in element.keywords)
        except ValueError:
            raise ReplayError(f"--calls: the arguments of {ast.unparse(element)!r} must be Python "
                              "literals (numbers, strings, lists, tuples, dicts).") from None
        text_args = ", ".join([ast.unparse(a) for a in element.args]
                              + [f"{k.arg}={ast.unparse(k.value)}" for k in element.keywords])
        planned.append(PlannedCall(element.func.id, args, kwargs, text_args))
    if not planned:
        raise ReplayError("--calls needs at least one function name.")
    return planned
