"""Person names in a sentence: where a name begins and ends, with or without an address, in Title
Case, capitals or with a neighbour's hyphens (the half of kg.extract.sentences.mentions.Scanner
that reads names; the Scanner gives the lexicon, the gazetteer and _starts_entity).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.sentences.elements import Element, LevelMention, Name, Punct, Role, Word
from kg.extract.gazetteer import name_key
from kg.extract.lexicon import _load, phrase_matcher, section
from kg.extract.sentences.spans import CAPS_STOPS as _CAPS_STOPS, MIDDLE_NAMES as _MIDDLE, caps_given_name
# (_MIDDLE: people.yaml middle_names, which a page may type in lower case: "Nguyễn văn Hùng")
from kg.extract.sentences.tokens import Token, said_before


@lru_cache(maxsize=1)
def _abroad_names():
    """bodies.yaml `foreign_countries` and countries.yaml `units`: the names that say a neighbour's side."""
    units = [n for names in (section("countries.yaml", "units", None) or {}).values() for n in names]
    return phrase_matcher(list(section("bodies.yaml", "foreign_countries", None) or []) + units)


@lru_cache(maxsize=1)
def _country_names():
    """countries.yaml: the world's states of two syllables or more (one syllable, "Anh", "Lan",
    "Đức", is a given name as often): a capitalised run they begin is a place, no person's."""
    names = section("countries.yaml", "countries", None) or []
    return phrase_matcher([n for n in names if len(name_key(n)) > 1])


_PEOPLE = _load("people.yaml")
_DOUBLED = frozenset(_PEOPLE.get("doubled_address") or ())
# the former marks ("nguyên", "cựu"): a word of the titles, never a syllable of a hyphenated name
# ("ông A-nguyên Phó Chủ tịch ...": the dash typed with no spaces before the former title)
_FORMER = frozenset(section("roles.yaml", "posts")["former"])
def _surname_at(toks: list[Token], k: int, lx) -> bool:
    # (not a middle name: "ông Ông Văn A" is a man of the family Ông)
    return k < len(toks) and toks[k].is_cap and toks[k].low in lx.surnames and toks[k].low not in _MIDDLE


_ORGANISATION_ENDS = tuple(tuple(w.lower().split()) for w in _PEOPLE.get("organisation_ends") or ())


def _title_case(w: str) -> str:
    """A syllable typed with a stray capital ("NGuyễn") in Title Case; the inner capital of a
    Highlands name ("K'Thuận") is kept."""
    if len(w) > 2 and w[1].isupper() and not w.isupper():
        return w[:1] + w[1:].lower()
    return w


def _compact(words: str) -> str:
    """A baptismal name as one key, however its syllables are joined: "Gio-an", "Gioan" -> "gioan"."""
    return words.lower().replace(" ", "").replace("-", "")


_SAINTS = frozenset(_compact(w) for w in _PEOPLE.get("saint_names") or ())
_SAINT_BLOCKERS = tuple(tuple(w.split()) for w in _PEOPLE.get("saint_blockers") or ())
# (every beginning of one, read syllable by syllable; at the first, asked at every capitalised word, most of
# which begins no saint's name: None, every word tried the long way)
_SAINT_HEADS = frozenset(k[:n] for k in _SAINTS for n in range(1, len(k) + 1))
_SAINT_FIRSTS = _SAINT_HEADS if _SAINTS else None
_SAINT_MOST = 7         # tokens of one: "Mi-ca-e" (five), "Gioan Baotixita", "Phêrô Maria"


