"""The data files are parsed by one YAML loader (kg.data.load), shared by reading and extraction."""
from __future__ import annotations

import re
from pathlib import Path

import kg


def test_reading_and_the_lexicon_share_one_parse_of_a_data_file():
    from kg.data.load import load
    from kg.extract.lexicon import _parsed
    from kg.read.unwrap import _structure
    assert _structure() is load("lexicon/article.yaml")["structure"] is _parsed("article.yaml")["structure"]


def test_no_module_but_the_loader_parses_yaml_itself():
    # (a second loader drifts: another parser, another cache, another path to the files; reread8 item 9)
    root = Path(kg.__file__).parent
    own = [str(p.relative_to(root)) for p in root.rglob("*.py")
           if re.search(r"yaml\.(?:safe_)?load\(|CSafeLoader", p.read_text(encoding="utf-8"))]
    assert own == ["data/load.py"], own
