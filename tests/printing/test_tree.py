"""The annotated tree: one sampled node per random variable, its stream, uses and updates.

Goldens are compared exactly; on a mismatch the test prints the actual text so
it can be reviewed and pasted (or rewritten with RNGSCOPE_UPDATE_GOLDENS=1).
"""
from __future__ import annotations

import io
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from golden import assert_golden as check_golden
from hypothesis import given, settings, strategies as st
from rich.console import Console

from rngscope.compile.function import function
from rngscope.printing import tree
from rngscope.printing.debugprint import PrintOptions, debugprint, render_theano
from rngscope.runner import ScriptSource, load_script
from rngscope.session import inspect_script
from rngscope.tensor import basic as T

GOLDENS = Path(__file__).parent / "goldens"
WIDTH = 100


def assert_golden(actual: str, name: str) -> None:
    check_golden(actual, GOLDENS / name)

def session_of(text: str | None = None):
    source = load_script(None) if text is None else ScriptSource(
        "test.py", "test.py", textwrap.dedent(text), None)
    return inspect_script(source)


def views_of(session, source=False):
    return [tree.function_view(cf.function, cf.name, index=cf.index, line=cf.line,
                               streams=session.streams, source=source)
            for cf in session.functions]


def rich_capture(rows, width=WIDTH) -> str:
    console = Console(color_system=None, width=width, file=io.StringIO(), highlight=False)
    tree.print_rich(rows, console)
    return console.file.getvalue()


@pytest.fixture(scope="module")
def sample():
    return session_of()


# --- goldens of the built-in sample ------------------------------------------------------


@pytest.mark.parametrize("source, golden", [(False, "sample_tree.txt"),
                                            (True, "sample_tree_source.txt")])
def test_sample_tree_matches_its_golden_as_text_and_as_rich(sample, source, golden):
    rows = tree.tree_rows(views_of(sample, source), width=WIDTH)
    assert_golden(tree.render_text(rows), golden)
    assert_golden(rich_capture(rows), golden)  # --style text is the rich tree without colour


# --- what the tree must show ----------------------------------------------------------------


def test_nearly_zeros_holds_one_draw_used_three_times_in_both_graphs(sample):
    for source in (False, True):
        view = views_of(sample, source)[2]
        (draw,) = view.random.values()
        assert draw.label == "rv_u ~ uniform(0.0, 1.0, size=(2,2)) from rv_u.rng"
        assert draw.use_count == 3
    compiled = views_of(sample)[2]
    (draw,) = compiled.random.values()
    assert [(u.position, u.count, u.composite) for u in draw.uses] == [(0, 3, True)]


def test_source_tree_points_every_repeat_use_back_to_the_one_node(sample):
    text = tree.render_text(tree.tree_rows(views_of(sample, source=True)[2:], width=WIDTH))
    assert text.count("rv_u ~ uniform") == 1
    assert "rv_u [id C] ↑ the same draw, use 2 of 3" in text
    assert "rv_u [id C] ↑ the same draw, use 3 of 3" in text


def test_headers_say_which_streams_are_advanced_and_which_only_read(sample):
    f, g, nearly_zeros = views_of(sample)
    assert (f.advances, f.reads_only, f.repeats) == (["rv_u.rng"], [], [])
    assert (g.advances, g.reads_only, g.repeats) == ([], ["rv_n.rng"], ["rv_n.rng"])
    assert [(u.target, u.default) for u in nearly_zeros.updates] == [("rv_u.rng", True)]


SCRIPT_WITH_UPDATES = """
import numpy as np
import theano
from theano.tensor.shared_randomstreams import RandomStreams
srng = RandomStreams(seed=17)
count = theano.shared(0, name='count')
u = srng.uniform((3,))
step = theano.function([], u, updates=[(count, count + 1)])
frozen = theano.function([], u * 2, no_default_updates=[u.rng])
"""


def test_explicit_updates_are_marked_and_their_expressions_printed():
    session = session_of(SCRIPT_WITH_UPDATES)
    step, frozen = views_of(session)
    text = tree.render_text(tree.tree_rows([step], width=WIDTH))
    assert "    u.rng ← uniform.new_state [id A] (default update)\n" in text
    assert ("    count ← Elemwise{Add}[(0, 1)] [id B] step 1 (explicit update)\n"
            "    ├── TensorConstant{1} [id C]\n"
            "    └── count [id D]\n") in text
    assert frozen.repeats == ["u.rng"] and frozen.updates == []
    assert "every call repeats the same draw" in tree.render_text(tree.tree_rows([frozen]))


def test_a_symbolic_size_keeps_the_random_node_inputs_visible():
    session = session_of("""
        import theano, theano.tensor as T
        from theano.tensor.shared_randomstreams import RandomStreams
        x = T.dmatrix('x')
        noise = RandomStreams(seed=3).uniform(size=x.shape)
        f = theano.function([x], x + noise)
    """)
    text = tree.render_text(tree.tree_rows(views_of(session, source=True)))
    assert "noise ~ uniform(0.0, 1.0, size=Shape) from noise.rng [id" in text
    assert "noise.rng [id" in text and "(stream state)" in text
    assert "└── x [id" in text


