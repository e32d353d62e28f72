"""Stage 2, sentences: the story cut into sentences and tokens with offsets, each sentence scanned once
into its mentions (titles, bodies, places, names) and read into the flat elements later stages use."""
