"""Stage 4, bodies: body mentions resolved to canonical organisations: completed from a neighbour or a
list, open-ended and proper names, party cells, and the bodies titles name."""
