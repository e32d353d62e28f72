"""Looking at a built graph: the property graph, the interactive page, statistics."""
