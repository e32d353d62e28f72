"""The elements a sentence is read into: the flat sequence later stages read grammar off.

Role, BodyMention, LevelMention, Name, Honorific, Punct and Word, with token indexes into the
sentence (kg.extract.sentences.mentions.Scanner makes them).
"""
from __future__ import annotations

from dataclasses import dataclass, field
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
