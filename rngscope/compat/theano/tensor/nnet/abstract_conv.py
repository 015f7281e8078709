"""``theano.tensor.nnet.abstract_conv``: conv2d and the AbstractConv2d ops."""
from rngscope.compat import missing as _missing
from rngscope.tensor.conv import (  # noqa: F401
    AbstractConv2d, AbstractConv2d_gradInputs, AbstractConv2d_gradWeights, get_conv_output_shape,
)
from rngscope.tensor.conv import abstract_conv2d as conv2d  # noqa: F401

__all__ = ["AbstractConv2d", "AbstractConv2d_gradInputs", "AbstractConv2d_gradWeights", "conv2d",
           "get_conv_output_shape"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
