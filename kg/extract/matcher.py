"""Longest-match lookup of lexicon forms at a token, and the spelling every form is stored in.

kg.extract.lexicon loads the data files into these matchers (and re-exports both names).
"""
from __future__ import annotations

import unicodedata
from bisect import insort
from dataclasses import dataclass
from itertools import compress, count
from typing import Any, Optional

from kg.read.normalise import modern_tones
from kg.extract.sentences.tokens import Token, tokenize


def canon(s: str) -> str:
    """NFC + modern tone placement + the real Đ: how every lexicon entry is stored."""
    # (structural: the Icelandic eth Ð/ð that some sites type is mapped to the Vietnamese Đ/đ)
    s = unicodedata.normalize("NFC", s).replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    return modern_tones(s)


@dataclass(frozen=True)
class Entry:
    form: str
    size: int                    # number of tokens
    payload: Any


class Matcher:
    """Longest-match lookup of multi-token forms at a token position.

    Forms are matched case-insensitively unless registered as exact-case (abbreviations
    such as "CT" or "TU" that are ordinary syllables in lower case).
    """

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], bool, tuple[str, ...], Entry]]] = {}
        # Entries of two or more tokens are also indexed by their first two syllables: most
        # candidates share a first syllable ("hội", "ban", "ủy"), few share two.
        self._by_two: dict[tuple[str, str], list] = {}
        self._single: dict[str, list] = {}
        # What match() reads, by first syllable: ({second syllable: the _by_two bucket split by
        # _split_pair}, the _single bucket); one lookup for a first syllable that begins nothing,
        # and no pair made to look up the second
        self._nodes: dict[str, tuple[dict[str, tuple[dict, list]], list]] = {}
        self._longest: Optional[int] = None     # (longest(), once asked)
        self._starts: Optional[tuple[frozenset, frozenset]] = None      # (starts(), once find asked)

    def add(self, form: str, payload: Any, exact_case: bool = False) -> None:
        form = canon(form)
        toks = tokenize(form)
        if not toks:
            return
        self._longest = self._starts = None
        low = tuple(t.low for t in toks)
        raw = tuple(t.text for t in toks)
        entry = Entry(form, len(toks), payload)
        bucket = self._by_first.setdefault(low[0], [])
        node = self._nodes.get(low[0])
        if node is None:
            node = self._nodes[low[0]] = ({}, self._single.setdefault(low[0], []))
        if any(b[0] == low and b[1] == exact_case and b[2] == raw for b in bucket):
            return
        item = (low, exact_case, raw, entry)
        # (longest first, and in the order added among those as long: inserted after the last as
        # long, the place a stable sort of the appended list gave it, without sorting the whole
        # bucket again at each of the lexicon's thousands of forms)
        insort(bucket, item, key=_longest_first)
        if len(low) > 1:
            two = self._by_two.setdefault((low[0], low[1]), [])
            insort(two, item, key=_longest_first)
            node[0][low[1]] = _split_pair(two)
        else:
            self._single.setdefault(low[0], []).append(item)

    def match(self, toks: list[Token], i: int) -> Optional[Entry]:
        """The longest entry whose tokens start at toks[i]."""
        node = self._nodes.get(toks[i].low)
        if node is None:
            return None
        n = len(toks)
        pair = node[0].get(toks[i + 1].low) if i + 1 < n else None
        if pair is not None:
            if i + 2 < n:
                for low, exact, raw, entry in pair[0].get(toks[i + 2].low, ()):
                    k = len(low)
                    if i + k > n:
                        continue
                    ok = True
                    # (the first three syllables are the bucket's: only an exact-case entry reads them)
                    for j in range(0 if exact else 3, k):
                        t = toks[i + j]
                        if t.low != low[j] or (exact and t.text != raw[j]):
                            ok = False
                            break
                    if ok:
                        return entry
            for low, exact, raw, entry in pair[1]:
                if not exact or toks[i].text == raw[0] and toks[i + 1].text == raw[1]:
                    return entry
        for low, exact, raw, entry in node[1]:
            if not exact or toks[i].text == raw[0]:
                return entry
        return None

    def __contains__(self, first_low: str) -> bool:
        return first_low in self._by_first

    def find(self, toks: list[Token], start: int = 0, lows: Optional[frozenset] = None):
        """Every (position, entry) where an entry starts, scanning left to right. `lows`, the
        lower-case words of the tokens (SentenceView.lows) when the caller has them, spares
        the walk over the tokens for a matcher none of whose entries can start there; when
        they are the Lows of these very tokens, only the positions of the words some entry
        begins with are tried."""
        by_first = self._by_first
        if lows is not None and by_first.keys().isdisjoint(lows):
            return
        match = self.match
        if type(lows) is Lows and lows.toks is toks and start >= 0:
            # (match() finds an entry at i only where the word there is an entry alone or it and the
            # next word begin one: two set tests in C say whether any token of the sentence can, where
            # the walk below tried each token a first word of the list stands at, in most sentences
            # none of them)
            pairs, singles = self._starts or self._starts_kept()
            if singles.isdisjoint(lows) and pairs.isdisjoint(lows.pairs()):
                return
            # (match() finds nothing where the word is no entry alone and the next word goes on
            # none of its entries: most such words, "ban", "hội", begin a few long names)
            nodes, words, last = self._nodes, lows.words, len(toks) - 1
            for i in lows.positions(by_first, start):
                node = nodes[words[i]]
                if node[1] or i < last and words[i + 1] in node[0]:
                    e = match(toks, i)
                    if e is not None:
                        yield i, e
            return
        # (the tokens walked by enumerate, as range(start, len(toks)) indexed them)
        for i, t in enumerate(toks[start:] if start > 0 else toks, start) if start >= 0 else \
                ((i, toks[i]) for i in range(start, len(toks))):
            if t.low in by_first:
                e = match(toks, i)
                if e is not None:
                    yield i, e

    def present(self, toks: list[Token], lows: Optional[frozenset] = None) -> bool:
        """Whether any entry occurs in the tokens (`lows` as for find)."""
        return next(self.find(toks, lows=lows), None) is not None

    def longest(self) -> int:
        """The most tokens an entry has (0 when there is none; worked out again after an add)."""
        if self._longest is None:
            self._longest = max((len(item[0]) for bucket in self._by_first.values() for item in bucket), default=0)
        return self._longest

    def firsts(self) -> set[str]:
        return set(self._by_first)

    def starts(self) -> tuple[frozenset, frozenset]:
        """(the first two syllables of every entry of two or more, as pairs; the syllables that are
        an entry alone): match() finds an entry at i only where toks[i].low is one of the second, or
        it and the next token's low are one of the first."""
        return (frozenset((a, b) for a, node in self._nodes.items() for b in node[0]),
                frozenset(a for a, node in self._nodes.items() if node[1]))

    def _starts_kept(self) -> tuple[frozenset, frozenset]:
        self._starts = got = self.starts()
        return got

    def first_index(self) -> dict:
        """The live index by first syllable (read-only for callers): `low in it` says whether
        match() can find anything at a token whose low is `low`."""
        return self._by_first


