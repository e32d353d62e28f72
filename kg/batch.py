"""The build: articles in, graph files out.

Articles stream through extraction one at a time (in worker processes with --jobs), so a
broken article costs only itself: it is reported by name with the reason and the rest is
built. Every output is written to a temporary file and renamed into place, so a crash never
leaves half a kg.ttl behind; the same inputs give byte-identical kg.ttl.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from kg import __version__
from kg.errors import ArticleError, UsageError
from kg.facts import ArticleFacts
from kg.output import AtomicFile, OutputSet, atomic_write

@dataclass
class Failure:
    source: str
    reason: str


@dataclass
class BuildReport:
    articles: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[Failure] = field(default_factory=list)    # built, but something was not used
    officials: int = 0
    bodies: int = 0
    meetings: int = 0
    posts: int = 0
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    skipped: list[Failure] = field(default_factory=list)     # not read on purpose (hidden files)
    new: int = 0                # incremental builds: articles read for the first time,
    changed: int = 0            # read again because their content changed,
    unchanged: int = 0          # kept from the store as they were,
    removed: int = 0            # and dropped because they are no longer given
    notes: list[str] = field(default_factory=list)           # why everything was read again

    def summary(self) -> str:
        lines = [f"built {self.articles} article(s), {len(self.failures)} failed; "
                 f"{self.officials} officials, {self.bodies} bodies, {self.meetings} meetings, "
                 f"{self.posts} posts, {self.triples} triples in {self.seconds:.2f} s"]
        lines.append(f"  articles: {self.new} new, {self.changed} changed, {self.unchanged} unchanged, "
                     f"{self.removed} removed")
        lines += [f"  note: {n}" for n in self.notes]
        for f in self.failures:
            lines.append(f"  failed: {f.source}: {f.reason}")
        for w in self.warnings:
            lines.append(f"  warning: {w.source}: {w.reason}")
        for s in self.skipped:
            lines.append(f"  skipped: {s.source}: {s.reason}")
        for p in self.outputs:
            lines.append(f"  wrote {p}")
        return "\n".join(lines)


def discover(paths: Iterable[str | Path]) -> tuple[list, list[Failure]]:
    """Every article under the given paths as a kg.read Record (one per .txt or .html file,
    one per JSONL line or WARC response), sorted by source name, and the paths that cannot be
    built (missing, or a second file with a name already taken). See kg.read.walk."""
    from kg.read.walk import discover as walk

    records, problems = walk(paths)
    return records, [Failure(source, reason) for source, reason in problems]


def extract_file(path: Path, source: str) -> ArticleFacts:
    """Read and extract one article file; ArticleError when it cannot be read or understood."""
    from kg.read.article import Record
    from kg.read.registry import reader_for

    return extract_record(Record(source, Path(path), reader_for(Path(path)).NAME))


def extract_record(record) -> ArticleFacts:
    """Read and extract one record of the walk; ArticleError when it cannot be read or understood."""
    from kg.extract.pipeline import extract
    from kg.read.article import apply_meta, check_article, read_file
    from kg.read.registry import read_record

    if record.error:
        raise ArticleError(record.source, record.error)
    if record.fmt not in ("txt", "html"):           # a container given as one article
        read_file(record.path, record.source)
        raise ArticleError(record.source, f"a {record.fmt} container, not one article; build it with kg build")
    article = read_record(record)
    check_article(article.text, record.source)
    facts = extract(article, record.source)
    apply_meta(facts, article)
    return facts


def _safe_extract(item) -> tuple[str, Optional[ArticleFacts], Optional[str]]:
    source = item.source
    try:
        return source, extract_record(item), None
    except ArticleError as e:
        return source, None, e.reason
    except Exception as e:  # a bug must not cost the other articles; say which article hit it
        return source, None, f"internal error while extracting ({type(e).__name__}: {e})"


@dataclass
class Mapped:
    """One article, extracted and mapped: what a worker hands back to the build. The worker
    also serialises, so the parent only appends bytes to kg.trig and bulk-loads the store."""
    nquads: bytes               # its triples in its graph and in the default graph (the store's load)
    trig: bytes                 # the article's named graph, ready to append to kg.trig
    article: str                # its IRI
    sha256: str
    graph: str = ""             # its graph's IRI
    warnings: tuple = ()        # what the build report should say about it (a refused date)
    subjects: tuple = ()        # the IRIs its triples describe (kg.ttl's blocks it touches)

    @property
    def digest(self) -> str:
        import hashlib
        return hashlib.sha256(self.trig).hexdigest()


_MAPPER = None


def _init_worker(curation) -> None:
    global _MAPPER
    from kg.rdf.mapping import Mapper
    _MAPPER = Mapper(curation)


def _work(item) -> tuple[str, Optional[Mapped], Optional[str]]:
    """Extract and map one article, and serialise its graph (TriG for kg.trig, N-Quads for the
    store). Runs in the worker processes, so that with -j the RDF mapping and serialization
    are spread over the cores too."""
    from kg.rdf.io import OxTerms, nquads_bytes, triple_order, trig_graph_ox
    from kg.rdf.mapping import graph_name

    source, facts, error = _safe_extract(item)
    if facts is None:
        return source, None, error
    try:
        conv = OxTerms()
        triples = [conv.triple(t) for t in sorted(set(_MAPPER.triples(facts)), key=triple_order)]
        name = graph_name(facts)
        g = conv.node(str(name))
        return source, Mapped(nquads_bytes(g, triples), trig_graph_ox(g, triples),
                              str(_MAPPER.article_iri(facts)), facts.sha256, str(name),
                              tuple(facts.warnings), tuple(sorted({t.subject.value for t in triples}))), None
    except Exception as e:  # as in _safe_extract: report the article, keep the batch
        return source, None, f"internal error while mapping to RDF ({type(e).__name__}: {e})"


def process_all(items: list, curation=None, jobs: int = 1,
                progress: Optional[Callable[[str], None]] = None, scheduler: Optional[str] = None,
                client=None) -> Iterator[tuple[str, Optional[Mapped], Optional[str]]]:
    """Extract and map articles in input order, in `jobs` processes, or on a Dask cluster
    (a `scheduler` address or a `client`; kg.executors)."""
    if scheduler or client is not None:
        from kg.executors import DaskCluster
        cluster = DaskCluster(client=client, scheduler=scheduler)
        try:
            for r in cluster.run(items, curation):
                if progress:
                    progress(r[0])
                yield r
        finally:
            cluster.close()
        return
    if jobs <= 1 or len(items) < 2:
        _init_worker(curation)
        for it in items:
            r = _work(it)
            if progress:
                progress(r[0])
            yield r
        return
    # a worker killed (out of memory) costs only the articles it held (kg.pool)
    from kg.pool import resilient_map
    for r in resilient_map(_work, items, jobs, _init_worker, (curation,),
                           on_lost=lambda item, why: (item.source, None, why)):
        if progress:
            progress(r[0])
        yield r


def build_time() -> datetime:
    """The build's time: SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)


