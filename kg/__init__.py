"""vnpolkg: a knowledge graph of Vietnamese political news.

Articles about the work of Party committees, the Fatherland Front, mass organisations and state
bodies become RDF: officials and the posts they hold, bodies, the meetings the articles report,
and the articles themselves as provenance.

The Python API (the same as the ``kg`` command):

    import kg

    facts = kg.extract_text(text, published="2024-05-13")   # one article, from a string
    report = kg.build(["articles/"], "out")                  # what `kg build` does
    g = kg.open("out")                                       # a build folder or graph file
    g.query("SELECT ?name WHERE { ?p a kg:Official ; foaf:name ?name }")
    g.to_rdflib(); g.to_networkx()                           # and, in Jupyter, the page inline

The pipeline, one folder of the package per step (data flows one way):
kg.read (bytes -> clean text) -> kg.extract (text -> ArticleFacts) -> kg.rdf (facts -> RDF)
-> kg.ask (SPARQL, validation, evaluation, export) and kg.view (the page, statistics);
kg.batch runs a build, kg.cli is the command line.

``import kg`` is cheap: the heavy libraries load when a function needs them.
"""
from __future__ import annotations

import os
from typing import Union

__version__ = "0.1.0"

# kg.graph imports only the standard library; each function imports what it needs.
from kg.graph import KnowledgeGraph, build, extract_text  # noqa: E402

__all__ = ["extract_text", "build", "open", "KnowledgeGraph", "__version__"]


def open(path: Union[str, "os.PathLike[str]"]) -> KnowledgeGraph:  # noqa: A001  (kg.open, like io.open)
    """Open a built graph: a build folder (its ``kg.trig``, else its ``kg.ttl``) or a graph file.

    Returns a ``KnowledgeGraph``: ``.query(sparql)`` gives rows of plain Python values,
    ``.to_rdflib()`` an rdflib graph, ``.to_networkx()`` a networkx graph, and in Jupyter it
    shows as the interactive page. See ``kg.graph.open_graph`` for the errors.
    """
    from kg.graph import open_graph

    return open_graph(path)
