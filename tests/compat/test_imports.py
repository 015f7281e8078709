"""`theano_imports()` serves `theano*` from a stand-in package and leaves no trace.

Each test builds a throwaway stand-in package under tmp_path and passes its name
as the prefix, so these tests do not depend on rngscope's own theano package.
"""

from __future__ import annotations

import importlib
import sys
import textwrap
import uuid
from pathlib import Path

import numpy as np
import pytest

from rngscope.compat import theano_imports


def write_tree(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def theano_modules() -> set[str]:
    return {name for name in sys.modules if name == "theano" or name.startswith("theano.")}


@pytest.fixture
def stand_in(tmp_path, monkeypatch):
    """A fake `theano` stand-in package; yields its (unique) dotted name."""
    name = f"stand_in_{uuid.uuid4().hex}"
    write_tree(tmp_path / "stand_in_root" / name, {
        "__init__.py": "from . import printing\ndef function(*args):\n    return 'compiled'\n",
        "printing.py": "def debugprint(x):\n    return 'tree'\n",
        "tensor/__init__.py": "KIND = 'tensor'\n",
        "tensor/shared_randomstreams.py": "class RandomStreams:\n    pass\n",
        "broken.py": "import a_module_that_does_not_exist_anywhere\n",
    })
    monkeypatch.syspath_prepend(tmp_path / "stand_in_root")
    yield name
    for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
        del sys.modules[module]


@pytest.fixture
def real_theano(tmp_path, monkeypatch):
    """A fake 'real' theano install on sys.path (outside any context)."""
    write_tree(tmp_path / "site", {
        "theano/__init__.py": "KIND = 'real'\n",
        "theano/tensor.py": "KIND = 'real tensor'\n",
    })
    monkeypatch.syspath_prepend(tmp_path / "site")
    yield
    for module in theano_modules():
        del sys.modules[module]


def test_theano_and_its_submodules_are_the_stand_in_modules(stand_in):
    with theano_imports(prefix=stand_in):
        import theano
        import theano.tensor as T
        from theano import function
        from theano.tensor.shared_randomstreams import RandomStreams

        assert theano is sys.modules[stand_in]
        assert T is sys.modules[f"{stand_in}.tensor"] and T.KIND == "tensor"
        assert RandomStreams is sys.modules[f"{stand_in}.tensor.shared_randomstreams"].RandomStreams
        assert function() == "compiled"
        assert theano.printing.debugprint(None) == "tree"
        assert sys.modules["theano.tensor"] is T


def test_stand_in_modules_keep_their_own_name_and_spec(stand_in):
    module = importlib.import_module(f"{stand_in}.tensor")
    spec = module.__spec__
    with theano_imports(prefix=stand_in):
        import theano.tensor
    assert module.__name__ == f"{stand_in}.tensor" and module.__spec__ is spec


@pytest.mark.parametrize("statement, missing", [
    ("import theano.nope", "theano.nope"),
    ("import theano.tensor.nope.deeper", "theano.tensor.nope"),
])
def test_unknown_submodule_names_the_theano_module(stand_in, statement, missing):
    with theano_imports(prefix=stand_in), pytest.raises(ModuleNotFoundError) as info:
        exec(statement, {})
    assert info.value.name == missing and repr(missing) in str(info.value)


def test_from_import_of_a_missing_name_is_an_import_error(stand_in):
    with theano_imports(prefix=stand_in), pytest.raises(ImportError, match="nope"):
        exec("from theano import nope", {})


def test_a_missing_dependency_of_the_stand_in_is_reported_as_itself(stand_in):
    with theano_imports(prefix=stand_in), pytest.raises(ModuleNotFoundError) as info:
        import theano.broken  # noqa: F401
    assert info.value.name == "a_module_that_does_not_exist_anywhere"


def test_exit_removes_the_finder_and_the_aliases(stand_in):
    meta_path = list(sys.meta_path)
    with theano_imports(prefix=stand_in):
        import theano.tensor.shared_randomstreams  # noqa: F401
    assert sys.meta_path == meta_path
    assert theano_modules() == set()


def test_exit_cleans_up_after_an_exception(stand_in):
    meta_path = list(sys.meta_path)
    with pytest.raises(RuntimeError), theano_imports(prefix=stand_in):
        import theano  # noqa: F401
        raise RuntimeError
    assert sys.meta_path == meta_path and theano_modules() == set()


def test_an_imported_real_theano_is_hidden_inside_and_restored_after(stand_in, real_theano):
    import theano as real

    assert real.KIND == "real"
    with theano_imports(prefix=stand_in):
        import theano

        assert theano is sys.modules[stand_in]
    import theano

    assert theano is real
    import theano.tensor  # not imported before: must come from the real install

    assert theano.tensor.KIND == "real tensor"


def test_a_real_theano_on_sys_path_is_not_shadowed_after_exit(stand_in, real_theano):
    with theano_imports(prefix=stand_in):
        import theano.tensor  # noqa: F401
    import theano.tensor

    assert (theano.KIND, theano.tensor.KIND) == ("real", "real tensor")


def test_the_tutorials_first_pages_run_through_the_compat_names():
    """dmatrices and friends keep Theano's quirks; theano.Mode picks passes by optimizer;
    theano.Out unwraps; Dot22 adds both shapes to numpy's error; a fused expression reports
    the broadcast failure with all its inputs' shapes."""
    with theano_imports():
        import theano
        import theano.tensor as T

        a, b = T.dmatrices("a", "b")
        assert (a.name, b.name, a.type.dtype) == ("a", "b", "float64")
        assert T.dmatrices("a").name == "a" and [v.name for v in T.lvectors("uv")] == ["u", "v"]
        assert len(T.fscalars(3)) == 3 and T.matrices(1)[0].name is None
        assert theano.Mode(linker="vm").engine_mode is theano.compile.Mode(optimizer="fast_run").engine_mode
        f = theano.function([a], theano.Out(T.dot(a, a.T), borrow=True),
                            mode=theano.Mode(optimizer=None))
        assert f(np.eye(2)).tolist() == [[1.0, 0.0], [0.0, 1.0]]
        g = theano.function([a, b], T.dot(a, b))
        with pytest.raises(ValueError) as err:
            g(np.ones((2, 4)), np.ones((3, 2)))
        assert str(err.value).split("\n")[0] == (
            "('shapes (2,4) and (3,2) not aligned: 4 (dim 1) != 3 (dim 0)', (2, 4), (3, 2))")
        x, y = T.dvectors("x", "y")
        h = theano.function([x, y], x * y + 1)
        with pytest.raises(ValueError, match=r"^operands could not be broadcast together with "
                                             r"shapes \(1,\) \(3,\) \(2,\) \n"):
            h(np.ones(3), np.ones(2))


def test_theano_compat_is_a_package_of_the_python3_helpers():
    """``from theano.compat import OrderedDict`` (model code's spelling), izip and PY3; like
    Theano's, theano.compat is a package (python2x is not in it)."""
    with theano_imports():
        import collections

        import theano
        from theano.compat import PY3, OrderedDict, izip

        assert OrderedDict is collections.OrderedDict and PY3 and izip is zip
        assert theano.compat.cmp(1, 2) == -1
        with pytest.raises(ModuleNotFoundError, match=r"^No module named 'theano.compat.python2x'$"):
            importlib.import_module("theano.compat.python2x")


@pytest.mark.parametrize("flags, dtype", [
    ("cxx=,floatX=float32,device=cpu", "float32"),
    ("floatX=float32,floatX=float64", "float64"),  # the last one given, as Theano reads them
    ("floatX=float16", "float16"),  # Theano 1.0.5 accepts it (its three valid values)
    ("", "float64"),
])
def test_importing_theano_reads_floatx_from_theano_flags(monkeypatch, flags, dtype):
    from rngscope.graph import types

    monkeypatch.setenv("THEANO_FLAGS", flags)
    try:
        with theano_imports():
            import theano
            import theano.tensor as T

            assert theano.config.floatX == T.matrix().dtype == dtype
    finally:
        types.set_floatx("float64")


@pytest.mark.parametrize("value", ["float128", "int32", "Float32", "bogus", ""])
def test_a_floatx_theano_refuses_makes_the_import_raise_theanos_error(monkeypatch, value):
    from rngscope.graph import types

    monkeypatch.setenv("THEANO_FLAGS", f"cxx=,floatX={value}")
    try:
        with theano_imports():
            with pytest.raises(ValueError) as err:
                import theano  # noqa: F401
    finally:
        types.set_floatx("float64")
    assert str(err.value) == (f'Invalid value ("{value}") for configuration variable "floatX". '
                              "Valid options are ('float64', 'float32', 'float16')")


def test_theano_as_op_is_theano_compile_ops_as_op():
    from rngscope.compat import theano_imports

    with theano_imports():
        import theano
        import theano.compile
        from theano.compile.ops import as_op

        assert theano.as_op is as_op and theano.compile.as_op is as_op


def test_numpy_prints_scalars_as_theanos_numpy_1_did_inside_and_as_before_after(stand_in):
    before = np.get_printoptions()
    with theano_imports(prefix=stand_in):
        import theano  # noqa: F401  (the import sets numpy as Theano's world has it)

        np.set_printoptions(precision=3)  # the script's own options keep the numpy 1.x scalars
        assert repr([np.float64(0.5), np.int64(2), np.bool_(True)]) == "[0.5, 2, True]"
        assert repr(np.array([1.23456])) == "array([1.235])"
    assert np.get_printoptions() == before
