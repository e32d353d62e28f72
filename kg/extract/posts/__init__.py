"""Stage 5, posts: titles bound to names and each title to the body it is of: chains, lists, lines cut
by a break, the context a title leans on, and a foreign side's titles."""
