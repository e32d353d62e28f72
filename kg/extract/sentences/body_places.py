"""The places a body's name may be written with, read by the scanner's body grammar
(kg.extract.sentences.body_parse): a national union's chapter ("Hội Chữ thập đỏ Việt Nam huyện X"),
a province written without its unit word ("Đoàn ĐBQH Hải Phòng") and the place a church's board
serves ("Ban Đại diện Hội thánh ... tỉnh X"). A mixin of kg.extract.sentences.mentions.Scanner: it
uses the scanner's lexicon (lx), gazetteer (gz), offset (_base) and _place_after.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.lexicon import BodyEntry, _load, canon
from kg.extract.sentences.elements import BodyMention
from kg.extract.sentences.tokens import Token, tokenize


@lru_cache(maxsize=1)
def _local_chapters() -> dict:
    """A national union's name -> its leveled entry's canonical: "Hội Chữ thập đỏ Việt Nam" ->
    "Hội Chữ thập đỏ", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam" -> "Hội Liên hiệp Phụ nữ"."""
    y = _load("bodies.yaml")
    leveled = {canon(lv["canonical"]): lv for lv in y["leveled"] if lv["kind"] == "MassOrganisation"}
    out = {}
    for c in y["central"]:
        name = canon(c["canonical"])
        short = name.removeprefix("Trung ương ").removesuffix(" Việt Nam")
        if c["kind"] == "MassOrganisation" and short != name and short in leveled:
            out[name] = short
    return out


def national_comma(levels, toks: list[Token], j: int) -> int:
    """Past the comma between a union's national name and the place of its chapter ("Đại hội đại
    biểu Hội Chữ thập đỏ Việt Nam, tỉnh X lần thứ IX": the province's chapter, as without the
    comma), when a level word and a capitalised name follow it; else j."""
    if not (2 <= j < len(toks) - 2 and toks[j].text == "," and toks[j - 1].low == "nam" and toks[j - 2].low == "việt"):
        return j
    lv = levels.match(toks, j + 1)
    if lv is None or lv.payload.level in (None, "central"):
        return j
    end = j + 1 + lv.size
    while end < len(toks) and toks[end].is_word and toks[end].is_cap:
        end += 1
    # (not a list of the national body and places: "Hội Nông dân Việt Nam, tỉnh X và huyện Y")
    ok = end > j + 1 + lv.size and (end == len(toks) or toks[end].text != "," and toks[end].low != "và")
    return j + 1 if ok else j


class BodyPlaces:
    """The place readers of a body's name (a mixin; see the module)."""

    def _local_chapter(self, toks: list[Token], i: int, j: int, p: BodyEntry) -> BodyEntry:
        """A national union's full name with a place's level after it is its chapter there ("Hội Chữ
        thập đỏ Việt Nam huyện X", "Hội NDVN tỉnh Y"): the leveled entry, read on from the level; else p."""
        short = _local_chapters().get(p.canonical) if p.sort == "central" else None
        if short is None or j >= len(toks) or toks[i].low in ("trung", "tw", "tư", "t.ư") \
                or toks[j - 1].low not in ("nam", "vn") and not toks[j - 1].text.endswith("VN"):
            return p            # (initials ending in "VN" too: "Hội NDVN tỉnh X")
        lv = self.lx.levels.match(toks, national_comma(self.lx.levels, toks, j))     # (", tỉnh X" too)
        if lv is None or lv.payload.level == "central" or lv.payload.level is None:
            return p
        m = self.lx.bodies.match(toks, i)
        while m is not None and m.payload.canonical != short and m.size > 1:
            m = self.lx.bodies.match(toks[i:i + m.size - 1], 0)
        m = m if m is not None and m.payload.canonical == short else self.lx.bodies.match(tokenize(short), 0)
        return m.payload if m is not None and m.payload.canonical == short else p

    def _bare_province(self, text: str, toks: list[Token], j: int, bm: BodyMention, vintage: str) -> int:
        """ "Đoàn ĐBQH Hải Phòng", "Ủy ban MTTQ Việt Nam TPHCM": a province named without its
        unit word right after a body that takes a level."""
        if not toks[j].is_cap:
            return j
        m = self.gz.match_at(text, toks[j].start - self._base, vintage)
        prov = self.gz.province(m[0], vintage) if m else None
        if prov is None:
            return j
        level = "city" if prov.kind == self.lx.unit_of_level["city"] else "province"
        bm.level, bm.unit, bm.place_name = level, prov.kind, prov.name
        k = j
        while k < len(toks) and toks[k].start < m[1] + self._base:
            k += 1
        return k

    def placed_board(self, text: str, toks: list[Token], sub: BodyMention, vintage: str):
        """A religious body's board written with the province or district it serves after the church's
        name ("Ban Đại diện Hội thánh Cao Đài Tây Ninh tỉnh Long An"): the board of that place, as
        written (an open name, scoped to the article), not the one board of the church in every
        province; else None. (The scanner's level and place readers.)"""
        j = sub.end
        if sub.base is None or sub.base.sort != "central" or sub.base.kind != "ReligiousOrganisation" \
                or len(sub.organs) != 1 or j >= len(toks):
            return None
        place, k = self._served_place(text, toks, j, vintage)
        if not place:
            return None
        full = f"{sub.organs[0]} {sub.base.canonical} {place}"
        sub.end, sub.base, sub.organs, sub.central, sub.level = k, BodyEntry("open", full, sub.base.kind), [], False, None
        return sub

    def _served_place(self, text: str, toks: list[Token], j: int, vintage: str) -> tuple[Optional[str], int]:
        """The place written at token j after a church's name, as the name writes it: a level word and
        its place ("tỉnh Long An"), or "tại" and a place the gazetteer knows, with its level word or
        not ("tại Tỉnh Long An" -> "tại tỉnh Long An", "tại Kon Tum"); (None, j) else."""
        at = j + (toks[j].low == "tại")
        lv = self.lx.levels.match(toks, at) if at < len(toks) else None
        if lv is not None and lv.payload.level not in (None, "central", "commune"):
            name, k = self._place_after(text, toks, at + lv.size, lv.payload.level, vintage)
            return (f"{'tại ' if at > j else ''}{lv.payload.unit} {name}", k) if name else (None, j)
        if at == j or at >= len(toks) or not toks[at].is_cap:
            return None, j
        m = self.gz.match_at(text, toks[at].start - self._base, vintage) \
            or self.gz.match_at(text, toks[at].start - self._base, "legacy")
        if m is None:
            return None, j
        k = at
        while k < len(toks) and toks[k].start < m[1] + self._base:
            k += 1
        return f"tại {m[0]}", k
