"""A build's output set, written through the store: kg.trig as a stream in source order,
kg.ttl dumped sorted from the store (kg.rdf.dump), graph.html (kg.view) and
build-report.json, each to a temporary file renamed into place (kg.output), so that a crash
never leaves half a file behind.

``write_graphs`` brings the store up to date with a build's articles (kg.batch hands it
the plan and the workers' results) and writes kg.trig and kg.ttl; ``finish`` writes the page
and the report and puts the set in place.
"""
from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from kg import __version__
from kg.batch import BuildReport, Failure, Mapped, Plan
from kg.output import AtomicFile, OutputSet, atomic_write


def build_time() -> datetime:
    """The build's time: SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)


def finish(store, manifest, out: Path, outs: OutputSet, report: BuildReport, html: bool) -> None:
    """After the graphs: graph.html (when asked), build-report.json, the set put in place
    together, then the store's manifest, and the store marked finished."""
    from kg.rdf import store as st

    stage = outs.staging
    if html:
        write_page(store, stage, report, outs)
    report.outputs.append(write_report(stage / "build-report.json", report))
    report.outputs = outs.commit(report.outputs)
    st.write_manifest(out, manifest)
    st.mark_building(out, False)


def write_page(store, stage: Path, report: BuildReport, outs: OutputSet) -> None:
    """graph.html, drawn from what the store gives (kg.view.store_graph.page_graph); if it cannot
    be drawn, the build keeps its graph files, says why, and drops the old page (no page of
    another build is left beside the new graph)."""
    from kg.view.page import render_html
    from kg.view.store_graph import page_graph
    try:
        report.outputs.append(render_html(page_graph(store), stage / "graph.html"))
    except OSError:
        raise
    except Exception as e:  # no article may abort the build through the page
        report.warnings.append(Failure("graph.html", f"not written: {type(e).__name__}: {e}"))
        outs.drop("graph.html")


def _old_blocks(path: Path) -> Iterator[tuple[str, bytes]]:
    """(graph IRI, its block as trig_graph wrote it) for each graph of a kg.trig we wrote."""
    import mmap
    import re

    if not path.is_file() or path.stat().st_size == 0:
        return
    graph = re.compile(rb"^<([^>\n]*)> \{\n", re.M)
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        pos = 0
        while True:
            m = graph.search(data, pos)
            if m is None:
                return
            end = data.find(b"\n}\n", m.end() - 1)
            if end == -1:
                return
            end += 3
            yield m.group(1).decode("utf-8"), data[m.start():end] + b"\n"
            pos = end


# The parent bulk-loads the workers' N-Quads into the store in batches of about this size.
LOAD_BYTES = 32 * 1024 * 1024


class _Loader:
    """Bulk-loads batches of N-Quads into the store in a thread of its own (Oxigraph releases
    the GIL while it loads), so the parent keeps taking the workers' results meanwhile; at most
    two batches wait, so memory stays bounded."""

    def __init__(self, store) -> None:
        import queue
        import threading

        from kg.rdf.store import load_nquads

        self.error: Optional[BaseException] = None
        self._queue: "queue.Queue[Optional[bytes]]" = queue.Queue(maxsize=2)

        def run() -> None:
            while True:
                data = self._queue.get()
                if data is None:
                    return
                if self.error is None:
                    try:
                        load_nquads(store, data)
                    except BaseException as e:   # handed to the build at the next put/close
                        self.error = e
        self._thread = threading.Thread(target=run, name="kg-store-loader", daemon=True)
        self._thread.start()

    def put(self, data: bytes) -> None:
        if self.error is not None:
            raise self.error
        self._queue.put(data)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        if self.error is not None:
            raise self.error