def _longest_first(item: tuple) -> int:
    return -len(item[0])


class Lows(frozenset):
    """The lower-case words of a sentence's tokens (SentenceView.lows), with the words in token
    order: a phrase list looks up where its first words stand (positions) instead of walking
    every token in Python, most of which begin none of its entries."""

    __slots__ = ("toks", "words", "_pairs")

    @classmethod
    def of(cls, toks: list[Token]) -> "Lows":
        words = [t.low for t in toks]
        got = cls(words)
        got.toks, got.words, got._pairs = toks, words, None
        return got

    def pairs(self) -> frozenset:
        """The pairs of words that follow each other, (word, next word), made once when first asked."""
        got = self._pairs
        if got is None:
            got = self._pairs = frozenset(zip(self.words, self.words[1:]))
        return got

    def positions(self, firsts, start: int = 0) -> list[int]:
        """The token indexes, from `start` and in order, of the words in `firsts` (a set or a dict
        of words): compress, count and map walk the words in C."""
        return list(compress(count(start), map(firsts.__contains__, self.words[start:] if start else self.words)))


def _split_pair(two: list) -> tuple[dict[str, list], list]:
    """The entries of one pair of first syllables, longest first, as match() reads them: those
    of three syllables or more by their third syllable (common pairs, "ủy ban", "hội đồng",
    hold dozens of entries, and an entry whose third syllable is not the text's cannot match),
    and those of two syllables. Each list keeps the order of `two`."""
    thirds: dict[str, list] = {}
    pairs = []
    for item in two:
        if len(item[0]) > 2:
            thirds.setdefault(item[0][2], []).append(item)
        else:
            pairs.append(item)
    return thirds, pairs
