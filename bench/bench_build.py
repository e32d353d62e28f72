#!/usr/bin/env python3
"""Build benchmark for a growing corpus (issue 9): prints figures, asserts nothing.

Makes N varied articles with bench_extract.make_corpus, then measures, each as the command a
user types (a subprocess; wall time and the peak resident memory of its largest process, from
/usr/bin/time):

  1. kg build -j 1 --no-html, kg build -j 2 --no-html, kg build -j 2 (with the page), from scratch;
  2. adding ADD articles to the built folder (kg build -j 2, incremental, with the page);
  3. each shipped query on the folder (kg query NAME -g DIR --format csv), and the
     co-attendance of one official (who-met-whom --param name=...);
  4. kg stats -g DIR and kg viz -g DIR.

    .venv/bin/python bench/bench_build.py                  # 10,000 articles
    .venv/bin/python bench/bench_build.py -n 30000 --only-j2
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))
from bench_extract import make_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KG = Path(sys.executable).parent / "kg"


def timed(*args: str, env: dict | None = None, check: bool = True) -> tuple[float, float, str]:
    """(seconds, peak MB of the largest process, stdout) of one kg command."""
    t = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "MAXRSS %M", str(KG), *map(str, args)],
                       capture_output=True, text=True, env={**os.environ, **(env or {})})
    secs = time.perf_counter() - t
    if p.returncode != 0:
        if not check:
            return secs, 0.0, "FAILED " + p.stderr.strip().splitlines()[-1][:100]
        raise SystemExit(f"kg {' '.join(map(str, args))} failed:\n{p.stderr[-2000:]}")
    peak = max((int(m) for m in re.findall(r"MAXRSS (\d+)", p.stderr)), default=0) / 1024
    return secs, peak, p.stdout


def line(what: str, secs: float, peak: float, extra: str = "") -> None:
    print(f"  {what:48} {secs:8.1f} s  {peak:7,.0f} MB  {extra}", flush=True)


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def measure_reading(out: Path, tmp: Path, timeout: float) -> None:
    """Each shipped query, one official's co-attendance, kg stats and kg viz on a built folder."""
    print("queries (kg query NAME -g DIR --format csv, end to end):")
    names = [n.split()[0] for n in subprocess.run([str(KG), "query", "--list"], capture_output=True,
                                                    text=True).stdout.splitlines() if n and not n[0].isspace()]
    for name in names:
        secs, peak, text = timed("query", name, "-g", out, "--format", "csv", "--max-rows", 0,
                                 "--timeout", timeout, check=False)
        rows = text if text.startswith("FAILED") else f"{max(0, len(text.splitlines()) - 1):,} rows"
        line(name, secs, peak, rows)
    who = subprocess.run([str(KG), "query", "SELECT ?n WHERE { ?m schema:attendee ?p . ?p foaf:name ?n } "
                          "GROUP BY ?n ORDER BY DESC(COUNT(?m)) ?n LIMIT 1", "-g", out, "--format", "csv"],
                         capture_output=True, text=True).stdout.splitlines()[1]
    secs, peak, text = timed("query", "who-met-whom", "-g", out, "--format", "csv", "--param", f"name={who}")
    line(f"co-attendance of one official ({who})", secs, peak, f"{len(text.splitlines()) - 1:,} rows")
    from kg.ask.query import run_query
    run_query("who-met-whom", out, params={"name": who})
    t = time.perf_counter()
    run_query("who-met-whom", out, params={"name": who})
    print(f"  {'  the same, in-process (store open)':48} {time.perf_counter() - t:8.3f} s", flush=True)
    print("figures and page from the store:")
    secs, peak, _ = timed("stats", "-g", out, "--format", "json")
    line("kg stats -g DIR", secs, peak)
    secs, peak, _ = timed("viz", "-g", out, "-o", tmp / "page.html")
    line("kg viz -g DIR", secs, peak)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--articles", type=int, default=10_000)
    ap.add_argument("--add", type=int, default=100, help="articles added for the incremental build")
    ap.add_argument("--only-j2", action="store_true", help="skip the -j 1 and --no-html builds")
    ap.add_argument("--keep", type=Path, default=None, help="build into this folder and keep it")
    ap.add_argument("--folder", type=Path, default=None,
                    help="measure only the queries, stats and page of this built folder")
    ap.add_argument("--query-timeout", type=float, default=120, help="seconds a query may run")
    args = ap.parse_args()
    if args.folder:
        measure_reading(args.folder, Path(tempfile.mkdtemp(prefix="vnpolkg-bench-read-")), args.query_timeout)
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="vnpolkg-bench-build-"))
    try:
        corpus = tmp / "corpus"
        corpus.mkdir()
        t = time.perf_counter()
        files = make_corpus(corpus, args.articles + args.add)
        extra = files[args.articles:]
        held = tmp / "held"
        held.mkdir()
        for p in extra:
            p.rename(held / p.name)
        size = sum(p.stat().st_size for p in files[:args.articles]) / args.articles
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
              f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GB, "
              f"Python {platform.python_version()}; load average {os.getloadavg()[0]:.1f}")
        print(f"corpus: {args.articles:,} articles, mean {size / 1024:.1f} KB (made in {time.perf_counter() - t:.0f} s)")
        out = args.keep or tmp / "out"
        shutil.rmtree(out, ignore_errors=True)
        print("build from scratch:")
        if not args.only_j2:
            for jobs in (1, 2):
                o = tmp / f"out-j{jobs}"
                secs, peak, _ = timed("build", corpus, "-o", o, "-j", jobs, "--no-html", "-q")
                rep = json.loads((o / "build-report.json").read_text())
                line(f"kg build -j {jobs} --no-html", secs, peak,
                     f"{args.articles / secs:,.0f} articles/s, {rep['triples']:,} triples")
                shutil.rmtree(o, ignore_errors=True)
        secs, peak, _ = timed("build", corpus, "-o", out, "-j", 2, "-q")
        rep = json.loads((out / "build-report.json").read_text())
        line("kg build -j 2 (with the page)", secs, peak,
             f"{args.articles / secs:,.0f} articles/s, {rep['triples']:,} triples")
        print(f"  sizes: store {du(out / 'store') / 2**20:,.0f} MB, kg.ttl {(out / 'kg.ttl').stat().st_size / 2**20:,.0f} MB, "
              f"kg.trig {(out / 'kg.trig').stat().st_size / 2**20:,.0f} MB, graph.html "
              f"{(out / 'graph.html').stat().st_size / 2**20:,.1f} MB")
        print(f"incremental:")
        secs, peak, _ = timed("build", corpus, "-o", out, "-j", 2, "-q")
        line("kg build -j 2, nothing changed", secs, peak)
        for p in extra:
            (held / p.name).rename(corpus / p.name)
        secs, peak, _ = timed("build", corpus, "-o", out, "-j", 2)
        line(f"kg build -j 2, {args.add} articles added", secs, peak)
        measure_reading(out, tmp, args.query_timeout)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
