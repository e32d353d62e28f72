"""The build: articles in, graph files out.

Articles stream through extraction one at a time (in worker processes with --jobs), so a
broken article costs only itself: it is reported by name with the reason and the rest is
built. Every output is written to a temporary file and renamed into place, so a crash never
leaves half a kg.ttl behind; the same inputs give byte-identical kg.ttl.

This module walks, plans (what an incremental build reads again) and extracts; kg.write
writes the output set through the store.
"""
from __future__ import annotations

import os
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from kg import __version__
from kg.errors import ArticleError, UsageError
from kg.facts import ArticleFacts
from kg.output import OutputSet
from kg.time_limit import ArticleTooSlow, article_time_limit

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
        with article_time_limit():
            return source, extract_record(item), None
    except (ArticleError, ArticleTooSlow) as e:     # (a page over the time limit: kg/time_limit.py)
        return source, None, e.reason if isinstance(e, ArticleError) else str(e)
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
    hits: tuple = ()            # the curated ids its mapping hit (full IRIs; Mapper.take_hits)

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
        _MAPPER.take_hits()             # nothing of an article that failed half-way carries over
        triples = [conv.triple(t) for t in sorted(set(_MAPPER.triples(facts)), key=triple_order)]
        name = graph_name(facts)
        g = conv.node(str(name))
        return source, Mapped(nquads_bytes(g, triples), trig_graph_ox(g, triples),
                              str(_MAPPER.article_iri(facts)), facts.sha256, str(name),
                              tuple(facts.warnings), tuple(sorted({t.subject.value for t in triples})),
                              _MAPPER.take_hits()), None
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
    from kg.write import write_graphs

    t0 = time.perf_counter()
    out = Path(out_dir)
    items, missing, report = _inputs(list(paths), out)
    curation = load_curation(curation_path) if curation_path else None

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
        store, manifest = write_graphs(plan, process_all(plan.todo, curation, jobs, progress, scheduler, client),
                                       out, outs.staging, report, fail)
        if not report.articles:
            store = None        # closed before _close removes the folder it lives in
        _close(store, manifest, out, outs, report, html, created, curation, curation_path)
        del store
    except BaseException as e:
        store = None
        if created:
            # the failed frames (_close, finish, ...) still hold the open store: clear them so it
            # closes now, not after its folder is removed (it would write its files back)
            traceback.clear_frames(e.__traceback__)
            st.remove_store(out)
        raise
    finally:
        outs.close()
    report.seconds = time.perf_counter() - t0
    return report


def _close(store, manifest, out: Path, outs, report: BuildReport, html: bool, created: bool,
           curation, curation_path) -> None:
    """Finish a build that built something (curation ids that matched nothing, the dumps, the
    page, the report); a build that built nothing drops the store it created."""
    from kg.rdf import store as st
    from kg.write import finish

    if not report.articles:
        if created:
            st.remove_store(out)
        return
    if curation is not None:
        report.warnings.extend(unmatched_ids(curation, curation_path, manifest))
    finish(store, manifest, out, outs, report, html)


def unmatched_ids(curation, curation_path, manifest) -> list[Failure]:
    """One warning per id of the curation file that no article of this build hit (the hits of
    the articles kept as they were come from their manifest entries)."""
    from kg.rdf.curation import unmatched

    hits = set()
    for entry in manifest.articles.values():
        hits.update(entry.hits)
    name = Path(curation_path).name
    return [Failure(name, f"id {i} matches nothing in this build") for i in unmatched(curation, hits)]


def _inputs(paths: list, out: Path) -> tuple[list, list[Failure], BuildReport]:
    """The walk's records, the paths that cannot be built, and a report naming the files
    skipped; UsageError when OUT is a file or there is no article to build."""
    from kg.read.walk import walk

    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: is a file; -o takes a folder")
    found = walk(paths)
    items, missing = found.records, [Failure(source, reason) for source, reason in found.problems]
    if not items:
        if missing and len(missing) == len(paths):
            raise UsageError("; ".join(f"{f.source}: {f.reason}" for f in missing))
        raise UsageError("no article files (.txt, .html, .jsonl, .warc) found in " + ", ".join(str(p) for p in paths))
    return items, missing, BuildReport(skipped=[Failure(source, reason) for source, reason in found.skipped])


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



