"""Stage 3, places: where the article is (the place context bare mentions resolve to), the units a
sentence names without a body, and units of a foreign country."""