def _saint_before_surname(toks: list[Token], i: int, surnames) -> int:
    """The tokens of a baptismal name (people.yaml saint_names) written at token i right before a
    family name, or 0: its words capitalised, or its syllables joined by hyphens ("Gio-an", "Giu-se")."""
    if i >= len(toks) or not toks[i].is_cap or (_SAINT_FIRSTS is not None and toks[i].low not in _SAINT_FIRSTS):
        return 0
    before = tuple(t.low for t in toks[max(0, i - 2):i])
    if any(before[-len(b):] == b for b in _SAINT_BLOCKERS):
        return 0            # "Nhà thờ Giuse Lê Lợi": a church named after its saint and a street
    key = ""
    for k in range(i, min(len(toks), i + _SAINT_MOST)):
        t, glued = toks[k], k > i and toks[k].start == toks[k - 1].end
        if t.text == "-" and glued:
            continue
        if not t.is_word or (glued and toks[k - 1].text != "-") or (k > i and not glued and not t.is_cap):
            return 0
        key += t.low
        if key not in _SAINT_HEADS:
            return 0
        n = k + 1
        if key in _SAINTS and n < len(toks) and toks[n].is_cap and toks[n].low in surnames \
                and toks[n].start - t.end == 1:
            return n - i
    return 0


def _as_written(toks: list[Token], i: int, k: int) -> str:
    """Tokens i..k-1 as the text writes them: a space only where the text has one ("Giu-se")."""
    return "".join((" " if j > i and toks[j].start > toks[j - 1].end else "") + toks[j].text for j in range(i, k))


_APOSTROPHES = ("'", "’")


