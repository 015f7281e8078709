"""``theano.tensor.basic``, where Theano defines most of ``theano.tensor``'s functions
(``theano.tensor.basic.as_tensor_variable``, ``.constant``, ``.dot``): each name Theano's
module has is served from the ``theano.tensor`` stand-in, a name it has and rngscope does not
is rngscope's gap."""
from rngscope.compat import missing as _missing

_gap = _missing.module_getattr(__name__)


def __getattr__(name):
    from rngscope.compat.theano import tensor  # (the package imports this module)

    known = _missing.theano_attributes().get("theano.tensor.basic (module)", ())
    if name in known and name in vars(tensor):
        return vars(tensor)[name]
    return _gap(name)
