"""Per-sentence passes that declare their trigger words, and the test that skips them.

Most passes over a sentence look for one construction of a few words (a title after "cố", a
list after a colon or "gồm", a neighbour's party after our titles) and find none in nearly every
sentence, after walking its elements. A pass declares its TRIGGERS with @triggers: lower-case
tokens, read from the lexicon it already uses, at least one of which stands in every sentence it
can change or find anything in. A stage runs such a pass only when fires(pass, sv) (the
sentence's words, SentenceView.lows, are gathered once at its scan), as a spaCy component
declares what it needs. The declaration adds no call: the pass itself is left as it is, so a
caller that does not ask fires() runs it as before.

A trigger set must be complete, or a pass is skipped where it would have fired: each is derived
from the test the pass cannot get past without one of the words, and proved by running every
pass anyway where it was skipped (no change, nothing found) over every real and bench article.
"""
from __future__ import annotations

from typing import Callable, Iterable


def triggers(words: Callable[[], Iterable[str]]):
    """Declare a pass's trigger words: `words` gives them (called once, at the first sentence
    asked about: the lexicon loads lazily)."""
    def declare(run: Callable) -> Callable:
        run.trigger_words = words
        return run
    return declare


_WORDS: dict = {}


def fires(run: Callable, sv) -> bool:
    """Whether the sentence holds one of the pass's trigger words (a pass that declares none
    always runs)."""
    got = _WORDS.get(run)
    if got is None:
        declared = getattr(run, "trigger_words", None)
        got = _WORDS[run] = frozenset(declared()) if declared is not None else None
        if got is None:
            return True
    return not got.isdisjoint(sv.lows)


def firsts(matcher) -> frozenset:
    """The first syllables of a matcher's entries: match() finds nothing at a token whose lower
    case is none of them, so a pass that needs a match needs one of these words."""
    return frozenset(matcher.first_index())