class NameReader:
    """The name readers of the Scanner (a mixin: self.lx, self.gz, self._starts_entity,
    self._entity_size, self._title_prefixes and the _abroad cache are the Scanner's)."""

    # -- names --------------------------------------------------------------------
    def _name_at(self, toks: list[Token], i: int, after_honorific: bool) -> Optional[tuple[int, str, bool]]:
        t = toks[i]
        if not (t.is_word and t.is_cap) or t.text.isdigit():
            return None
        if after_honorific and len(t.text) == 1 and i + 2 < len(toks) and toks[i + 1].text in _APOSTROPHES \
                and toks[i + 1].start == t.end and toks[i + 2].is_word and toks[i + 2].is_cap:
            # "bà H’ Yim Kđoh": a Highlands name whose first letter and apostrophe the page spaced off
            # the next syllable ("H’Yim" is one token); the name as written
            k, _ = self._name_end(toks, i + 2, 3, False)
            return k, f"{t.text}{toks[i + 1].text} " + " ".join(x.text for x in toks[i + 2:k]), False
        lx = self.lx
        if t.low in _DOUBLED and (i >= 1 and toks[i - 1].low in _DOUBLED and _surname_at(toks, i + 1, lx)
                                  or i + 1 < len(toks) and toks[i + 1].low in _DOUBLED and _surname_at(toks, i + 2, lx)):
            return None         # "ông Ông Nguyễn Văn A", "Ông Bà Trần Thị B": a word of address typed twice
        is_surname = t.low in lx.surnames
        if not is_surname and not after_honorific:
            return None
        if is_surname and t.low in self._title_prefixes and i + 1 < len(toks) \
                and toks[i + 1].low in self._title_prefixes[t.low]:
            return None         # "Phó Tổng ...", "Phó Trưởng ...": a title the lexicon lacks
        if is_surname and i + 2 < len(toks) and (d := lx.delegation.match(toks, i)) is not None and d.size > 2:
            return None         # "trưởng đoàn Đoàn Kiểm tra": a delegation by its task, not Mr Đoàn
        # a name of more than five syllables, or of syllables joined by hyphens, is a neighbour's
        # official's, after an honorific, in a sentence that names a neighbour's country or unit
        abroad = after_honorific and self._abroad(toks)
        # (a title before the name, no honorific: "Tân Đại sứ Kang Mi-ro" keeps the syllables its
        # hyphen joins, in a sentence that names the foreign country, though no longer name)
        hyphens = abroad or (not after_honorific and i + 2 < len(toks) and toks[i + 2].text == "-"
                             and self._abroad(toks))
        k, syllables = self._name_end(toks, i, 7 if abroad and not is_surname else 5, hyphens)
        n = k - i
        if n == 2 and any(tuple(w.low for w in toks[k - 1:k - 1 + len(e)]) == e for e in _ORGANISATION_ENDS):
            return None         # "Tổ Đại biểu", "Đoàn Khối các cơ quan": an organisation, no person
        if n == 1:
            if after_honorific and ("'" in t.text or "’" in t.text):
                return k, t.text, False     # one-syllable names of the Highlands: "K'Thuận", "H'Hen"
            if after_honorific and not t.is_upper and not is_surname:
                return k, t.text, True
            return None
        if k == len(toks) and n == 2 and len(toks[k - 1].text) == 1:
            return None         # "... - Trưởng Ban Tôn G": a page cut off mid-word at its very end, no name
        words = [w.text for w in toks[i:k]]
        if t.is_upper:
            words = [w[:1] + w[1:].lower() for w in words]
        else:
            words = [_title_case(w) for w in words]
        if words[1:2] and words[1].islower() and words[1] in _MIDDLE:
            words[1] = words[1].capitalize()
        if n != syllables:      # hyphens inside: written as the text joins them
            return k, "".join((" " if j and toks[i + j].start > toks[i + j - 1].end else "") + w
                              for j, w in enumerate(words)), False
        return k, " ".join(words), False

    def _name_end(self, toks: list[Token], i: int, most: int, hyphens: bool) -> tuple[int, int]:
        """The token after the name that begins at token i, and its syllables (at most `most`;
        syllables joined by hyphens when `hyphens`)."""
        t = toks[i]
        all_caps, is_surname = t.is_upper, t.low in self.lx.surnames
        k, syllables = i + 1, 1
        while k < len(toks) and syllables < most:
            u = toks[k]
            if hyphens and u.low == "-" and self._hyphen_joins(toks, k):
                k += 2          # "Xổm-phết Khăm-bun-đa": a Lao name's syllables joined by hyphens
                syllables, most = syllables + 1, 9
                continue
            if k == i + 1 and is_surname and not all_caps and u.low in _MIDDLE and k + 1 < len(toks) \
                    and not u.is_cap and toks[k + 1].is_cap and toks[k + 1].is_word and not toks[k + 1].is_upper \
                    and u.start - t.end == 1 and toks[k + 1].start - u.end == 1:
                k, syllables = k + 1, syllables + 1     # "Nguyễn văn Hùng": a middle name in lower case
                continue
            if not (u.is_word and u.is_cap) or u.text.isdigit():
                break
            if all_caps != u.is_upper and len(u.text) > 1:
                break
            if self._starts_entity(toks, k) and (k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].is_cap
                                                 or self._entity_size(toks, k) > 1):
                # a title or body begins here ("Nguyễn Văn A Phó Bí thư ..."); a lone unit word
                # closing the name ("Trần Văn Quận, Bí thư", "Lê Thị Huyện phát biểu") is a given name
                break
            if all_caps and u.low in _CAPS_STOPS and not (caps_given_name(toks, k, syllables)
                                                          and not self._verb_clause_after(toks, k)):
                break           # in capitals a name ends at the first common word or verb
            # no name runs over a line's punctuation
            if u.start - toks[k - 1].end > 1:
                break
            k, syllables = k + 1, syllables + 1
        return k, syllables

    def _verb_clause_after(self, toks: list[Token], k: int) -> bool:
        """After the word at k comes a comma and a second verb, not a title or another name: a
        headline or caption joins two acts of one visitor ("LÊ VĂN A THĂM, CHÚC TẾT ...", "DỰ,
        CHỈ ĐẠO", "VÕ THỊ B TRAO, tặng quà"), so the word at k is the first act, no given name."""
        if k + 2 >= len(toks) or toks[k + 1].text != ",":
            return False
        v = toks[k + 2]
        if not v.is_word or self._starts_entity(toks, k + 2) or v.low in self.lx.surnames:
            return False
        return v.low in _CAPS_STOPS and (v.is_upper or not v.is_cap)

    def _abroad(self, toks: list[Token]) -> bool:
        """Whether the sentence names a neighbour's country or unit (bodies.yaml foreign_countries,
        countries.yaml units; "Lào" not as the start of "Lào Cai"), worked out once per sentence."""
        if self._abroad_toks is not toks:
            self._abroad_toks = toks
            firsts = _abroad_names().first_index()      # (match() finds nothing at any other word)
            self._abroad_said = any((m := _abroad_names().match(toks, k)) is not None
                                    and not (k + m.size < len(toks) and toks[k + m.size].is_cap
                                             and self.gz.match_at(" ".join(x.text for x in toks[k:k + m.size + 1]),
                                                                  0, "legacy"))
                                    for k in [k for k, t in enumerate(toks) if t.is_cap and t.low in firsts])
        return self._abroad_said

    def _saint_name(self, toks: list[Token], i: int) -> Optional[tuple[int, str, bool]]:
        """ "Giám mục Chính tòa Giáo phận X Anphong Nguyễn Văn A", "Linh mục Giu-se Trần Văn B": a
        baptismal name before the family name, part of the name; None where none stands at token i."""
        size = _saint_before_surname(toks, i, self.lx.surnames)
        nm = self._name_at(toks, i + size, False) if size else None
        return (nm[0], f"{_as_written(toks, i, i + size)} {nm[1]}", False) if nm is not None and not nm[2] else None

    def _opens_hyphen_name(self, toks: list[Token], i: int) -> bool:
        """A foreign name whose first or second word has syllables joined by hyphens begins at
        token i ("Phăn-xay Bun-mi-ly", "Bun Xay-khăm-phon")."""
        n = len(toks)
        if not toks[i].is_word or not toks[i].is_cap:
            return False
        if i + 1 < n and toks[i + 1].text == "-":
            return self._hyphen_joins(toks, i + 1)
        return i + 2 < n and toks[i + 1].is_word and toks[i + 1].is_cap and toks[i + 2].text == "-" \
            and self._hyphen_joins(toks, i + 2)

    def _hyphen_joins(self, toks: list[Token], k: int) -> bool:
        """The hyphen at k joins two syllables of one foreign name ("Xổm-phết", "Khăm-Bun-Ly"):
        no space on either side, and a syllable after it (of either case: "Khăm-bun-đa") that
        begins no title or body ("Mi-Phó Bí thư" ends the name)."""
        if k + 1 >= len(toks) or toks[k].start != toks[k - 1].end or toks[k + 1].start != toks[k].end:
            return False
        u = toks[k + 1]
        return u.is_word and not u.text.isdigit() and not u.is_upper and u.low not in _FORMER \
            and not self._starts_entity(toks, k + 1)

    def _capitalised(self, sentence: str, toks: list[Token], i: int, vintage: str,
                     out: list[Element]) -> Optional[int]:
        """A person's name, or a place named without its unit word ("Hà Nội", "Biên Hòa")."""
        c = _country_names().match(toks, i)
        if c is not None and self.gz.match_at(sentence, toks[i].start - self._base, vintage) is None:
            out.append(Word(i, i + c.size, toks[i].low))    # "Đại sứ Hà Lan ...": a country, not Mr Hà
            return i + c.size
        # (without an honorific, a name starts with a family name: _name_at needs one)
        nm = self._name_at(toks, i, False) if toks[i].low in self.lx.surnames and not _in_place_list(out, toks) \
            and not _after_placed_unit(toks, i) else None
        if nm is None and i + 2 < len(toks) and toks[i + 1].text == "Thị" and toks[i + 2].is_cap \
                and toks[i + 2].is_word and not self._starts_entity(toks, i) \
                and not all(x.is_cap for x in toks if x.is_word and not x.text.isdigit()):
            # "Xồng Thị Ly": a woman's middle name says a name begins, its family name unknown
            # to the lexicon (not in a line of Title Case words: "... Thị Xã ...")
            nm = self._name_at(toks, i, True)
        if nm is None:
            nm = self._saint_name(toks, i)
        if nm is None and self._opens_hyphen_name(toks, i):
            # "Phó Tỉnh trưởng Phăn-xay Bun-mi-ly": a foreign name of two words or more, its
            # syllables joined by hyphens, needs no family name (one such word is a place's:
            # "Viêng-xay")
            nm = self._name_at(toks, i, True)
            if nm is not None and " " not in nm[1]:
                nm = None
        if nm is None and _after_titled_item(out) and self._list_item_name(sentence, toks, i, vintage):
            nm = self._name_at(toks, i, True)
        if nm is not None and name_key(nm[1]) in self._typo_units:
            # the unit's name the sentence also types in lower case after a unit word ("... huyện
            # lộc Xyz ... Lộc Xyz ..."): a place, whatever family name it starts with
            out.append(Word(i, nm[0], toks[i].low))
            return nm[0]
        if nm is not None:
            k, text, partial = nm
            out.append(Name(i, k, text, partial))
            return k
        m = self.gz.match_at(sentence, toks[i].start - self._base, vintage)
        if m is None:
            return None
        k = i
        while k < len(toks) and toks[k].start < m[1] + self._base:
            k += 1
        out.append(Word(i, k, toks[i].low))
        return k

    def _list_item_name(self, sentence: str, toks: list[Token], i: int, vintage: str) -> bool:
        """ "...; B, Chủ tịch Hội X huyện Y và Thổ Văn C, Ủy viên BCH Hội X xã Z": an item of a list of
        names and titles (after "," ";" ":" or "và") whose family name the lexicon does not know: a
        run of two to four Title Case syllables, then a comma or a dash and a title. Not a place
        the gazetteer knows, nor a title or body."""
        n = len(toks)
        if i < 1 or toks[i - 1].low not in _ITEM_JOINERS or toks[i].is_upper:
            return False
        k = i
        while k < n and k - i < 4 and toks[k].is_word and toks[k].is_cap and not toks[k].is_upper \
                and not toks[k].text.isdigit() and not self._starts_entity(toks, k) \
                and (k == i or toks[k].start - toks[k - 1].end == 1):
            k += 1
        if k - i < 2 or k + 1 >= n or toks[k].text not in _ITEM_TITLE_SEPS or not toks[k + 1].is_word:
            return False
        if self.lx.roles.match(toks, k + 1) is None:
            return False
        return self.gz.match_at(sentence, toks[i].start - self._base, vintage) is None


