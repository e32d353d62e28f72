"""The sentences stage: the story's sentences, each scanned once into its mentions.

A SentenceView is what every later stage reads: the sentence's text and offsets, its tokens
and its elements (kg.extract.sentences.elements), shared by places, bodies, posts and meetings.
"""
from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress, count
from operator import attrgetter, is_
from typing import Callable, Optional

from kg.extract.matcher import Lows
from kg.extract.passes import fires
from kg.extract.sentences.elements import BodyMention, Element, LevelMention, Name, Role
from kg.extract.sentences.mentions import Scanner
from kg.extract.sentences.mission_names import mission_holders
from kg.extract.sentences.wrapped_names import join_wrapped_names
from kg.extract.state import ArticleState, Stage
from kg.extract.structure.dates import may_hold_day
from kg.extract.sentences.tokens import Sentence, Token, split_sentences
from kg.facts import Evidence
from kg.read.article import Article

# Past the lead, a sentence with no capital after its first letter names no one and no place.
_LEAD = 4


@dataclass
class SentenceView:
    text: str
    start: int
    end: int
    toks: list[Token]
    elements: list[Element]
    is_headline: bool = False
    has_names: bool = True      # no person is named: no post or part in the meeting to read
    # what the meeting stage reads of the sentence, worked out once when it first asks
    # (kg.extract.meeting.hosts.verb_index); the elements are final by then
    cache: dict = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def lows(self) -> Lows:
        """The lower-case words of the tokens (they do not change once scanned): a phrase
        list none of whose first words is here is not in the sentence (Matcher.find). Kept
        as an attribute once made (the scan hands its own over, read_sentences): the passes
        ask 25 times a sentence, a property's call and cache lookup each time."""
        return Lows.of(self.toks)

    def caps(self) -> list[int]:
        """The indexes of the capitalised tokens, in order (the tokens do not change once
        scanned): the passes that look for a place's name read these few. Read only."""
        got = self.cache.get("caps")
        if got is None:
            got = self.cache["caps"] = list(compress(count(), map(_IS_CAP, self.toks)))     # (in C)
        return got

    def mentions(self) -> list[tuple[int, Element, Optional[Element]]]:
        """(index, element, mention) of every title, body and level mention among the elements,
        in order; `mention` is the element itself, or a title's body (None when it has none).
        The passes over bodies and places read these few (one element in twenty) instead of
        every word. Worked out again when the elements changed since (a stage merges or
        replaces some: the elements are compared by identity with those kept here) or a title
        took another body. Read only."""
        els = self.elements
        got = self.cache.get("mentions")
        if got is not None:
            saved, titles, out, ks, found = got
            # (`saved == els` compares in C, each pair by identity first: equal lists hold, at
            # every index, the same object or one of the same type with equal fields, so the
            # mentions stand at the same indexes; that they are the same objects is checked
            # there only, a few instead of every element)
            # (a sentence with no mention, one in three, has none to check)
            if saved == els and (not ks or all(map(is_, found, map(els.__getitem__, ks)))):
                for e, body in titles:
                    if e.body is not body:
                        break
                else:
                    return out
        # (the mentions' indexes found in C: one element in twenty is one)
        ks = list(compress(count(), map(_MENTIONS.__contains__, map(type, els))))
        found = list(map(els.__getitem__, ks))
        out = [(k, e, e.body if type(e) is Role else e) for k, e in zip(ks, found)]
        self.cache["mentions"] = (list(els), [(e, m) for _, e, m in out if type(e) is Role], out, ks, found)
        return out


_MENTIONS = frozenset({Role, BodyMention, LevelMention})
_IS_CAP = attrgetter("is_cap")


def kept_per_sentence(copy: Callable = lambda got: got):
    """A reading of one sentence (its first argument, a SentenceView whose elements are final by the
    time it is asked) that several readers ask again of the same sentence with the same arguments:
    its answer is kept in the sentence's cache, keyed by the reading and its other arguments (the
    defaults written out: f(sv, r) and f(sv, r, False) are one question), and handed out through
    `copy` (a fresh container each time: a caller may change the one it is given). The reading must
    read nothing else that changes between the asks."""
    def keep(read: Callable) -> Callable:
        code = read.__code__
        names = code.co_varnames[1:code.co_argcount]
        pad = (None,) * (len(names) - len(read.__defaults__ or ())) + (read.__defaults__ or ())
        at = {n: k for k, n in enumerate(names)}

        @functools.wraps(read)
        def kept(sv: SentenceView, *args, **kwargs):
            if kwargs or len(args) < len(names):
                full = list(args) + list(pad[len(args):])
                for n, v in kwargs.items():
                    full[at[n]] = v
                args = tuple(full)
            key = (read, args)
            got = sv.cache.get(key, kept)
            if got is kept:
                got = sv.cache[key] = read(sv, *args)
            return copy(got)
        return kept
    return keep


