"""Mentions: roles, bodies, places, person names and honorifics in a sentence.

A sentence becomes a flat sequence of elements (Role, BodyMention, LevelMention, Name,
Honorific, Punct, Word). Later stages (posts, meetings) read grammar off that sequence.
The body grammar is in kg.extract.sentences.body_parse, with the vocabulary in kg/data/lexicon/bodies.yaml.
"""
from __future__ import annotations

from typing import Optional

from kg.extract.sentences.body_parse import BodyParser, _commune_short_firsts
from kg.extract.sentences.names import NameReader, _abroad_names
from kg.extract.gazetteer import VINTAGES, _one_letter_off, get_gazetteer, name_key
from kg.extract.sentences.elements import Element, Honorific, LevelMention, Name, Punct, Role, Word
from kg.extract.lexicon import RoleEntry, canon, lexicon, section
from kg.extract.matcher import Lows
from kg.extract.sentences.spans import CAPS_STOPS as _CAPS_STOPS, VERB_PAIRS as _VERB_PAIRS, \
    MIDDLE_NAMES as _MIDDLE_WORDS, commune_end as _commune_end, skip_charge as _skip_charge, skip_term as _skip_term, surface as _surface
from kg.extract.sentences.tokens import SIGN_JOINS, Token, document_sign_end, name_initial, tokenize

_OFFICIAL_ADDRESS = frozenset(section("people.yaml", "official_honorifics"))


