"""The import graph of rngscope's engine, read from the source (ast: nothing is imported).

    python scripts/import_graph.py          # the engine: layers, circles, upward imports
    python scripts/import_graph.py --all    # every module of the package (circles only)

Every import statement counts, at module level or inside a function: an import
moved into a function to dodge a circle is still an edge.  The engine's layers,
lowest first, are ``LAYERS``; a module may import its own layer (without a
circle) and the layers below it, never one above.  Exit status 1 when there is
a circle or an upward import.  ``tests/test_layering.py`` asserts the same.
"""
from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "rngscope"

# (layer, the modules and packages in it), lowest first
LAYERS = (
    ("observe", ("rngscope.observe",)),
    ("graph", ("rngscope.graph",)),
    ("tensor", ("rngscope.tensor",)),
    ("random", ("rngscope.random",)),
    ("shared", ("rngscope.shared",)),
    ("streams", ("rngscope.streams",)),
    ("compile", ("rngscope.compile",)),
)


def modules(package_dir=PACKAGE_DIR):
    """{dotted module name: source path} for every module of the package."""
    found = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = path.relative_to(package_dir.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def layer_of(module):
    """The index in LAYERS of the layer holding ``module``, or None (not engine)."""
    for index, (_name, members) in enumerate(LAYERS):
        if any(module == m or module.startswith(m + ".") for m in members):
            return index
    return None


def imports(module, path, known):
    """The package's modules that ``module`` imports: [(target, line, local?)].

    ``from a import b`` names the module ``a.b`` when there is one, else ``a``.
    ``local`` is true for an import inside a function or class body.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    stack = [(node, False) for node in tree.body]
    while stack:
        node, local = stack.pop()
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.extend((t, node.lineno, local) for t in _targets(alias.name, (), known))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            names = tuple(alias.name for alias in node.names)
            found.extend((t, node.lineno, local) for t in _targets(base, names, known))
        inner = local or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                                           ast.ClassDef))
        stack.extend((child, inner) for child in ast.iter_child_nodes(node))
    return sorted(set(found))


def _targets(base, names, known):
    if not names:
        return [base] if base in known else []
    targets = [f"{base}.{n}" for n in names if f"{base}.{n}" in known]
    if len(targets) < len(names) and base in known:
        targets.append(base)
    return targets


def import_graph(select=layer_of, package_dir=PACKAGE_DIR):
    """{module: [(target, line, local?)]} over the modules ``select`` keeps (both ends)."""
    known = modules(package_dir)
    chosen = {m: p for m, p in known.items() if select(m) is not None}
    return {m: [e for e in imports(m, p, known) if e[0] in chosen and e[0] != m]
            for m, p in chosen.items()}


def circles(graph):
    """The strongly connected components of more than one module (Tarjan, iterative),
    each sorted, largest first."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted({t for t, _l, _x in graph[root]})))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted({t for t, _l, _x in graph[child]}))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return sorted(found, key=lambda c: (-len(c), c))


def upward(graph):
    """Imports of a higher layer: [(module, line, target)]."""
    return [(m, line, t) for m, edges in sorted(graph.items()) for t, line, _local in edges
            if layer_of(t) > layer_of(m)]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every module, not only the engine")
    args = parser.parse_args(argv)
    graph = import_graph((lambda m: 0) if args.all else layer_of)
    edges = sum(len(e) for e in graph.values())
    local = sum(1 for e in graph.values() for _t, _l, x in e if x)
    print(f"{len(graph)} modules, {edges} import edges ({local} inside functions)")
    found = circles(graph)
    print(f"{len(found)} circle(s)" + (": sizes " + ", ".join(str(len(c)) for c in found)
                                         if found else ""))
    for component in found:
        print("  circle of %d: %s" % (len(component), " ".join(component)))
    bad = [] if args.all else upward(graph)
    print(f"{len(bad)} upward import(s)")
    for module, line, target in bad:
        print(f"  {module}:{line} imports {target} "
              f"({LAYERS[layer_of(module)][0]} -> {LAYERS[layer_of(target)][0]})")
    return 1 if found or bad else 0


if __name__ == "__main__":
    sys.exit(main())
