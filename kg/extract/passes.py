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
from the test the pass cannot get past without one of the words. KG_CHECK_TRIGGERS=1 keeps that
proof standing (tests/test_passes.py runs it): every gated pass then runs anyway where its
triggers are absent and fails unless it changed nothing and found nothing. A trigger is one
lower-case word (sentences' words are single syllables: a phrase as a trigger never fires).
"""
from __future__ import annotations

import functools
import os
from typing import Callable, Iterable

# (read once, at import: a pass is wrapped for the check only when asked, so a normal run pays no call)
CHECK = os.environ.get("KG_CHECK_TRIGGERS") == "1"


def triggers(words: Callable[[], Iterable[str]]):
    """Declare a pass's trigger words: `words` gives them (called once, at the first sentence
    asked about: the lexicon loads lazily)."""
    def declare(run: Callable) -> Callable:
        if CHECK:
            run = _checked(run)
        run.trigger_words = words
        return run
    return declare


def _checked(run: Callable) -> Callable:
    """The pass, run where its triggers are absent only to prove that it then changes and finds
    nothing: the sentence (or the elements and tokens) it is given read the same after, and what it
    returns is empty. fires() lets every pass run under the check."""
    @functools.wraps(run)
    def check(*args, **kwargs):
        lows = _lows_of(args)
        if lows is None or not _words(check).isdisjoint(lows):     # (None: no sentence to read)
            return run(*args, **kwargs)
        seen = [repr(a) for a in args if _state(a)]
        got = run(*args, **kwargs)
        if got is not None and not isinstance(got, (bool, list, tuple, dict, set, frozenset)):
            got = list(got)         # (a generator: what it finds is read here, and handed on)
        nothing = getattr(check, "nothing", None)       # (a gated reading's own answer of nothing: gated)
        assert (got == nothing() if nothing else not got) and seen == [repr(a) for a in args if _state(a)], \
            f"{run.__module__}.{run.__name__} acted where none of its triggers stands"
        return got
    return check


def _lows_of(args) -> frozenset | None:
    """The lower-case words of the sentence a pass is given: a SentenceView's, or its tokens'."""
    from kg.extract.sentences.tokens import Token
    for a in args:
        if hasattr(a, "lows") and hasattr(a, "elements"):
            return a.lows
    lists = [a for a in args if isinstance(a, (list, tuple))]
    for a in lists:
        if a and isinstance(a[0], Token):
            return frozenset(t.low for t in a)
    return frozenset() if lists and not any(lists) else None     # (a sentence of no tokens, no elements)


def _state(a) -> bool:
    """An argument a pass may change: the sentence, its elements or tokens, a set or map it fills."""
    return isinstance(a, (list, dict, set)) or (hasattr(a, "lows") and hasattr(a, "elements"))


_WORDS: dict = {}


def fires(run: Callable, sv) -> bool:
    """Whether the sentence holds one of the pass's trigger words (a pass that declares none
    always runs; under KG_CHECK_TRIGGERS every pass runs, and checks itself)."""
    got = _WORDS.get(run)
    if got is None:
        if getattr(run, "trigger_words", None) is None:
            return True
        got = _words(run)
    return CHECK or not got.isdisjoint(sv.lows)


def _words(run: Callable) -> frozenset:
    """The pass's trigger words, read once."""
    got = _WORDS.get(run)
    if got is None:
        got = _WORDS[run] = frozenset(run.trigger_words())
        spaced = sorted(w for w in got if any(c.isspace() for c in w))
        # (a phrase never equals one of the sentence's words: the pass would be skipped everywhere)
        assert not spaced, f"{run.__module__}.{run.__name__} declares phrases as triggers: {spaced}"
    return got


def firsts(matcher) -> frozenset:
    """The first syllables of a matcher's entries: match() finds nothing at a token whose lower
    case is none of them, so a pass that needs a match needs one of these words."""
    return frozenset(matcher.first_index())


def gated(words: Callable[[], Iterable[str]], nothing: Callable[[], object]):
    """@triggers for a reading of one sentence (its first argument, a SentenceView) that other readers
    ask where they need it rather than a stage's loop: the reading answers nothing() at once, without
    being run, where none of its trigger words stands (under KG_CHECK_TRIGGERS it runs, and must answer
    the same). nothing() makes a fresh answer each time (a caller may change it)."""
    def declare(run: Callable) -> Callable:
        declared = triggers(words)(run)
        declared.nothing = nothing

        @functools.wraps(run)
        def gate(sv, *args, **kwargs):
            if fires(declared, sv):
                return declared(sv, *args, **kwargs)
            return nothing()
        return gate
    return declare
