"""Sorted dumps from a build's store (kg.rdf.store): kg.ttl and kg.trig's blocks, byte for
byte as kg.rdf.io writes the same triples.

``turtle_chunks`` dumps the union of the article graphs as kg.ttl with bounded memory: the
store writes N-Triples to a temporary file, which is cut into runs sorted by subject on disk
and merged, and each subject's triples are sorted and serialised as they come.
``turtle_update`` brings a previous kg.ttl up to date by remaking only the blocks of the
subjects an incremental build touched. ``graph_trig`` is one named graph as kg.trig writes
it; ``write_turtle`` writes the dump to an open file.
"""
from __future__ import annotations

import hashlib
import heapq
import os
import struct
import tempfile
from typing import BinaryIO, Iterable, Iterator, Optional, Union

import pyoxigraph as ox

from kg.rdf.store import prov_only_subjects
from kg.rdf.vocab import RDF, RDF_LANGSTRING, WRITE_PREFIXES, XSD_STRING

__all__ = ["triple_key", "turtle_header", "turtle_blocks", "turtle_chunks", "turtle_update",
           "write_turtle", "graph_trig"]

_RDF_TYPE = str(RDF.type)
_PathLike = Union[str, "os.PathLike[str]"]


def triple_key(t) -> tuple:
    """kg.rdf.io.triple_order for an Oxigraph triple (same order, so the same bytes)."""
    p, o = t.predicate.value, t.object
    if isinstance(o, ox.Literal):
        dt = o.datatype.value if o.datatype is not None else ""
        if o.language or dt in (XSD_STRING, RDF_LANGSTRING):
            dt = ""
        return (p != _RDF_TYPE, p, True, o.value, o.language or "", dt)
    return (p != _RDF_TYPE, p, False, o.value, "", "")


def _strip_prefixes(data: bytes) -> bytes:
    lines = data.split(b"\n")
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix"):
        n += 1
    return b"\n".join(lines[n:])


def _blocks(data: bytes) -> list[bytes]:
    """Serializer output (no prefix lines) cut into subject blocks, each with the blank line
    that kg.rdf.io puts before every subject."""
    out: list[bytes] = []
    cur: list[bytes] = []
    for line in data.split(b"\n"):
        if line and not line.startswith((b"\t", b" ", b"}")):
            if cur:
                out.append(b"\n".join(cur) + b"\n")
            cur = [b"", line]
        elif cur:
            cur.append(line)
    if cur:
        out.append(b"\n".join(cur).rstrip(b"\n") + b"\n")
    return out


def _serialize_subjects(groups: list[list]) -> list[bytes]:
    """Turtle blocks of subjects, each group the triples of one subject, already sorted."""
    data = ox.serialize((t for g in groups for t in g), format=ox.RdfFormat.TURTLE, prefixes=WRITE_PREFIXES)
    blocks = _blocks(_strip_prefixes(data))
    if len(blocks) != len(groups):     # cannot happen with IRI subjects; say so if it does
        raise RuntimeError(f"Turtle dump: {len(groups)} subjects gave {len(blocks)} blocks")
    return blocks


# A dump sorts at most this many subjects in memory at a time (runs on disk, then merged).
RUN_SUBJECTS = 500_000


def _sorted_subjects(store: ox.Store, skip: set[str], tmpdir: str) -> Iterator[str]:
    """Every subject of the default graph once, in code point order (kg.ttl's order), with
    bounded memory: sorted runs of RUN_SUBJECTS on disk, merged."""
    runs: list[str] = []
    pending: set[str] = set()

    def flush() -> None:
        if pending:
            path = os.path.join(tmpdir, f"subjects{len(runs)}")
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(s + "\n" for s in sorted(pending))
            runs.append(path)
            pending.clear()

    last = None
    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        s = q.subject
        if s != last:
            last = s
            if isinstance(s, ox.NamedNode) and s.value not in skip:
                pending.add(s.value)
                if len(pending) >= RUN_SUBJECTS:
                    flush()
    flush()
    files = [open(r, encoding="utf-8") for r in runs]
    try:
        previous = None
        for line in heapq.merge(*files):
            s = line[:-1]
            if s != previous:
                previous = s
                yield s
    finally:
        for f in files:
            f.close()


