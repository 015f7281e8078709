"""The JSONL contract ``rngscope.replay/1``, stated once: every field of every event rngscope
writes, with its check (``CONTRACT``).  ``validate`` / ``validate_stream`` check decoded lines
against it (required fields and their types; extra fields are allowed), ``extra_or_missing``
says where a line differs from it exactly, and ``schema_text`` renders it for the README.
The events themselves are in ``trace.events``.
"""
from __future__ import annotations

import re

from rngscope.trace.events import SCHEMA, SOURCES, FindingKind

__all__ = ["CONTRACT", "extra_or_missing", "fields", "schema_text", "validate", "validate_stream"]


_FP = re.compile(r"^[0-9a-f]{12}$")
_HEX = re.compile(r"^[0-9a-f]+$")


def _int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def _opt_int(v):
    return v is None or _int(v)


def _opt_str(v):
    return v is None or isinstance(v, str)


def _fp(v):
    return isinstance(v, str) and bool(_FP.match(v))


def _hex(v):
    return isinstance(v, str) and bool(_HEX.match(v))


def _list_of(v, check):
    return isinstance(v, list) and all(isinstance(x, dict) and not check(x) for x in v)


def _problems(obj, spec):
    return [f"{key}: {value!r} is not valid" if key in obj else f"missing {key!r}"
            for key, check in spec.items() for value in [obj.get(key)]
            if key not in obj or not check(value)]


def _str(v):
    return isinstance(v, str)


def _bool(v):
    return isinstance(v, bool)


_STREAM = {"stream": _str, "state": _fp, "kind": _opt_str, "seed": _opt_int}
_STEP = {"stream": _str, "before": _fp, "after": _fp, "advanced": _bool}
_DRAW = {"draw": _int, "stream": _str, "state": _fp, "digest": _hex, "repeat_of": _opt_int,
         "loop": _opt_str, "step": _opt_int}
_OUTPUT = {"output": _int, "digest": _hex, "name": _opt_str, "equals": _opt_str}
_RESTORES = {"call": _opt_int, "when": lambda v: v in ("before", "after", "start", "set")}


def _each(spec):
    """A check of a list of objects that follow ``spec``; ``spec`` is kept for ``fields``."""
    def check(v):
        return _list_of(v, lambda x: _problems(x, spec))
    check.spec = spec
    return check


def _none_or(spec):
    def check(v):
        return v is None or (isinstance(v, dict) and not _problems(v, spec))
    check.spec = spec
    return check


# The one statement of the JSONL schema: every field of every event rngscope writes, with
# its check.  ``validate`` reads it, the tests compare emitted lines with it, and
# ``schema_text`` renders it for the docs.
CONTRACT = {
    "start": {"schema": lambda v: v == SCHEMA, "script": _str, "streams": _each(_STREAM)},
    "stream": dict(_STREAM),
    "call": {"call": _int, "function": _str, "line": _opt_int, "result": _opt_str,
             "args": _opt_str, "streams": _each(_STEP), "draws": _each(_DRAW),
             "outputs": _each(_OUTPUT)},
    "state": {"stream": _str, "line": _opt_int, "source": lambda v: v in SOURCES,
              "before": _fp, "after": _fp, "restores": _none_or(_RESTORES), "unchanged": _bool},
    "finding": {"kind": lambda v: v in {k.value for k in FindingKind}, "message": _str,
                "calls": lambda v: isinstance(v, list) and all(_int(x) for x in v)},
    "expect": {"expect": _str, "ok": _bool, "message": _str},
    "end": {"calls": _int, "draws": _int},
}


def fields(event):
    """The keys of one event's line, nested objects as (key, their keys): the schema's shape."""
    def shape(spec):
        return tuple((k, shape(c.spec)) if hasattr(c, "spec") else k for k, c in spec.items())
    return ("event",) + shape(CONTRACT[event])


def extra_or_missing(obj):
    """Keys of a decoded line (and of its nested objects) that the schema does not list, or
    that it lists and the line lacks: what rngscope writes must be exactly the schema."""
    def compare(value, spec, where):
        if not isinstance(value, dict):
            return []
        problems = [f"{where}{k}: not in the schema" for k in value if k not in spec]
        problems += [f"{where}{k}: missing" for k in spec if k not in value]
        for k, check in spec.items():
            nested = getattr(check, "spec", None)
            if nested is not None:
                items = value.get(k) if isinstance(value.get(k), list) else [value.get(k)]
                for item in items:
                    problems += compare(item, nested, f"{where}{k}.")
        return problems

    spec = {"event": None, **CONTRACT.get(obj.get("event"), {})}
    return compare(obj, spec, "")


def schema_text():
    """The schema as the README shows it: one line per event, its fields in order."""
    def line(shape):
        return ", ".join(k if isinstance(k, str) else f"{k[0]}: {{{line(k[1])}}}" for k in shape)
    return "\n".join(f"{event}: {line(fields(event)[1:])}" for event in CONTRACT)


def validate(obj) -> list[str]:
    """What is wrong with one decoded JSONL line (an empty list: it follows the contract)."""
    if not isinstance(obj, dict):
        return ["not a JSON object"]
    spec = CONTRACT.get(obj.get("event"))
    if spec is None:
        return [f"unknown event {obj.get('event')!r}"]
    return _problems(obj, spec)


def validate_stream(objects) -> list[str]:
    """Problems of a whole replay: every line valid, ``start`` first and ``end`` last."""
    problems = [f"line {i + 1}: {p}" for i, obj in enumerate(objects) for p in validate(obj)]
    if not objects or objects[0].get("event") != "start":
        problems.append("the first line is not a start event")
    if not objects or objects[-1].get("event") != "end":
        problems.append("the last line is not an end event")
    return problems
