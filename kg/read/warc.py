"""WARC archives (``.warc``, ``.warc.gz``), with warcio: each HTML ``response`` record with a
2xx status is one article, named ``FILE#<WARC-Record-ID>``, its URL the WARC-Target-URI."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from kg.read.article import ArticleTooLarge, Meta, Record, max_article_bytes

NAME = "warc"
SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def sniff(head: bytes) -> bool:
    return head.startswith(b"WARC/")


def records(path: Path, source: str) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as f:
            for rec in ArchiveIterator(f):
                r = _record(rec, path, source)
                if r is not None:
                    yield r
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
        yield Record(source, path, NAME, error=f"cannot read the WARC archive: {e}")


def _record(rec, path: Path, source: str):
    if rec.rec_type != "response" or rec.http_headers is None:
        return None
    ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
    status = rec.http_headers.get_statuscode() or ""
    if not any(t in ctype for t in _HTML_TYPES) or not status.startswith("2"):
        return None
    rid = rec.rec_headers.get_header("WARC-Record-ID")
    url = rec.rec_headers.get_header("WARC-Target-URI")
    cap = max_article_bytes()
    data = rec.content_stream().read(cap + 1) if cap else rec.content_stream().read()
    if cap and len(data) > cap:         # the rest of the record is not read into memory
        return Record(f"{source}#{rid}", path, "html", None, Meta(url=url, identifier=rid), container=source,
                      record=rid, error=ArticleTooLarge(f"{source}#{rid}", max(len(data), rec.length or 0), cap).reason)
    return Record(f"{source}#{rid}", path, "html", data, Meta(url=url, identifier=rid),
                  container=source, record=rid)
