"""`kg push`: send a built graph to a SPARQL 1.1 Graph Store Protocol endpoint.

Each article's named graph (and the build's PROV graph) is sent with PUT to
``ENDPOINT?graph=<IRI>`` as Turtle, so a second push replaces the graph instead of adding to it.
What was pushed where is remembered in the build folder (``push-state.json``: per endpoint, each
graph's IRI and its digest), so that after an incremental build only the graphs that changed are
sent and the graphs that are gone are deleted. In a build folder with a store the digests are the
store manifest's (kg.rdf.store), and only the graphs to send are read from the store and written as
Turtle: an unchanged re-push writes nothing. A folder with only a kg.trig is parsed whole and each
graph's digest is the SHA-256 of its Turtle. Failed requests are
retried with exponential backoff (connection errors, 408, 429 and 5xx); other answers end the
push with a one-line error. The state is saved after every graph, so a push that fails part way
resumes where it stopped.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import pyoxigraph as ox

from kg.errors import UsageError
from kg.output import atomic_write
from kg.rdf.io import graph_file, one_line
from kg.rdf.store import BUILD_GRAPH, article_graphs, has_store, open_store, read_manifest
from kg.rdf.vocab import WRITE_PREFIXES

STATE_FILE = "push-state.json"
TOKEN_ENV = "KG_PUSH_TOKEN"          # a bearer token, when the server takes one
PASSWORD_ENV = "KG_PUSH_PASSWORD"    # the password for --user, when --password is not given
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}


class PushError(Exception):
    """A push that cannot go on; the message is one line for a person."""


@dataclass
class PushReport:
    endpoint: str
    sent: list[str] = field(default_factory=list)
    unchanged: int = 0
    deleted: list[str] = field(default_factory=list)
    triples_sent: int = 0
    retries: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        total = len(self.sent) + self.unchanged
        return (f"pushed {total} graph(s) to {self.endpoint}: {len(self.sent)} sent "
                f"({self.triples_sent} triples), {self.unchanged} unchanged, {len(self.deleted)} deleted"
                + (f", {self.retries} retried request(s)" if self.retries else "")
                + f" in {self.seconds:.2f} s")


# ------------------------------------------------------------------------------ the local side

def graph_turtle(triples) -> tuple[bytes, int]:
    """One graph's TRIPLES as (Turtle bytes, number of triples); sorted, so the same graph gives
    the same bytes whichever way it was read."""
    ts = sorted(set(triples), key=str)
    return ox.serialize(ts, format=ox.RdfFormat.TURTLE, prefixes=WRITE_PREFIXES), len(ts)


def local_graphs(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Each named graph built in FOLDER (its kg.trig) as (Turtle bytes, number of triples), by
    graph IRI; triples sorted, so the same graph gives the same bytes (and the same hash)."""
    src = graph_file(folder)
    if src.suffix.lower() != ".trig":
        raise UsageError(f"{src}: kg push needs the build's kg.trig (one named graph per article)")
    graphs: dict[str, list] = {}
    try:
        for q in ox.parse(path=str(src), format=ox.RdfFormat.TRIG):
            if isinstance(q.graph_name, ox.NamedNode):
                graphs.setdefault(q.graph_name.value, []).append(ox.Triple(q.subject, q.predicate, q.object))
    except (SyntaxError, ValueError, OSError) as e:
        raise UsageError(f"{src}: cannot read as TriG: {one_line(e)}") from None
    return {iri: graph_turtle(ts) for iri, ts in sorted(graphs.items())}


class _FromTrig:
    """A build folder without a store: kg.trig parsed whole; a graph's digest is its Turtle's SHA-256."""

    def __init__(self, folder: Path):
        self.graphs = local_graphs(folder)
        self.digests = {iri: hashlib.sha256(body).hexdigest() for iri, (body, _) in self.graphs.items()}

    def body(self, iri: str) -> tuple[bytes, int]:
        return self.graphs[iri]


