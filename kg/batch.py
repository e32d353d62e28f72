"""The build: articles in, graph files out.

Articles stream through extraction one at a time (in worker processes with --jobs), so a
broken article costs only itself: it is reported by name with the reason and the rest is
built. Every output is written to a temporary file and renamed into place, so a crash never
leaves half a kg.ttl behind; the same inputs give byte-identical kg.ttl.
"""
from __future__ import annotations

import json
import os
import re
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from kg import __version__
from kg.errors import ArticleError, UsageError
from kg.facts import ArticleFacts
from kg.output import AtomicFile, atomic_write

ARTICLE_SUFFIXES = (".txt",)


@dataclass
class Failure:
    source: str
    reason: str


@dataclass
class BuildReport:
    articles: int = 0
    failures: list[Failure] = field(default_factory=list)
    officials: int = 0
    bodies: int = 0
    meetings: int = 0
    posts: int = 0
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"built {self.articles} article(s), {len(self.failures)} failed; "
                 f"{self.officials} officials, {self.bodies} bodies, {self.meetings} meetings, "
                 f"{self.posts} posts, {self.triples} triples in {self.seconds:.2f} s"]
        for f in self.failures:
            lines.append(f"  failed: {f.source}: {f.reason}")
        for p in self.outputs:
            lines.append(f"  wrote {p}")
        return "\n".join(lines)


def discover(paths: Iterable[str | Path]) -> tuple[list[tuple[Path, str]], list[Failure]]:
    """(file, source name) for every article under the given paths, sorted by source name,
    and the paths that cannot be built (missing, or a second file with a name already taken).

    The source name is the path relative to the folder given (so the base name for a flat
    folder, as the contract's kg:sourceFile requires), or the base name of a file given alone.
    """
    found: dict[str, Path] = {}
    failures: list[Failure] = []

    def add(name: str, f: Path) -> None:
        if name in found and found[name].resolve() != f.resolve():
            failures.append(Failure(str(f), f"another input has the same name {name!r} ({found[name]}); "
                                            "build them separately or rename one"))
        else:
            found.setdefault(name, f)

    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if f.suffix.lower() not in ARTICLE_SUFFIXES or any(part.startswith(".") for part in rel.parts):
                    continue
                if f.is_file():
                    add(rel.as_posix(), f)
                elif f.is_symlink():
                    failures.append(Failure(str(f), "broken or looping symbolic link"))
        elif p.is_file():
            add(p.name, p)
        elif p.is_symlink():
            failures.append(Failure(str(p), "broken or looping symbolic link"))
        elif p.exists():
            # a FIFO or device would block or stream forever: only regular files are articles
            failures.append(Failure(str(p), "not a regular file"))
        else:
            failures.append(Failure(str(p), "no such file or folder"))
    return sorted(((f, name) for name, f in found.items()), key=lambda x: x[1]), failures


def extract_file(path: Path, source: str) -> ArticleFacts:
    """Read and extract one article; ArticleError when it cannot be read or understood."""
    from kg.extract.pipeline import extract
    from kg.read.text import read_article

    article = read_article(path, source)
    _check_article(article.text, source)
    return extract(article, source)


_MOJIBAKE = re.compile("Ã[\u00a0-\u00bf]|á»|áº|Æ°|Æ¡|Ä\u2018|Ä\u0090|Ä‘")


def _check_article(text: str, source: str) -> None:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 40:
        raise ArticleError(source, "not an article: too little text")
    if len(_MOJIBAKE.findall(text)) > 10 and text.count("\ufffd") > 0:
        # UTF-8 once read as Windows-1252 with the undefined bytes already replaced: the
        # letters behind the replacement characters are lost
        raise ArticleError(source, "damaged text: UTF-8 read as Windows-1252 with characters lost (U+FFFD)")
    viet = sum(1 for c in letters if c in _VIET_LETTERS)
    if viet / len(letters) < 0.03:
        raise ArticleError(source, "not an article: no Vietnamese text found")


_VIET_LETTERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                          "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ")


def _safe_extract(item: tuple[Path, str]) -> tuple[str, Optional[ArticleFacts], Optional[str]]:
    path, source = item
    try:
        return source, extract_file(path, source), None
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


_MAPPER = None


def _init_worker(curation) -> None:
    global _MAPPER
    from kg.rdf.mapping import Mapper
    _MAPPER = Mapper(curation)


def _work(item: tuple[Path, str]) -> tuple[str, Optional[Mapped], Optional[str]]:
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
                              _MAPPER.article_iri(facts), facts.sha256), None
    except Exception as e:  # as in _safe_extract: report the article, keep the batch
        return source, None, f"internal error while mapping to RDF ({type(e).__name__}: {e})"


def process_all(items: list[tuple[Path, str]], curation=None, jobs: int = 1,
                progress: Optional[Callable[[str], None]] = None) -> Iterator[tuple[str, Optional[Mapped], Optional[str]]]:
    """Extract and map articles in input order, in `jobs` processes."""
    if jobs <= 1 or len(items) < 2:
        _init_worker(curation)
        for it in items:
            r = _work(it)
            if progress:
                progress(r[0])
            yield r
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(curation,)) as ex:
        for r in ex.map(_work, items, chunksize=16):
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
          on_start: Optional[Callable[[int], None]] = None) -> BuildReport:
    """Build the articles under PATHS into OUT_DIR (kg.ttl, kg.trig, graph.html,
    build-report.json). `on_start(n)` hears how many articles were found, `progress(source)`
    of each one done, `on_failure(failure)` of each one that could not be built."""
    from kg.rdf.curation import load_curation

    t0 = time.perf_counter()
    paths = list(paths)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: is a file; -o takes a folder")
    items, missing = discover(paths)
    if not items:
        if missing and len(missing) == len(paths):
            raise UsageError("; ".join(f"{f.source}: {f.reason}" for f in missing))
        raise UsageError("no article files (.txt) found in " + ", ".join(str(p) for p in paths))
    curation = load_curation(curation_path) if curation_path else None
    if on_start:
        on_start(len(items))
    report = BuildReport()

    def fail(f: Failure) -> None:
        report.failures.append(f)
        if on_failure:
            on_failure(f)

    for f in missing:
        fail(f)
    everything = _write_graphs(process_all(items, curation, jobs, progress), out, report, fail)
    if report.articles:
        if html:
            from kg.rdf.io import to_graph
            from kg.view.page import render_html
            report.outputs.append(render_html(to_graph(everything), out / "graph.html"))
        report.outputs.append(_write_report(out / "build-report.json", report))
    report.seconds = time.perf_counter() - t0
    return report


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
    return atomic_write(path, (json.dumps(summary, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