_ITEM_JOINERS = frozenset((",", ";", ":", "và"))
_ITEM_TITLE_SEPS = frozenset((",", "-", "–"))
_ITEM_MAX = 12          # elements of the item before: its name, a separator and its titles


def _after_titled_item(out: list[Element]) -> bool:
    """Whether the elements read so far end with an item of a list of people, then the joiner:
    a name, a separator and its titles ("B, Chủ tịch Hội X huyện Y và"). A list of places ("tại
    các xã Tân Hòa, Phú Mỹ và Mỹ Lợi, Chủ tịch UBND huyện ...") has no such item before it."""
    if len(out) < 4 or not isinstance(out[-1], (Punct, Word)):
        return False
    x = len(out) - 2
    if not isinstance(out[x], Role):
        return False
    stop = max(0, x - _ITEM_MAX)
    while x > stop and (isinstance(out[x], Role) or (isinstance(out[x], Punct) and out[x].char in ",-–"
                                                      and isinstance(out[x - 1], Role))):
        x -= 1
    return isinstance(out[x], Punct) and out[x].char in _ITEM_TITLE_SEPS and x >= 1 and isinstance(out[x - 1], Name)


_PLACE_UNITS = tuple(tuple(w.split()) for w in section("people.yaml", "place_list_units"))
_PLACE_ITEMS_MAX = 24   # elements of a list of places read back from its joiner


