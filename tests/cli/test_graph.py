"""`rngscope graph`: DOT on stdout, SVG/PNG through Graphviz, atomic -o, and no Graphviz."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from rngscope.cli import main
from rngscope.printing import render

GOLDENS = Path(__file__).resolve().parents[1] / "printing" / "goldens"
HAS_DOT = shutil.which("dot") is not None
NEEDS_DOT = pytest.mark.skipif(not HAS_DOT, reason="Graphviz's `dot` is not installed "
                                                   "(apt-get install graphviz)")


@pytest.fixture
def rngscope(rngscope_process):
    def run(*args, **env):
        return rngscope_process("graph", *args, **{"NO_COLOR": "", "COLUMNS": "80", **env})
    return run


def test_dot_is_the_default_and_matches_the_golden(rngscope):
    done = rngscope()
    assert done.returncode == 0
    assert done.stdout.decode() == (GOLDENS / "sample_graph.dot").read_text(encoding="utf-8")
    assert b"v1 == v3: True" in done.stderr  # the script's own output goes to stderr


def test_source_and_function_pick_the_graph(rngscope):
    done = rngscope("--source", "-f", "nearly_zeros", "--quiet")
    assert done.returncode == 0 and done.stderr == b""
    text = done.stdout.decode()
    assert text.count("subgraph ") == 1 and '"cluster_2_nearly_zeros"' in text
    assert "Elemwise{sub,no_inplace}" in text


def test_an_unknown_function_is_a_usage_error(rngscope):
    done = rngscope("-f", "nope", "-q")
    assert done.returncode == 2
    assert b"no function named 'nope'; available: f, g, nearly_zeros" in done.stderr
    assert b"Traceback" not in done.stderr and done.stdout == b""


@NEEDS_DOT
@pytest.mark.parametrize("fmt, magic", [("svg", b"<?xml"), ("png", b"\x89PNG\r\n\x1a\n")])
def test_svg_and_png_are_rendered_by_graphviz(rngscope, tmp_path, fmt, magic):
    out = tmp_path / f"graph.{fmt}"
    done = rngscope("--format", fmt, "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout == b""
    assert out.read_bytes().startswith(magic)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


@NEEDS_DOT
def test_svg_goes_to_stdout_without_o(rngscope):
    done = rngscope("--format", "svg", "-q")
    assert done.returncode == 0
    assert b"<svg" in done.stdout and b"default update" in done.stdout


def test_without_graphviz_svg_says_how_to_install_it_and_writes_nothing(rngscope, tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    out, old = tmp_path / "graph.svg", tmp_path / "old.svg"
    old.write_text("keep me")
    for target in (out, old):
        done = rngscope("--format", "svg", "-o", str(target), PATH=str(empty))
        assert done.returncode == 2
        message = done.stderr.decode()
        assert "apt-get install graphviz" in message and "brew install graphviz" in message
        assert "--format dot" in message and "Nothing was written" in message
        assert "Traceback" not in message
        assert b"v1 =" not in done.stderr  # it says so before running the script
    assert not out.exists() and old.read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bin", "old.svg"]
    done = rngscope("-q", "-o", str(out), PATH=str(empty))  # DOT needs no Graphviz
    assert done.returncode == 0 and out.read_text().startswith("digraph rngscope {")


def test_o_writes_through_a_temporary_file_and_os_replace(tmp_path, monkeypatch):
    out = tmp_path / "graph.dot"
    out.write_text("old")
    replaced = []
    real_replace = os.replace

    def spy(src, dst):
        replaced.append((Path(src), Path(dst), Path(src).read_text()))
        real_replace(src, dst)

    monkeypatch.setattr(render.os, "replace", spy)
    result = CliRunner().invoke(main, ["graph", "-q", "-o", str(out)])
    assert result.exit_code == 0, result.output
    (src, dst, written), = replaced
    assert src.parent == tmp_path and src != out and dst == out
    assert written == out.read_text() and written.startswith("digraph rngscope {")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.dot"]
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask  # not mkstemp's private 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    out = tmp_path / "graph.dot"
    out.write_text("old")

    def broken(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(render.os, "replace", broken)
    result = CliRunner().invoke(main, ["graph", "-q", "-o", str(out)])
    assert result.exit_code == 2
    assert "cannot write" in result.output and "No space left on device" in result.output
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.dot"]


def test_o_into_a_missing_folder_is_a_usage_error(rngscope, tmp_path):
    done = rngscope("-q", "-o", str(tmp_path / "no" / "such" / "graph.dot"))
    assert done.returncode == 2
    assert b"cannot write" in done.stderr and b"Traceback" not in done.stderr
