"""Plain-text articles (``.txt``): the bytes decoded and normalised, nothing else."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from kg.read.article import Article, Record, make_article
from kg.read.decode import decode

NAME = "txt"
SUFFIXES = (".txt",)


def sniff(head: bytes) -> bool:
    return False            # the fallback: what no other reader claims is text


def records(path: Path, source: str) -> Iterator[Record]:
    yield Record(source, path, NAME)


def read(record: Record) -> Article:
    data = record.read_bytes()
    decoded = decode(data, record.source)
    return make_article(record, decoded.text, decoded.encoding, data)
