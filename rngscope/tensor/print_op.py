"""``theano.printing.Print``: an identity op that prints its input each time it runs.

``Print(message, attrs)(x)`` returns ``x`` unchanged (a view of it) and, as a side
effect of every run, writes ``message attr = value`` on stdout for each attribute
(a method is called: ``__str__`` by default, ``shape`` prints the shape).  The
gradient passes straight through.
"""
from __future__ import annotations

from dataclasses import dataclass

from rngscope.graph.basic import Apply, Op

__all__ = ["Print", "register_gradients"]


class _PrintFn:
    """Print's default ``global_fn``: ``message attr = value`` for each attr. Shown
    without an address, so debugprint gives the same bytes on every run (Theano shows
    ``<function _print_fn at 0x...>``)."""

    def __call__(self, op, value):
        for attr in op.attrs:
            found = getattr(value, attr)
            print(op.message, attr, "=", found() if callable(found) else found)

    def __repr__(self):
        return "<function _print_fn>"


_print_fn = _PrintFn()


@dataclass(frozen=True)
class Print(Op):
    """Identity that prints ``message`` and the ``attrs`` of its input when it runs."""

    message: str = ""
    attrs: tuple = ("__str__",)
    global_fn: object = _print_fn

    view_map = {0: [0]}

    def __post_init__(self):
        object.__setattr__(self, "attrs", tuple(self.attrs))

    def __str__(self):
        return (f"Print{{message={self.message!r}, attrs={self.attrs!r}, "
                f"global_fn={self.global_fn!r}}}")

    def make_node(self, xin):
        return Apply(self, [xin], [xin.type])

    # no infer_shape, as Theano's Print: its output's shape is read from it (Shape_i of
    # the Print), so the Print runs before whatever reads that shape

    def perform(self, node, inputs):
        (x,) = inputs
        self.global_fn(self, x)
        return [x]


def _print_grad(node, out_grads):
    return list(out_grads)


def register_gradients(rules):
    """Add Print's gradient rule to ``rules`` (op class -> rule)."""
    rules[Print] = _print_grad
