"""rngscope.naming: the one rule both the session and the replay controller name streams by."""
from __future__ import annotations

import types

import json
import textwrap

from click.testing import CliRunner

from rngscope.cli import main
from rngscope.naming import (
    ResultNames, assigned_names, bound_names, local_names, made_on, stream_names,
)


def test_streams_are_named_after_their_variable_or_their_kind_in_creation_order():
    module = types.ModuleType("script")
    rv_u, rv_n, unnamed_a, unnamed_b = object(), object(), object(), object()
    module.rv_u, module.alias_of_rv_u, module.rv_n = rv_u, rv_u, rv_n
    bound = bound_names(module)
    assert stream_names([(rv_u, "uniform"), (unnamed_a, "normal"), (rv_n, "normal"),
                         (unnamed_b, "normal"), (None, None)], bound) == [
        "rv_u.rng", "normal#0.rng", "rv_n.rng", "normal#1.rng", "stream#0.rng"]


def test_no_module_names_nothing():
    assert bound_names(None) == {}


def test_results_are_named_after_their_assignment():
    names = ResultNames("v1 = f()\nnz_u, nz = nearly_zeros()\nshow(f())\n")
    assert names((1, 5, 1, 8), "f", 1) == ("v1", ("v1",))
    assert names((2, 11, 2, 25), "nearly_zeros", 2) == ("nz_u, nz", ("nz_u", "nz"))
    assert names((3, 5, 3, 8), "f", 1) == (None, (None,))


def test_assignments_of_calls_name_every_line_of_their_statement():
    text = textwrap.dedent("""\
        def main():
            train = theano.function([x],
                                    cost)
            self.mask = srng.binomial(size=(2,))
            a, b = f()
            g(h())
            return theano.function([], y)
        """)
    assert assigned_names(text) == {2: "train", 3: "train", 4: "self.mask"}
    assert assigned_names("def (:") == {}


def test_the_first_value_made_under_a_local_name_takes_it_unless_a_global_has_it():
    first, second, third, glob, nowhere = object(), object(), object(), object(), object()
    bound = {id(glob): "f"}
    assigned = {1: "fn", 2: "f", 3: "g"}
    made = [(first, 1), (second, 1), (glob, 2), (third, 2), (nowhere, None)]
    assert local_names(made, bound, assigned) == ["fn", None, None, None, None]
    assert local_names([(third, 3)], bound, assigned) == ["g"]


def test_the_making_line_comes_from_the_creation_trace_in_the_script_only():
    class Made:
        made_at = [("other.py", 3, "f", None), ("script.py", 7, "main", None)]

    class Elsewhere:
        tag = {"trace": [("script.py", 2, "<module>", None), ("helper.py", 9, "build", None)]}

    assert made_on(Made(), "script.py") == 7
    assert made_on(Elsewhere(), "script.py") is None and made_on(object(), "script.py") is None


MAIN = """\
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def main():
    srng = RandomStreams(seed=5)
    x = T.vector('x')
    mask = srng.binomial(size=x.shape, p=0.5)
    train = theano.function([x], x * mask)
    test = theano.function([x], x * mask, no_default_updates=True)
    a = train(np.ones(3))
    b = test(np.ones(3))
    print(a, b)


main()
"""


def test_functions_and_streams_made_in_main_are_named_alike_in_every_output(tmp_path):
    """The text timeline, the JSONL lines and the streams table name the local ``train``,
    ``test`` and ``mask`` (not ``function#0``, ``binomial#0``), and the results ``a``, ``b``."""
    script = tmp_path / "local.py"
    script.write_text(MAIN)
    runner = CliRunner()
    text = runner.invoke(main, ["replay", "--quiet", str(script)]).output
    assert "  mask.rng  " in text and "a = train()" in text and "b = test()" in text
    assert "function#" not in text and "binomial#" not in text
    lines = [json.loads(line) for line in runner.invoke(
        main, ["replay", "--quiet", "--format", "jsonl", str(script)]).output.splitlines()]
    calls = [(e["function"], e["result"], e["streams"][0]["stream"]) for e in lines
             if e["event"] == "call"]
    assert calls == [("train", "a", "mask.rng"), ("test", "b", "mask.rng")]
    assert lines[0]["streams"][0]["stream"] == "mask.rng"
    table = runner.invoke(main, ["streams", "--quiet", str(script)]).output
    assert table.splitlines()[0].split() == [
        "stream", "distribution", "size", "seed", "state", "train", "test"]
