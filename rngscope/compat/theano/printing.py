"""``theano.printing``: debugprint and pp with Theano's parameters and byte-identical text,
and the ``Print`` op that prints a value each time a call computes it."""
from rngscope.compat import missing as _missing
from rngscope.compat.theano.ops import Apply, Op
from rngscope.printing.debugprint import char_from_number, debugprint  # noqa: F401
from rngscope.printing.pp import pp, pprint  # noqa: F401
from rngscope.tensor.variable import as_tensor

__all__ = ["Print", "debugprint", "pp", "pprint"]


class _PrintFn:
    """Print's default ``global_fn``: ``message attr = value`` for each attr (a method
    is called). Shown without an address, so debugprint stays the same from run to run
    (Theano shows ``<function _print_fn at 0x...>``)."""

    def __call__(self, op, value):
        for attr in op.attrs:
            found = getattr(value, attr)
            print(op.message, attr, "=", found() if callable(found) else found)

    def __repr__(self):
        return "<function _print_fn>"


_print_fn = _PrintFn()


class Print(Op):
    """``Print(message, attrs=('__str__',))(x)``: ``x`` itself; each call that computes it
    prints ``message attr = value`` for each attr. The gradient passes through."""

    __props__ = ("message", "attrs", "global_fn")
    view_map = {0: [0]}

    def __init__(self, message="", attrs=("__str__",), global_fn=_print_fn):
        self.message = message
        self.attrs = tuple(attrs)
        self.global_fn = global_fn

    def make_node(self, x):
        x = as_tensor(x)
        return Apply(self, [x], [x.type])

    def perform(self, node, inputs, output_storage):
        (value,) = inputs
        output_storage[0][0] = value
        self.global_fn(self, value)

    def grad(self, inputs, output_gradients):
        return output_gradients

    def infer_shape(self, node, shapes):
        return shapes


__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
