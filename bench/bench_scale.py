"""Sizing figures for "More than one machine": articles/s per Dask worker, and what one article
costs a store (quads, bytes on disk, bytes of kg.trig), to work out 1M and 10M articles on paper.

Makes a corpus of N varied copies of the project's articles (bench_extract.make_corpus), then:
  1. builds it locally with -j 1 (the reference, and a local articles/s);
  2. builds it on a dask.distributed LocalCluster of 1 and of 2 single-threaded worker processes
     (loopback only) and checks kg.ttl is byte-identical to the local build;
  3. loads the build's kg.trig into an on-disk Oxigraph store as `kg serve` does (named graphs +
     the union as the default graph) and reports bytes and quads per article.

    python bench/bench_scale.py [-n 2000]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import make_corpus  # noqa: E402


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--articles", type=int, default=2000)
    a = ap.parse_args()
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    from dask.distributed import Client, LocalCluster

    from kg.batch import build
    from kg.serve.source import prepare

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-scale-"))
    (tmp / "corpus").mkdir()
    make_corpus(tmp / "corpus", a.articles)
    t = time.perf_counter()
    rep = build([tmp / "corpus"], tmp / "local", html=False)
    local_s = time.perf_counter() - t
    n = rep.articles
    print(f"{n} articles built; local -j 1: {n / local_s:.0f} articles/s (whole build, {local_s:.1f} s)")
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          host="127.0.0.1") as cluster, Client(cluster) as client:
            client.submit(sum, [1]).result()                     # workers up
            t = time.perf_counter()
            build([tmp / "corpus"], tmp / f"dask{workers}", html=False, client=client)
            s = time.perf_counter() - t
        same = (tmp / "local" / "kg.ttl").read_bytes() == (tmp / f"dask{workers}" / "kg.ttl").read_bytes()
        print(f"dask, {workers} worker process(es): {n / s:.0f} articles/s ({s:.1f} s; "
              f"{n / s / workers:.0f} per worker), kg.ttl identical to local: {same}")
    t = time.perf_counter()
    served = prepare(tmp / "local")
    load_s = time.perf_counter() - t
    size = du(served.store_path)
    trig = (tmp / "local" / "kg.trig").stat().st_size
    print(f"store as kg serve makes it: {served.quads} quads ({served.quads / n:.0f} per article), "
          f"{size / 2**20:.1f} MB on disk ({size / n / 1024:.1f} KB per article), loaded in {load_s:.1f} s "
          f"({n / load_s:.0f} articles/s); kg.trig {trig / n / 1024:.1f} KB per article; "
          f"{rep.triples} distinct triples ({rep.triples / n:.0f} per article)")
    served.cleanup()


if __name__ == "__main__":
    main()
