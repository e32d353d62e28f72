"""The project's data files (lexicon, gazetteer, sites, ontology) and their one YAML loader (load)."""
