"""A time limit per article, so that one page the extractor cannot finish costs that page, not the
build: a rule that loops or backtracks for ever on some text would otherwise hang `kg build` with every
other article waiting behind it. Extraction is linear and takes milliseconds an article (about 2 s a MB),
so the default of 120 s is never reached by a page that finishes at all; `KG_MAX_ARTICLE_SECONDS`
changes it (0: no limit).

The limit is a SIGALRM timer, so it holds where a signal can be taken: the main thread of a process on a
POSIX system (the build's own process, and each of `-j N`'s worker processes). Elsewhere (a thread, or
Windows) the article runs without one.
"""
from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager

DEFAULT_SECONDS = 120.0


class ArticleTooSlow(Exception):
    """The article's extraction passed the time limit and was stopped."""


def limit_seconds() -> float:
    """The time limit per article, from KG_MAX_ARTICLE_SECONDS (0: none)."""
    raw = os.environ.get("KG_MAX_ARTICLE_SECONDS", "")
    try:
        return max(0.0, float(raw)) if raw.strip() else DEFAULT_SECONDS
    except ValueError:
        return DEFAULT_SECONDS


@contextmanager
def article_time_limit(seconds: float | None = None):
    """Raise ArticleTooSlow inside the block when it runs longer than `seconds` (default limit_seconds())."""
    seconds = limit_seconds() if seconds is None else seconds
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise ArticleTooSlow(f"extraction stopped after {seconds:g} s (a page this slow is a bug in a rule; "
                             "KG_MAX_ARTICLE_SECONDS sets the limit)")

    before = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)
