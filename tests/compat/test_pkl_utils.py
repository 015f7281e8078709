"""theano.misc.pkl_utils: dump keeps the arrays beside the pickle as NPY entries named after
their shared variables (numpy.load reads them), load gives the objects back; theano.version."""
from __future__ import annotations

import io

import numpy as np
import pytest

from rngscope.compat import theano_imports


def test_dump_names_the_arrays_after_their_shared_variables_and_load_gives_them_back():
    with theano_imports():
        import theano
        from theano.misc.pkl_utils import PersistentSharedVariableID, dump, load

        first, second = theano.shared(np.float64(0.5), name="w"), theano.shared(np.arange(2.0), name="w")
        plain = np.array([7, 8])
        buffer = io.BytesIO()
        dump((first, second, theano.shared(np.ones(1)), plain, plain), buffer)
        buffer.seek(0)
        assert list(np.load(buffer).keys()) == ["w", "w_2", "array_0", "array_1", "pkl"]
        buffer.seek(0)
        a, b, unnamed, p1, p2 = load(buffer)
        assert (a.name, float(a.get_value()), b.get_value().tolist(), unnamed.name) == ("w", 0.5, [0.0, 1.0], None)
        assert p1 is p2 and p1.tolist() == [7, 8] and a is not first
        with pytest.raises(ValueError, match="^multiple shared variables with the name `w` found$"):
            dump([first, second], io.BytesIO(),
                 persistent_id=lambda zf: PersistentSharedVariableID(zf, allow_duplicates=False))
        with pytest.raises(ValueError, match=r"^unnamed shared variable, <TensorType\(float64, vector\)>$"):
            dump([theano.shared(np.ones(2))], io.BytesIO(),
                 persistent_id=lambda zf: PersistentSharedVariableID(zf, allow_unnamed=False))


def test_the_version_is_theanos():
    with theano_imports():
        import theano

        assert theano.__version__ == theano.version.version == theano.version.short_version == "1.0.5"
        assert theano.version.release is True and theano.version.FALLBACK_VERSION == "1.0.5+unknown"
