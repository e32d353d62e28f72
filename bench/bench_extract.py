#!/usr/bin/env python3
"""Extraction and build benchmark: prints articles/s on one core, full-build time and peak memory.

The corpus is bench/corpus.py's: articles composed in the genre about a simulated world of real
provinces and districts whose officials recur with heavy-tailed frequency and change posts over
2019-2024 (see that module for how it is made).

    .venv/bin/python bench/bench_extract.py                 # 10,000 articles
    .venv/bin/python bench/bench_extract.py -n 2000 --jobs 2
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.pipeline import extract  # noqa: E402
from kg.read import read_path as read_article  # noqa: E402

# The realistic corpus (bench/corpus.py): recurring officials with heavy-tailed coverage,
# districts in their own province, body names as written.
from corpus import make_corpus  # noqa: E402,F401  (bench_build.py and bench_scale.py import it from here)


def bench_extract(files: list[Path]) -> tuple[float, int]:
    arts = [read_article(p, p.name) for p in files]
    extract(arts[0], arts[0].source)             # load lexicons and the gazetteer outside the clock
    t = time.perf_counter()
    posts = 0
    for a in arts:
        posts += len(extract(a, a.source).posts)
    return len(arts) / (time.perf_counter() - t), posts


def bench_build(folder: Path, out: Path, jobs: int) -> tuple[float, float, dict]:
    kg = Path(sys.executable).parent / "kg"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run([str(kg), "build", str(folder), "-o", str(out), "-j", str(jobs), "-q"], check=True)
    secs = time.perf_counter() - t
    peak_mb = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return secs, peak_mb, json.loads((out / "build-report.json").read_text())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--articles", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for the full build")
    ap.add_argument("--no-build", action="store_true", help="measure extraction only")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="vnpolkg-bench-"))
    try:
        corpus = tmp / "corpus"
        corpus.mkdir()
        files = make_corpus(corpus, args.articles)
        size = sum(p.stat().st_size for p in files) / len(files)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"corpus: {len(files)} articles, mean {size / 1024:.1f} KB")
        rate, posts = bench_extract(files)
        print(f"extraction (read + extract, one core): {rate:,.0f} articles/s, {posts} posts")
        if not args.no_build:
            secs, peak, rep = bench_build(corpus, tmp / "out", args.jobs)
            print(f"full build (kg build -j {args.jobs}, RDF + Turtle + TriG + HTML): {secs:.1f} s "
                  f"({len(files) / secs:,.0f} articles/s), peak memory {peak:,.0f} MB, "
                  f"{rep['triples']:,} triples")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
