"""``theano.tensor.nnet.bn``: batch normalization (elementwise, and the abstract train and
inference ops the compiler expands)."""
from rngscope.compat import missing as _missing
from rngscope.tensor.bn import (  # noqa: F401
    AbstractBatchNormInference, AbstractBatchNormTrain, AbstractBatchNormTrainGrad,
    batch_normalization, batch_normalization_test, batch_normalization_train,
)

__all__ = ["AbstractBatchNormInference", "AbstractBatchNormTrain", "AbstractBatchNormTrainGrad",
           "batch_normalization", "batch_normalization_test", "batch_normalization_train"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