class _Trig:
    """kg.trig as it is written (to a temporary file, with its running SHA-256), and the
    blocks of the articles kept as they were: taken from the previous kg.trig when its block
    has the recorded digest, else dumped from the store."""

    def __init__(self, path: Path, old_blocks: Iterator[tuple[str, bytes]], store) -> None:
        self.file = AtomicFile(path)
        self.hash = hashlib.sha256()
        self._old_blocks = old_blocks
        self._store = store

    def put(self, b: bytes) -> None:
        self.file.write(b)
        self.hash.update(b)

    def old_block(self, entry) -> bytes:
        from kg.rdf import dump

        for name, block in self._old_blocks:
            if name == entry.graph:
                if hashlib.sha256(block).hexdigest() == entry.digest:
                    return block
                break
        return dump.graph_trig(self._store, entry.graph)


def write_graphs(plan: Plan, results: Iterable[tuple[str, Optional[Mapped], Optional[str]]], out: Path,
                 stage: Path, report: BuildReport, fail: Callable[[Failure], None]):
    """Bring the store up to date (drop the graphs of articles gone or changed, bulk-load the
    new ones as they come), write kg.trig as a stream in source order (an unchanged article's
    block is taken from the previous kg.trig, checked against its digest, or dumped from the
    store), then kg.ttl dumped from the store, sorted; fill in the report's counts. The files
    go to STAGE (kg.output.OutputSet); the store is OUT's. Returns the store (read-write) and
    the manifest to write once the files are in place. Nothing is written when no article
    was built."""
    from kg.rdf import store as st
    from kg.rdf.io import trig_header

    store = st.open_store(out, read_only=False)
    st.mark_building(out, True)
    dirty: set[str] = set()         # subjects whose kg.ttl block may have changed
    for g in plan.drop:
        dirty.update(t.subject.value for t in st.drop_graph(store, g))
    # the PROV graph's triples about articles (kg:sha256) are in their own graphs too, and its
    # own subjects are not in kg.ttl: no kg.ttl block changes with it
    st.drop_graph(store, st.BUILD_GRAPH)
    manifest = st.Manifest(versions=plan.versions)
    started = build_time()
    trig = _Trig(stage / "kg.trig", _old_blocks(out / "kg.trig") if plan.old else iter(()), store)
    loader = _Loader(store)
    try:
        trig.put(trig_header())
        built = _write_articles(plan, iter(results), trig, loader, manifest, dirty, report, fail)
        loader.close()
        if report.articles == 0:
            return store, manifest
        manifest.build_digest = _write_provenance(store, trig, built, started)
        report.officials, report.bodies, report.meetings, report.posts = _counts(store)
        ttl_digest = _write_ttl(store, plan, out, stage, dirty, report)
        report.outputs.append(trig.file.commit())
        manifest.outputs = {"kg.ttl": ttl_digest, "kg.trig": trig.hash.hexdigest()}
        store.flush()
    except BaseException:
        try:
            loader.close()
        except BaseException:
            pass
        store = None            # closed now (the traceback keeps this frame), so it can be removed
        raise
    finally:
        trig.file.abort()
    return store, manifest


def _write_articles(plan: Plan, results: Iterator, trig: _Trig, loader: _Loader, manifest, dirty: set[str],
                    report: BuildReport, fail: Callable[[Failure], None]) -> list:
    """Each article's block of kg.trig in source order, its N-Quads to the loader and its
    entry to the manifest; an article kept as it was gives its old block and entry. Returns
    (article IRI, file hash) of each article built, for the PROV graph."""
    import pyoxigraph as ox

    from kg.rdf import store as st

    built: list = []
    pending: list[bytes] = []
    size = 0
    for item in plan.items:
        source = item.source
        entry = plan.old.get(source)
        if entry is not None and not item.error and entry.key == plan.keys[source]:
            trig.put(b"\n" + trig.old_block(entry))
            manifest.articles[source] = entry
            report.warnings.extend(Failure(source, w) for w in entry.warnings)
            report.articles += 1
            built.append((ox.NamedNode(entry.article), entry.sha256))
            continue
        source, mapped, error = next(results)
        if mapped is None:
            fail(Failure(source, error or "unknown error"))
            continue
        report.articles += 1
        report.warnings.extend(Failure(source, w) for w in mapped.warnings)
        trig.put(b"\n" + mapped.trig)
        pending.append(mapped.nquads)
        size += len(mapped.nquads)
        if size >= LOAD_BYTES:
            loader.put(b"".join(pending))
            pending, size = [], 0
        dirty.update(mapped.subjects)
        manifest.articles[source] = st.ArticleEntry(plan.keys[source], mapped.sha256, mapped.graph,
                                                    mapped.article, mapped.digest, list(mapped.warnings),
                                                    list(mapped.hits))
        built.append((ox.NamedNode(mapped.article), mapped.sha256))
    loader.put(b"".join(pending))
    return built


