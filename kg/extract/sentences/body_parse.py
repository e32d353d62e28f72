"""The body grammar of a sentence's scan: a body's name and the place written after it.

    body    := central | packed [place] | organ body | organ "Trung ương"
             | committee [place] | leveled [level [place]] | department ["tỉnh" [place]]
    level   := "tỉnh" | "thành phố" | "huyện" | "quận" | "thị xã" | "xã" | "phường" | ...

kg.extract.sentences.mentions.Scanner reads bodies with these methods; the vocabulary is in
kg/data/lexicon/bodies.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.bodies.act_names import an_act
from kg.extract.bodies.event_tails import cut_event_tail
from kg.extract.sentences.elements import BodyMention
from kg.extract.lexicon import BodyEntry, _parsed, canon, section
from kg.extract.sentences.body_places import BodyPlaces, national_comma
from kg.extract.sentences.spans import abbreviated_unit, event_committee, past_paren, skip_paren as _skip_paren, skip_term as _skip_term, split_by_paren
from kg.extract.sentences.tokens import Token, tokenize


@lru_cache(maxsize=1)
def _member_titles() -> dict:
    """bodies.yaml member_titles (the file as parsed, not a copy): organ word -> central bodies."""
    return {k: frozenset(v) for k, v in (_parsed("bodies.yaml").get("member_titles") or {}).items()}


@lru_cache(maxsize=1)
def _bare_central_forms() -> frozenset:
    """bodies.yaml bare_central_forms: the short names of central bodies, as syllables."""
    return frozenset(tuple(canon(f).lower().split()) for f in section("bodies.yaml", "bare_central_forms", None) or [])


@lru_cache(maxsize=1)
def _owner_organs() -> frozenset:
    """bodies.yaml owner_organs: boards no body of a level has bare, named only with their owner."""
    return frozenset(canon(w) for w in section("bodies.yaml", "owner_organs", None) or [])


@lru_cache(maxsize=1)
def _capital_heads() -> frozenset:
    """bodies.yaml capital_central_heads: central names read only when written capitalised."""
    return frozenset(w.lower() for w in section("bodies.yaml", "capital_central_heads", None) or [])


@lru_cache(maxsize=1)
def _party_organisations() -> dict:
    """bodies.yaml completion.party_organisations: the organisation -> its committee."""
    return dict(section("bodies.yaml", "completion").get("party_organisations") or {})


@lru_cache(maxsize=1)
def _commune_short_forms() -> dict:
    """bodies.yaml commune_short_forms: a union's short name (as syllables) -> its leveled name."""
    forms = section("bodies.yaml", "commune_short_forms", None) or {}
    return {tuple(canon(k).split()): canon(v) for k, v in forms.items()}


@lru_cache(maxsize=1)
def _commune_short_firsts() -> Optional[frozenset]:
    """The first syllables of the commune short forms, as written (a form matches by the tokens'
    text); None when a form is empty (it would match at any word)."""
    forms = _commune_short_forms()
    return frozenset(words[0] for words in forms) if all(forms) else None


@lru_cache(maxsize=1)
def _owner_words() -> frozenset:
    """bodies.yaml bare_central_owner_words: words after a central body's short name that give
    it another owner ("... của HĐND tỉnh"), so it is not the central body."""
    return frozenset(canon(w).lower() for w in section("bodies.yaml", "bare_central_owner_words", None) or [])


@lru_cache(maxsize=1)
def _youth_cues() -> tuple:
    """bodies.yaml commune_short_cues: words that show a text speaks of the youth union."""
    return tuple(canon(w).lower() for w in section("bodies.yaml", "commune_short_cues", None) or [])


@lru_cache(maxsize=1)
def _delegation_words() -> frozenset:
    """bodies.yaml commune_short_delegation: after "Đoàn xã X", the words of a delegation."""
    return frozenset(canon(w).lower() for w in section("bodies.yaml", "commune_short_delegation", None) or [])


@lru_cache(maxsize=1)
def _committee_word_tails() -> frozenset:
    """bodies.yaml committee_word_tails: after a committee's form, a syllable that makes its last one a word."""
    return frozenset(canon(w).lower() for w in section("bodies.yaml", "committee_word_tails", None) or [])


