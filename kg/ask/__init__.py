"""Asking a built graph: SPARQL queries, validation, evaluation, exports."""
