"""What `kg serve` serves: an on-disk Oxigraph store of a build folder (or of a graph file),
opened read-only by the query workers.

A build folder with a store (kg.rdf.store: DIR/store/oxigraph) is served from that store as it
is, opened read-only by each worker (rebuilding the folder while it is served is not safe:
stop the server, build, serve). Otherwise (a graph file, or a folder built before the store)
the store is made from the build's kg.trig (else kg.ttl) into a temporary folder, removed when
the server stops.

The default graph of the served store is the union of all the graphs as a set (a fact that
several articles attest is one triple), as `kg query` sees it, and each article keeps its named
graph for GRAPH ?g.
"""
from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pyoxigraph as ox

from kg.errors import UsageError
from kg.rdf.io import QUAD_FORMATS, graph_file, graph_format, one_line


@dataclass
class Served:
    store_path: Path
    page: Optional[Path]            # the build's graph.html, when there is one
    source: Path                    # the graph file the store was made from
    quads: int
    _tmp: Optional[str] = None

    def cleanup(self) -> None:
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None


def prepare(path: Path, workdir: Optional[str] = None) -> Served:
    """An on-disk store of the graph at PATH (a build folder or a graph file), ready to be
    opened read-only."""
    path = Path(path)
    if path.is_dir():
        from kg.rdf import store as built
        if built.has_store(path):
            st = ox.Store.read_only(str(built.store_dir(path) / built.OXIGRAPH_DIR))
            n = len(st)
            del st
            page = path / "graph.html" if (path / "graph.html").is_file() else None
            return Served(built.store_dir(path) / built.OXIGRAPH_DIR, page, built.store_dir(path), n)
    src = graph_file(path)
    fmt, ox_fmt = graph_format(src)
    tmp = tempfile.mkdtemp(prefix="kg-serve-", dir=workdir)
    store_path = Path(tmp) / "store"
    try:
        store = ox.Store(str(store_path))
        quads = list(ox.parse(path=str(src), format=getattr(ox.RdfFormat, ox_fmt)))
        if fmt in QUAD_FORMATS:
            store.bulk_extend(quads)
            store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
        else:
            store.bulk_extend(quads)
        store.flush()
        n = len(store)
        del store
    except (SyntaxError, ValueError, OSError) as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise UsageError(f"{src}: cannot read as {fmt}: {one_line(e)}") from None
    page = path / "graph.html" if path.is_dir() and (path / "graph.html").is_file() else None
    return Served(store_path, page, src, n, tmp)