@lru_cache(maxsize=1)
def time_words() -> frozenset:
    """bodies.yaml open_names `time_words` ("tháng", "năm", ...): after a number they make it a span
    of time ("6 tháng đầu năm"), not a numbered commune nor part of an open name."""
    return frozenset(canon(w).lower() for w in section("bodies.yaml", "open_names").get("time_words") or [])


def _duration_at(toks: list[Token], j: int) -> bool:
    """A number and a time word at token j ("6 tháng"): a span of time, not a numbered commune."""
    return j + 1 < len(toks) and toks[j].text.isdigit() and toks[j + 1].low in time_words()


class BodyParser(BodyPlaces):
    """Parses the body named at a token (mixed into the Scanner, whose lexicon, gazetteer and
    place reader it uses)."""

    def parse_body(self, text: str, toks: list[Token], i: int, vintage: str,
                   depth: int = 0) -> Optional[BodyMention]:
        e = self.lx.bodies.match(toks, i)
        split = split_by_paren(self.lx.bodies, toks, i) if e is None and depth <= 3 else None
        if e is None and split is None and depth <= 3:
            return self._commune_short(text, toks, i, vintage)
        if e is None and split is None or depth > 3:
            return None
        p, j = split or past_paren(self.lx.bodies, toks, i, i + e.size, e.payload)
        if p.sort == "central" and (self._longer_name_follows(toks, i, j)
                                    or not toks[i].is_cap and toks[i].low in _capital_heads()):
            return None     # (or "nội bộ Công an": a word that ends in the head, no ministry)
        p = self._local_chapter(toks, i, j, p)
        bm = BodyMention(i, j, "")
        if p.sort == "central":
            bm.base, bm.central, bm.level = p, True, "central"
        elif p.sort == "organ":
            bm, j = self._organ(text, toks, i, j, p, bm, vintage, depth)
            if bm.base is None and not bm.central and (p.canonical in _owner_organs() or event_committee(toks, j, p)):
                return None     # "Ban Nữ công Công đoàn Bệnh viện X": its owner is no body read; "Ban Tổ chức lễ hội"
        elif p.sort in ("committee", "packed"):
            if j < len(toks) and toks[j].low in _committee_word_tails() and not toks[i].is_cap:
                return None     # "cán bộ trong huyện đoàn kết": "đoàn kết" (unite), no youth committee
            j = cut_event_tail(toks, self._committee(text, toks, j, p, bm, vintage), bm)
            inner = self._party_of_body(text, toks, i, j, bm, vintage, depth)
            if inner is not None:
                return inner
        elif p.sort == "leveled":
            inner = self._party_of_agency(text, toks, i, j, p, vintage, depth)
            if inner is not None:
                return inner
            j = cut_event_tail(toks, self._leveled(text, toks, j, p, bm, vintage), bm)
            if p.weak and bm.level is None and not bm.generic and j < len(toks) and toks[j].is_word \
                    and toks[j].low not in ("và", "cùng", "với") and not self._counted_communes(toks, j):
                return None     # "Trường Quân sự Quân khu 4", "Ban QLDA ĐTXD công trình ...": a longer name
            if p.weak and an_act(toks, i, j, p.canonical):
                return None     # "Kết luận Thanh tra huyện X về ...": the act (kg.extract.bodies.act_names)
        elif p.sort == "department":
            j = self._department(text, toks, i, j, p, bm, vintage)
        bm.end = j
        return bm

    def _counted_communes(self, toks: list[Token], j: int) -> bool:
        """A count of communes after a system word ("MTTQVN 03 xã A, B, C"): the word is each
        commune's body, as before a level word (kg.extract.bodies.commune_lists)."""
        if not (toks[j].text.isdigit() and 2 <= int(toks[j].text) <= 9) or j + 1 >= len(toks):
            return False
        lv = self.lx.levels.match(toks, j + 1)
        return lv is not None and lv.payload.level == "commune"

    def _commune_short(self, text: str, toks: list[Token], i: int, vintage: str) -> Optional[BodyMention]:
        """A union named short before a commune's level and its name ("Đoàn xã X", "Đoàn phường
        Y": the commune's Youth Union): its leveled body there. Only a commune-level word with a
        place read after it, since "Đoàn" alone or before a province is a delegation."""
        firsts = _commune_short_firsts()
        if firsts is not None and toks[i].text not in firsts:
            return None     # (no short form begins with this word: the loop below finds none)
        for words, name in _commune_short_forms().items():
            j = i + len(words)
            if j >= len(toks) or tuple(t.text for t in toks[i:j]) != words:
                continue
            low = text.lower()
            if not any(cue in low for cue in _youth_cues()):
                return None
            lv = self.lx.levels.match(toks, j)
            if lv is None or lv.payload.level != "commune":
                return None
            place, k = self._place_after(text, toks, j + lv.size, "commune", vintage)
            full = self.lx.bodies.match(tokenize(name), 0)
            if not place or full is None or full.payload.sort != "leveled" \
                    or k < len(toks) and toks[k].low in _delegation_words():
                return None
            bm = BodyMention(i, k, "")
            bm.base, bm.level, bm.unit, bm.place_name = full.payload, "commune", lv.payload.unit, place
            return bm
        return None

    def _longer_name_follows(self, toks: list[Token], i: int, j: int) -> bool:
        """A short name several services share ("Tổng cục Chính trị" of the army and of the
        police) names the listed body only when no capitalised word goes on with a longer name
        ("Tổng cục Chính trị Công an nhân dân", "... Quân đội nhân dân Lào"); a rank, a title or a
        person's name after it is no part of the name."""
        if j >= len(toks) or tuple(t.low for t in toks[i:j]) not in _bare_central_forms():
            return False
        nxt = toks[j]
        if nxt.low in _owner_words():  # "Ban Công tác đại biểu của HĐND tỉnh": the owner's own board
            return True
        return nxt.is_word and nxt.is_cap and nxt.low not in self.lx.surnames \
            and self.lx.honorifics.match(toks, j) is None and self.lx.roles.match(toks, j) is None

    def _organ(self, text: str, toks: list[Token], i: int, j: int, p: BodyEntry, bm: BodyMention,
               vintage: str, depth: int) -> tuple[BodyMention, int]:
        """An organ takes the body after it ("Ban Dân vận" + "Tỉnh ủy"), or "Trung ương"."""
        j = _skip_paren(toks, j)            # "Ủy ban Kiểm tra (UBKT) Tỉnh ủy ..."
        sub = self.parse_body(text, toks, j, vintage, depth + 1) if j < len(toks) else None
        if sub is not None and not sub.central or (sub is not None and sub.base is not None
                                                    and sub.base.sort == "central"):
            if not sub.organs and sub.base is not None and sub.base.canonical in _member_titles().get(p.canonical, ()):
                sub.start = i       # "Thường trực Bộ Chính trị": a member's title, the body is the central one
                return sub, sub.end
            if sub.organs and sub.organs[0] in _party_organisations():
                # "Ban Thường vụ Đảng bộ UBND tỉnh": an organ of the organisation is its committee's
                sub.organs[0] = _party_organisations()[sub.organs[0]]
            sub.organs.insert(0, p.canonical)
            sub.start = i
            return self.placed_board(text, toks, sub, vintage) or sub, sub.end
        lv = self.lx.levels.match(toks, j) if j < len(toks) else None
        union = self.parse_body(text, toks, j + lv.size, vintage, depth + 1) \
            if lv is not None and lv.payload.level == "central" and j + lv.size < len(toks) else None
        if union is not None and union.base is not None and union.base.sort == "central" and not union.organs:
            # "Ban Đối ngoại TW Hội CCB Việt Nam": the organ of the central union named after the
            # central word, not the party's central board
            union.organs.insert(0, p.canonical)
            union.start = i
            return union, union.end
        if lv is not None and lv.payload.level == "central" and p.canonical in self.lx.organ_central:
            bm.organs, bm.central, bm.level = [p.canonical], True, "central"
            j += lv.size
            if j < len(toks) and toks[j].low in self.lx.central_suffixes:
                j += 1
        else:
            bm.organs = [p.canonical]
        return bm, j

    def _committee(self, text: str, toks: list[Token], j: int, p: BodyEntry, bm: BodyMention,
                   vintage: str) -> int:
        """A party committee and its place: "Tỉnh ủy An Giang", "Đảng ủy xã Tân Lập"."""
        base = self.lx.committee_by_name[p.canonical] if p.sort == "packed" else p
        bm.base, bm.level, bm.unit = base, base.level, base.unit
        if p.sort == "packed":
            bm.organs = [p.organ]
        if base.level != "commune":
            lv = self.lx.levels.match(toks, j) if j < len(toks) else None
            if lv is not None and lv.payload.level == base.level and lv.payload.unit == base.unit:
                # "Huyện ủy huyện Lâm Hà": the committee, its own unit word, then the name
                name, k = self._place_after(text, toks, j + lv.size, base.level, vintage)
                if name:
                    bm.place_name = name
                    return k
            bm.place_name, j = self._place_after(text, toks, j, base.level, vintage)
            return j
        lv = self.lx.levels.match(toks, j) if j < len(toks) else None
        if lv is not None and lv.payload.level == "commune":
            name, k = self._place_after(text, toks, j + lv.size, "commune", vintage)
            bm.unit, bm.place_name, j = lv.payload.unit, name, (k if name else j + lv.size)
        else:
            bm.unit = None       # "Đảng ủy" alone: the commune the article names, if one
        return j

    def _party_of_body(self, text: str, toks: list[Token], i: int, j: int, bm: BodyMention,
                       vintage: str, depth: int) -> Optional[BodyMention]:
        """The party committee of a body at a level, written "Đảng ủy" + the body with nothing
        between ("Bí thư Đảng ủy Văn phòng HĐND tỉnh", "Đảng ủy Sở Y tế tỉnh X"): the body with the
        committee as its outermost organ. A central body is kg.extract.bodies.party_of's."""
        if bm.base is None or bm.base.level != "commune" or bm.unit is not None or bm.organs \
                or j >= len(toks) or not toks[j].is_cap:
            return None
        sub = self.parse_body(text, toks, j, vintage, depth + 1)
        if sub is None or sub.central or sub.base is None or sub.base.sort not in ("leveled", "department") \
                or sub.level in (None, "commune", "central") or sub.generic:
            return None
        sub.organs.insert(0, bm.base.canonical)
        sub.start = i
        return sub

    def _party_of_agency(self, text: str, toks: list[Token], i: int, j: int, p: BodyEntry,
                         vintage: str, depth: int) -> Optional[BodyMention]:
        """The party organisation of an agency, written "Đảng bộ" + the agency with nothing
        between ("Đảng bộ Sở Nội vụ", "Đảng bộ Văn phòng UBND tỉnh X", "Đảng bộ Văn phòng Trung
        ương Đảng"): the agency with the organisation as its outermost organ (bodies.yaml
        completion.party_organisations). A level word after "Đảng bộ" is the place's own."""
        if p.canonical not in _party_organisations() or j >= len(toks) or not toks[j].is_cap:
            return None
        sub = self.parse_body(text, toks, j, vintage, depth + 1)
        if sub is None or sub.generic or not (sub.base is not None and sub.base.sort in ("leveled", "department")
                                              or sub.central and sub.organs):
            return None
        sub.organs.insert(0, p.canonical)
        sub.start = i
        return sub

    def _leveled(self, text: str, toks: list[Token], j: int, p: BodyEntry, bm: BodyMention,
                 vintage: str) -> int:
        """A body named at a level: "UBND tỉnh Long An", "HĐND các cấp", "Quốc hội" (central)."""
        bm.base, bm.weak = p, p.weak
        j = national_comma(self.lx.levels, toks, _skip_paren(toks, j))     # "(ĐBQH) tỉnh", "Việt Nam, tỉnh"
        if j >= len(toks):
            return j
        t = _skip_term(toks, j)             # "Đoàn ĐBQH khóa XIV tỉnh ...": the term, then the level
        # (or the term, the constituency's word, then the level: "Đoàn ĐBQH khóa XV đơn vị tỉnh ...")
        lv_at = self._skip_filler(toks, t) if t > j else t
        if t > j and lv_at < len(toks) and not p.central and self.lx.levels.match(toks, lv_at) is not None:
            j = t
        t = self._skip_filler(toks, j)      # "Đoàn ĐBQH đơn vị tỉnh ..."
        if t > j and t < len(toks) and self.lx.levels.match(toks, t) is not None \
                and self.lx.levels.match(toks, t).payload.level != "central":
            j = t
        g = self.lx.generic_levels.match(toks, j)
        if g is not None:
            bm.generic = True
            return j + g.size
        lv = self.lx.levels.match(toks, j)
        if lv is None:
            bm.generic = bm.generic or abbreviated_unit(toks, j)     # "BTS Phật giáo H.Tam Nông": unread
            k = self._bare_province(text, toks, j, bm, vintage)
            if bm.level is None and p.central == p.canonical and p.central in self.lx.central_by_name:
                # "Hội LHTN Việt Nam" with no level after it: the national organisation
                bm.central, bm.level, bm.base = True, "central", self.lx.central_by_name[p.central]
            return k
        lp: BodyEntry = lv.payload
        if lp.level == "central":
            if p.central:
                bm.central, bm.level = True, "central"
                bm.base = self.lx.central_by_name.get(p.central, p)
                j += lv.size
            return j
        if _skip_term(toks, j + lv.size) > j + lv.size or _duration_at(toks, j + lv.size):
            # "HĐND tỉnh Khóa X", "UBND xã 6 tháng đầu năm": a term or a time, not a place, follows
            bm.level, bm.unit = lp.level, lp.unit
            return j + lv.size
        name, k = self._place_after(text, toks, j + lv.size, lp.level, vintage)
        after = toks[j + lv.size] if j + lv.size < len(toks) else None
        if lp.level == "commune" and not name and after is not None and after.is_word \
                and after.low in self.lx.not_commune:
            return j        # "xã hội", "xã viên": not a level
        bm.level, bm.unit, bm.place_name = lp.level, lp.unit, name
        return k

    def _skip_filler(self, toks: list[Token], j: int) -> int:
        for words in self._level_fillers:
            k = j + len(words)
            if k <= len(toks) and all(toks[j + x].low == w for x, w in enumerate(words)):
                return k
        return j

    def _department(self, text: str, toks: list[Token], i: int, j: int, p: BodyEntry, bm: BodyMention,
                    vintage: str) -> int:
        """A provincial department: "Sở Nội vụ", "Sở Nội vụ tỉnh Bến Tre". The unit word is the
        one written: with no province known, "Sở Nội vụ" stays bare, "Sở Nội vụ tỉnh" keeps it,
        and so does one listed right after a body and the word ("Hội Nông dân tỉnh và Sở Y tế")."""
        bm.base = p
        bm.level, bm.unit = "province", None
        before = self.lx.levels.match(toks, i - 2) if i >= 2 and toks[i - 1].low in ("và", ",") else None
        if before is not None and before.size == 1 and before.payload.level == "province":
            bm.unit = self.lx.province_unit
        lv = self.lx.levels.match(toks, j) if j < len(toks) else None
        if lv is not None and lv.payload.level == "province":
            bm.unit = self.lx.province_unit
            bm.place_name, j = self._place_after(text, toks, j + lv.size, "province", vintage)
        elif lv is not None and lv.payload.level == "city":
            # "Sở Y tế thành phố Cần Thơ": a centrally-run city's department (not a provincial city's)
            name, k = self._place_after(text, toks, j + lv.size, "city", vintage)
            city = self.gz.province(name, vintage) or self.gz.province(name, "legacy") if name else None
            if city is not None:
                bm.unit, bm.place_name, j = lv.payload.unit, city.name, k
        elif lv is None and j < len(toks):
            j = self._bare_province(text, toks, j, bm, vintage)     # "Sở Y tế Hà Nội", "Sở Y tế TP.HCM"
        return j

    def _ministry(self, sentence: str, toks: list[Token], j: int, vintage: str) -> Optional[BodyMention]:
        """ "Bộ trưởng Giao thông vận tải": the ministry named without its head word, read as if
        the word were written (roles.yaml ministers)."""
        t = toks[j]
        head = self._ministry_word
        fake = Token(head, head.lower(), t.start, t.start, True, True, False)
        bm = self.parse_body(sentence, [fake] + toks[j:j + 12], 0, vintage)
        if bm is None or bm.end < 2 or not bm.central or bm.organs or bm.base is None \
                or not bm.base.canonical.startswith(head + " "):
            return None
        bm.start, bm.end = j, j + bm.end - 1
        return bm
