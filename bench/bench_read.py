#!/usr/bin/env python3
"""Reading benchmark: saved pages (.html) and WARC archives, in articles/s on one core.

The corpus is the project's own test pages (tests/data/inputs/*.htm*) replicated, each copy
with a number in its title and text so no two pages are the same. Two figures per format:
reading alone (walk + trafilatura + decode + normalise) and reading plus extraction.

    .venv/bin/python bench/bench_read.py            # 600 pages
    .venv/bin/python bench/bench_read.py -n 2000
"""
from __future__ import annotations

import argparse
import io
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from kg.batch import extract_record  # noqa: E402
from kg.read import discover, read_record  # noqa: E402

PAGES = sorted((ROOT / "tests" / "data" / "inputs").glob("*.htm*"))


def pages(n: int) -> list[bytes]:
    base = [p.read_text(encoding="utf-8") for p in PAGES]
    out = []
    for i in range(n):
        html = base[i % len(base)].replace("</h1>", f" (số {i})</h1>", 1).replace("<p>", f"<p>Bản tin số {i}. ", 1)
        out.append(html.encode("utf-8"))
    return out


def write_html(folder: Path, docs: list[bytes]) -> None:
    for i, d in enumerate(docs):
        (folder / f"{i:06d}.html").write_bytes(d)


def write_warc(path: Path, docs: list[bytes]) -> None:
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for i, d in enumerate(docs):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://example.vn/bai-{i}.html", "response",
                                                payload=io.BytesIO(d), http_headers=http))


def measure(paths: list[Path], extract: bool) -> tuple[int, float]:
    t0 = time.perf_counter()
    records, _ = discover(paths)
    n = 0
    for r in records:
        (extract_record if extract else read_record)(r)
        n += 1
    return n, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=600, help="pages (default 600)")
    args = ap.parse_args()
    docs = pages(args.n)
    print(f"{platform.python_implementation()} {platform.python_version()} on {platform.machine()}, one core; "
          f"{args.n} pages of {sum(map(len, docs)) // len(docs) // 1024} KB on average")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "html"
        folder.mkdir()
        write_html(folder, docs)
        warc = Path(tmp) / "crawl.warc.gz"
        write_warc(warc, docs)
        extract_record(discover([folder])[0][0])          # warm up: lexicon, gazetteer, trafilatura
        for label, paths in (("html", [folder]), ("warc.gz", [warc])):
            for extract in (False, True):
                n, s = measure(paths, extract)
                what = "read + extract" if extract else "read only"
                print(f"  {label:8} {what:15} {n:6d} articles in {s:6.2f} s  = {n / s:7.1f} articles/s")


if __name__ == "__main__":
    main()
