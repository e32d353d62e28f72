#!/usr/bin/env python3
"""Speed of three parts the test suite once timed (tests assert behaviour; figures belong here).

- SHACL validation (kg validate) of a built graph of bench/corpus.py's articles: triples/s.
- Gazetteer place look-up (Gazetteer.match_at) at every offset of a lead: look-ups/s.
- The structure pass (kg.extract.structure.analyse) on 20,000 and 80,000 lines: seconds, and the
  ratio, which stays near 4 while the pass is linear in the length of the text.

    .venv/bin/python bench/bench_parts.py            # 600 articles for validation
    .venv/bin/python bench/bench_parts.py -n 2000
"""
from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import make_corpus  # noqa: E402
from kg.ask.validate import validate  # noqa: E402
from kg.batch import build  # noqa: E402
from kg.extract.gazetteer import get_gazetteer  # noqa: E402
from kg.extract.structure.structure import analyse  # noqa: E402


def validation(n: int) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        corpus.mkdir()
        make_corpus(corpus, n)
        build([corpus], out, html=False)
        from rdflib import Graph
        g = Graph().parse(out / "kg.ttl", format="turtle")
        t = time.perf_counter()
        report = validate(g)
        took = time.perf_counter() - t
    return (f"validation: {len(g):,} triples of {n} articles in {took:.2f} s "
            f"({len(g) / took:,.0f} triples/s), conforms={report.conforms}")


def lookups(n: int = 100_000) -> str:
    g = get_gazetteer()
    text = ("Chiều 5/3, Ban Thường vụ Tỉnh ủy Kiên Giang làm việc với Huyện ủy Giồng Riềng và "
            "Thành ủy Rạch Giá về công tác dân vận tại TP.HCM và tỉnh Bà Rịa - Vũng Tàu. ") * 4
    t = time.perf_counter()
    for i in range(n):
        g.match_at(text, i % len(text))
    took = time.perf_counter() - t
    return f"gazetteer: {n:,} look-ups in {took:.2f} s ({n / took:,.0f} look-ups/s)"


def structure() -> str:
    def timed(lines: int) -> float:
        text = "Tiêu đề bài viết về hội nghị\n" + "\n".join(
            f"Dòng thứ {i} của bài viết, đồng chí A." for i in range(lines))
        t = time.perf_counter()
        analyse(text)
        return time.perf_counter() - t
    small, large = timed(20_000), timed(80_000)
    return (f"structure pass: 20,000 lines {small:.2f} s, 80,000 lines {large:.2f} s "
            f"(ratio {large / small:.1f}; 4 is linear)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=600, help="articles built for the validation figure")
    args = ap.parse_args(argv)
    print(f"{platform.python_implementation()} {platform.python_version()} on {platform.machine()}")
    for line in (lookups(), structure(), validation(args.n)):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
