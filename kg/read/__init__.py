"""Reading articles: files, folders and containers in, normalised text with offsets out.

    walk.discover(paths) -> Records   the folder walk (records inside JSONL/WARC included)
    registry.read_record(record)      -> Article, with the reader of its format:
        txt.py, html.py (trafilatura), jsonl.py, warc.py (warcio)
    decode.py      bytes -> str (UTF-8/16/32, Windows-1258, TCVN3, VNI, mojibake repaired)
    normalise.py   NFC, tone placement, Đ, spaces, with an offset map back; fold()
    article.py     Article, Meta, Record; is-this-an-article check; publication date checks
    sites.py       news sites -> province (kg/data/sites.tsv)
"""
from __future__ import annotations

from pathlib import Path

from kg.read.article import Article, Meta, Record, check_article
from kg.read.normalise import fold, modern_tones, normalise
from kg.read.registry import read_record
from kg.read.walk import discover

__all__ = ["Article", "Meta", "Record", "check_article", "discover", "fold", "modern_tones",
           "normalise", "read_path", "read_record"]


def read_path(path: str | Path, source: str) -> Article:
    """Read one file that holds one article (.txt, .html) into an Article."""
    from kg.errors import ArticleError
    from kg.read.walk import file_records

    path = Path(path)
    if not path.is_file():
        from kg.read.article import read_file
        read_file(path, source)          # raises the right ArticleError
    recs = file_records(path, source)
    if len(recs) != 1:
        raise ArticleError(source, f"holds {len(recs)} articles; build it with kg build")
    if recs[0].error:
        raise ArticleError(recs[0].source, recs[0].error)
    return read_record(recs[0])
