"""The RDF layer: vocabulary, facts -> RDF mapping, graph I/O, curation."""
