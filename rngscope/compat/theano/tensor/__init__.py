"""``theano.tensor`` as served by rngscope."""
from rngscope.compat.theano.tensor import nnet, shared_randomstreams  # noqa: F401
from rngscope.graph.types import TensorType  # noqa: F401
from rngscope.tensor.basic import *  # noqa: F401,F403
from rngscope.tensor.basic import abs_, sum, mean, pow  # noqa: F401
from rngscope.tensor.gradient import grad  # noqa: F401
from rngscope.tensor.nnet import arange, argmax  # noqa: F401
from rngscope.tensor.variable import TensorConstant, TensorVariable  # noqa: F401

constant = __import__("rngscope.tensor.variable", fromlist=["constant"]).constant