def _in_place_list(out: list[Element], toks: list[Token]) -> bool:
    """Whether the elements read so far end inside a list of places that a unit word opens ("các xã
    Ia X, Đăk Y và", "các thôn K, M;"): two items or more (a level and its place, or capitalised
    words) joined by "," ";" "và", the first after the unit word. A name after them is the list's
    next place ("... và Ngọc Z, Chủ tịch UBND huyện ..."), whatever family name it starts with."""
    if not out or not (isinstance(out[-1], Punct) and out[-1].char in ",;"
                       or isinstance(out[-1], Word) and out[-1].low == "và"):
        return False
    x, items, stop = len(out) - 1, 0, max(-1, len(out) - 1 - _PLACE_ITEMS_MAX)
    while x > stop:
        e = out[x]
        if isinstance(e, Punct) and e.char in ",;" or isinstance(e, Word) and e.low == "và":
            x -= 1
            continue
        if isinstance(e, LevelMention):
            return items >= 1
        if not (isinstance(e, Word) and toks[e.start].is_cap):
            return False
        while x > stop and isinstance(out[x], Word) and toks[out[x].start].is_cap:
            x -= 1      # one item: its capitalised words
        items += 1
        if x > stop and isinstance(out[x], Word):
            said = tuple(t.low for t in toks[max(0, out[x].end - 3):out[x].end])
            if any(said[len(said) - len(u):] == u for u in _PLACE_UNITS):
                return items >= 2
    return False

