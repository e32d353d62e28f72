"""The graph of a build folder, kept in an on-disk Oxigraph store: what every command reads.

Layout of a build folder DIR (``kg build ... -o DIR``)::

    DIR/store/oxigraph/      the Oxigraph (RocksDB) store:
                               - one named graph per article, <https://w3id.org/vnpolkg/id/graph/SLUG>
                                 (the same IRI as in kg.trig), holding that article's triples;
                               - the named graph <https://w3id.org/vnpolkg/id/graph/build>, the build's
                                 PROV record (software agent, time, each article's file hash);
                               - the DEFAULT graph: the union of all of them, as a set (a fact
                                 attested by several articles is one triple). SPARQL without
                                 GRAPH reads it; ``GRAPH ?g`` reaches each article's graph.
    DIR/store/manifest.json  what the store holds (see ``Manifest``): each article's source name,
                             content key, file hash, graph IRI and the digest of its graph; the
                             versions it was built with (extractor code, lexicon, gazetteer, sites,
                             curation); the digests of the kg.ttl and kg.trig last written.
    DIR/store/BUILDING       present only while a build writes the store: a build that finds it
                             (a crash) starts from scratch.

Readers: ``open_store(DIR)`` (read-only; any number of processes at once, but not while a build
writes the same folder), ``article_graphs(DIR)`` (each article graph with its digest: compare
digests to know which graphs changed since you last looked, e.g. for ``kg push``),
``read_manifest(DIR)``. Writers (the build only): ``open_store(DIR, read_only=False)``,
``load_nquads``, ``drop_graph``; the sorted dumps of kg.ttl and kg.trig blocks from the store
are kg.rdf.dump.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, Union

import pyoxigraph as ox

from kg.rdf.vocab import ID, PREFIXES, RDF

__all__ = ["STORE_DIR", "MANIFEST", "BUILD_GRAPH", "Manifest", "ArticleEntry", "ArticleGraph",
           "store_dir", "has_store", "open_store", "read_manifest", "write_manifest",
           "article_graphs", "load_nquads", "drop_graph", "union_triples", "prov_only_subjects"]

STORE_DIR = "store"
OXIGRAPH_DIR = "oxigraph"
MANIFEST = "manifest.json"
BUILDING = "BUILDING"
FORMAT = 1
BUILD_GRAPH = str(ID["graph/build"])
_RDF_TYPE = str(RDF.type)
_PathLike = Union[str, "os.PathLike[str]"]


# ------------------------------------------------------------------------------ the manifest

@dataclass
class ArticleEntry:
    """One built article: ``key`` is the hash of everything its extraction reads from the
    input (bytes, format, the container's metadata), ``sha256`` the hash of its bytes (as in
    kg:sha256), ``graph`` its named graph's IRI, ``article`` its IRI, ``digest`` the SHA-256 of
    its graph as written in kg.trig (sorted TriG): equal digests, equal graphs. ``warnings``
    are what the build report said about it (kept for the builds that do not re-read it);
    ``hits`` the curated ids its mapping hit (full IRIs), so that a build that does not map it
    again still knows which ids of the curation file matched something."""
    key: str
    sha256: str
    graph: str
    article: str
    digest: str
    warnings: list = field(default_factory=list)
    hits: list = field(default_factory=list)


@dataclass
class Manifest:
    versions: dict = field(default_factory=dict)
    articles: dict = field(default_factory=dict)        # source name -> ArticleEntry
    outputs: dict = field(default_factory=dict)         # "kg.ttl"/"kg.trig" -> sha256 of the file
    build_digest: str = ""                              # digest of the PROV graph

    def to_json(self) -> dict:
        return {"format": FORMAT, "versions": self.versions, "outputs": self.outputs,
                "build_digest": self.build_digest,
                "articles": {s: [e.key, e.sha256, e.graph, e.article, e.digest, e.warnings]
                                 + ([e.hits] if e.hits else [])
                             for s, e in sorted(self.articles.items())}}

    @classmethod
    def from_json(cls, data: dict) -> "Manifest":
        if data.get("format") != FORMAT:
            return cls()
        return cls(dict(data.get("versions") or {}),
                   {s: ArticleEntry(*v) for s, v in (data.get("articles") or {}).items()},
                   dict(data.get("outputs") or {}), data.get("build_digest", ""))


@dataclass(frozen=True)
class ArticleGraph:
    """An article's named graph in the store, as ``article_graphs`` lists them."""
    source: str
    graph: str
    article: str
    sha256: str
    digest: str


def store_dir(build_dir: _PathLike) -> Path:
    return Path(build_dir) / STORE_DIR


def has_store(build_dir: _PathLike) -> bool:
    """True when BUILD_DIR holds a complete store (a build finished writing it)."""
    d = store_dir(build_dir)
    return (d / MANIFEST).is_file() and (d / OXIGRAPH_DIR).is_dir() and not (d / BUILDING).exists()


