#!/usr/bin/env python3
"""Extraction and build benchmark: prints articles/s on one core, full-build time and peak memory.

The corpus is made from the project's own articles (seeds/ and tests/data/dev/), replicated and
varied: every copy gets other people's names and another province, so no two articles are the
same text and the resolver sees a realistic spread of entities.

    .venv/bin/python bench/bench_extract.py                 # 10,000 articles
    .venv/bin/python bench/bench_extract.py -n 2000 --jobs 2
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
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
from kg.extract.gazetteer import get_gazetteer  # noqa: E402
from kg.read import read_path as read_article  # noqa: E402

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Đức", "Thị Thu", "Ngọc", "Hoàng"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Nga", "Phong",
         "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vinh", "Yến"]
NAME = re.compile(r"\b(?:%s)(?: [A-ZĐÂĂÊÔƠƯ][a-zà-ỹđ]+){1,3}" % "|".join(SURNAMES))


def sources() -> list[Path]:
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))


def make_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sources()]
    provinces = [p.name for p in get_gazetteer().places("legacy", "province")]
    out = []
    for i in range(n):
        text = texts[i % len(texts)]
        if i >= len(texts):
            names = {}
            text = NAME.sub(lambda m: names.setdefault(m.group(), " ".join(
                (rng.choice(SURNAMES), rng.choice(MIDDLE), rng.choice(GIVEN)))), text)
            found = [p for p in provinces if p in text]
            if found:
                text = text.replace(found[0], rng.choice(provinces))
        p = folder / f"{i:06d}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


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
