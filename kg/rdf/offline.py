"""Reading a graph file never touches the network.

The one way a graph file could make a reader fetch something is JSON-LD: an ``@context`` (or an
``@import`` inside one) given as an address is fetched by rdflib's parser. ``check_jsonld``
refuses such a file before any parser sees it, naming the address; a context written inline (as
``kg export --format jsonld`` writes it) is read as usual.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from kg.errors import UsageError


def remote_contexts(doc) -> Iterator[str]:
    """Every context address in a JSON-LD document (``@context`` or ``@import`` as a string)."""
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key in ("@context", "@import"):
                    for c in value if isinstance(value, list) else [value]:
                        if isinstance(c, str):
                            yield c
                        else:
                            stack.append(c)
                else:
                    stack.append(value)


def check_jsonld(path: str | Path) -> None:
    """UsageError when the JSON-LD file at PATH names a context by address (which a parser
    would fetch). A file that is not JSON is left to the parser to report."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            doc = json.load(f)
    except (OSError, ValueError):
        return
    for url in remote_contexts(doc):
        raise UsageError(f"{path}: the JSON-LD @context {url!r} is a remote document; kg never fetches "
                         "from the network (write the context inline, as kg export --format jsonld does)")
