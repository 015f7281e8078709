"""``theano.tensor.subtensor``: indexing ops and set/inc_subtensor."""
from rngscope.compat import missing as _missing
from rngscope.tensor.basic import take  # noqa: F401
from rngscope.tensor.grad_ops import (  # noqa: F401
    AdvancedIncSubtensor1, IncSubtensor, inc_subtensor, set_subtensor,
)
from rngscope.tensor.index_types import MakeSlice, NoneConst, SliceConstant, SliceType  # noqa: F401
from rngscope.tensor.shape_ops import (  # noqa: F401
    AdvancedBooleanIncSubtensor, AdvancedBooleanSubtensor, AdvancedIncSubtensor, AdvancedSubtensor,
    AdvancedSubtensor1, BaseAdvancedIncSubtensor, BaseAdvancedSubtensor, Subtensor, as_index_variable,
)

# Theano's op instances, called as advanced_subtensor(x, *indices)
advanced_subtensor = AdvancedSubtensor()
advanced_boolean_subtensor = AdvancedBooleanSubtensor()
advanced_inc_subtensor = AdvancedIncSubtensor()
advanced_subtensor1 = AdvancedSubtensor1()
advanced_inc_subtensor1 = AdvancedIncSubtensor1()
advanced_set_subtensor1 = AdvancedIncSubtensor1(set_instead_of_inc=True)
advanced_set_subtensor = AdvancedIncSubtensor(set_instead_of_inc=True)
advanced_boolean_inc_subtensor = AdvancedBooleanIncSubtensor()
advanced_boolean_set_subtensor = AdvancedBooleanIncSubtensor(set_instead_of_inc=True)
make_slice = MakeSlice()

__all__ = ["AdvancedBooleanIncSubtensor", "AdvancedBooleanSubtensor", "AdvancedIncSubtensor",
           "AdvancedIncSubtensor1", "AdvancedSubtensor", "AdvancedSubtensor1", "BaseAdvancedIncSubtensor",
           "BaseAdvancedSubtensor", "IncSubtensor", "MakeSlice", "NoneConst", "SliceConstant", "SliceType",
           "Subtensor", "advanced_boolean_inc_subtensor", "advanced_boolean_set_subtensor",
           "advanced_boolean_subtensor", "advanced_inc_subtensor", "advanced_inc_subtensor1", "advanced_set_subtensor1", "advanced_subtensor1", "advanced_set_subtensor",
           "advanced_subtensor", "as_index_variable", "inc_subtensor", "make_slice", "set_subtensor", "take"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
