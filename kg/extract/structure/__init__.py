"""Stage 1, structure: what the page is before its story is read: site chrome, headline, dateline,
page date, bylines and photo credits, and the date grammar they share with later stages."""
