"""`from theano.X import *` under rngscope exports what Theano 1.0.5's does, for the names
rngscope has.

``theano_1.0.5_star_exports.json`` holds every name each module's star import gave in a
real Theano 1.0.5 (how it was recorded is in the file).  Theano's modules mostly have no
``__all__``, so their star imports give every public name, ``np``, ``sum`` and ``max``
included; rngscope's compat modules spell theirs out.
"""
from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from rngscope.compat import theano_imports

RECORDED = json.loads((Path(__file__).parent / "theano_1.0.5_star_exports.json").read_text())
THEANO_STAR = {module: set(names) for module, names in RECORDED["star_exports"].items()}


@pytest.mark.parametrize("module", sorted(THEANO_STAR))
def test_star_import_gives_theanos_names_among_ours(module):
    with theano_imports():
        ours = {n for n in vars(importlib.import_module(module)) if not n.startswith("_")}
        namespace = {}
        exec(f"from {module} import *", namespace)
    exported = set(namespace) - {"__builtins__"}
    assert exported == ours & THEANO_STAR[module], (
        f"exported but not by Theano: {sorted(exported - THEANO_STAR[module])}; "
        f"Theano's and ours but not exported: {sorted((ours & THEANO_STAR[module]) - exported)}")


def test_theano_tensor_star_shadows_the_builtins_theano_shadows():
    with theano_imports():
        namespace = {}
        exec("from theano.tensor import *", namespace)
        import theano.tensor as T
    assert namespace["sum"] is T.sum and namespace["max"] is T.max and namespace["np"] is T.np
    # internal helpers are not part of the surface
    assert not {"upcast", "FLOATX", "creation_trace", "keep_dims", "sigmoid"} & set(namespace)
