"""``theano.tensor.nnet.nnet``: where Theano defines softmax and the cross-entropies."""
import importlib

from rngscope.compat import missing as _missing

_package = importlib.import_module(__name__.rpartition(".")[0])  # (still loading: it imports this)
# (the convolution and batch-normalization names live in Theano's own modules, not here)
_names = [n for n in _package.__all__
          if n not in ("nnet", "sigm", "bn", "abstract_conv", "conv", "ConvOp", "conv2d")]
globals().update({n: getattr(_package, n) for n in _names})

__all__ = list(_names)

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
