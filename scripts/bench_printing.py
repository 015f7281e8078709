"""Time rngscope's printers on big graphs: median seconds per rendering.

Graphs: an elementwise chain ``x = x * 1.0001 + 0.5`` (every node one level
deeper than the last) of 10,000 and 100,000 nodes, and a balanced sum of
10,000 nodes (wide and shallow, where Theano's own text is linear too).
Renderings: the annotated text tree (``rngscope debugprint``), the JSON
document (``--format json``) and, on the shallow graph, Theano's text
(``--style theano``).  Target: under 1 s for 10,000 nodes.

    python scripts/bench_printing.py [--repeat N]
"""
from __future__ import annotations

import argparse
import statistics
import time

from rngscope.printing import json_export, tree
from rngscope.printing.debugprint import PrintOptions, render_theano
from rngscope.tensor import basic as T


def chain(n_nodes):
    y = T.dscalar("x")
    for _ in range(n_nodes // 2):
        y = y * 1.0001 + 0.5
    return y


def balanced_sum(n_nodes):
    terms = [T.dscalar(f"x{k}") for k in range(n_nodes + 1)]
    while len(terms) > 1:
        terms = [a + b for a, b in zip(terms[::2], terms[1::2])] + terms[len(terms) // 2 * 2:]
    return terms[0]


def median_seconds(work, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    graphs = [("chain, 10,000 nodes deep", chain(10_000), False),
              ("chain, 100,000 nodes deep", chain(100_000), False),
              ("balanced sum, 10,000 nodes", balanced_sum(10_000), True)]
    options = PrintOptions()
    print(f"{'graph':<28} {'rendering':<12} {'median s':>9}")
    for title, out, shallow in graphs:
        view = tree.graph_view([out])
        renderings = [
            ("text tree", lambda: tree.render_text(tree.tree_rows([view], options, 100))),
            ("json", lambda: json_export.dumps(json_export.document([view], "bench"))),
        ]
        if shallow:
            renderings.append(("theano", lambda: render_theano(view.lines(options), options)))
        repeat = args.repeat if view.node_count <= 10_000 else max(1, args.repeat // 2)
        for name, work in renderings:
            print(f"{title:<28} {name:<12} {median_seconds(work, repeat):>9.3f}", flush=True)


if __name__ == "__main__":
    main()
