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

    def summary(self) -> str:
        lines = [f"built {self.articles} article(s), {len(self.failures)} failed; "
                 f"{self.officials} officials, {self.bodies} bodies, {self.meetings} meetings, "
                 f"{self.posts} posts, {self.triples} triples in {self.seconds:.2f} s"]
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
    """One article, extracted and mapped: what a worker hands back to the build."""
    triples: set
    trig: bytes                 # the article's named graph, ready to append to kg.trig
    article: object             # its IRI
    sha256: str
    warnings: tuple = ()        # what the build report should say about it (a refused date)


_MAPPER = None


def _init_worker(curation) -> None:
    global _MAPPER
    from kg.rdf.mapping import Mapper
    _MAPPER = Mapper(curation)


def _work(item) -> tuple[str, Optional[Mapped], Optional[str]]:
    """Extract and map one article. Runs in the worker processes, so that with -j the
    RDF mapping and serialization are spread over the cores too."""
    from kg.rdf.io import trig_graph
    from kg.rdf.mapping import graph_name

    source, facts, error = _safe_extract(item)
    if facts is None:
        return source, None, error
    try:
        triples = set(_MAPPER.triples(facts))
        return source, Mapped(triples, trig_graph(graph_name(facts), triples),
                              _MAPPER.article_iri(facts), facts.sha256, tuple(facts.warnings)), None
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
          client=None) -> BuildReport:
    """Build the articles under PATHS into OUT_DIR (kg.ttl, kg.trig, graph.html,
    build-report.json). `on_start(n)` hears how many articles were found, `progress(source)`
    of each one done, `on_failure(failure)` of each one that could not be built. `scheduler`
    (tcp://HOST:8786) or `client` (a dask.distributed.Client) extract on a Dask cluster."""
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
    if on_start:
        on_start(len(items))
    report = BuildReport(skipped=[Failure(source, reason) for source, reason in found.skipped])

    def fail(f: Failure) -> None:
        report.failures.append(f)
        if on_failure:
            on_failure(f)

    for f in missing:
        fail(f)
    # the outputs are written into a staging folder and appear together (kg.output.OutputSet);
    # the folder is locked against a second build meanwhile
    outs = OutputSet(out).open()
    try:
        stage = outs.staging
        everything = _write_graphs(_warnings_to(report, process_all(items, curation, jobs, progress,
                                                                       scheduler, client)),
                                   stage, report, fail)
        if report.articles:
            if html:
                _write_page(everything, stage, report, outs)
            report.outputs.append(_write_report(stage / "build-report.json", report))
            report.outputs = outs.commit(report.outputs)
    finally:
        outs.close()
    report.seconds = time.perf_counter() - t0
    return report


def _write_page(everything, stage: Path, report: BuildReport, outs: OutputSet) -> None:
    """graph.html; if it cannot be drawn, the build keeps its graph files, says why, and drops
    the old page (no page of another build is left beside the new graph)."""
    from kg.rdf.io import to_graph
    from kg.view.page import render_html
    try:
        report.outputs.append(render_html(to_graph(everything), stage / "graph.html"))
    except OSError:
        raise
    except Exception as e:  # no article may abort the build through the page
        report.warnings.append(Failure("graph.html", f"not written: {type(e).__name__}: {e}"))
        outs.drop("graph.html")


def _warnings_to(report: "BuildReport", results: Iterable) -> Iterator:
    """Pass the results on, noting each article's warnings in the report."""
    for source, mapped, error in results:
        if mapped is not None:
            report.warnings.extend(Failure(source, w) for w in mapped.warnings)
        yield source, mapped, error


def _write_graphs(results: Iterable[tuple[str, Optional[Mapped], Optional[str]]], out: Path,
                  report: BuildReport, fail: Callable[[Failure], None]) -> set[tuple]:
    """Write kg.trig article by article as the results come (so a large build keeps only the
    merged graph in memory), then kg.ttl; fill in the report's counts. Nothing is written when
    no article was built."""
    from kg.rdf.io import trig_graph, trig_header, turtle_bytes
    from kg.rdf.mapping import build_provenance, counts

    everything: set[tuple] = set()
    built: list = []
    started = build_time()
    trig = AtomicFile(out / "kg.trig")
    try:
        trig.write(trig_header())
        for source, mapped, error in results:
            if mapped is None:
                fail(Failure(source, error or "unknown error"))
                continue
            report.articles += 1
            everything |= mapped.triples
            trig.write(b"\n" + mapped.trig)
            built.append((mapped.article, mapped.sha256))
        if report.articles == 0:
            return everything
        name, triples = build_provenance(built, started, __version__)
        trig.write(b"\n" + trig_graph(name, triples))
        report.officials, report.bodies, report.meetings, report.posts = counts(everything)
        report.triples = len(everything)
        report.outputs.append(atomic_write(out / "kg.ttl", turtle_bytes(everything)))
        report.outputs.append(trig.commit())
    finally:
        trig.abort()
    return everything


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