class Scanner(BodyParser, NameReader):
    """Turns one sentence into elements. Stateless apart from the shared lexicon."""

    def __init__(self) -> None:
        self.lx = lexicon()
        self.gz = get_gazetteer()
        # Syllables that can begin a role, body, level or honorific: any other lower-case word
        # is plain text, and the scanner skips the matchers for it.
        lx = self.lx
        self._starters = frozenset(lx.roles.firsts() | lx.bodies.firsts() | lx.levels.firsts()
                                   | lx.honorifics.firsts())
        # ... and where one can begin: the pairs (word, next word) and the lone words the four
        # matchers' entries begin with (Matcher.starts), and the words a commune's short union
        # name begins with (None: any); at any other starter _entity finds nothing, and most
        # starters ("công", "hội", "chính") begin nothing where they stand
        starts = [m.starts() for m in (lx.roles, lx.bodies, lx.levels, lx.honorifics)]
        self._start_pairs = frozenset().union(*(p for p, _ in starts))
        self._start_words = frozenset().union(*(w for _, w in starts))
        self._short_firsts = _commune_short_firsts()
        # Plain words that later stages look at (verbs, conjunctions, list fillers); a run of
        # any other plain words becomes one gap element (Word with low ""), which keeps
        # adjacency ("a title followed by a word is not followed by a name") at less cost.
        # The predicate words a title may follow ("giữ chức danh Chủ tịch") are read too.
        predicate_ends = section("roles.yaml", "posts")["predicate_ends"]
        self._kept = frozenset(lx.grammar_words | lx.event_firsts | {canon(w) for w in predicate_ends})
        # Each matcher's first syllables: a lookup here spares a call that would find nothing.
        self._role_firsts = lx.roles.first_index()
        self._body_firsts = lx.bodies.first_index()
        self._level_firsts = lx.levels.first_index()
        self._honorific_firsts = lx.honorifics.first_index()
        ministers = section("roles.yaml", "ministers")
        self._ministers = frozenset(ministers["roles"])
        self._ministry_word = ministers["ministry_word"]
        self._level_fillers = tuple(tuple(canon(w).lower().split()) for w in section("roles.yaml", "level_fillers"))
        self._joiners = frozenset(section("roles.yaml", "posts")["title_joiners"])
        self._unit_keys: Optional[dict] = None       # unit names, folded, by all syllables but one (_misspelt_unit)
        self._abroad_toks: Optional[list] = None           # the sentence _abroad last read, and its answer
        self._abroad_said = False
        # the last syllable of every unit word ("huyện", "xã", "trấn", "phố")
        self._level_lasts = frozenset(canon(w).lower().split()[-1] for lv, ws in section("bodies.yaml", "levels").items()
                                      if lv != "central" for w in ws) \
            | frozenset(canon(w).lower().split()[-1] for w in section("people.yaml", "place_list_units"))
        self._elsewhere = frozenset(canon(w).lower() for w in section("bodies.yaml", "bare_province_elsewhere"))
        # unit names typed with a lower-case first syllable in the sentence scanned (folded):
        # the same name capitalised after another unit word there is the unit's, not a person's
        self._typo_units: frozenset = frozenset()
        self.typo_units_read: frozenset = frozenset()     # the same, before the scan added any
        self.lows_read: Optional[Lows] = None               # the Lows of the tokens last scanned
        self._in_title = False      # parsing the body a title is followed by (_role)
        self._title_prefixes = {canon(k).lower(): frozenset(canon(w).lower() for w in v)
                                for k, v in (section("people.yaml", "title_prefixes", None) or {}).items()}

    # -- places -------------------------------------------------------------------
    def _commune_after(self, toks: list[Token], j: int) -> tuple[Optional[str], int]:
        """A commune's name at token j: communes are not in the gazetteer, so a number or Title
        Case syllables, up to an entity, a kept upper-case word or a verb pair."""
        if toks[j].text.isdigit():
            return toks[j].text, j + 1
        k = j
        while k < len(toks) and k - j < 8 and toks[k].is_word and toks[k].is_cap \
                and not self._starts_entity(toks, k) \
                and not (toks[k].is_upper and (toks[k].low in self._kept or toks[k].low in _CAPS_STOPS)) \
                and not (k + 1 < len(toks) and (toks[k].low, toks[k + 1].low) in _VERB_PAIRS):
            k += 1
        k = _commune_end(toks, j, k, self.lx.surnames)       # "phường Tân Định Lê Hữu Tài"
        if k > j:
            return " ".join(x.text for x in toks[j:k]), k
        return None, j

    def _place_after(self, text: str, toks: list[Token], j: int, level: Optional[str],
                     vintage: str) -> tuple[Optional[str], int]:
        """An explicit place name starting at token j, and the token index after it."""
        if j >= len(toks) or not toks[j].is_word:
            return None, j
        t = toks[j]
        typo = self._lower_unit_name(text, toks, j, vintage)
        if typo is not None:
            return typo
        if level == "commune":
            return self._commune_after(toks, j)
        if not t.is_cap and not t.text.isdigit():
            return None, j
        if t.text.isdigit() and level == "district":
            return t.text, j + 1            # "quận 1"
        m = self.gz.match_at(text, t.start - self._base, vintage)
        if m is None and vintage != "legacy":
            m = self.gz.match_at(text, t.start - self._base, "legacy")
        if m is None:
            # A unit the gazetteer does not know (a spelling variant, a unit since renamed):
            # keep the name as written rather than fall back on the article's own unit. A
            # capitalised run that starts with a family name is a person, not a place.
            if not t.is_cap or t.is_upper:
                return None, j
            k, f = j, _abroad_names().match(toks, j)
            while k < len(toks) and k - j < 4 and toks[k].is_word and toks[k].is_cap \
                    and not toks[k].is_upper and not self._starts_entity(toks, k) \
                    and not (k > j and self._opens_hyphen_name(toks, k) and not (f and k < j + f.size)):
                k += 1
            # ("tỉnh Sekong Bun Xay-khăm-phon": the unit ends where a hyphenated name begins, not
            # inside a neighbour's unit the lexicon knows: "tỉnh Sê Kông Khăm-phăn Xay")
            if k - j < 2 and not (k == j + 1 and k < len(toks) and self._opens_hyphen_name(toks, k)):
                return None, j
            written = " ".join(x.text for x in toks[j:k])
            if t.low in self.lx.surnames and not self._misspelt_unit(written) \
                    and name_key(written) not in self._typo_units:
                if self._in_title or k - j != 2 or toks[j + 1].low in _MIDDLE_WORDS \
                        or k < len(toks) and toks[k].is_word and toks[k].is_cap:
                    return None, j
                # two syllables after the unit word of a body no title holds ("đoàn ... huyện Lộc
                # X do ..."): no name for a person there, so the unit's; the same run after a
                # title later in the sentence is the place too
                self._typo_units = self._typo_units | {name_key(written)}
            return written, k
        name, end = m
        end += self._base
        k = j
        while k < len(toks) and toks[k].start < end:
            k += 1
        return name, k

    def _lower_unit_name(self, text: str, toks: list[Token], j: int,
                         vintage: str) -> Optional[tuple[str, int]]:
        """A unit's name whose first syllable the page typed in lower case ("huyện lộc Xyz"): a family
        name in lower case, then one or two Title Case syllables, right after the unit word. The
        words after a unit word are its name: a person's name never starts in lower case. Not a
        word that says the place is elsewhere ("từ", "về": bodies.yaml bare_province_elsewhere)
        before a place the gazetteer knows ("xã giáp Lào", "các tỉnh từ Hà Tĩnh")."""
        t = toks[j]
        if t.is_cap or not t.text.isalpha() or t.low not in self.lx.surnames or t.low in self._kept \
                or t.low in self._starters or t.low in self._elsewhere:
            return None
        k = j + 1
        while k < len(toks) and k - j < 3 and toks[k].is_word and toks[k].is_cap and not toks[k].is_upper \
                and not toks[k].text.isdigit() and not self._starts_entity(toks, k) \
                and toks[k].start - toks[k - 1].end == 1:
            k += 1
        if k == j + 1 or k < len(toks) and toks[k].is_word and toks[k].is_cap:
            return None         # no Title Case after it, or a longer run than a unit's name
        if self.gz.match_at(text, toks[j + 1].start - self._base, "legacy") is not None \
                or _abroad_names().match(toks, j + 1) is not None:
            return None         # "xã giáp Lào": a word before a place of its own
        return " ".join([t.text.capitalize()] + [x.text for x in toks[j + 1:k]]), k

    def _misspelt_unit(self, written: str) -> bool:
        """Whether a run after a unit word that begins with a family name ("huyện Châu Thàn") is a
        unit's name one letter off (a person's name rarely is). Read on runs the gazetteer lacks."""
        if self._unit_keys is None:
            # (each name filed under every one of its syllables left out: a name one letter off
            # differs in one syllable only, so it is among those filed under the key's other
            # syllables, where every name used to be tried)
            self._unit_keys = {}
            for u in frozenset(name_key(p.name) for v in VINTAGES for p in self.gz.places(v)
                               if p.level in ("district", "province")):
                for k in range(len(u)):
                    self._unit_keys.setdefault((k, u[:k] + u[k + 1:]), []).append(u)
        key = name_key(written)
        return any(_one_letter_off(key, u) for k in range(len(key))
                   for u in self._unit_keys.get((k, key[:k] + key[k + 1:]), ()))

    def typo_unit_keys(self, sentence: str, toks: list[Token], offset: int, vintage: str) -> frozenset:
        """_typo_unit_keys of a sentence already scanned (its tokens at article offsets)."""
        self._base = offset
        return self._typo_unit_keys(sentence, toks, vintage, Lows.of(toks))

    def _typo_unit_keys(self, sentence: str, toks: list[Token], vintage: str, lows: Lows) -> frozenset:
        """The folded names of the units the sentence writes with a lower-case first syllable after
        a unit word of the lexicon's levels ("... huyện lộc Xyz ..."), read before the sentence is.
        (`lows`, the tokens' Lows: only the words after a unit word are looked at; the keys are a
        set, so the order they are found in does not matter.)"""
        keys = []
        lasts = self._level_lasts
        if lasts.isdisjoint(lows):
            return frozenset()
        surnames, n = self.lx.surnames, len(toks)
        for j in lows.positions(lasts):
            j += 1
            if j < n and toks[j].is_word and not toks[j].is_cap and toks[j].low in surnames:
                found = self._lower_unit_name(sentence, toks, j, vintage)
                if found is not None:
                    keys.append(name_key(found[0]))
        return frozenset(keys)

    def _entity_size(self, toks: list[Token], k: int) -> int:
        sizes = [e.size for e in (self.lx.roles.match(toks, k), self.lx.bodies.match(toks, k),
                                  self.lx.levels.match(toks, k)) if e is not None]
        return max(sizes, default=0)

    def _stacked_address(self, toks: list[Token], k: int) -> bool:
        """Whether a rank or a clergy's address of two words or more starts at k, right after another
        address ("ngài Đầu sư A", "đồng chí Đại tá B"); not the comrade's address again ("đồng chí
        Đồng Chí A": a name that begins as the address does), nor a one-word kin address ("ông Anh")."""
        if toks[k].low not in self._honorific_firsts:
            return False
        h = self.lx.honorifics.match(toks, k)
        return h is not None and h.size > 1 and " ".join(t.low for t in toks[k:k + h.size]) not in _OFFICIAL_ADDRESS

    def _starts_entity(self, toks: list[Token], k: int) -> bool:
        low = toks[k].low
        if low not in self._starters:
            return False
        return bool(low in self._role_firsts and self.lx.roles.match(toks, k)
                    or low in self._body_firsts and self.lx.bodies.match(toks, k)
                    or low in self._level_firsts and self.lx.levels.match(toks, k))

    def _tokens(self, sentence: str, offset: int, vintage: str) -> list[Token]:
        """The sentence's tokens at article offsets, and what the scan reads first of them: their Lows
        (made here once for the sentence's passes: kg.extract.sentences.sentences) and the units it
        writes with a lower-case first syllable (_typo_unit_keys)."""
        self._base = offset
        toks = tokenize(sentence, offset)
        self.lows_read = lows = Lows.of(toks)
        self._typo_units = self.typo_units_read = self._typo_unit_keys(sentence, toks, vintage, lows)
        return toks

    def scan(self, sentence: str, offset: int, vintage: str) -> tuple[list[Token], list[Element]]:
        """Elements of one sentence; token offsets are article offsets (sentence + offset)."""
        toks = self._tokens(sentence, offset, vintage)
        out: list[Element] = []
        append = out.append
        starters, kept = self._starters, self._kept
        pairs, lone, shorts = self._start_pairs, self._start_words, self._short_firsts
        # (punctuation and plain words, most of the elements, are made with their fields set
        # one by one: the dataclass __init__ is a Python call per element)
        new = object.__new__
        gap = None          # the Word that holds the current run of plain words, if any
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            if not t.is_word:
                p = new(Punct)
                p.start, p.end, p.char = i, i + 1, t.text
                append(p)
                gap = None
                i += 1
                continue
            low = t.low
            starter = low in starters
            if not t.is_cap and not starter:
                # a lower-case word no entity begins with: kept when the grammar reads it,
                # else part of a gap
                if gap is not None and low not in kept:
                    gap.end = i + 1
                else:
                    w = new(Word)
                    w.start, w.end = i, i + 1
                    if low in kept:
                        w.low = low
                        gap = None
                    else:
                        w.low = ""
                        gap = w
                    append(w)
                i += 1
                continue
            if i and t.start == toks[i - 1].end and toks[i - 1].text in SIGN_JOINS \
                    and (k := document_sign_end(toks, i)):
                append(Word(i, k, ""))      # "17-NQ/TW", "512/QĐ-TU": a document's number and sign
                gap = None
                i = k
                continue
            if starter and not (low in lone or i + 1 < n and (low, toks[i + 1].low) in pairs
                                or shorts is None or t.text in shorts):
                starter = False     # (no entry begins here: _entity would find none)
            k = (self._entity(sentence, toks, i, vintage, out) if starter else None) \
                or (self._capitalised(sentence, toks, i, vintage, out) if t.is_cap else None)
            if k is None:
                append(Word(i, i + 1, low))
                k = i + 1
            gap = None
            i = k
        return toks, out

    def _entity(self, sentence: str, toks: list[Token], i: int, vintage: str,
                out: list[Element]) -> Optional[int]:
        """A title, body, level word or honorific at token i: appended to out, and the token
        index after it; None when there is none."""
        lx = self.lx
        n = len(toks)
        low = toks[i].low
        r = lx.roles.match(toks, i) if low in self._role_firsts and not name_initial(toks, i) else None
        b = self.parse_body(sentence, toks, i, vintage) if low in self._body_firsts else None
        if r is not None and (b is None or r.size >= b.end - i):
            role = self._role(sentence, toks, i, r, vintage)
            out.append(role)
            return role.end
        if b is not None:
            b.surface = _surface(sentence, toks, b, self._base)
            out.append(b)
            return _skip_term(toks, b.end)
        lv = lx.levels.match(toks, i) if low in self._level_firsts else None
        if lv is not None and lv.payload.level != "central":
            name, k = self._place_after(sentence, toks, i + lv.size, lv.payload.level, vintage)
            if lv.payload.level != "commune" or name:
                out.append(LevelMention(i, k, lv.payload.level, lv.payload.unit, name))
                return k
        h = lx.honorifics.match(toks, i) if low in self._honorific_firsts else None
        # "TS. Xổm-phết ...": an abbreviated title's dot before the name
        at = i + h.size + 1 if h is not None and i + h.size + 1 < n and toks[i + h.size].text == "." \
            and toks[i + h.size - 1].is_upper else i + (h.size if h is not None else 0)
        if h is not None and at < n and self._stacked_address(toks, at):
            # "ngài Đầu sư A", "đồng chí Đại tá B": the second address leads the name (read next)
            out.append(Honorific(i, i + h.size, h.payload))
            return i + h.size
        if h is not None and at < n and toks[at].is_cap and not self._starts_entity(toks, at):
            nm = self._saint_name(toks, at) or self._name_at(toks, at, True)     # ("Linh mục Giu-se Lê Văn A")
            if nm is not None:
                k, text, partial = nm
                outer = out[-1] if out and type(out[-1]) is Honorific and out[-1].end == i else None
                out.append(Honorific(i, i + h.size, h.payload))
                # ("đồng chí Đại tá A": the comrade's address still marks the official)
                out.append(Name(at, k, text, partial, outer.word if outer and outer.word.lower() in _OFFICIAL_ADDRESS
                                else h.payload))
                return k
        if h is not None and h.size > 1:
            # "ĐỒNG CHÍ BÍ THƯ ...": the address word, not a person named Đồng Chí
            out.append(Honorific(i, i + h.size, h.payload))
            return i + h.size
        return None

    def _role(self, sentence: str, toks: list[Token], i: int, r, vintage: str) -> Role:
        """A title at token i, with the body written right after it."""
        role = Role(i, i + r.size, r.payload, " ".join(x.text for x in toks[i:i + r.size]))
        self._in_title = True
        try:
            return self._titled(sentence, toks, i, r, role, vintage)
        finally:
            self._in_title = False

    def _titled(self, sentence: str, toks: list[Token], i: int, r, role: Role, vintage: str) -> Role:
        """The body written right after the title at token i, and where the title ends."""
        n = len(toks)
        j = i + r.size
        entry: RoleEntry = r.payload
        # "Chánh Văn phòng UBND tỉnh": the role's last words begin the body's name
        # (the Văn phòng of the UBND), so try there first, then after the role.
        body = None
        if entry.body_head:
            body = self.parse_body(sentence, toks, j - entry.body_head, vintage)
            if body is not None and (body.end < j or body.end == j and not body.central):
                body = None     # "Bí thư Trung ương Đoàn": a central body may end with the title
        if body is None and j < n:
            body = self.parse_body(sentence, toks, j, vintage)
        if body is None and j < _skip_charge(toks, j) < n:     # "Phó Trưởng ban phụ trách Ban ..."
            body = self.parse_body(sentence, toks, _skip_charge(toks, j), vintage)
        if body is None and j < n and toks[j].is_cap and entry.role in self._ministers:
            body = self._ministry(sentence, toks, j, vintage)
        if body is not None:
            body.surface = _surface(sentence, toks, body, self._base)
            role.body = body
            role.end = max(role.end, body.end)
        role.end = _skip_term(toks, role.end)
        if role.end < n and (not toks[role.end].is_word or toks[role.end].low in self._joiners):
            role.next_char = toks[role.end].low        # punctuation, or the joiner "kiêm"
        return role
