"""Curation files: a user's corrections to identity and labels, applied at build time.

    # curation.yaml
    merge:                       # these IRIs are one entity (the first one is kept)
      - [person/an-giang/nguyen-van-a, person/dong-thap/nguyen-van-a]
    split:                       # in these articles the entity is another one
      - {id: person/an-giang/le-van-b, articles: [012_x.txt], as: person/an-giang/le-van-b-2}
    relabel:                     # a better name (foaf:name / skos:prefLabel)
      org/tinh-uy-an-giang/ban-dan-van: Ban Dân vận Tỉnh ủy An Giang

IDs are written relative to https://w3id.org/vnpolkg/id/ (full IRIs work too).
"""
from __future__ import annotations

from pathlib import Path

import yaml

from kg.errors import UsageError
from kg.rdf.mapping import Curation
from kg.rdf.vocab import ID

_BASE = str(ID)


def _iri(x: str) -> str:
    x = str(x).strip()
    return x if x.startswith("http://") or x.startswith("https://") else _BASE + x.lstrip("/")


def load_curation(path: str | Path) -> Curation:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise UsageError(f"{path}: curation file not found") from None
    except yaml.YAMLError as e:
        raise UsageError(f"{path}: not valid YAML ({e})") from None
    if not isinstance(data, dict):
        raise UsageError(f"{path}: expected a mapping with merge / split / relabel")
    unknown = set(data) - {"merge", "split", "relabel"}
    if unknown:
        raise UsageError(f"{path}: unknown section(s) {', '.join(sorted(unknown))} (expected merge, split, relabel)")
    same_as: dict[str, str] = {}
    for group in data.get("merge") or []:
        if not isinstance(group, list) or len(group) < 2:
            raise UsageError(f"{path}: each merge entry is a list of two or more ids")
        keep = _iri(group[0])
        for other in group[1:]:
            if _iri(other) != keep:
                same_as[_iri(other)] = keep
    splits: dict[tuple[str, str], str] = {}
    for s in data.get("split") or []:
        if not isinstance(s, dict) or not {"id", "articles", "as"} <= set(s):
            raise UsageError(f"{path}: each split entry needs id, articles and as")
        for a in s["articles"]:
            splits[(_iri(s["id"]), str(a))] = _iri(s["as"])
    labels = {_iri(k): str(v) for k, v in (data.get("relabel") or {}).items()}
    return Curation(same_as, labels, splits)
