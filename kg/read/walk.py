"""The folder walk: paths in, one Record per article out, records inside containers (JSONL
lines, WARC responses) included, in a stable order.

A record's source name (kg:sourceFile) is the file's path relative to the folder given (its
base name for a file given alone), then ``#`` and the record for an article in a container.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from kg.read import registry
from kg.read.article import Record

Problem = tuple[str, str]          # (path or source, reason): an input that cannot be built


def discover(paths: Iterable[str | Path]) -> tuple[list[Record], list[Problem]]:
    """Every article under the given paths, sorted by file name then by place in the file,
    and the inputs that cannot be built (missing, not regular, unreadable folder, or a name
    already taken). What was skipped on purpose is in ``walk(paths).skipped``."""
    w = walk(paths)
    return w.records, w.problems


@dataclass
class Walk:
    """What a walk found: the records, the inputs that cannot be built (with the reason), and
    what was skipped on purpose (hidden files and folders), each as (path, reason)."""

    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)


def walk(paths: Iterable[str | Path]) -> Walk:
    """discover(), and what it skipped and why."""
    w = Walk()
    files = _files(paths, w)
    for name in sorted(files):
        w.records.extend(file_records(files[name], name))
    return w


def file_records(path: Path, source: str) -> list[Record]:
    """The articles in one file, read with the reader its content or suffix calls for."""
    return list(registry.reader_for(path).records(path, source))


def _files(paths: Iterable[str | Path], w: Walk) -> dict[str, Path]:
    found: dict[str, Path] = {}
    wanted = registry.suffixes()

    def add(name: str, f: Path) -> None:
        if name in found and found[name].resolve() != f.resolve():
            w.problems.append((str(f), f"another input has the same name {name!r} ({found[name]}); "
                                       "build them separately or rename one"))
        else:
            found.setdefault(name, f)

    for p in map(Path, paths):
        if p.is_dir():
            _folder(p, wanted, add, w)
        elif p.is_file():
            add(p.name, p)
        elif p.is_symlink():
            w.problems.append((str(p), "broken or looping symbolic link"))
        elif p.exists():
            # a FIFO or device would block or stream forever: only regular files are articles
            w.problems.append((str(p), "not a regular file"))
        else:
            w.problems.append((str(p), "no such file or folder"))
    return found


def _folder(top: Path, wanted: tuple[str, ...], add, w: Walk) -> None:
    """The article files under one folder. Hidden files and folders (a name starting with
    ".") are skipped and said so; a folder that cannot be listed is a problem, not a silence."""

    def unreadable(e: OSError) -> None:
        where = Path(e.filename) if e.filename else top
        w.problems.append((str(where), f"folder cannot be read ({e.strerror or e}); the articles in it "
                                       "were not built"))

    for root, dirs, names in os.walk(top, onerror=unreadable):
        here = Path(root)
        for d in sorted(dirs):
            if d.startswith("."):
                w.skipped.append((str(here / d), "hidden folder, not read"))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for n in sorted(names):
            f = here / n
            if not n.lower().endswith(wanted):
                continue
            if n.startswith("."):
                w.skipped.append((str(f), "hidden file, not read"))
            elif f.is_file():
                add(f.relative_to(top).as_posix(), f)
            elif f.is_symlink():
                w.problems.append((str(f), "broken or looping symbolic link"))
            else:
                w.problems.append((str(f), "not a regular file"))
