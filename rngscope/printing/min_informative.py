"""Theano's ``min_informative_str``: a variable as the least of its graph that names it.

Each object met gets a capital-letter tag (A, B, ..., Z, BA: ``char_from_number``); a
named variable prints as its name and stops there, an unnamed one with an owner prints
its op and then its inputs one space deeper, anything else as its ``str``. An object met
again prints as ``<TAG>``. The walk is iterative (a chain of 100,000 nodes prints) and
follows Theano's recursion: depth first, inputs in order.
"""
from __future__ import annotations

from rngscope.printing.debugprint import char_from_number

__all__ = ["min_informative_str"]


def min_informative_str(obj, indent_level=0):
    """The text Theano 1.0.5's ``theano.printing.min_informative_str(obj, indent_level)``
    gives: one line per object, ``indent_level`` spaces before the first."""
    tags = {}  # id(object) -> its tag; the objects are kept alive by the graph walked
    lines = []
    stack = [(obj, indent_level)]
    while stack:
        item, depth = stack.pop()
        indent = " " * depth
        if id(item) in tags:
            lines.append(indent + "<" + tags[id(item)] + ">")
            continue
        tag = tags[id(item)] = char_from_number(len(tags))
        owner = getattr(item, "owner", None)
        if hasattr(item, "__array__"):
            name = "<ndarray>"
        elif getattr(item, "name", None) is not None:
            name = item.name
        elif owner is not None:
            name = str(owner.op)
            stack.extend((i, depth + 1) for i in reversed(owner.inputs))
        else:
            name = str(item)
        lines.append(indent + tag + ". " + name)
    return "\n".join(lines)
