"""Regenerate the README's picture: the built-in sample's compiled graphs as SVG.

Runs ``rngscope graph --format svg -o docs/sharing_streams.svg`` in a fresh
process (so the script's own output stays out of the way) and checks the
result is an SVG.  Needs Graphviz (``apt-get install graphviz`` or ``brew
install graphviz``).

    python scripts/render_readme_picture.py [--output docs/sharing_streams.svg]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PICTURE = REPO / "docs" / "sharing_streams.svg"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=PICTURE, help="where to write the SVG")
    args = parser.parse_args()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([sys.executable, "-m", "rngscope", "graph", "--quiet", "--format", "svg",
                           "-o", str(args.output)], cwd=REPO)
    if done.returncode != 0:
        return done.returncode
    if b"<svg" not in args.output.read_bytes()[:2000]:
        print(f"{args.output} is not an SVG", file=sys.stderr)
        return 1
    shown = args.output.relative_to(REPO) if args.output.is_relative_to(REPO) else args.output
    print(f"wrote {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
