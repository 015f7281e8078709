"""``theano.tensor.subtensor``: indexing ops and set/inc_subtensor."""
from rngscope.compat import missing as _missing
from rngscope.tensor.basic import take  # noqa: F401
from rngscope.tensor.grad_ops import (  # noqa: F401
    AdvancedIncSubtensor1, IncSubtensor, inc_subtensor, set_subtensor,
)
from rngscope.tensor.shape_ops import (  # noqa: F401
    AdvancedIncSubtensor, AdvancedSubtensor, AdvancedSubtensor1, Subtensor,
)

__all__ = ["AdvancedIncSubtensor", "AdvancedIncSubtensor1", "AdvancedSubtensor", "AdvancedSubtensor1", "IncSubtensor", "Subtensor", "inc_subtensor", "set_subtensor", "take"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
