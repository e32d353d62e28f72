"""JSON Lines dumps (``.jsonl``, ``.jsonl.gz``): one article a line.

Fields: ``text`` or ``html`` (one is required), and optional ``url``, ``title``, ``date``
(ISO 8601 or day/month/year), ``authors`` (a list or one string) and ``id``. Each line is its
own article, named ``FILE#LINE`` (from 1); a bad line is reported by that name and the
others go on.
"""
from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Iterator

from kg.read.article import ArticleTooLarge, Meta, Record, max_article_bytes, parse_date
from kg.read.html import split_authors, site_name
from kg.read.registry import open_maybe_gzip

NAME = "jsonl"
SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")


def sniff(head: bytes) -> bool:
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].strip()
    if not (first.startswith(b"{") and first.endswith(b"}")):
        return False
    try:
        obj = json.loads(first)
    except ValueError:
        return False
    return isinstance(obj, dict) and ("text" in obj or "html" in obj)


def records(path: Path, source: str) -> Iterator[Record]:
    n = 0
    cap = max_article_bytes()
    try:
        with open_maybe_gzip(path) as f:
            for n, line, size in _lines(f, cap):
                if line is None:
                    yield Record(f"{source}#{n}", path, NAME, container=source, record=str(n),
                                 error=ArticleTooLarge(f"{source}#{n}", size, cap).reason)
                elif line.strip():
                    yield record(path, source, n, line)
    except (OSError, EOFError, zlib.error) as e:
        yield Record(f"{source}#{n + 1}", path, NAME, container=source, record=str(n + 1),
                     error=f"cannot read the file past line {n}: {e}")


def _lines(f, cap: int, chunk: int = 1 << 20):
    """(number, line, size) for each line; a line over `cap` bytes is skipped unread
    (None) so that one huge line never sits in memory whole."""
    n = 0
    while True:
        line = f.readline(cap + 1) if cap else f.readline()
        if not line:
            return
        n += 1
        if cap and len(line) > cap and not line.endswith(b"\n"):
            size = len(line)
            while True:                     # skip the rest of the line
                more = f.readline(chunk)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield n, None, size
        else:
            yield n, line, len(line)


def record(path: Path, source: str, n: int, line: bytes) -> Record:
    """The article of line ``n``, or a Record whose ``error`` says what is wrong with it."""
    name = f"{source}#{n}"
    bad = lambda why: Record(name, path, NAME, container=source, record=str(n), error=why)
    try:
        obj = json.loads((line.decode("utf-8-sig") if n == 1 else line.decode("utf-8")).strip())
    except UnicodeDecodeError:
        return bad("line is not UTF-8")
    except ValueError as e:
        return bad(f"line is not valid JSON: {e.msg} (column {e.colno})")
    if not isinstance(obj, dict):
        return bad(f"line is a JSON {type(obj).__name__}, not an object")
    fmt = "txt" if isinstance(obj.get("text"), str) and obj["text"].strip() else \
        "html" if isinstance(obj.get("html"), str) and obj["html"].strip() else None
    if fmt is None:
        return bad('no "text" or "html" field with content')
    for key in ("url", "title", "id"):
        if obj.get(key) is not None and not isinstance(obj[key], (str, int)):
            return bad(f'field "{key}" must be a string')
    warnings = ()
    published = parse_date(obj.get("date")) if obj.get("date") else None
    if obj.get("date") and published is None:
        warnings = (f'unreadable "date" {obj["date"]!r}; not used',)
    url = str(obj["url"]) if obj.get("url") else None
    meta = Meta(title=str(obj["title"]) if obj.get("title") else None, published=published,
                authors=tuple(split_authors(obj.get("authors"))), url=url,
                site_name=site_name(url) if fmt == "txt" else None,
                identifier=str(obj["id"]) if obj.get("id") is not None else None)
    data = obj["text" if fmt == "txt" else "html"].encode("utf-8")
    return Record(name, path, fmt, data, meta, container=source, record=str(n), warnings=warnings)
