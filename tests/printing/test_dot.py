"""DOT export: goldens for the built-in sample, the picture's promises, Graphviz parsing it."""
from __future__ import annotations

import re
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
from golden import assert_golden as check_golden

from rngscope.printing import dot, tree
from rngscope.printing.debugprint import PrintOptions, render_theano
from rngscope.runner import ScriptSource, load_script
from rngscope.session import inspect_script

GOLDENS = Path(__file__).parent / "goldens"


def assert_golden(actual: str, name: str) -> None:
    check_golden(actual, GOLDENS / name)

def views_of(text=None, source=False):
    script = load_script(None) if text is None else ScriptSource(
        "test.py", "test.py", textwrap.dedent(text), None)
    session = inspect_script(script)
    return [tree.function_view(cf.function, cf.name, index=cf.index, line=cf.line,
                               streams=session.streams, source=source)
            for cf in session.functions]


def sample_dot(source=False) -> str:
    """What `rngscope graph [--source]` prints for the built-in sample."""
    graphs = "graphs as written" if source else "compiled graphs"
    name = load_script(None).name
    return dot.document(views_of(source=source), f"{name}: {graphs}")


def statements(text: str, cluster: str) -> list:
    """The statement lines of one function's cluster."""
    lines = text.splitlines()
    start = next(k for k, ln in enumerate(lines) if ln.startswith('  subgraph "cluster_')
                 and ln.endswith(f'_{cluster}" {{'))
    end = lines.index("  }", start)
    return [ln.strip() for ln in lines[start + 1:end]]


def test_compiled_sample_matches_its_golden():
    assert_golden(sample_dot(), "sample_graph.dot")


def test_source_sample_matches_its_golden():
    assert_golden(sample_dot(source=True), "sample_graph_source.dot")


def test_the_same_script_gives_the_same_bytes_every_run():
    assert sample_dot() == sample_dot()
    assert sample_dot(source=True) == sample_dot(source=True)
    assert " at 0x" not in sample_dot(source=True)


@pytest.mark.parametrize("source", [False, True])
def test_node_ids_are_the_debugprint_ids(source):
    """Every node drawn is named FUNCTION.ID with the id Theano's debugprint gives it."""
    views = views_of(source=source)
    text = dot.document(views, "t")
    for view in views:
        printed = render_theano(view.lines(PrintOptions()), PrintOptions())
        debugprint_ids = set(re.findall(r"\[id ([A-Z]+)\]", printed))
        drawn = re.findall(rf'^"{view.name}\.([A-Z]+)" \[', "\n".join(statements(text, view.name)),
                           re.M)
        assert drawn and set(drawn) <= debugprint_ids
        for ident in drawn:
            assert f"[id {ident}]" in text


def test_a_draw_used_three_times_is_one_box_with_an_edge_to_each_use():
    body = statements(sample_dot(source=True), "nearly_zeros")
    random_boxes = [s for s in body if "peripheries=2" in s]
    assert len(random_boxes) == 1 and random_boxes[0].startswith('"nearly_zeros.C" ')
    assert "rv_u ~ uniform(0.0, 1.0, size=(2,2))" in random_boxes[0]
    assert "from rv_u.rng" in random_boxes[0]
    uses = [s for s in body if s.startswith('"nearly_zeros.C":draw -> ')]
    assert [re.search(r'label="([^"]*)"', s).group(1) for s in uses] == [
        "0 · use 1 of 3", "1 · use 2 of 3", "1 · use 3 of 3"]
    compiled = statements(sample_dot(), "nearly_zeros")
    assert [s for s in compiled if ":draw -> " in s] == [
        '"nearly_zeros.B":draw -> "nearly_zeros.A" [label="i0 ×3"];']


def test_an_advanced_stream_has_an_update_loop_and_a_frozen_one_has_none():
    text = sample_dot()
    f = statements(text, "f")
    assert '"f.B" -> "f.A" [label="reads"];' in f
    loop = [s for s in f if "default update" in s]
    assert loop == ['"f.B" -> "f.A":state [dir=back, label="default update", color="#7b2d8e", '
                    'fontcolor="#7b2d8e", penwidth=2];']
    g = statements(text, "g")
    assert not [s for s in g if "update" in s and "->" in s]
    stream = next(s for s in g if s.startswith('"g.B" ['))
    assert "frozen" in stream and "shape=cylinder" in stream and "dashed" in stream


def test_explicit_updates_and_inputs_are_drawn():
    views = views_of("""
        import numpy as np
        import theano
        import theano.tensor as T
        from theano.tensor.shared_randomstreams import RandomStreams
        srng = RandomStreams(seed=1)
        x = T.vector("x")
        rv = srng.normal((3,), avg=x.mean())
        count = theano.shared(0, name="count")
        h = theano.function([x], rv * 2, updates=[(count, count + 1)])
    """)
    body = statements(dot.document(views, "t"), "h")
    updates = [s for s in body if "update" in s and "->" in s]
    assert len(updates) == 2
    assert any('label="default update"' in s and ":state [dir=back" in s for s in updates)
    assert any('label="update"' in s for s in updates)
    assert any('label="x\\n[id ' in s and "input" in s for s in body)


def test_labels_are_quoted_and_escaped():
    assert dot.quote('a "b" \\ c\nd') == '"a \\"b\\" \\\\ c\\nd"'
    assert dot.html("a<b & c>") == "a&lt;b &amp; c&gt;"


@pytest.mark.skipif(shutil.which("dot") is None,
                    reason="Graphviz's `dot` is not installed (apt-get install graphviz)")
@pytest.mark.parametrize("source", [False, True])
def test_graphviz_parses_the_dot(source):
    done = subprocess.run(["dot", "-Tsvg"], input=sample_dot(source).encode(),
                          capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b""
    svg = done.stdout.decode()
    assert "<svg" in svg and "rv_u ~ uniform(0.0, 1.0, size=(2,2))" in svg
    assert "default update" in svg and "frozen" in svg
