"""The engine is layered: observe -> graph -> tensor -> random -> shared -> streams -> compile.

The import graph is read from the source by ``scripts/import_graph.py`` (every import
statement, function-local ones included), so an import hidden in a function to dodge a
circle still fails here.  Importing every engine module must not load the CLI's libraries
(click, rich) or the layers above the engine (printing, trace, commands).
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap

import pytest

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("import_graph", REPO_ROOT / "scripts" / "import_graph.py")
import_graph = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(import_graph)

ENGINE = sorted(m for m in import_graph.modules() if import_graph.layer_of(m) is not None)


def test_every_engine_package_has_a_layer():
    packages = {m.split(".")[1] for m in import_graph.modules() if m.count(".") >= 1}
    engine = {"graph", "tensor", "random", "compile", "shared", "streams", "observe"}
    assert engine <= packages
    assert {m.split(".")[1] for m in ENGINE} == engine


def test_the_engine_has_no_import_circle():
    assert import_graph.circles(import_graph.import_graph()) == []


def test_no_engine_module_imports_a_layer_above_its_own():
    assert import_graph.upward(import_graph.import_graph()) == []


def test_the_whole_package_has_no_import_circle():
    assert import_graph.circles(import_graph.import_graph(lambda m: 0)) == []


def test_the_checker_sees_a_circle_made_by_a_function_local_import(tmp_path):
    """The checker itself: a package whose circle and upward import hide in functions."""
    package = tmp_path / "rngscope"
    for path, text in {
        "__init__.py": "",
        "graph/__init__.py": "",
        "graph/basic.py": "def eval():\n    from rngscope.compile import function\n",
        "compile/__init__.py": "",
        "compile/function.py": "from rngscope.graph.basic import eval\n",
        "tensor/__init__.py": "",
        "tensor/a.py": "from . import b\n",
        "tensor/b.py": "def f():\n    from rngscope.tensor import a\n",
    }.items():
        (package / path).parent.mkdir(parents=True, exist_ok=True)
        (package / path).write_text(textwrap.dedent(text))
    graph = import_graph.import_graph(package_dir=package)
    assert import_graph.circles(graph) == [
        ["rngscope.compile.function", "rngscope.graph.basic"],
        ["rngscope.tensor.a", "rngscope.tensor.b"],
    ]
    assert import_graph.upward(graph) == [("rngscope.graph.basic", 2, "rngscope.compile.function")]


FORBIDDEN = ("click", "rich", "rngscope.printing", "rngscope.trace", "rngscope.commands",
             "rngscope.cli", "rngscope.session")


@pytest.mark.parametrize("extra", [(), ("rngscope.compat", "rngscope.runner")],
                         ids=["engine", "engine+compat+runner"])
def test_importing_the_engine_loads_no_cli_printing_or_trace_module(rngscope_env, extra):
    code = textwrap.dedent(f"""
        import importlib, json, sys
        for name in {ENGINE + list(extra)!r}:
            importlib.import_module(name)
        print(json.dumps(sorted(sys.modules)))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=rngscope_env(), check=True)
    loaded = json.loads(out.stdout)
    assert [m for m in loaded if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)] == []
