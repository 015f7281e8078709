"""``theano.compile.ops``: ``as_op``, the decorator that makes an op of a Python function
(the "Extending Theano" tutorial's numpy_dot), and the op it makes, FromFunctionOp; the
output copies a compiled graph ends with (DeepCopyOp, ViewOp), for ``isinstance`` checks."""
from rngscope.compat import missing as _missing
from rngscope.compat.theano.ops import Apply, Op
from rngscope.tensor.shape_ops import DeepCopyOp, ViewOp

__all__ = ["DeepCopyOp", "FromFunctionOp", "ViewOp", "as_op", "deep_copy_op", "view_op"]

deep_copy_op = DeepCopyOp()
view_op = ViewOp()


def _as_type(t):
    """A type given as Theano's type object or as rngscope's constructor of one
    (``theano.tensor.fmatrix``)."""
    if hasattr(t, "dtype") and hasattr(t, "broadcastable"):
        return t
    if callable(t):
        made = t()
        if hasattr(made, "type"):
            return made.type
    raise TypeError("itypes has to be a list of Theano types")


class FromFunctionOp(Op):
    """An op whose perform calls ``fn`` on the input values (no gradient)."""

    def __init__(self, fn, itypes, otypes, infer_shape):
        self._fn = fn
        self.itypes = itypes
        self.otypes = otypes
        if infer_shape is not None:
            self.infer_shape = infer_shape

    def __eq__(self, other):
        return type(self) is type(other) and self._fn == other._fn

    def __hash__(self):
        return hash(type(self)) ^ hash(self._fn)

    def __str__(self):
        return "FromFunctionOp{%s}" % self._fn.__name__

    __repr__ = __str__

    def make_node(self, *inputs):
        if len(inputs) != len(self.itypes):
            raise ValueError("We expected %d inputs but got %d." % (len(self.itypes), len(inputs)))
        if not all(i.type == t for i, t in zip(inputs, self.itypes)):
            raise TypeError("We expected inputs of types '%s' but got types '%s' "
                            % (str(self.itypes), str([i.type for i in inputs])))
        return Apply(self, list(inputs), list(self.otypes))

    def perform(self, node, inputs, outputs):
        outs = self._fn(*inputs)
        if not isinstance(outs, (list, tuple)):
            outs = (outs,)
        assert len(outs) == len(outputs)
        for k, value in enumerate(outs):
            outputs[k][0] = value


def as_op(itypes, otypes, infer_shape=None):
    """Decorator: the function becomes an op taking inputs of ``itypes`` and giving outputs
    of ``otypes`` (``infer_shape(node, input_shapes)`` optional)."""
    itypes = [_as_type(t) for t in (itypes if isinstance(itypes, (list, tuple)) else [itypes])]
    otypes = [_as_type(t) for t in (otypes if isinstance(otypes, (list, tuple)) else [otypes])]
    if infer_shape is not None and not callable(infer_shape):
        raise TypeError("infer_shape needs to be a callable")

    def make_op(fn):
        return FromFunctionOp(fn, itypes, otypes, infer_shape)

    return make_op


__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
