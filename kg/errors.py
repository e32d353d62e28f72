"""Errors a user can act on. Each names the article and the reason in one line."""


class ArticleError(Exception):
    """An article that cannot be read or understood; the build goes on without it."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UsageError(Exception):
    """Bad command-line usage (missing path, unknown format, ...)."""