def build(paths: Iterable[str | Path], out_dir: str | Path = "out", curation_path: Optional[Path] = None,
          jobs: int = 1, html: bool = True, progress: Optional[Callable[[str], None]] = None,
          on_failure: Optional[Callable[[Failure], None]] = None,
          on_start: Optional[Callable[[int], None]] = None, scheduler: Optional[str] = None,
          client=None, rebuild: bool = False) -> BuildReport:
    """Build the articles under PATHS into OUT_DIR (kg.ttl, kg.trig, graph.html,
    build-report.json, and the store the commands read, OUT_DIR/store: kg.rdf.store).

    A build into a folder that holds a store is incremental: only the articles whose content
    is new or changed are read and extracted, the graphs of articles no longer given are
    dropped, and the outputs are the bytes a build from scratch would write. A change of
    extractor code, lexicon, gazetteer, curation file or settings (the versions recorded in
    the store) rebuilds everything, as does ``rebuild=True``.

    `on_start(n)` hears how many articles will be extracted, `progress(source)` of each one
    done, `on_failure(failure)` of each one that could not be built. `scheduler`
    (tcp://HOST:8786) or `client` (a dask.distributed.Client) extract on a Dask cluster."""
    from kg.rdf import store as st
    from kg.rdf.curation import load_curation

    t0 = time.perf_counter()
    paths = list(paths)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: is a file; -o takes a folder")
    from kg.read.walk import walk
    found = walk(paths)
    items, missing = found.records, [Failure(source, reason) for source, reason in found.problems]
    if not items:
        if missing and len(missing) == len(paths):
            raise UsageError("; ".join(f"{f.source}: {f.reason}" for f in missing))
        raise UsageError("no article files (.txt, .html, .jsonl, .warc) found in " + ", ".join(str(p) for p in paths))
    curation = load_curation(curation_path) if curation_path else None
    report = BuildReport(skipped=[Failure(source, reason) for source, reason in found.skipped])

    def fail(f: Failure) -> None:
        report.failures.append(f)
        if on_failure:
            on_failure(f)

    for f in missing:
        fail(f)
    # the outputs are written into a staging folder and appear together (kg.output.OutputSet);
    # the folder (and its store) is locked against a second build meanwhile
    outs = OutputSet(out).open()
    created = not st.store_dir(out).exists()
    store = None
    try:
        plan = _plan(out, items, versions(curation_path), rebuild, report)
        if on_start:
            on_start(len(plan.todo))
        stage = outs.staging
        store, manifest = _write_graphs(plan, process_all(plan.todo, curation, jobs, progress, scheduler, client),
                                        out, stage, report, fail)
        if not report.articles:
            store = None
            if created:
                st.remove_store(out)
        if report.articles:
            if html:
                _write_page(store, stage, report, outs)
            report.outputs.append(_write_report(stage / "build-report.json", report))
            report.outputs = outs.commit(report.outputs)
            st.write_manifest(out, manifest)
            st.mark_building(out, False)
        del store
    except BaseException:
        store = None
        if created:
            st.remove_store(out)
        raise
    finally:
        outs.close()
    report.seconds = time.perf_counter() - t0
    return report


