"""`rngscope streams` and stream fingerprints: who reads and who advances each stream."""
from __future__ import annotations

import io
import json
import re
import textwrap
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st
from rich.console import Console

from rngscope.cli import main
from rngscope.printing import streams_table
from rngscope.runner import load_script
from rngscope.session import inspect_script
from rngscope.trace.fingerprint import fingerprint

GOLDENS = Path(__file__).resolve().parents[1] / "printing" / "goldens"


# --- fingerprints ------------------------------------------------------------------------------


def test_fingerprint_is_12_hex_characters_and_pinned():
    # Pinned: replay and streams must agree on these bytes across versions.
    assert fingerprint(np.random.RandomState(234)) == "aff0211671a9"
    assert fingerprint(np.arange(6, dtype="int32").reshape(2, 3)) == "8f36ea0b4f49"


@settings(max_examples=50, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), draws=st.integers(0, 5), gauss=st.booleans())
def test_equal_fingerprints_exactly_when_future_draws_are_equal(seed, draws, gauss):
    a = np.random.RandomState(seed)
    for _ in range(draws):
        a.normal() if gauss else a.uniform()
    b = np.random.RandomState()
    b.set_state(a.get_state())
    assert fingerprint(a) == fingerprint(b) == fingerprint(a.get_state())
    before = fingerprint(a)
    a.normal()  # moves the key position or the cached gaussian
    assert fingerprint(a) != before


def test_a_cached_gaussian_counts_only_while_it_is_pending():
    name, key, pos, _, _ = np.random.RandomState(1).get_state()
    assert fingerprint((name, key, pos, 0, 0.5)) == fingerprint((name, key, pos, 0, 0.0))
    assert fingerprint((name, key, pos, 1, 0.5)) != fingerprint((name, key, pos, 1, 0.25))


def test_mrg_states_are_hashed_by_dtype_shape_and_bytes():
    m = np.arange(12, dtype="int32").reshape(2, 6)
    assert fingerprint(m) == fingerprint(m.copy())
    assert fingerprint(m) != fingerprint(m.reshape(3, 4))
    assert fingerprint(m) != fingerprint(m.astype("int64"))
    with pytest.raises(TypeError):
        fingerprint("not a state")


# --- the table ------------------------------------------------------------------------------


def sample_table():
    session = inspect_script(load_script(None))
    return session, streams_table.stream_table(session)


def test_sample_table_says_who_reads_and_who_advances():
    session, table = sample_table()
    assert table.functions == ("f", "g", "nearly_zeros")
    (u, n) = table.rows
    assert (u.name, u.distribution, u.size, u.seed) == ("rv_u.rng", "uniform", "(2,2)", 133003720)
    assert u.roles == ("advances", "", "advances")
    assert (n.name, n.distribution, n.roles) == ("rv_n.rng", "normal", ("", "reads only", ""))
    assert u.fingerprint == fingerprint(session.streams[0].shared.get_value(borrow=True))


def test_mrg_streams_are_named_by_the_variables_and_distributions_the_script_made(tmp_path):
    # An MRG uniform, normal or binomial is one mrg_uniform draw under a graph; the table
    # names it as the script does, with the size asked for (a normal of 3 draws 4 uniforms).
    script = tmp_path / "mrg.py"
    script.write_text(textwrap.dedent("""
        import theano
        from theano.sandbox.rng_mrg import MRG_RandomStreams
        srng = MRG_RandomStreams(seed=1234)
        u = srng.uniform((2, 2), low=-1.0, high=1.0)
        n = srng.normal((3,))
        mask = srng.binomial((2,), p=0.8)
        f = theano.function([], [u, n, mask])
        h = theano.function([], n, no_default_updates=True)
    """))
    table = streams_table.stream_table(inspect_script(load_script(str(script))))
    assert [(r.name, r.distribution, r.size, r.roles) for r in table.rows] == [
        ("u.rng", "uniform", "(2,2)", ("advances", "")),
        ("n.rng", "normal", "(3,)", ("advances", "reads only")),
        ("mask.rng", "binomial", "(2,)", ("advances", "")),
    ]


def test_text_table_into_a_pipe_matches_its_golden(rngscope):
    out = rngscope("streams", "-q")
    assert out.returncode == 0, out.stderr
    expected = (GOLDENS / "sample_streams.txt").read_text(encoding="utf-8")
    if out.stdout.decode() != expected:
        print(out.stdout.decode())
    assert out.stdout.decode() == expected
    assert not re.search(rb"\x1b\[", out.stdout)


def test_rich_table_shows_the_same_cells():
    _, table = sample_table()
    console = Console(color_system=None, width=120, file=io.StringIO())
    streams_table.print_rich(table, console)
    lines = [line.split() for line in console.file.getvalue().splitlines() if line.strip()]
    assert lines[0] == ["stream", "distribution", "size", "seed", "state", "f", "g",
                        "nearly_zeros"]
    assert lines[2][:4] == ["rv_u.rng", "uniform", "(2,2)", "133003720"]
    assert lines[2][5:] == ["advances", "advances"]
    assert lines[3][5:] == ["reads", "only"]


def test_json_gives_the_same_data(rngscope):
    doc = json.loads(rngscope("streams", "-q", "--format", "json").stdout)
    assert doc["schema"] == "rngscope.streams/1"
    assert doc["functions"] == ["f", "g", "nearly_zeros"]
    rv_u, rv_n = doc["streams"]
    assert rv_u["name"] == "rv_u.rng" and rv_u["seed"] == 133003720
    assert [f["role"] for f in rv_u["functions"]] == ["advances", None, "advances"]
    assert [f["role"] for f in rv_n["functions"]] == [None, "reads only", None]
    assert re.fullmatch("[0-9a-f]{12}", rv_n["fingerprint"])


def test_a_script_without_streams_says_so_and_succeeds(rngscope, tmp_path):
    script = tmp_path / "plain.py"
    script.write_text(textwrap.dedent("""
        import theano, theano.tensor as T
        x = T.dscalar('x')
        f = theano.function([x], x * 2)
    """))
    out = rngscope("streams", str(script))
    assert (out.returncode, out.stdout) == (0, b"")
    assert out.stderr.decode() == f"rngscope: {script} created no random stream; the table is empty.\n"
    doc = json.loads(rngscope("streams", str(script), "--format", "json").stdout)
    assert (doc["functions"], doc["streams"]) == (["f"], [])


def test_errors_exit_2(rngscope, tmp_path):
    assert rngscope("streams", str(tmp_path / "missing.py")).returncode == 2
    assert rngscope("streams", "--width", "0").returncode == 2
    script = tmp_path / "raises.py"
    script.write_text("raise RuntimeError('stop')\n")
    out = rngscope("streams", str(script))
    assert out.returncode == 2 and b'raises.py", line 1, in <module>' in out.stderr


def test_help_has_a_description_and_an_example():
    out = CliRunner().invoke(main, ["streams", "--help"])
    assert out.exit_code == 0
    assert "Show which function reads and which advances each random stream." in out.output
    assert "Examples:\n    rngscope streams  " in out.output
