"""One YAML loader for the data files, shared by reading (kg.read's unwrapping and sites) and the
extraction lexicon (kg.extract.lexicon): here rather than in the lexicon so that reading, which
comes before extraction, imports no extraction stage."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it: the same objects (every data file parses equal,
# in the same order) in a tenth of the time, which every process paid at its first article
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_HERE = Path(__file__).parent


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """kg/data/NAME ("lexicon/roles.yaml", "source_credits.yaml") parsed once per process. The
    object is shared by every caller: read it, never change it (copy what you change)."""
    with (_HERE / name).open("r", encoding="utf-8") as f:
        return yaml.load(f, Loader=_SAFE_LOADER)