class _FromStore:
    """A build folder with a store: digests from its manifest (each article graph's, and the PROV
    graph's build_digest); a graph is read from the store and written as Turtle only when sent."""

    def __init__(self, folder: Path, build_digest: str):
        self.folder, self.store, self.build_digest = folder, None, build_digest
        digests = {g.graph: g.digest for g in article_graphs(folder)}
        digests[BUILD_GRAPH] = build_digest
        self.digests = dict(sorted(digests.items()))

    def body(self, iri: str) -> tuple[bytes, int]:
        if self.store is None:
            self.store = open_store(self.folder)
        quads = self.store.quads_for_pattern(None, None, None, ox.NamedNode(iri))
        return graph_turtle(ox.Triple(q.subject, q.predicate, q.object) for q in quads)


def _local(folder: Path):
    """Where FOLDER's graphs come from: its store when it has a finished one, else its kg.trig."""
    if has_store(folder):
        build_digest = read_manifest(folder).build_digest
        if build_digest:
            return _FromStore(folder, build_digest)
    return _FromTrig(folder)


def _state_key(endpoint: str) -> str:
    """The endpoint as remembered: without credentials or a query string."""
    u = urllib.parse.urlsplit(endpoint)
    host = u.hostname or ""
    if u.port:
        host += f":{u.port}"
    return urllib.parse.urlunsplit((u.scheme, host, u.path, "", ""))


def load_state(folder: Path, endpoint: str) -> dict[str, str]:
    p = Path(folder) / STATE_FILE
    if not p.is_file():
        return {}
    try:
        return dict(json.loads(p.read_text(encoding="utf-8")).get(_state_key(endpoint), {}))
    except (ValueError, AttributeError):
        return {}                     # an unreadable state only costs a full push


def save_state(folder: Path, endpoint: str, graphs: dict[str, str]) -> None:
    p = Path(folder) / STATE_FILE
    try:
        everything = json.loads(p.read_text(encoding="utf-8")) if p.is_file() else {}
    except ValueError:
        everything = {}
    everything[_state_key(endpoint)] = dict(sorted(graphs.items()))
    atomic_write(p, (json.dumps(everything, indent=1, sort_keys=True) + "\n").encode("utf-8"))


# ------------------------------------------------------------------------------ HTTP