def _write_page(store, stage: Path, report: BuildReport, outs: OutputSet) -> None:
    """graph.html, drawn from what the store gives (kg.view.network.page_graph); if it cannot
    be drawn, the build keeps its graph files, says why, and drops the old page (no page of
    another build is left beside the new graph)."""
    from kg.view.network import page_graph
    from kg.view.page import render_html
    try:
        report.outputs.append(render_html(page_graph(store), stage / "graph.html"))
    except OSError:
        raise
    except Exception as e:  # no article may abort the build through the page
        report.warnings.append(Failure("graph.html", f"not written: {type(e).__name__}: {e}"))
        outs.drop("graph.html")


# ------------------------------------------------------------------------------ incremental

# What extraction and mapping depend on besides an article's own bytes: a change to any of
# these files (or settings) makes every article be read again.
_CODE = ("read/**/*.py", "extract/**/*.py", "facts.py", "rdf/mapping.py", "rdf/io.py")
_DATA = {"lexicon": ("data/lexicon/*.yaml",), "gazetteer": ("data/gazetteer.tsv", "data/place_aliases.tsv"),
         "sites": ("data/sites.tsv", "data/legacy/*.tsv")}
_SETTINGS = ("KG_MAX_ARTICLE_BYTES",)


def _files_hash(patterns) -> str:
    import hashlib
    root = Path(__file__).parent
    h = hashlib.sha256()
    for pattern in patterns:
        for f in sorted(root.glob(pattern)):
            h.update(str(f.relative_to(root)).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def versions(curation_path: Optional[Path] = None) -> dict:
    """What this build's graphs depend on besides the articles: recorded in the store, and a
    build that finds other versions there extracts everything again."""
    import hashlib
    v = {"vnpolkg": __version__, "extractor": _files_hash(_CODE)}
    for name, patterns in _DATA.items():
        v[name] = _files_hash(patterns)
    v["curation"] = hashlib.sha256(Path(curation_path).read_bytes()).hexdigest()[:16] if curation_path else ""
    v["settings"] = {k: os.environ.get(k, "") for k in _SETTINGS}
    return v


def content_key(record) -> str:
    """The hash of everything extraction reads of one record: its bytes, its reader, what its
    container said about it. Equal keys, equal facts (for equal versions)."""
    import hashlib
    h = hashlib.sha256()
    h.update(repr((record.fmt, record.meta, record.container, record.record, record.warnings)).encode("utf-8"))
    h.update(b"\0")
    try:
        h.update(record.read_bytes())
    except Exception as e:      # unreadable: extraction will say why; never reuse anything for it
        h.update(f"unreadable {e} {time.time()}".encode())
    return h.hexdigest()


@dataclass
class Plan:
    """What a build does: the articles to extract (``todo``, in source order), the graphs to
    drop, and the entries of the articles kept as they are."""
    items: list
    keys: dict
    todo: list
    drop: list
    old: dict
    versions: dict
    old_outputs: dict = field(default_factory=dict)    # digests of the kg.ttl/kg.trig last written


def _plan(out: Path, items: list, current: dict, rebuild: bool, report: BuildReport) -> Plan:
    from kg.rdf import store as st

    keys = {it.source: content_key(it) for it in items if not it.error}
    old, old_outputs = {}, {}
    if st.store_dir(out).exists():
        manifest = st.read_manifest(out)
        old_outputs = manifest.outputs
        if rebuild:
            report.notes.append("--rebuild: every article read again")
        elif st.was_interrupted(out) or not st.has_store(out):
            report.notes.append("the last build did not finish: every article read again")
        elif manifest.versions != current:
            changed = sorted(k for k in set(manifest.versions) | set(current)
                             if manifest.versions.get(k) != current.get(k))
            report.notes.append(f"{', '.join(changed)} changed since the last build: every article read again")
        else:
            old = manifest.articles
        if not old:
            st.remove_store(out)
    todo = [it for it in items if it.error or it.source not in old or old[it.source].key != keys[it.source]]
    unchanged = len(items) - len(todo)
    report.new = sum(1 for it in todo if it.source not in old)
    report.changed = len(todo) - report.new
    report.unchanged = unchanged
    given = {it.source for it in items}
    removed = [s for s in old if s not in given]
    report.removed = len(removed)
    drop = [old[s].graph for s in removed] + [old[it.source].graph for it in todo if it.source in old]
    return Plan(items, keys, todo, drop, old, current, old_outputs if old else {})


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


# ------------------------------------------------------------------------------ writing

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


def _write_graphs(plan: Plan, results: Iterable[tuple[str, Optional[Mapped], Optional[str]]], out: Path,
                  stage: Path, report: BuildReport, fail: Callable[[Failure], None]):
    """Bring the store up to date (drop the graphs of articles gone or changed, bulk-load the
    new ones as they come), write kg.trig as a stream in source order (an unchanged article's
    block is taken from the previous kg.trig, checked against its digest, or dumped from the
    store), then kg.ttl dumped from the store, sorted; fill in the report's counts. The files
    go to STAGE (kg.output.OutputSet); the store is OUT's. Returns the store (read-write) and
    the manifest to write once the files are in place. Nothing is written when no article
    was built."""
    import hashlib

    import pyoxigraph as ox

    from kg.rdf import store as st
    from kg.rdf.io import OxTerms, nquads_bytes, triple_order, trig_graph_ox, trig_header
    from kg.rdf.mapping import build_provenance

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
    old_blocks = _old_blocks(out / "kg.trig") if plan.old else iter(())
    pending: list[bytes] = []
    size = 0
    built: list = []
    trig = AtomicFile(stage / "kg.trig")
    trig_hash = hashlib.sha256()

    def put(b: bytes) -> None:
        trig.write(b)
        trig_hash.update(b)

    def old_block(entry) -> bytes:
        for name, block in old_blocks:
            if name == entry.graph:
                if hashlib.sha256(block).hexdigest() == entry.digest:
                    return block
                break
        return st.graph_trig(store, entry.graph)

    results = iter(results)
    loader = _Loader(store)
    try:
        put(trig_header())
        for item in plan.items:
            source = item.source
            entry = plan.old.get(source)
            if entry is not None and not item.error and entry.key == plan.keys[source]:
                put(b"\n" + old_block(entry))
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
            put(b"\n" + mapped.trig)
            pending.append(mapped.nquads)
            size += len(mapped.nquads)
            if size >= LOAD_BYTES:
                loader.put(b"".join(pending))
                pending, size = [], 0
            dirty.update(mapped.subjects)
            manifest.articles[source] = st.ArticleEntry(plan.keys[source], mapped.sha256, mapped.graph,
                                                        mapped.article, mapped.digest, list(mapped.warnings))
            built.append((ox.NamedNode(mapped.article), mapped.sha256))
        loader.put(b"".join(pending))
        pending = []
        loader.close()
        if report.articles == 0:
            return store, manifest
        from rdflib import URIRef
        name, triples = build_provenance([(URIRef(a.value), sha) for a, sha in built], started, __version__)
        conv = OxTerms()
        prov = [conv.triple(t) for t in sorted(triples, key=triple_order)]
        g = conv.node(str(name))
        block = trig_graph_ox(g, prov)
        put(b"\n" + block)
        st.load_nquads(store, nquads_bytes(g, prov))
        manifest.build_digest = hashlib.sha256(block).hexdigest()
        report.officials, report.bodies, report.meetings, report.posts = _counts(store)
        ttl_hash = hashlib.sha256()
        counted = [0]

        old_ttl = out / "kg.ttl"
        reuse = bool(plan.old) and st.file_digest(old_ttl) == plan.old_outputs.get("kg.ttl")

        def ttl_chunks():
            chunks = (st.turtle_update(store, old_ttl, dirty) if reuse
                      else st.turtle_chunks(store, counted))
            for chunk in chunks:
                ttl_hash.update(chunk)
                yield chunk
        report.outputs.append(atomic_write(stage / "kg.ttl", ttl_chunks()))
        report.triples = counted[0] if not reuse else st.count_union(store)
        report.outputs.append(trig.commit())
        manifest.outputs = {"kg.ttl": ttl_hash.hexdigest(), "kg.trig": trig_hash.hexdigest()}
        store.flush()
    except BaseException:
        try:
            loader.close()
        except BaseException:
            pass
        store = None            # closed now (the traceback keeps this frame), so it can be removed
        raise
    finally:
        trig.abort()
    return store, manifest


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


def _write_report(path: Path, report: BuildReport) -> Path:
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
