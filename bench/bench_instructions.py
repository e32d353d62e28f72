#!/usr/bin/env python3
"""Extraction cost in CPU instructions (valgrind's callgrind), repeatable whatever the machine's load.

Wall-clock articles/s on a shared machine varies by ±20% with what else runs; instructions do not.
This runs read + extract under callgrind twice over the same corpus cut (bench/corpus.py, seeded):
once on 1 article and once on 1 + N, and prints the difference, the instructions the N articles
cost (imports, lexicons and the gazetteer are loaded in both runs, so they cancel out).

    .venv/bin/python bench/bench_instructions.py            # N = 300
    .venv/bin/python bench/bench_instructions.py -n 100

To compare two commits, run it in a worktree of each (``git worktree add /tmp/base <commit>``).
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What runs under callgrind: read and extract the first `count` articles of the folder.
_RUN = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from kg.extract.pipeline import extract
from kg.read import read_path
files = sorted(Path({folder!r}).glob("*.txt"))[:{count}]
for p in files:
    a = read_path(p, p.name)
    extract(a, a.source)
"""


def instructions(folder: Path, count: int, work: Path) -> int:
    """Total instructions of one run over the first `count` articles."""
    script = work / f"run{count}.py"
    script.write_text(_RUN.format(root=str(ROOT), folder=str(folder), count=count))
    out = work / f"callgrind.{count}"
    proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                           sys.executable, str(script)], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"callgrind failed:\n{proc.stderr[-2000:]}")
    found = re.search(r"Collected\s*:\s*(\d+)", proc.stderr)
    if not found:
        raise SystemExit("callgrind printed no instruction count")
    return int(found.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--articles", type=int, default=300)
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        print("valgrind is not installed (Debian: apt install valgrind)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import make_corpus

    work = Path(tempfile.mkdtemp(prefix="vnpolkg-callgrind-"))
    try:
        make_corpus(work / "corpus", args.articles + 1)
        base = instructions(work / "corpus", 1, work)
        full = instructions(work / "corpus", args.articles + 1, work)
        cost = full - base
        print(f"extraction of {args.articles} articles: {cost / 1e9:.2f} G instructions "
              f"({cost / args.articles / 1e6:.1f} M per article)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