class Client:
    """Graph Store Protocol requests with auth, retries and one-line errors."""

    def __init__(self, endpoint: str, user: Optional[str] = None, password: Optional[str] = None,
                 token: Optional[str] = None, retries: int = 4, backoff: float = 0.5, timeout: float = 60.0):
        u = urllib.parse.urlsplit(endpoint)
        if u.scheme not in ("http", "https") or not u.netloc:
            raise UsageError(f"{endpoint}: not an http(s) URL of a Graph Store Protocol endpoint")
        if u.username and not user:
            user, password = urllib.parse.unquote(u.username), urllib.parse.unquote(u.password or "")
        self.endpoint = urllib.parse.urlunsplit((u.scheme, u.hostname + (f":{u.port}" if u.port else ""),
                                                 u.path, u.query, ""))
        self.shown = _state_key(endpoint)
        self.headers = {"User-Agent": "vnpolkg-push"}
        if user:
            cred = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
            self.headers["Authorization"] = "Basic " + cred
        elif token:
            self.headers["Authorization"] = "Bearer " + token
        self.retries, self.backoff, self.timeout = retries, backoff, timeout
        self.retried = 0

    def url(self, graph: str) -> str:
        sep = "&" if "?" in self.endpoint else "?"
        return self.endpoint + sep + urllib.parse.urlencode({"graph": graph})

    def request(self, method: str, graph: str, body: Optional[bytes] = None, ok_missing: bool = False) -> int:
        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = "text/turtle; charset=utf-8"
        for attempt in range(self.retries + 1):
            req = urllib.request.Request(self.url(graph), data=body, headers=headers, method=method)
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as r:
                    r.read()
                    return r.status
            except urllib.error.HTTPError as e:
                detail = " ".join(e.read(300).decode("utf-8", errors="replace").split())
                if e.code == 404 and ok_missing:
                    return 404
                if e.code in RETRY_STATUS and attempt < self.retries:
                    self._wait(attempt, e.headers.get("Retry-After"))
                    continue
                raise PushError(self._explain(method, graph, e.code, e.reason, detail)) from None
            except (urllib.error.URLError, OSError) as e:
                if attempt < self.retries:
                    self._wait(attempt)
                    continue
                reason = getattr(e, "reason", e)
                raise PushError(f"cannot reach {self.shown}: {one_line(reason) if isinstance(reason, BaseException) else reason}"
                                f" (after {self.retries + 1} attempts)") from None
        raise AssertionError("unreachable")

    def _wait(self, attempt: int, retry_after: Optional[str] = None) -> None:
        self.retried += 1
        delay = self.backoff * (2 ** attempt)
        if retry_after and retry_after.isdigit():
            delay = max(delay, min(float(retry_after), 60.0))
        time.sleep(delay)

    def _explain(self, method: str, graph: str, code: int, reason: str, detail: str) -> str:
        head = f"{method} {graph} to {self.shown}: HTTP {code} {reason}"
        if code in (401, 403):
            return head + (f" — check --user/--password (or ${PASSWORD_ENV}) or ${TOKEN_ENV}"
                           if code == 401 else " — the account may not write to this store")
        if code == 404:
            return head + " — is this the Graph Store Protocol URL (Oxigraph /store, Fuseki /DATASET/data, GraphDB /repositories/REPO/rdf-graphs/service)?"
        if code in (405, 415):
            return head + " — the endpoint does not take Graph Store Protocol PUT of Turtle (a read-only or query endpoint?)"
        return head + (f": {detail[:200]}" if detail else "")


# ------------------------------------------------------------------------------ the push

def push(endpoint: str, folder: Path, *, user: Optional[str] = None, password: Optional[str] = None,
         token: Optional[str] = None, full: bool = False, retries: int = 4, backoff: float = 0.5,
         progress: Optional[Callable[[str, str], None]] = None) -> PushReport:
    """Push the graphs built in FOLDER to the Graph Store Protocol ENDPOINT. `full` sends every
    graph whatever was pushed before (e.g. after the remote store was emptied). `progress(action,
    graph)` hears of each request. PushError when the push cannot go on."""
    t0 = time.perf_counter()
    folder = Path(folder)
    if password is None and user:
        password = os.environ.get(PASSWORD_ENV)
    if token is None:
        token = os.environ.get(TOKEN_ENV)
    client = Client(endpoint, user, password, token, retries=retries, backoff=backoff)
    local = _local(folder)
    # the digests remembered are the manifest's for a folder with a store (the Turtle's SHA-256
    # before): a push-state written by an older kg push matches none, so the first push after
    # the change sends every graph again, which is harmless (PUT replaces)
    remembered = load_state(folder, endpoint)
    pushed = {} if full else dict(remembered)
    report = PushReport(client.shown)
    try:
        for iri, digest in local.digests.items():
            if pushed.get(iri) == digest:
                report.unchanged += 1
                continue
            body, n = local.body(iri)
            if progress:
                progress("PUT", iri)
            client.request("PUT", iri, body)
            remembered[iri] = digest
            report.sent.append(iri)
            report.triples_sent += n
        for iri in sorted(set(remembered) - set(local.digests)):
            if progress:
                progress("DELETE", iri)
            client.request("DELETE", iri, ok_missing=True)
            del remembered[iri]
            report.deleted.append(iri)
    finally:
        save_state(folder, endpoint, remembered)
        report.retries = client.retried
        report.seconds = time.perf_counter() - t0
    return report
