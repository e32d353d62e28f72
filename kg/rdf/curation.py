"""Curation files: a user's corrections to identity and labels, applied at build time.

    # curation.yaml
    merge:                       # these IRIs are one entity (the first one is kept)
      - [person/an-giang/nguyen-van-a, person/dong-thap/nguyen-van-a]
    split:                       # in these articles the entity is another one
      - {id: person/an-giang/le-van-b, articles: [012_x.txt], as: person/an-giang/le-van-b-2}
    relabel:                     # a better name (foaf:name / skos:prefLabel)
      org/tinh-uy-an-giang/ban-dan-van: Ban Dân vận Tỉnh ủy An Giang

IDs are written relative to https://w3id.org/vnpolkg/id/ (full IRIs work too).

A file is checked before anything is built, and refused with ``CurationError`` (one line: the
file, the line, what was expected) when it is over ``MAX_BYTES`` (``KG_MAX_CURATION_BYTES``), uses
more than ``MAX_ALIASES`` YAML aliases or would expand past ``MAX_NODES`` values (a "billion
laughs" file), does not match ``SCHEMA`` (JSON Schema, checked with jsonschema), names an id
that is not an IRI, or merges in a cycle (A into B and B into A) or one id into two entities.
``unmatched(curation, hits)`` lists the ids that matched nothing in a build: the Mapper records
the curated ids it hits (``Mapper.take_hits``), each article's manifest entry keeps them, and
the build warns of the others (kg.batch.unmatched_ids).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

import yaml

from kg.errors import UsageError
from kg.rdf.mapping import Curation
from kg.rdf.vocab import ID

_BASE = str(ID)
MAX_BYTES = 5_000_000
MAX_ALIASES = 100
MAX_NODES = 200_000

_ID = {"type": "string", "minLength": 1, "maxLength": 2000, "pattern": r"^[^\s<>\"{}|\\^`]+$",
       "description": "an id (person/…, org/…) or an IRI, without spaces or <>\"{}|\\^`"}
SCHEMA = {
    "type": "object",
    "description": "a mapping with merge, split and relabel",
    "additionalProperties": False,
    "properties": {
        "merge": {"type": ["array", "null"], "description": "a list of merges",
                  "items": {"type": "array", "minItems": 2, "items": _ID,
                            "description": "a list of two or more ids (the first is kept)"}},
        "split": {"type": ["array", "null"], "description": "a list of splits",
                  "items": {"type": "object", "required": ["id", "articles", "as"], "additionalProperties": False,
                            "description": "a mapping with id, articles and as",
                            "properties": {"id": _ID, "as": _ID,
                                           "articles": {"type": "array", "minItems": 1,
                                                        "items": {"type": "string", "minLength": 1,
                                                                  "description": "an article's source name"},
                                                        "description": "a list of article source names "
                                                                       "([012_x.txt]), not one string"}}}},
        "relabel": {"type": ["object", "null"], "description": "a mapping of id: new name",
                    "propertyNames": _ID,
                    "additionalProperties": {"type": "string", "minLength": 1, "maxLength": 500,
                                             "description": "a name (text)"}},
    },
}


class CurationError(UsageError):
    """A curation file that cannot be used: FILE:LINE: what is wrong and what was expected."""


def _iri(x: str) -> str:
    x = str(x).strip()
    return x if x.startswith("http://") or x.startswith("https://") else _BASE + x.lstrip("/")


def max_bytes() -> int:
    try:
        return int(os.environ.get("KG_MAX_CURATION_BYTES", "") or MAX_BYTES)
    except ValueError:
        return MAX_BYTES


class _Loader(yaml.SafeLoader):
    """SafeLoader that counts aliases as it composes (a billion-laughs file has few bytes and
    many aliases, or aliases of aliases)."""

    def __init__(self, stream):
        super().__init__(stream)
        self.aliases = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                mark = self.peek_event().start_mark
                raise CurationError(f"{self.name}:{mark.line + 1}: more than {MAX_ALIASES} YAML aliases (*name); "
                                    "write the values out")
        return super().compose_node(parent, index)


def _expanded_size(node, memo: dict) -> int:
    """How many values the node stands for once its aliases are expanded (shared nodes counted
    each time they are used), computed without expanding."""
    key = id(node)
    if key in memo:
        return memo[key]
    memo[key] = 1                               # a cycle counts once
    if isinstance(node, yaml.SequenceNode):
        n = 1 + sum(_expanded_size(v, memo) for v in node.value)
    elif isinstance(node, yaml.MappingNode):
        n = 1 + sum(_expanded_size(k, memo) + _expanded_size(v, memo) for k, v in node.value)
    else:
        n = 1
    memo[key] = min(n, 10 * MAX_NODES)
    return memo[key]


def _line_of(root, path) -> int:
    """The line (from 1) of the value at `path` (keys and indexes) in the composed YAML."""
    node, line = root, root.start_mark.line + 1
    for step in path:
        nxt = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == step or (isinstance(step, int) is False and str(k.value) == str(step)):
                    nxt = v
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            nxt = node.value[step]
        if nxt is None:
            break
        node, line = nxt, nxt.start_mark.line + 1
    return line


def _where(path) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or "the file"


def _compose(path: Path):
    size = path.stat().st_size
    if size > max_bytes():
        raise CurationError(f"{path}: {size:,} bytes, over the {max_bytes():,}-byte cap of a curation file "
                            "(KG_MAX_CURATION_BYTES)")
    text = path.read_text(encoding="utf-8")
    loader = _Loader(text)
    loader.name = str(path)
    try:
        root = loader.get_single_node()
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise CurationError(f"{where}: not valid YAML ({getattr(e, 'problem', None) or e})") from None
    finally:
        loader.dispose()
    if root is None:
        return None, {}
    if _expanded_size(root, {}) > MAX_NODES:
        raise CurationError(f"{path}:{root.start_mark.line + 1}: expands to more than {MAX_NODES:,} values "
                            "through its aliases; write the values out")
    data = yaml.SafeLoader(text).construct_document(root)
    return root, data


def _validate(path: Path, root, data) -> None:
    import jsonschema

    validator = jsonschema.Draft202012Validator(SCHEMA)
    errors = sorted(validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    if not errors:
        return
    e = min(errors, key=lambda e: -len(e.absolute_path))       # the most precise one
    where = list(e.absolute_path)
    expected = e.schema.get("description") if isinstance(e.schema, dict) else None
    if e.validator == "additionalProperties" and not where:
        extra = sorted(set(data) - set(SCHEMA["properties"]))
        msg = f"unknown section(s) {', '.join(map(str, extra))}; expected merge, split, relabel"
    elif e.validator == "pattern":
        msg = f"{e.instance!r} is not an id; expected {expected}"
    else:
        got = type(e.instance).__name__.replace("str", "a string").replace("list", "a list").replace("dict", "a mapping")
        msg = f"{_where(where)}: expected {expected or e.message}" + (f", got {got}" if e.validator == "type" else
                                                                       f" ({e.message})")
    raise CurationError(f"{path}:{_line_of(root, where)}: {msg}")


def load_curation(path: str | Path) -> Curation:
    path = Path(path)
    try:
        root, data = _compose(path)
    except FileNotFoundError:
        raise CurationError(f"{path}: curation file not found") from None
    except (OSError, UnicodeDecodeError) as e:
        raise CurationError(f"{path}: cannot read: {getattr(e, 'strerror', None) or e}") from None
    if root is None:
        return Curation({}, {}, {})
    _validate(path, root, data)
    same_as: dict[str, str] = {}
    for i, group in enumerate(data.get("merge") or []):
        keep = _iri(group[0])
        for other in group[1:]:
            o = _iri(other)
            if o == keep:
                continue
            if o in same_as and same_as[o] != keep:
                raise CurationError(f"{path}:{_line_of(root, ['merge', i])}: {other} is merged into two entities "
                                    f"({same_as[o][len(_BASE):]} and {keep[len(_BASE):]}); expected one")
            same_as[o] = keep
    _refuse_cycles(path, root, same_as)
    splits: dict[tuple[str, str], str] = {}
    for s in data.get("split") or []:
        for a in s["articles"]:
            splits[(_iri(s["id"]), str(a))] = _iri(s["as"])
    labels = {_iri(k): str(v) for k, v in (data.get("relabel") or {}).items()}
    return Curation(same_as, labels, splits)


def _refuse_cycles(path: Path, root, same_as: dict[str, str]) -> None:
    for start in same_as:
        seen = [start]
        cur = same_as[start]
        while cur in same_as:
            if cur in seen:
                loop = " → ".join(x[len(_BASE):] if x.startswith(_BASE) else x for x in seen[seen.index(cur):] + [cur])
                raise CurationError(f"{path}:{_line_of(root, ['merge'])}: merges go round in a cycle ({loop}); "
                                    "expected each id merged into one kept id")
            seen.append(cur)
            cur = same_as[cur]


def curated_ids(c: Curation) -> set[str]:
    """Every id a curation names as an entity that a build should mint (not the new ids of
    splits, nor the kept ids of merges, which may be new names too)."""
    return set(c.same_as) | {iri for iri, _ in c.splits} | set(c.labels)


def unmatched(c: Curation, minted: Iterable[str]) -> list[str]:
    """The ids of the curation that match nothing the build minted, as written (relative)."""
    minted = set(map(str, minted)) | set(c.same_as.values()) | set(c.splits.values())
    return sorted(i[len(_BASE):] if i.startswith(_BASE) else i for i in curated_ids(c) - minted)
