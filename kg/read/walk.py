"""The folder walk: paths in, one Record per article out, records inside containers (JSONL
lines, WARC responses) included, in a stable order.

A record's source name (kg:sourceFile) is the file's path relative to the folder given (its
base name for a file given alone), then ``#`` and the record for an article in a container.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from kg.read import registry
from kg.read.article import Record

Problem = tuple[str, str]          # (path or source, reason): an input that cannot be built


def discover(paths: Iterable[str | Path]) -> tuple[list[Record], list[Problem]]:
    """Every article under the given paths, sorted by file name then by place in the file,
    and the inputs that cannot be built (missing, not regular, or a name already taken)."""
    files, problems = _files(paths)
    records: list[Record] = []
    for name in sorted(files):
        records.extend(file_records(files[name], name))
    return records, problems


def file_records(path: Path, source: str) -> list[Record]:
    """The articles in one file, read with the reader its content or suffix calls for."""
    return list(registry.reader_for(path).records(path, source))


def _files(paths: Iterable[str | Path]) -> tuple[dict[str, Path], list[Problem]]:
    found: dict[str, Path] = {}
    problems: list[Problem] = []
    wanted = registry.suffixes()

    def add(name: str, f: Path) -> None:
        if name in found and found[name].resolve() != f.resolve():
            problems.append((str(f), f"another input has the same name {name!r} ({found[name]}); "
                                     "build them separately or rename one"))
        else:
            found.setdefault(name, f)

    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if not f.name.lower().endswith(wanted) or any(part.startswith(".") for part in rel.parts):
                    continue
                if f.is_file():
                    add(rel.as_posix(), f)
                elif f.is_symlink():
                    problems.append((str(f), "broken or looping symbolic link"))
        elif p.is_file():
            add(p.name, p)
        elif p.is_symlink():
            problems.append((str(p), "broken or looping symbolic link"))
        elif p.exists():
            # a FIFO or device would block or stream forever: only regular files are articles
            problems.append((str(p), "not a regular file"))
        else:
            problems.append((str(p), "no such file or folder"))
    return found, problems
