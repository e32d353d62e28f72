"""Which reader reads which input: a small registry of formats, chosen by the file's suffix
and, where the suffix lies, by sniffing its first bytes (rdflib's plugin registry in small).

A reader is a module with ``NAME``, ``SUFFIXES``, ``sniff(head: bytes) -> bool`` and
``records(path, source)`` (the articles in one file, as ``Record``s); a reader of article bytes
("txt", "html") also has ``read(record) -> Article``. Containers (JSONL, WARC) give records
that the article readers read.
"""
from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from types import ModuleType
from typing import Optional

from kg.read.article import Article, Record

_READERS: dict[str, ModuleType] = {}
_SNIFF_ORDER: list[str] = []
HEAD_BYTES = 8192


def register(reader: ModuleType) -> ModuleType:
    """Add a reader; the last registered is sniffed first."""
    _READERS[reader.NAME] = reader
    _SNIFF_ORDER.insert(0, reader.NAME)
    return reader


def readers() -> dict[str, ModuleType]:
    _load()
    return dict(_READERS)


def suffixes() -> tuple[str, ...]:
    """Every suffix a folder walk picks up (".txt", ".html", ".jsonl.gz", ...)."""
    _load()
    return tuple(s for r in _READERS.values() for s in r.SUFFIXES)


def by_suffix(path: Path) -> Optional[ModuleType]:
    _load()
    name = path.name.lower()
    best = max(((s, r) for r in _READERS.values() for s in r.SUFFIXES if name.endswith(s)),
               key=lambda x: len(x[0]), default=None)
    return best[1] if best else None


def head(path: Path, n: int = HEAD_BYTES) -> bytes:
    """The first bytes of a file, uncompressed when it is gzip."""
    with open(path, "rb") as f:
        raw = f.read(n)
    if raw[:2] == b"\x1f\x8b":
        try:
            return zlib.decompressobj(wbits=31).decompress(raw, n)
        except zlib.error:
            return b""
    return raw


def is_gzip(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


def open_maybe_gzip(path: Path):
    """A binary file object, gzip-decompressed when the file is gzip whatever its name."""
    return gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")


def reader_for(path: Path) -> ModuleType:
    """The reader of one input file: by what its content is, else by its suffix, else text."""
    _load()
    try:
        first = head(path)
    except OSError:
        first = b""
    for name in _SNIFF_ORDER:
        if _READERS[name].sniff(first):
            return _READERS[name]
    reader = by_suffix(path) or _READERS["txt"]
    if reader.NAME == "html" and not first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return _READERS["txt"]          # a page saved as plain text
    return reader


def read_record(record: Record) -> Article:
    """Read one record's bytes into an Article with the reader its format names."""
    _load()
    return _READERS[record.fmt].read(record)


def _load() -> None:
    if not _READERS:
        from kg.read import html, jsonl, txt, warc
        for r in (txt, html, jsonl, warc):     # sniffed in the reverse order: warc first
            register(r)