def evidence(article: Article, sv: SentenceView) -> Evidence:
    """The sentence quoted from the source file, with its offsets there."""
    quote, s, e = article.source_quote(sv.start, sv.end)
    return Evidence(quote, s, e)


# One scanner per thread: a scan keeps its sentence's offset, words and flags on the scanner
# while it reads (Scanner.scan), so two threads sharing one (a Dask build with threads) would
# read each other's sentence.
_scanners = threading.local()


def _get_scanner() -> Scanner:
    got = getattr(_scanners, "scanner", None)
    if got is None:
        got = _scanners.scanner = Scanner()
    return got


def read_sentences(state: ArticleState) -> None:
    st = state.structure
    story_lines = set(st.story)
    if st.headline is not None:
        story_lines.add(st.headline)
    scanner = _get_scanner()
    views = state.views
    # (only the story's lines are split: the sentences of any other line are not read; _unglued
    # cuts each sentence on its own, in its line)
    for s in _unglued(split_sentences(state.article.text, story_lines)):
        if s.line not in story_lines:
            continue
        # skip the scan of the statistics and slogans of a long article (not a day-date's sentence:
        # "đợt khảo sát diễn ra từ ngày 7 - 9/8." dates the meeting)
        if len(views) > _LEAD and s.text[1:] == s.text[1:].lower() and not may_hold_day(s.text):
            continue
        toks, els = scanner.scan(s.text, s.start, state.vintage)
        # (has_names: `Name in map(type, els)` loops in C, where any(...) resumed a generator)
        sv = SentenceView(s.text, s.start, s.end, toks, els, s.line == st.headline, Name in map(type, els))
        # (the unit names typed in lower case, as the scan read them before its elements: the
        # officials stage asks again for every sentence, the same tokens giving the same keys)
        sv.cache["typo_units"] = scanner.typo_units_read
        sv.lows = scanner.lows_read
        views.append(sv)
    _mend_names(views, state.article.text)


def _mend_names(views: list[SentenceView], text: str) -> None:
    """The names the scan of one sentence cannot read whole: one cut by a line break, a diplomat's
    written after his mission with no honorific (before any later stage reads the elements)."""
    join_wrapped_names(views, text)     # "đ/c Nguyễn⏎Văn A, Ủy viên ...": the name made whole on its second line
    for sv in views:
        if fires(mission_holders, sv):
            mission_holders(sv)         # "Đại sứ nước X tại Việt Nam A B": a diplomat's name, no honorific


# "... cho bà con trong thôn.Sau buổi lễ, ...": a full stop the page glued to the next sentence (a
# lowercase word of three letters or more before it: not "Tp.Hồ Chí Minh", "T.Ư", "TS.Nguyễn")
# (the look-behind after the full stop, the same test: a search skips to the full stops)
_GLUED_STOP = re.compile(r"\.(?<=[^\W\d_]{3}\.)(?=[^\W\d_][^\W\d_])")


def _unglued(sentences):
    """The sentences, each cut again where a full stop is glued to the next one's capital."""
    for s in sentences:
        cut = 0
        for m in _GLUED_STOP.finditer(s.text):
            a, b = s.text[m.start() - 1], s.text[m.end()]
            word = s.text[:m.start()].rsplit(None, 1)[-1]
            if not (a.islower() and b.isupper() and word.islower() and word.isalpha()):
                continue
            yield Sentence(s.text[cut:m.end()], s.start + cut, s.start + m.end(), s.line)
            cut = m.end()
        yield s if cut == 0 else Sentence(s.text[cut:], s.start + cut, s.end, s.line)


SENTENCES = Stage("sentences", reads=("article", "structure", "vintage"), writes=("views",), run=read_sentences)
