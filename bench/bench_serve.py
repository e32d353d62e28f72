"""Bounded load test of `kg serve`: 8 concurrent clients, a fixed number of requests, loopback only.

Starts `kg serve` on a free loopback port over a build folder (default: the five seeds built into
a temporary folder), sends REQUESTS simple lookups (one official's name and posts by IRI, as a
dashboard would) from CLIENTS clients, each a process with its own keep-alive connection, checks
every answer, prints queries/s and latency, and stops the server. Goal: >= 200 queries/s.

    python bench/bench_serve.py [--dir out/] [--requests 4000] [--clients 8] [--workers 2]
"""
from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing as mp
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY = """SELECT ?name ?role WHERE {
  <https://w3id.org/vnpolkg/id/person/an-giang/le-hong-quang> foaf:name ?name .
  OPTIONAL { ?m org:member <https://w3id.org/vnpolkg/id/person/an-giang/le-hong-quang> ; org:role/skos:prefLabel ?role }
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(port: int, proc, seconds: float = 60) -> None:
    end = time.time() + seconds
    while time.time() < end:
        if proc.poll() is not None:
            raise SystemExit(f"kg serve exited: {proc.stderr.read().decode()}")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/sparql?query=" + urllib.parse.quote("ASK {}"))
            if c.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("kg serve did not come up")


def client(args) -> list[float]:
    port, n = args
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    path = "/sparql?query=" + urllib.parse.quote(QUERY)
    lat = []
    for _ in range(n):
        t = time.perf_counter()
        conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
        r = conn.getresponse()
        body = r.read()
        lat.append(time.perf_counter() - t)
        if r.status != 200 or not json.loads(body)["results"]["bindings"]:
            raise SystemExit(f"bad answer: {r.status} {body[:200]!r}")
    conn.close()
    return lat


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=None, help="a build folder (default: build seeds/ into a temp folder)")
    ap.add_argument("--requests", type=int, default=4000)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    tmp = None
    folder = a.dir
    if folder is None:
        tmp = tempfile.TemporaryDirectory()
        folder = Path(tmp.name) / "out"
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(ROOT / "seeds"), "-o", str(folder),
                        "--no-html", "-q"], check=True, cwd=ROOT)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(folder), "--port", str(port),
                             "--workers", str(a.workers)], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        wait_up(port, proc)
        per = a.requests // a.clients
        with mp.get_context("spawn").Pool(a.clients) as pool:
            pool.map(client, [(port, 20)] * a.clients)          # warm-up: connections, caches
            t0 = time.perf_counter()
            lats = pool.map(client, [(port, per)] * a.clients)
            wall = time.perf_counter() - t0
    finally:
        proc.terminate()
        proc.wait(10)
        if tmp:
            tmp.cleanup()
    lat = sorted(x for part in lats for x in part)
    n = len(lat)
    print(f"kg serve, simple lookup: {n} requests from {a.clients} clients, {a.workers} query workers, "
          f"{os.cpu_count()} cores")
    print(f"  {n / wall:.0f} queries/s; latency p50 {statistics.median(lat) * 1000:.1f} ms, "
          f"p95 {lat[int(n * 0.95)] * 1000:.1f} ms, max {lat[-1] * 1000:.1f} ms (goal >= 200 queries/s)")


if __name__ == "__main__":
    main()
