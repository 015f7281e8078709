"""The `rngscope.debugprint/1` document: the annotated tree as data, byte-stable."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from golden import assert_golden as check_golden

from rngscope.printing import json_export, tree
from rngscope.runner import ScriptSource, load_script
from rngscope.session import inspect_script

GOLDENS = Path(__file__).parent / "goldens"


def assert_golden(actual: str, name: str) -> None:
    check_golden(actual, GOLDENS / name)

def sample_doc(source=False, depth=-1, text=None) -> str:
    script = load_script(None) if text is None else ScriptSource(
        "test.py", "test.py", textwrap.dedent(text), None)
    session = inspect_script(script)
    views = [tree.function_view(cf.function, cf.name, index=cf.index, line=cf.line,
                                streams=session.streams, source=source)
             for cf in session.functions]
    return json_export.dumps(json_export.document(views, session.source.name, source, depth))


def test_sample_document_matches_its_golden():
    assert_golden(sample_doc(), "sample_debugprint.json")


def test_the_same_script_gives_the_same_bytes_every_run():
    assert sample_doc() == sample_doc()
    assert sample_doc(source=True) == sample_doc(source=True)
    assert " at 0x" not in sample_doc(source=True)


@pytest.mark.parametrize("source", [False, True])
def test_every_reference_names_a_listed_node(source):
    doc = json.loads(sample_doc(source))
    assert doc["schema"] == "rngscope.debugprint/1"
    assert doc["graph"] == ("source" if source else "compiled")
    for fn in doc["functions"]:
        ids = {n["id"] for n in fn["nodes"]}
        refs = {o["ref"] for n in fn["nodes"] if n["kind"] == "apply" for o in n["outputs"]}
        refs |= {n["id"] for n in fn["nodes"] if n["kind"] != "apply"}
        for n in fn["nodes"]:
            if n["kind"] == "apply":
                assert set(n["inputs"]) <= refs
                assert (n["toposort"] is None) == source
        assert set(fn["outputs"]) <= refs
        assert {u["value"] for u in fn["updates"]} <= refs
        assert {r["node"] for r in fn["random_nodes"]} <= ids


def test_nearly_zeros_is_one_random_node_used_three_times():
    compiled, source = (json.loads(sample_doc(s))["functions"][2] for s in (False, True))
    (draw,) = compiled["random_nodes"]
    assert draw["label"] == "rv_u ~ uniform(0.0, 1.0, size=(2,2)) from rv_u.rng"
    assert (draw["uses"], draw["sampled_once_per_call"]) == (3, True)
    assert draw["used_by"] == [{"node": "A", "input": 0, "count": 3}]
    (draw,) = source["random_nodes"]
    assert draw["uses"] == 3 and sum(u["count"] for u in draw["used_by"]) == 3
    assert compiled["updates"] == [{"target": "rv_u.rng", "value": "B.0", "kind": "default",
                                    "text": "uniform.new_state"}]


def test_g_reads_its_stream_without_advancing_it():
    g = json.loads(sample_doc())["functions"][1]
    assert g["streams"] == {"advances": [], "reads_only": ["rv_n.rng"],
                            "repeats_same_draw": ["rv_n.rng"]}
    assert g["updates"] == []


def test_explicit_updates_and_shared_leaves():
    doc = json.loads(sample_doc(text="""
        import numpy as np, theano
        from theano.tensor.shared_randomstreams import RandomStreams
        acc = theano.shared(np.zeros(3), name='acc')
        u = RandomStreams(seed=17).uniform((3,))
        step = theano.function([], u, updates=[(acc, acc + u)])
    """))
    (step,) = doc["functions"]
    assert [(u["target"], u["kind"]) for u in step["updates"]] == [
        ("u.rng", "default"), ("acc", "explicit")]
    leaves = {n["text"]: n for n in step["nodes"] if n["kind"] != "apply"}
    assert leaves["acc"]["kind"] == "shared" and "stream" not in leaves["acc"]
    assert leaves["<RandomStateType>"]["stream"] == "u.rng"
    (draw,) = step["random_nodes"]
    assert (draw["uses"], draw["as_output"]) == (2, 1)


def test_depth_limits_the_nodes_and_leaves_null_references():
    fn = json.loads(sample_doc(depth=1))["functions"][2]
    assert [n["id"] for n in fn["nodes"]] == ["A", "B"]
    assert fn["nodes"][0]["inputs"] == ["B.1", None]