def _subject_triples(store: ox.Store, subject: str) -> list:
    node = ox.NamedNode(subject)
    group = [ox.Triple(node, q.predicate, q.object)
             for q in store.quads_for_pattern(node, None, None, ox.DefaultGraph())]
    group.sort(key=triple_key)
    return group


def turtle_header() -> bytes:
    return b"".join(f"@prefix {p}: <{ns}> .\n".encode() for p, ns in WRITE_PREFIXES.items())


def turtle_blocks(store: ox.Store, subjects: Iterable[str], batch: int = 2048) -> Iterator[tuple[str, bytes, int]]:
    """(subject, its Turtle block as kg.ttl has it, its number of triples) for the subjects
    given, in their order; a subject the default graph no longer has gives an empty block."""
    pending: list[tuple[str, list]] = []

    def flush():
        full = [(s, g) for s, g in pending if g]
        blocks = iter(_serialize_subjects([g for _, g in full])) if full else iter(())
        out = [(s, next(blocks) if g else b"", len(g)) for s, g in pending]
        pending.clear()
        return out

    for s in subjects:
        pending.append((s, _subject_triples(store, s)))
        if len(pending) >= batch:
            yield from flush()
    yield from flush()


# A dump sorts at most about this many bytes of N-Triples in memory at a time.
RUN_BYTES = 32 * 1024 * 1024


def _subject_of(line: bytes) -> bytes:
    return line[1:line.index(b">")] if line.startswith(b"<") else line.split(b" ", 1)[0]


def _write_runs(nt_path: str, skip: set[bytes], tmpdir: str) -> list[str]:
    """The N-Triples file cut into runs, each sorted by subject (code point order: UTF-8 bytes
    compare as code points do): records (subject, its lines)."""
    runs = []
    with open(nt_path, "rb") as f:
        while True:
            lines = f.readlines(RUN_BYTES)
            if not lines:
                break
            groups: dict[bytes, list[bytes]] = {}
            for line in lines:
                if line.strip():
                    groups.setdefault(_subject_of(line), []).append(line)
            path = os.path.join(tmpdir, f"run{len(runs)}")
            with open(path, "wb") as out:
                for subject in sorted(groups):
                    if subject in skip:
                        continue
                    data = b"".join(groups[subject])
                    out.write(struct.pack(">II", len(subject), len(data)) + subject + data)
            runs.append(path)
    return runs


def _read_run(path: str) -> Iterator[tuple[bytes, bytes]]:
    with open(path, "rb") as f:
        while True:
            head = f.read(8)
            if len(head) < 8:
                return
            ns, nd = struct.unpack(">II", head)
            yield f.read(ns), f.read(nd)


def _merged_subjects(runs: list[str]) -> Iterator[tuple[bytes, bytes]]:
    """(subject, all its N-Triples lines) in subject order, over all runs."""
    current, parts = None, []
    for subject, data in heapq.merge(*(_read_run(r) for r in runs), key=lambda x: x[0]):
        if subject != current:
            if parts:
                yield current, b"".join(parts)
            current, parts = subject, []
        parts.append(data)
    if parts:
        yield current, b"".join(parts)


def _turtle_of(data: bytes, counted: Optional[list]) -> bytes:
    """Turtle blocks of N-Triples whose lines come grouped by subject, subjects in order."""
    triples = list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    groups: list[list] = []
    last = None
    for t in triples:
        if t.subject != last:
            groups.append([])
            last = t.subject
        groups[-1].append(t)
    for g in groups:
        g.sort(key=triple_key)
    if counted is not None:
        counted[0] += len(triples)
    return b"".join(_serialize_subjects(groups))


