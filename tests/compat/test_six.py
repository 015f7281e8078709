"""``six`` while a script runs: the installed one wins; without one, rngscope's stand-in serves
the names Theano 1.0.5's users import, and a name of six it lacks is said as rngscope's gap."""

from __future__ import annotations

import importlib.util
import sys
import textwrap

import pytest

from rngscope.compat import theano_imports

REAL_SIX = importlib.util.find_spec("six") is not None
needs_stand_in = pytest.mark.skipif(REAL_SIX, reason="six is installed here: the stand-in is not used")

SCRIPT = textwrap.dedent("""\
    import urllib.request
    import six
    import six.moves.cPickle as pickle
    import six.moves.urllib.request as request
    from six.moves import cPickle, range, reduce, xrange, zip
    from six.moves import urllib
    print(six.PY2, six.PY3, pickle.__name__, cPickle is pickle, request is urllib.request)
    print(list(xrange(3)), reduce(lambda a, b: a * b, range(1, 5)), list(zip('ab', [1, 2])))
    print(sorted(six.iteritems({'b': 2, 'a': 1})), list(six.itervalues({'a': 1})))
    print(six.string_types, six.integer_types, six.text_type, six.binary_type)
    print(urllib.parse.quote('a b'), six.b('x'), six.u('y'), six.ensure_str(b'z'))

    class Meta(type):
        pass

    class A(six.with_metaclass(Meta, object)):
        pass

    @six.add_metaclass(Meta)
    class B(object):
        pass

    print(type(A).__name__, type(B).__name__)
    """)
EXPECTED = (
    "False True pickle True True\n"
    "[0, 1, 2] 24 [('a', 1), ('b', 2)]\n"
    "[('a', 1), ('b', 2)] [1]\n"
    "(<class 'str'>,) (<class 'int'>,) <class 'str'> <class 'bytes'>\n"
    "a%20b b'x' y z\n"
    "Meta Meta\n"
)


def test_a_script_using_the_tutorials_six_idioms_runs_as_with_six(tmp_path, rngscope):
    (tmp_path / "s.py").write_text(SCRIPT, encoding="utf-8")
    proc = rngscope("run", "s.py", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode() == EXPECTED


@needs_stand_in
def test_a_name_of_six_the_stand_in_lacks_is_rngscopes_gap(tmp_path, rngscope):
    (tmp_path / "s.py").write_text("import six\n\nsix.get_method_self(len)\n", encoding="utf-8")
    run = rngscope("run", "s.py", cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr.decode() == (
        "rngscope run: six.get_method_self is not implemented by rngscope (s.py, line 3)\n")
    inspect = rngscope("streams", "s.py", cwd=tmp_path)
    assert inspect.returncode == 2
    assert "six.get_method_self is not implemented by rngscope (s.py, line 3)" in inspect.stderr.decode()


@needs_stand_in
def test_a_name_six_lacks_too_is_pythons_attribute_error():
    with theano_imports():
        import six

        with pytest.raises(AttributeError, match="module 'six' has no attribute 'nothing'"):
            six.nothing  # noqa: B018
        with pytest.raises(AttributeError, match="module 'six.moves' has no attribute 'nothing'"):
            six.moves.nothing  # noqa: B018
        with pytest.raises(ModuleNotFoundError):
            import six.moves.nothing  # noqa: F401


def test_an_installed_six_wins_and_nothing_is_left_after(tmp_path, monkeypatch):
    (tmp_path / "six.py").write_text("WHICH = 'installed'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = {name for name in sys.modules if name == "six" or name.startswith("six.")}
    with theano_imports():
        import six

        assert six.WHICH == "installed"
    assert {name for name in sys.modules if name == "six" or name.startswith("six.")} == before


@needs_stand_in
def test_the_stand_in_leaves_no_module_behind_and_the_standard_library_untouched():
    import urllib.request

    with theano_imports():
        import six.moves.urllib.request as request

        assert request is urllib.request
    assert urllib.request.__name__ == "urllib.request"
    assert not [name for name in sys.modules if name == "six" or name.startswith("six.")]
