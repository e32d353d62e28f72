"""The elements a sentence is read into: the flat sequence later stages read grammar off.

Role, BodyMention, LevelMention, Name, Honorific, Punct and Word, with token indexes into the
sentence (kg.extract.sentences.mentions.Scanner makes them).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain, repeat
from operator import attrgetter, sub
from typing import Optional, Union

from kg.extract.lexicon import BodyEntry, RoleEntry


@dataclass
class BodyMention:
    start: int                         # token indexes in the sentence
    end: int
    surface: str
    organs: list[str] = field(default_factory=list)   # outermost first
    base: Optional[BodyEntry] = None
    level: Optional[str] = None        # province | city | district | commune | central
    unit: Optional[str] = None         # unit word as written ("tỉnh", "huyện", ...)
    place_name: Optional[str] = None   # explicit place
    weak: bool = False                 # a system word ("MTTQ") rather than one body
    generic: bool = False              # "các cấp": every such body, not one
    central: bool = False

    @property
    def complete(self) -> bool:
        return self.central or self.level is not None or (self.base is not None and self.base.sort in ("committee", "packed", "department"))


@dataclass(slots=True)
class LevelMention:
    start: int
    end: int
    level: str
    unit: Optional[str]
    place_name: Optional[str]


@dataclass
class Role:
    start: int
    end: int
    entry: RoleEntry
    surface: str
    body: Optional[BodyMention] = None     # the body written right after it
    next_char: str = ""                    # the punctuation right after it, if any


@dataclass(slots=True)
class Name:
    start: int
    end: int
    text: str
    partial: bool = False            # a given name only ("đồng chí Hùng")
    honorific: Optional[str] = None  # the word before it ("đồng chí", "ông")


@dataclass(slots=True)
class Honorific:
    start: int
    end: int
    word: str


@dataclass(slots=True)
class Punct:
    start: int
    end: int
    char: str


@dataclass(slots=True)
class Word:
    start: int
    end: int
    low: str


Element = Union[Role, BodyMention, LevelMention, Name, Honorific, Punct, Word]

# An element's first token index and the index after its last, read in C (map(start_of, elements)).
start_of, end_of = attrgetter("start"), attrgetter("end")


def token_owners(elements: list, n: int) -> Optional[list[int]]:
    """For each of a sentence's n tokens, the index of the element that holds it, when the elements
    tile the tokens in order (the first starts at 0, each next where the one before ends, the last
    ends at n: so after the scan, in 97% of real sentences after the stages' edits); None when they do
    not (a title's term skipped, a gap or an overlap left by an edit). Made in C: a reader of a few
    token positions looks up their elements instead of walking every element."""
    starts, ends = list(map(start_of, elements)), list(map(end_of, elements))
    if not starts or starts[0] != 0 or ends[-1] != n or starts[1:] != ends[:-1]:
        return None
    owners = list(chain.from_iterable(map(repeat, range(len(starts)), map(sub, ends, starts))))
    return owners if len(owners) == n else None     # (an element that ends before it starts)
