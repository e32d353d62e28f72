"""Extraction: one article's text in, its facts (kg.facts) out, stage by stage."""