# Words that place what follows (people.yaml place_prepositions): after one of them, the words
# right after a unit word are that unit's name, never a person (the gazetteer lacks hamlets and
# communes, and their names often start with a family name).
_PLACE_PREPOSITIONS = tuple(tuple(w.lower().split()) for w in section("people.yaml", "place_prepositions"))
_UNIT_WORDS = tuple({tuple(w.lower().split()) for w in section("people.yaml", "place_list_units")}
                    | {tuple(w.lower().split()) for lv, ws in section("bodies.yaml", "levels").items()
                       if lv != "central" for w in ws})


# Unit words of other countries' maps (people.yaml foreign_unit_words: "châu" of a Chinese
# prefecture or a continent, "bang" of a federal state): lower-case before a capitalised run, that
# run is the unit's name ("Bí thư Châu ủy châu Văn Sơn", "châu Á"), never a person.
_FOREIGN_UNITS = tuple(tuple(w.lower().split()) for w in section("people.yaml", "foreign_unit_words", None) or ())
# (both lists by their last word, in order: only the unit words that end with the word before a token end there)
_FOREIGN_BY_LAST, _UNITS_BY_LAST = ({u[-1]: [v for v in units if v[-1] == u[-1]] for u in units}
                                    for units in (_FOREIGN_UNITS, _UNIT_WORDS))


def _after_placed_unit(toks: list[Token], i: int) -> bool:
    """Whether token i comes right after a unit word that itself follows a place preposition
    ("tại thôn", "ở xã", "trên địa bàn phường"), or right after a lower-case foreign unit word:
    the run there is the unit's name."""
    for u in _FOREIGN_BY_LAST.get(toks[i - 1].text, ()):
        j = i - len(u)
        if j >= 0 and tuple(t.text for t in toks[j:i]) == u:     # (lower case as written: "Châu ủy" is a body)
            return True
    for u in _UNITS_BY_LAST.get(toks[i - 1].low, ()):
        j = i - len(u)
        if j < 1 or tuple(t.low for t in toks[j:i]) != u:
            continue
        if said_before(toks, j, _PLACE_PREPOSITIONS):
            return True
    return False