def _write_provenance(store, trig: _Trig, built: list, started: datetime) -> str:
    """The build's PROV graph: appended to kg.trig and loaded into the store; its digest."""
    from rdflib import URIRef

    from kg.rdf import store as st
    from kg.rdf.io import OxTerms, nquads_bytes, triple_order, trig_graph_ox
    from kg.rdf.mapping import build_provenance

    name, triples = build_provenance([(URIRef(a.value), sha) for a, sha in built], started, __version__)
    conv = OxTerms()
    prov = [conv.triple(t) for t in sorted(triples, key=triple_order)]
    g = conv.node(str(name))
    block = trig_graph_ox(g, prov)
    trig.put(b"\n" + block)
    st.load_nquads(store, nquads_bytes(g, prov))
    return hashlib.sha256(block).hexdigest()


def _write_ttl(store, plan: Plan, out: Path, stage: Path, dirty: set[str], report: BuildReport) -> str:
    """kg.ttl to STAGE: the previous file brought up to date when it is the one the last build
    wrote (its DIRTY subjects made again), else dumped whole; the report's triple count. Its
    SHA-256."""
    from kg.rdf import dump
    from kg.rdf import store as st

    ttl_hash = hashlib.sha256()
    counted = [0]
    old_ttl = out / "kg.ttl"
    reuse = bool(plan.old) and st.file_digest(old_ttl) == plan.old_outputs.get("kg.ttl")

    def ttl_chunks():
        chunks = (dump.turtle_update(store, old_ttl, dirty) if reuse
                  else dump.turtle_chunks(store, counted))
        for chunk in chunks:
            ttl_hash.update(chunk)
            yield chunk
    report.outputs.append(atomic_write(stage / "kg.ttl", ttl_chunks()))
    report.triples = counted[0] if not reuse else st.count_union(store)
    return ttl_hash.hexdigest()


_COUNT_KINDS = (("officials", "https://w3id.org/vnpolkg/ontology#Official"),
                ("bodies", "http://www.w3.org/ns/org#Organization"),
                ("meetings", "https://w3id.org/vnpolkg/ontology#Meeting"),
                ("posts", "http://www.w3.org/ns/org#Membership"))


def _counts(store) -> tuple[int, int, int, int]:
    """(officials, organisations, meetings, posts) in the store's union graph."""
    found = {}
    for kind, iri in _COUNT_KINDS:
        rows = list(store.query(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{iri}> }}"))
        found[kind] = int(rows[0]["n"].value) if rows else 0
    return tuple(found[k] for k, _ in _COUNT_KINDS)


def write_report(path: Path, report: BuildReport) -> Path:
    """build-report.json: the counts, the failures, and the warnings and skipped files if any."""
    summary = {
        "articles": report.articles,
        "failed": [{"file": f.source, "reason": f.reason} for f in report.failures],
        "officials": report.officials, "bodies": report.bodies, "meetings": report.meetings,
        "posts": report.posts, "triples": report.triples,
    }
    if report.warnings:
        summary["warnings"] = [{"file": w.source, "warning": w.reason} for w in report.warnings]
    if report.skipped:
        summary["skipped"] = [{"file": s.source, "reason": s.reason} for s in report.skipped]
    return atomic_write(path, (json.dumps(summary, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