def test_print_type_and_id_styles_reach_the_tree(sample):
    view = views_of(sample)[0]
    typed = tree.render_text(tree.tree_rows([view], PrintOptions(print_type=True)))
    assert "[id A] <TensorType(float64, matrix)> step 0" in typed
    plain = tree.render_text(tree.tree_rows([view], PrintOptions(ids="")))
    assert "[id" not in plain
    numbered = tree.render_text(tree.tree_rows([view], PrintOptions(ids="int")))
    assert "rng [id 0] step 0" in numbered


# --- one walk, many renderings: Theano's text from the same view ----------------------------


@pytest.mark.parametrize("options", [PrintOptions(), PrintOptions(ids="int", depth=2),
                                     PrintOptions(print_type=True, ids="")])
def test_theano_rendering_of_a_view_is_the_library_debugprint(sample, options):
    for cf, view in zip(sample.functions, views_of(sample)):
        expected = debugprint(cf.function, depth=options.depth, print_type=options.print_type,
                              ids=options.ids, file="str")
        assert render_theano(view.lines(options), options) == expected


def test_walk_without_prefixes_keeps_levels_and_last_flags(sample):
    view = views_of(sample, source=True)[2]
    with_prefixes = view.lines()
    without = view.lines(prefixes=False)
    assert [(a.text, a.id, a.level, a.last) for a in with_prefixes] == [
        (b.text, b.id, b.level, b.last) for b in without]
    for line in with_prefixes:
        assert len(line.prefix) == 2 * line.level
        assert line.level == 0 or line.prefix.endswith(" |")


# --- deep graphs: iterative, folded, linear ---------------------------------------------------


def chain(n_nodes: int):
    x = T.dscalar("x")
    y = x
    for _ in range(n_nodes // 2):
        y = y * 1.0001 + 0.5
    return x, y


def test_a_100000_node_deep_compiled_chain_prints():
    from rngscope.printing import json_export

    x, y = chain(100_000)
    fn = function([x], y, mode="FAST_COMPILE")
    view = tree.function_view(fn, "deep")
    assert view.node_count == 100_000
    rows = tree.tree_rows([view], width=WIDTH)
    text = tree.render_text(rows)
    assert text.count(" step ") == 100_000  # every node is printed once
    fold = tree.fold_depth(WIDTH)
    assert max(len(line) for line in text.splitlines()) < 4 * fold + 200
    assert text.count("⋯ inputs continue below") == 100_000 // fold
    nodes = json_export.document([view], "deep")["functions"][0]["nodes"]
    assert len(nodes) == 100_000 + 3  # and x, 1.0001, 0.5
    assert sorted(n["toposort"] for n in nodes if n["kind"] == "apply") == list(range(100_000))


@settings(max_examples=40, deadline=None)
@given(depth=st.integers(1, 120), width=st.integers(40, 160))
def test_folding_keeps_every_line_and_bounds_the_indentation(depth, width):
    x, y = chain(depth)
    view = tree.graph_view([y])
    lines = view.tree_lines()
    text = tree.render_text(tree.tree_rows([view], width=width))
    fold = tree.fold_depth(width)
    printed = [ln for ln in text.splitlines() if "[id " in ln and "continued:" not in ln]
    found = sorted(re.search(r"\[id \w+\]", ln).group() for ln in printed)
    assert found == sorted(ln.id for ln in lines)  # blocks move lines, never lose one
    indent = max(len(ln) - len(ln.lstrip(" │├└─")) for ln in printed)
    assert indent <= len(tree.INDENT) + 4 * fold


def test_use_counts_equal_the_references_in_the_source_graph():
    srng_session = session_of("""
        import theano
        from theano.tensor.shared_randomstreams import RandomStreams
        srng = RandomStreams(seed=5)
        a = srng.normal((3,))
        b = srng.uniform((3,))
        h = theano.function([], [a * a * b, b - a + a])
    """)
    (view,) = views_of(srng_session, source=True)
    uses = {r.variable: r.use_count for r in view.random.values()}
    assert uses == {"a": 4, "b": 2}
    text = tree.render_text(tree.tree_rows([view]))
    assert text.count("a [id") + text.count("a ~ normal") == 4


# --- the engine stays free of the CLI's dependencies ------------------------------------------


def test_importing_the_library_and_its_printers_loads_neither_click_nor_rich():
    code = ("import sys, rngscope, rngscope.session, rngscope.printing.tree, "
            "rngscope.printing.json_export, rngscope.printing.streams_table, "
            "rngscope.trace.fingerprint\n"
            "print(sorted(m for m in ('click', 'rich') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "[]\n"
