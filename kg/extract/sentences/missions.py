"""A diplomat's mission as written after his title (bodies.yaml missions): "Đại sứ đặc mệnh toàn quyền
nước X tại Việt Nam", "Tổng Lãnh sự Y tại Đà Nẵng". Read by the sentences stage (mission_names: the
name written after the mission), by the bodies stage (title_bodies: the mission a title names) and
by the posts stage (foreign_titles); here, in the stage that reads first, so that none of them
imports a later stage.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.extract.gazetteer import VINTAGES, get_gazetteer
from kg.extract.lexicon import lexicon, phrase_matcher, section


def _bodies(key: str):
    return section("bodies.yaml", key, None)


@lru_cache(maxsize=1)
def listed_countries() -> tuple:
    """Every country a mission may be of, in order: the neighbours (bodies.yaml
    `foreign_countries`), the missions' own list, then the world's states (countries.yaml)."""
    spec = _bodies("missions") or {}
    return tuple(list(_bodies("foreign_countries") or []) + list(spec.get("countries") or [])
                 + list(section("countries.yaml", "countries", None) or []))


@lru_cache(maxsize=1)
def mission_spec() -> tuple:
    """bodies.yaml `missions`: title -> mission head, the fillers' and the countries' matchers."""
    spec = _bodies("missions") or {}
    return spec.get("titles") or {}, phrase_matcher(spec.get("fillers") or []), phrase_matcher(listed_countries())


@lru_cache(maxsize=1)
def _country_forms() -> dict:
    """The listed countries by their spelling and their lower-case spelling: a country written
    in a case no list has ("Đan mạch") is named in the list's ("Đan Mạch")."""
    names = listed_countries()
    forms = {n.lower(): n for n in reversed(names)}
    return {**forms, **{n: n for n in names}}        # (a form listed as written stays as written)


@lru_cache(maxsize=1)
def _expand() -> dict:
    return (_bodies("missions") or {}).get("expand") or {}


def country_after(toks, k: int) -> tuple[int, Optional[object]]:
    """The start of a mission's country after its title's end k, past the fillers ("đặc mệnh toàn
    quyền", "nước"), and the country matched there (None when none is written): the walk every
    reader of a diplomat's mission starts with."""
    _, fillers, countries = mission_spec()
    while k < len(toks) and (f := fillers.match(toks, k)) is not None:
        k += f.size
    return k, (countries.match(toks, k) if k < len(toks) else None)


def mission_country(text: str) -> str:
    """A mission's country as written, its abbreviated words in full, in the list's case."""
    expand = _expand()
    country = " ".join(expand.get(w, w) for w in text.split())
    forms = _country_forms()
    return forms.get(country) or forms.get(country.lower(), country)


def city(sv, k: int) -> Optional[str]:
    """The city named at token k: a place the scanner read by its canonical spelling, else the
    capitalised words as written, up to a person's name the scanner read after them ("Tổng Lãnh sự
    X tại Đà Nẵng Lý Văn B cảm ơn": the consul, not the seat)."""
    for e in sv.elements:
        if e.start == k and getattr(e, "place_name", None) and type(e).__name__ == "LevelMention":
            lx = lexicon()
            gz = get_gazetteer()
            if e.level == "province" and not any(gz.province(e.place_name, v) for v in VINTAGES):
                return e.place_name     # "tại tỉnh X": a neighbour's province, named alone
            return lx.proper_place_names.get(e.place_name) or f"{e.unit} {e.place_name}"
    names = {e.start for e in sv.elements if type(e).__name__ == "Name" and e.start > k}
    toks, end = sv.toks, k
    while end < len(toks) and toks[end].is_word and toks[end].is_cap and end not in names:
        end += 1
        while end + 1 < len(toks) and toks[end].text == "-" and toks[end - 1].end == toks[end].start \
                and toks[end].end == toks[end + 1].start:
            end += 2        # "Pắc-xế", "Luông-pha-băng": one name
    return text(sv, k, end) if end > k else None


def text(sv, a: int, b: int) -> str:
    """The sentence's text from token a to the end of token b - 1."""
    return sv.text[sv.toks[a].start - sv.start:sv.toks[b - 1].end - sv.start]


@lru_cache(maxsize=1)
def seat_words() -> frozenset:
    return frozenset(w.lower() for w in _bodies("foreign_seat_words") or [])
