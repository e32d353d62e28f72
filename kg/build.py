"""The build: articles in, graph files out.

Articles stream through extraction one at a time (in worker processes with --jobs), so a
broken article costs only itself: it is reported by name with the reason and the rest is
built. Every output is written to a temporary file and renamed into place, so a crash never
leaves half a kg.ttl behind; the same inputs give byte-identical kg.ttl.
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from . import __version__
from .errors import ArticleError, UsageError
from .facts import ArticleFacts

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


def discover(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """(file, source name) for every article under the given paths, sorted by source name.

    The source name is the path relative to the folder given (so the base name for a flat
    folder, as the contract's kg:sourceFile requires), or the base name of a file given alone.
    """
    found: dict[str, Path] = {}
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES and not any(
                        part.startswith(".") for part in f.relative_to(p).parts):
                    found.setdefault(f.relative_to(p).as_posix(), f)
        elif p.exists() or p.is_symlink():
            found.setdefault(p.name, p)
        else:
            raise UsageError(f"{p}: no such file or folder")
    return sorted(((f, name) for name, f in found.items()), key=lambda x: x[1])


def extract_file(path: Path, source: str) -> ArticleFacts:
    """Read and extract one article; ArticleError when it cannot be read or understood."""
    from .extract import extract
    from .text import read_article

    article = read_article(path, source)
    _check_article(article.text, source)
    return extract(article, source)


def _check_article(text: str, source: str) -> None:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 40:
        raise ArticleError(source, "not an article: too little text")
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


def extract_all(items: list[tuple[Path, str]], jobs: int = 1,
                progress: Optional[Callable[[str], None]] = None) -> Iterator[tuple[str, Optional[ArticleFacts], Optional[str]]]:
    """Extract articles in input order, in `jobs` processes."""
    if jobs <= 1 or len(items) < 2:
        for it in items:
            r = _safe_extract(it)
            if progress:
                progress(r[0])
            yield r
        return
    with ProcessPoolExecutor(max_workers=jobs) as ex:
        for r in ex.map(_safe_extract, items, chunksize=16):
            if progress:
                progress(r[0])
            yield r


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def build_time() -> datetime:
    """The build's time: SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)


def build(paths: Iterable[str | Path], out_dir: str | Path = "out", curation_path: Optional[Path] = None,
          jobs: int = 1, html: bool = True, progress: Optional[Callable[[str], None]] = None,
          on_failure: Optional[Callable[[Failure], None]] = None) -> BuildReport:
    from rdflib import Dataset, Graph, Literal, URIRef
    from rdflib.namespace import PROV, RDF, RDFS, XSD

    from .curation import load_curation
    from .rdf import ID, KG, Mapper, bind, graph_name

    t0 = time.perf_counter()
    out = Path(out_dir)
    items = discover(paths)
    if not items:
        raise UsageError("no article files (.txt) found in " + ", ".join(str(p) for p in paths))
    curation = load_curation(curation_path) if curation_path else None
    mapper = Mapper(curation)
    report = BuildReport()
    graph = Graph()
    bind(graph)
    ds = Dataset()
    bind(ds)
    officials, bodies, meetings, posts = set(), set(), set(), set()
    started = build_time()
    activity = URIRef(ID["build/" + started.strftime("%Y%m%dT%H%M%SZ")])
    prov_g = ds.graph(URIRef(ID["graph/build"]))
    agent = URIRef(ID["software/vnpolkg/" + __version__])
    prov_g.add((activity, RDF.type, PROV.Activity))
    prov_g.add((activity, PROV.wasAssociatedWith, agent))
    prov_g.add((activity, PROV.startedAtTime, Literal(started.isoformat(), datatype=XSD.dateTime)))
    prov_g.add((agent, RDF.type, PROV.SoftwareAgent))
    prov_g.add((agent, RDFS.label, Literal(f"vnpolkg {__version__}")))
    for source, facts, error in extract_all(items, jobs, progress):
        if facts is None:
            fail = Failure(source, error or "unknown error")
            report.failures.append(fail)
            if on_failure:
                on_failure(fail)
            continue
        report.articles += 1
        g = ds.graph(graph_name(facts))
        for t in mapper.triples(facts):
            graph.add(t)
            g.add(t)
        art = mapper.article_iri(facts)
        prov_g.add((activity, PROV.used, art))
        prov_g.add((art, KG.sha256, Literal(facts.sha256)))
    for s in graph.subjects(RDF.type, KG.Official):
        officials.add(s)
    for s in graph.subjects(RDF.type, URIRef("http://www.w3.org/ns/org#Organization")):
        bodies.add(s)
    for s in graph.subjects(RDF.type, KG.Meeting):
        meetings.add(s)
    for s in graph.subjects(RDF.type, URIRef("http://www.w3.org/ns/org#Membership")):
        posts.add(s)
    report.officials, report.bodies, report.meetings, report.posts = map(len, (officials, bodies, meetings, posts))
    report.triples = len(graph)
    if report.articles == 0:
        report.seconds = time.perf_counter() - t0
        return report
    ttl = out / "kg.ttl"
    atomic_write(ttl, graph.serialize(format="turtle").encode("utf-8"))
    report.outputs.append(ttl)
    trig = out / "kg.trig"
    atomic_write(trig, ds.serialize(format="trig").encode("utf-8"))
    report.outputs.append(trig)
    if html:
        from .viz import render_html
        page = out / "graph.html"
        render_html(graph, page)
        report.outputs.append(page)
    summary = {
        "articles": report.articles,
        "failed": [{"file": f.source, "reason": f.reason} for f in report.failures],
        "officials": report.officials, "bodies": report.bodies, "meetings": report.meetings,
        "posts": report.posts, "triples": report.triples,
    }
    rep = out / "build-report.json"
    atomic_write(rep, (json.dumps(summary, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    report.outputs.append(rep)
    report.seconds = time.perf_counter() - t0
    return report
