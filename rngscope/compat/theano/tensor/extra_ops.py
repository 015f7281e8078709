"""``theano.tensor.extra_ops``: cumulative ops, diff, repeat, squeeze, fill_diagonal(_offset),
to_one_hot, bincount, compress, Unique and searchsorted."""
from rngscope.compat import missing as _missing
from rngscope.tensor.flat_index import (  # noqa: F401
    RavelMultiIndex, UnravelIndex, ravel_multi_index, unravel_index,
)
from rngscope.tensor.extra_ops import (  # noqa: F401
    Bartlett, bartlett, CumOp, DiffOp, SearchsortedOp, Unique, bincount, compress, cumprod, cumsum, diff,
    searchsorted, to_one_hot,
)
from rngscope.tensor.diagonals import (  # noqa: F401
    FillDiagonal, FillDiagonalOffset, fill_diagonal, fill_diagonal_offset,
)
from rngscope.tensor.linalg import RepeatOp, repeat  # noqa: F401
from rngscope.tensor.elementary import squeeze  # noqa: F401

__all__ = ["Bartlett", "CumOp", "RavelMultiIndex", "UnravelIndex", "bartlett", "DiffOp", "FillDiagonal", "FillDiagonalOffset", "RepeatOp", "SearchsortedOp",
           "Unique", "bincount", "compress", "cumprod", "cumsum", "diff", "fill_diagonal",
           "fill_diagonal_offset", "repeat", "searchsorted", "squeeze", "to_one_hot", "ravel_multi_index", "unravel_index"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
