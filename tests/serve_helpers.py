"""Start `kg serve` (or an Oxigraph server) on a free loopback port for a test, and stop it."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, proc: subprocess.Popen, seconds: float = 60.0) -> None:
    end = time.time() + seconds
    while time.time() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited ({proc.returncode}): {proc.stderr.read().decode(errors='replace')}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return                                   # it answers
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up in {seconds} s")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


class Server:
    def __init__(self, proc: subprocess.Popen, base: str):
        self.proc, self.base = proc, base

    def request(self, path: str, data: bytes | None = None, headers: dict | None = None,
                method: str | None = None, timeout: float = 30.0):
        """(status, headers, body) of a request; HTTP errors are answers too."""
        req = urllib.request.Request(self.base + path, data=data, headers=headers or {}, method=method)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()

    def select(self, query: str, path: str = "/sparql") -> list[dict]:
        status, _, body = self.request(path, urllib.parse.urlencode({"query": query}).encode(),
                                       {"Accept": "application/sparql-results+json",
                                        "Content-Type": "application/x-www-form-urlencoded"})
        assert status == 200, body
        return json.loads(body)["results"]["bindings"]


def start_kg_serve(folder: Path, *args: str) -> Server:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(folder), "--port", str(port), *args],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    wait_http(base + "/sparql?query=ASK%7B%7D", proc)
    return Server(proc, base)


def oxigraph_binary() -> str | None:
    """The `oxigraph` server from PyPI's oxigraph package (in the venv's bin), if installed."""
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def start_oxigraph(location: Path, *args: str) -> Server:
    port = free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    wait_http(base + "/query?query=ASK%7B%7D", proc)
    return Server(proc, base)


def binding_value(b: dict | None):
    """A W3C JSON binding as (type, value, lang, datatype), comparable with a local Term."""
    if b is None:
        return None
    dt = b.get("datatype")
    if dt == "http://www.w3.org/2001/XMLSchema#string":
        dt = None
    return (b["type"].replace("uri", "iri"), b["value"], b.get("xml:lang"), dt)


def term_value(t):
    return None if t is None else (t.kind, t.value, t.lang, t.datatype)