def turtle_chunks(store: ox.Store, counted: Optional[list] = None) -> Iterator[bytes]:
    """The union of the article graphs (the default graph without the PROV-only subjects) as
    kg.ttl, in chunks: sorted, byte-identical to ``kg.rdf.io.turtle_bytes`` of the same
    triples. Memory stays bounded: the store dumps N-Triples to a temporary file (in Rust),
    which is sorted by subject in runs on disk and merged; each subject's triples are sorted
    and written as they come. ``counted[0]`` is increased by the number of triples."""
    skip = {s.encode("utf-8") for s in prov_only_subjects(store)}
    with tempfile.TemporaryDirectory(prefix="kg-dump-") as tmp:
        nt = os.path.join(tmp, "union.nt")
        with open(nt, "wb") as f:
            store.dump(f, format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        runs = _write_runs(nt, skip, tmp)
        os.unlink(nt)
        yield turtle_header()
        batch: list[bytes] = []
        for _, data in _merged_subjects(runs):
            batch.append(data)
            if len(batch) >= 4096:
                yield _turtle_of(b"".join(batch), counted)
                batch = []
        if batch:
            yield _turtle_of(b"".join(batch), counted)


def _turtle_subjects(data) -> Iterator[tuple[str, int, int]]:
    """(subject, start, end) of each subject block of a kg.ttl (each block starts with the
    blank line before its subject, as kg.rdf.io writes them)."""
    pos = data.find(b"\n\n<")
    while pos != -1:
        nxt = data.find(b"\n\n<", pos + 2)
        end = len(data) if nxt == -1 else nxt + 1
        close = data.find(b">", pos + 3)
        yield data[pos + 3:close].decode("utf-8"), pos + 1, end
        pos = nxt


def turtle_update(store: ox.Store, old_path: _PathLike, dirty: Iterable[str]) -> Iterator[bytes]:
    """kg.ttl brought up to date: the previous file's blocks, in order, with the blocks of
    the DIRTY subjects (those the articles added or dropped describe) made again from the
    store (gone when the store no longer has them, added in their place when new). The same
    bytes as turtle_chunks when the previous file is what the previous build wrote (the build
    checks its digest)."""
    import mmap

    skip = prov_only_subjects(store)
    todo = sorted(s for s in set(dirty) if s not in skip)
    with open(old_path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        first = data.find(b"\n\n<")
        yield data[:first + 1 if first != -1 else len(data)]
        i = 0
        copy_from = None
        out: list[bytes] = []

        def fresh(subjects: list[str]) -> bytes:
            return b"".join(block for _, block, _ in turtle_blocks(store, subjects))

        for subject, start, end in _turtle_subjects(data):
            j = i
            while j < len(todo) and todo[j] < subject:
                j += 1
            if j > i or (i < len(todo) and todo[i] == subject):
                if copy_from is not None:
                    yield data[copy_from:start]
                    copy_from = None
                if j > i:
                    yield fresh(todo[i:j])
                    i = j
                if i < len(todo) and todo[i] == subject:
                    yield fresh([subject])
                    i += 1
                    continue
            if copy_from is None:
                copy_from = start
        if copy_from is not None:
            yield data[copy_from:]
        if i < len(todo):
            yield fresh(todo[i:])


def write_turtle(store: ox.Store, out: BinaryIO) -> tuple[int, str]:
    """turtle_chunks written to OUT; (triples written, sha256 of the bytes)."""
    h = hashlib.sha256()
    counted = [0]
    for chunk in turtle_chunks(store, counted):
        h.update(chunk)
        out.write(chunk)
    return counted[0], h.hexdigest()


def graph_trig(store: ox.Store, graph: str) -> bytes:
    """One named graph as kg.trig writes it (kg.rdf.io.trig_graph): sorted, no @prefix lines."""
    from kg.rdf.io import trig_graph_ox

    g = ox.NamedNode(graph)
    triples = sorted((ox.Triple(q.subject, q.predicate, q.object)
                      for q in store.quads_for_pattern(None, None, None, g)),
                     key=lambda t: (t.subject.value, *triple_key(t)))
    return trig_graph_ox(g, triples)