def read_manifest(build_dir: _PathLike) -> Manifest:
    """The manifest of BUILD_DIR's store (empty when there is none or it is unreadable)."""
    try:
        return Manifest.from_json(json.loads((store_dir(build_dir) / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return Manifest()


def write_manifest(build_dir: _PathLike, manifest: Manifest) -> None:
    from kg.output import atomic_write

    data = json.dumps(manifest.to_json(), ensure_ascii=False, separators=(",", ":"))
    atomic_write(store_dir(build_dir) / MANIFEST, data.encode("utf-8"))


def article_graphs(build_dir: _PathLike) -> list[ArticleGraph]:
    """Every article graph of BUILD_DIR's store, by source name, with its digest (the SHA-256
    of the graph as sorted TriG): a graph whose digest is unchanged since you last looked is
    unchanged. The PROV graph is ``BUILD_GRAPH``; its digest is ``read_manifest(d).build_digest``."""
    m = read_manifest(build_dir)
    return [ArticleGraph(s, e.graph, e.article, e.sha256, e.digest) for s, e in sorted(m.articles.items())]


# ------------------------------------------------------------------------------ opening

def open_store(build_dir: _PathLike, read_only: bool = True) -> ox.Store:
    """The Oxigraph store of a build folder. Read-only (the default) needs a finished build and
    may be opened by many processes at once, but not while a build writes the same folder.
    ``read_only=False`` is for the build: it creates the store when there is none."""
    path = store_dir(build_dir) / OXIGRAPH_DIR
    if read_only:
        if not has_store(build_dir):
            raise FileNotFoundError(f"{build_dir}: no finished store in this build folder")
        return ox.Store.read_only(str(path))
    path.mkdir(parents=True, exist_ok=True)
    return ox.Store(str(path))


def mark_building(build_dir: _PathLike, on: bool) -> None:
    flag = store_dir(build_dir) / BUILDING
    if on:
        flag.parent.mkdir(parents=True, exist_ok=True)
        flag.write_text("a build is writing this store\n", encoding="utf-8")
    else:
        flag.unlink(missing_ok=True)


def was_interrupted(build_dir: _PathLike) -> bool:
    return (store_dir(build_dir) / BUILDING).exists()


def remove_store(build_dir: _PathLike) -> None:
    shutil.rmtree(store_dir(build_dir), ignore_errors=True)


# ------------------------------------------------------------------------------ writing

def load_nquads(store: ox.Store, data: bytes) -> None:
    """Load N-Quads (each article triple twice: in its graph and in the default graph, as the
    build's workers write them) without a transaction: the fast path for many articles."""
    if data:
        store.bulk_load(data, format=ox.RdfFormat.N_QUADS)


def drop_graph(store: ox.Store, graph: str) -> list:
    """Remove a named graph, and from the default graph (the union) each of its triples that no
    other named graph holds. Returns the graph's triples (ox.Triple) as they were."""
    g = ox.NamedNode(graph)
    triples = [ox.Triple(q.subject, q.predicate, q.object)
               for q in store.quads_for_pattern(None, None, None, g)]
    if not triples:
        return triples
    store.remove_graph(g)
    default = ox.DefaultGraph()
    gone = []
    for t in triples:
        if not any(not isinstance(q.graph_name, ox.DefaultGraph)
                   for q in store.quads_for_pattern(t.subject, t.predicate, t.object, None)):
            gone.append(ox.Quad(t.subject, t.predicate, t.object, default))
    for q in gone:
        store.remove(q)
    return triples


def prov_only_subjects(store: ox.Store) -> set[str]:
    """The subjects only the PROV graph has (the build activity, the software agent): the
    default graph holds them for SPARQL, kg.ttl (the articles' facts) does not."""
    out = set()
    for q in store.quads_for_pattern(None, ox.NamedNode(_RDF_TYPE), None, ox.NamedNode(BUILD_GRAPH)):
        out.add(q.subject.value)
    return out


def file_digest(path: _PathLike) -> Optional[str]:
    """SHA-256 of a file, or None when it cannot be read."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def count_union(store: ox.Store) -> int:
    """How many triples kg.ttl holds: the default graph without the PROV-only subjects."""
    n = int(list(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))[0]["n"].value)
    for s in prov_only_subjects(store):
        n -= sum(1 for _ in store.quads_for_pattern(ox.NamedNode(s), None, None, ox.DefaultGraph()))
    return n


def union_triples(store: ox.Store) -> Iterator:
    """Every triple of the union of the article graphs (kg.ttl's triples) as Oxigraph triples,
    in no particular order."""
    skip = prov_only_subjects(store)
    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        if q.subject.value not in skip:
            yield ox.Triple(q.subject, q.predicate, q.object)


def prefixes() -> dict[str, str]:
    """The contract's prefix table (kg.rdf.vocab.PREFIXES), for a reader's convenience."""
    return dict(PREFIXES)
