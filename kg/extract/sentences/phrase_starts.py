"""Phrases of a grammar list found at a token: the longest of them that starts there.

A stage asks this at every token of a sentence, for lists of a few dozen phrases; the lists are
indexed once (by their first word, then by size) instead of being sorted and split on each call.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

# id(phrases) -> (phrases, their first words, {size in words: phrases}, the longest size first).
# A grammar list is a tuple loaded once and kept for the process: its id names it (checked by
# identity, so a list made anew is indexed anew).
_TABLES: dict[int, tuple] = {}


def _table(phrases) -> tuple:
    got = _TABLES.get(id(phrases))
    if got is None or got[0] is not phrases:
        sizes = sorted({len(p.split()) for p in phrases}, reverse=True)
        by_size = {n: frozenset(p for p in phrases if len(p.split()) == n) for n in sizes}
        firsts = frozenset(p.split()[0] for p in phrases if p.split())
        got = _TABLES[id(phrases)] = (phrases, firsts, by_size)
    return got


def starts(toks, i: int, phrases) -> Optional[int]:
    """The size of the longest of the phrases (lower-case, space-separated) at toks[i], if any
    (0 for an empty phrase)."""
    _, firsts, by_size = _table(phrases)
    if 0 <= i < len(toks) and toks[i].low not in firsts:
        # (a token holds no space: a phrase of one word or more begins with toks[i]'s word)
        return 0 if "" in by_size.get(0, ()) else None
    for n, written in by_size.items():
        if " ".join([t.low for t in toks[i:i + n]]) in written:
            return n
    return None


@lru_cache(maxsize=64)
def first_words(phrases: frozenset) -> Optional[frozenset]:
    """The first words of a set of phrases (made once per set); None when one of them is empty
    (starts() then finds it at any token)."""
    return None if any(not p.split() for p in phrases) else frozenset(p.split()[0] for p in phrases)


def opens(toks, i: int, phrases: frozenset) -> bool:
    """starts(toks, i, phrases) is not None, for a set of phrases: most words begin none, and
    are answered from the set's first words without the phrase table."""
    firsts = first_words(phrases)
    if firsts is not None and 0 <= i < len(toks) and toks[i].low not in firsts:
        return False
    return starts(toks, i, phrases) is not None


def anywhere(toks, phrases, lows=None) -> bool:
    """One of the phrases, of a word or more, is in the tokens: any(starts(toks, j, phrases)).
    `lows`: the tokens' lower-case words (SentenceView.lows) when the caller has them."""
    firsts = _table(phrases)[1]
    if lows is not None and firsts.isdisjoint(lows):
        return False        # (no word of the sentence begins a phrase: no walk over its tokens)
    return any(starts(toks, j, phrases) for j in _starting(toks, firsts, lows))



def positions(toks, phrases, lows=None):
    """(j, size) for every j, in order, where starts(toks, j, phrases) finds a phrase; only the
    tokens that begin one are tried (every token when the list holds an empty phrase). `lows`
    as for anywhere."""
    _, firsts, by_size = _table(phrases)
    if lows is not None and 0 not in by_size and firsts.isdisjoint(lows):
        return
    tried = range(len(toks)) if 0 in by_size else _starting(toks, firsts, lows)
    for j in tried:
        n = starts(toks, j, phrases)
        if n is not None:
            yield j, n


def _starting(toks, firsts: frozenset, lows):
    """The indexes, in order, of the tokens whose word is one of `firsts`: found in C when `lows` are
    these very tokens' SentenceView.lows (matcher.Lows), else by a walk over the tokens."""
    if getattr(lows, "toks", None) is toks:
        return lows.positions(firsts)
    return (j for j, t in enumerate(toks) if t.low in firsts)


def ends_before(toks, i: int, phrases, reach: int = 3) -> bool:
    """Whether the text of the `reach` tokens right before toks[i] ends with one of the phrases
    (lower-case; as text, so a phrase may end a longer word)."""
    before = " ".join([t.low for t in toks[max(0, i - reach):i]])
    # (str.endswith tries a tuple of suffixes in C, where a generator resumed once a phrase)
    return before.endswith(phrases if type(phrases) is tuple else _suffixes(phrases))


def _suffixes(phrases) -> tuple:
    """The phrases as a tuple, made once per list (by its id, checked by identity as in _table;
    bounded, should a caller make its list anew at each call)."""
    got = _SUFFIXES.get(id(phrases))
    if got is None or got[0] is not phrases:
        if len(_SUFFIXES) > 256:
            _SUFFIXES.clear()
        got = _SUFFIXES[id(phrases)] = (phrases, tuple(phrases))
    return got[1]


_SUFFIXES: dict[int, tuple] = {}
