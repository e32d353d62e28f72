"""The genre's vocabulary, loaded from the data files in kg/data/lexicon/.

Code here only knows how to *match* entries; what the entries are (titles, bodies,
abbreviations, surnames, event words) is data a user can extend without touching code.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional

from kg.data.load import load
# (the matcher and the spelling every entry is stored in live in kg.extract.matcher; they are
# imported from here by most stages)
from kg.extract.matcher import Matcher, canon


def trie_alternation(words, _inner: bool = False) -> str:
    """A pattern with the same matches as "|".join(map(re.escape, words)) when nothing follows it
    in the pattern (the first word, in order, that the text at a position begins with): the words
    grouped by their first character (in order within a group; words of two groups never match at
    the same position) and each group's rest the same way. Inside a group, past an empty rest
    (the match so far is not empty, so it always succeeds) no later rest is ever tried, and none
    is kept; an empty word itself (an empty match, after which a search tries the others at the
    same position) leaves the words as they are."""
    words = list(words)
    if not _inner and "" in words:
        return "|".join(map(re.escape, words))
    groups: dict[str, list[str]] = {}
    for w in words:
        if "" in groups:
            break               # (an empty rest came first: every later one is never tried)
        groups.setdefault(w[:1], []).append(w[1:])
    alts = []
    for c, rests in groups.items():
        if not c:
            alts.append("")
        elif len(rests) == 1:
            alts.append(re.escape(c + rests[0]))
        else:
            alts.append(re.escape(c) + "(?:" + trie_alternation(rests, True) + ")")
    return "|".join(alts)


def phrase_matcher(words) -> Matcher:
    """A matcher for a list of phrases that only need to be found."""
    m = Matcher()
    for w in words:
        m.add(w, True)
    return m


def _parsed(name: str) -> dict:
    """A lexicon data file as parsed once per process (kg.data.load), shared: read only."""
    return load("lexicon/" + name)


def _load(name: str) -> dict:
    """A data file as parsed once per process (bodies.yaml took a third of a second each time,
    and a dozen places read it); each caller gets its own copy, free to change it."""
    return copy.deepcopy(_parsed(name))


def section(name: str, key: str, *default: Any) -> Any:
    """One section of a data file as parsed once per process, copied for the caller (free to
    change it), as _load(name)[key] or, with a default, _load(name).get(key, default) would
    give: a word list read at first use copies the few words it reads, not the whole file."""
    data = _parsed(name)
    return copy.deepcopy(data.get(key, *default) if default else data[key])


@lru_cache(maxsize=None)
def grammar(name: str, section: str) -> dict[str, Any]:
    """A section of grammar words of one data file, exactly as written there: a list as a tuple
    (in its order), a phrase as a string. The code reads these words one by one."""
    raw = copy.deepcopy(_parsed(name)[section])      # (the section's own copy, not the whole file's)
    return {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}


@dataclass(frozen=True)
class RoleEntry:
    role: str
    body: Optional[str] = None          # implied body ("Tỉnh ủy viên" -> "Tỉnh ủy")
    body_prefix: Optional[str] = None   # packed organ ("UV BTV" -> "Ban Thường vụ")
    body_head: int = 0                  # trailing syllables that begin the body's name
    standalone: bool = False
    command: Optional[str] = None       # roles of one command share the body written once


@dataclass(frozen=True)
class BodyEntry:
    """One vocabulary item of the body grammar."""
    sort: str                 # committee | organ | leveled | central | department | packed | level | generic
    canonical: str
    kind: str = ""
    level: Optional[str] = None       # committees: province|city|district|commune; levels: the same
    unit: Optional[str] = None        # unit word ("tỉnh", "huyện", ...)
    central: Optional[str] = None     # name under "Trung ương"
    parent: Optional[str] = None      # central bodies' parent
    weak: bool = False
    organ: Optional[str] = None       # packed
    organ_kind: Optional[str] = None


def packed_titles(spec: dict) -> list[tuple[str, RoleEntry]]:
    """Every title packed into letters that roles.yaml packed_titles composes: a role's letters, then
    (a member's only) an organ's, then a party committee's ("BTĐU" -> Bí thư of the Đảng ủy; "UVBTVQU"
    -> Ủy viên of the Ban Thường vụ of the Quận ủy; "UVĐCT" -> Ủy viên of the Đoàn Chủ tịch of the body
    written next). A role's letters alone, or a member's with nothing after them, are no packed title."""
    out = []
    member = spec.get("member_role")
    organs = [("", None), *spec.get("organs", {}).items()]
    committees = [("", None), *spec.get("committees", {}).items()]
    for r, role in spec.get("roles", {}).items():
        for o, organ in organs if role == member else organs[:1]:
            for c, committee in committees:
                if not (o or c):
                    continue
                entry = RoleEntry(role=canon(role), body=canon(committee) if committee else None,
                                  body_prefix=canon(organ) if organ else None, standalone=committee is not None)
                out.append((canon(r + o + c), entry))
    return out


def country_bodies(bodies: dict) -> None:
    """bodies.yaml `country_bodies`: the bodies named after a country, one for each of countries.yaml
    (the friendship association with it and its chapters: "Hội Hữu nghị Việt Nam - Cuba tỉnh X"), added
    to `leveled` under each name a template writes (the matcher reads any dash for its "-"); a `central`
    template's name is also the whole country's association (no level, or "Trung ương" after it). A
    name an entry of the lexicon writes already (the Lao and Cambodian associations) is left to it."""
    spec = bodies.get("country_bodies") or {}
    listed = {canon(f) for lv in bodies["leveled"] for f in lv["forms"]}
    countries = section("countries.yaml", "countries", None) or ()
    for t in spec.get("templates") or ():
        for country in countries:
            name = canon(t["name"].format(country=country))
            if name in listed:
                continue
            listed.add(name)
            bodies["leveled"].append({"canonical": name, "kind": spec["kind"], "forms": [name],
                                      "central": name if t.get("central") else None})
            if t.get("central"):
                bodies["central"].append({"canonical": name, "kind": spec["kind"], "forms": [name]})


class Lexicon:
    def __init__(self) -> None:
        self._roles(section("roles.yaml", "roles"))
        self._bodies(_load("bodies.yaml"))
        self._people(_load("people.yaml"))
        self._article(_load("article.yaml"))
        self._meetings(_load("meetings.yaml"))

    def _roles(self, roles: list) -> None:
        self.roles = Matcher()
        for r in roles:
            self.roles.add(r["form"], RoleEntry(
                role=canon(r["role"]), body=canon(r["body"]) if r.get("body") else None,
                body_prefix=canon(r["body_prefix"]) if r.get("body_prefix") else None,
                body_head=int(r.get("body_head") or 0), standalone=bool(r.get("standalone")),
                command=r.get("command")),
                exact_case=bool(r.get("exact_case")))
        listed = {canon(r["form"]) for r in roles}
        for form, entry in packed_titles(section("roles.yaml", "packed_titles", None) or {}):
            if form not in listed:
                self.roles.add(form, entry, exact_case=True)

    def _bodies(self, bodies: dict) -> None:
        exact = frozenset(canon(f) for f in bodies.get("exact_case_forms", []))

        def is_exact(form: str) -> bool:
            return canon(form) in exact

        country_bodies(bodies)
        self._body_forms(bodies, is_exact)
        self._levels(bodies, is_exact)

    def _add_body(self, form: str, entry: BodyEntry, exact_case: bool = False) -> None:
        """A body's form; the country's name in it is as often written "VN" ("UB.MTTQ VN", "Hội CTĐ VN"),
        and glued to an abbreviation before it ("Hội LHPNVN", "Hội CCBVN")."""
        self.bodies.add(form, entry, exact_case=exact_case)
        if "Việt Nam" in form:
            self.bodies.add(form.replace("Việt Nam", "VN"), entry, exact_case=exact_case)
            before = form.split(" Việt Nam")[0].split()
            if before and len(before[-1]) > 1 and before[-1].isupper() and form.count("Việt Nam") == 1:
                self.bodies.add(form.replace(" Việt Nam", "VN"), entry, exact_case=exact_case)

    def _body_forms(self, bodies: dict, is_exact) -> None:
        self.bodies = Matcher()
        add = self._add_body
        self.organ_kinds: dict[str, str] = {}
        self.organ_central: dict[str, str] = {}
        self.committee_by_name: dict[str, BodyEntry] = {}
        # the party committee of a province or city level, and of a district's unit word
        self.party_committee_of_level: dict[str, str] = {}
        self.party_committee_of_unit: dict[str, str] = {}
        for c in bodies["committees"]:
            e = BodyEntry("committee", canon(c["canonical"]), c.get("kind", "PartyCommittee"),
                          c["level"], c.get("unit"))
            self.committee_by_name[e.canonical] = e
            if e.kind == "PartyCommittee" and e.level in ("province", "city", "district"):
                self.party_committee_of_level.setdefault(e.level, e.canonical)
                if e.level != "province":
                    self.party_committee_of_unit.setdefault(e.unit, e.canonical)
            for f in c["forms"]:
                add(f, e, exact_case=is_exact(f))
        for o in bodies["organs"]:
            e = BodyEntry("organ", canon(o["canonical"]), o["kind"],
                          central=canon(o["central"]) if o.get("central") else None)
            self.organ_kinds[e.canonical] = e.kind
            if e.central:
                self.organ_central[e.canonical] = e.central
            for f in o["forms"]:
                add(f, e, exact_case=is_exact(f))
        for p in bodies["packed"]:
            committee = self.committee_by_name[canon(p["committee"])]
            if not p.get("organ"):
                # another name of the committee itself
                for f in p["forms"]:
                    add(f, committee, exact_case=bool(p.get("exact_case")))
                continue
            organ = canon(p["organ"])
            e = BodyEntry("packed", committee.canonical, committee.kind, committee.level, committee.unit,
                          organ=organ, organ_kind=self.organ_kinds.get(organ, "PartyExecutive"))
            for f in p["forms"]:
                add(f, e, exact_case=bool(p.get("exact_case")))
        for lv in bodies["leveled"]:
            central = canon(lv["central"]) if lv.get("central") else None
            strong = BodyEntry("leveled", canon(lv["canonical"]), lv["kind"], central=central,
                               weak=bool(lv.get("weak")))
            weak = BodyEntry("leveled", strong.canonical, lv["kind"], central=central, weak=True)
            for f in lv["forms"]:
                add(f, strong, exact_case=is_exact(f))
            for f in lv.get("weak_forms", []):
                add(f, weak, exact_case=is_exact(f))
        dep = bodies["departments"]
        for n in dep["names"]:
            full = canon(dep["expand"].get(n, n))
            add(n, BodyEntry("department", full, dep["kind"]), exact_case=False)
        self.central_by_name: dict[str, BodyEntry] = {}
        for c in bodies["central"]:
            e = BodyEntry("central", canon(c["canonical"]), c["kind"],
                          parent=canon(c["parent"]) if c.get("parent") else None)
            self.central_by_name[e.canonical] = e
            for f in c["forms"]:
                add(f, e, exact_case=is_exact(f))

    def _levels(self, bodies: dict, is_exact) -> None:
        levels = bodies["levels"]
        # A province or a city has one unit word, the first listed; a district's or a commune's
        # is the word as written ("huyện", "quận", ...), an abbreviation expanded.
        self.unit_of_level = {level: canon(levels[level][0]) for level in ("province", "city")}
        self.province_unit = self.unit_of_level["province"]
        abbreviations = {k: canon(v) for k, v in bodies["unit_abbreviations"].items()}
        self.levels = GuardedLevels(frozenset(bodies.get("guarded_unit_abbreviations") or []))
        for level, words in levels.items():
            for w in words:
                unit = self.unit_of_level.get(level)
                if level == "district" or level == "commune":
                    unit = canon(w.lower().rstrip(".")) if not w.isupper() else abbreviations.get(w, w)
                self.levels.add(w, BodyEntry("level", w, level=level, unit=unit), exact_case=is_exact(w))
        self.generic_levels = phrase_matcher(bodies["generic_levels"])
        self.not_commune = frozenset(canon(w) for w in bodies["not_commune"])
        # a district's unit words, and a city's (a provincial city is a district-level unit)
        self.district_units = frozenset(canon(w) for w in levels["district"] if not w.isupper()) \
            | {self.unit_of_level["city"]}
        self.numbered_district_unit = canon(bodies["numbered_district_unit"])
        self.proper_place_names = {canon(k): canon(v) for k, v in bodies["proper_place_names"].items()}
        self.central_suffixes = frozenset(canon(w).lower() for w in bodies["central_suffixes"])

    def _people(self, people: dict) -> None:
        self.surnames = frozenset(canon(s).lower() for s in people["surnames"])
        self.levels.surnames = self.surnames
        self.honorifics = Matcher()
        for h in people["honorifics"]:
            self.honorifics.add(h, canon(h).lower())
        self.not_officials = frozenset(canon(n) for n in people["not_officials"])

    def _article(self, article: dict) -> None:
        self.chrome_lines = frozenset(canon(x).lower() for x in article["chrome_lines"])
        self.chrome_prefixes = tuple(canon(x).lower() for x in article["chrome_prefixes"])
        markers = sorted((canon(x) for x in article["byline_markers"]), key=len, reverse=True)
        self.byline_re = re.compile(r"(" + "|".join(re.escape(x) for x in markers) + r")\s*[:：]\s*(.+)$",
                                    re.IGNORECASE)
        phrases = sorted((x for x in self.chrome_lines if len(x) > 1), key=len, reverse=True)
        # (the alternation "|".join(map(re.escape, phrases)) written as a trie: the same matches,
        # and at each character the engine tries the few phrases that begin with it, not them all)
        self.chrome_phrase_re = re.compile(trie_alternation(phrases))
        self.end_markers = frozenset(canon(x).lower() for x in article.get("end_markers", []))
        self.menu_words = tuple(canon(x).lower() for x in article.get("menu_words", []))
        self.source_markers = frozenset(canon(x).lower() for x in article["source_markers"])
        labels = "|".join(re.escape(canon(x)) for x in article.get("dateline_labels", []))
        # "date 2025-09-22 Chiều 22.9, ...": a stored page's date glued before its first line
        self.dateline_prefix_re = re.compile(
            r"^\s*(?:(?:" + labels + r")\s+)?(\d{4})-(\d{2})(?:-(\d{2}))?\s+(?=\S)", re.IGNORECASE)
        self.caption_markers = tuple(canon(x) for x in article.get("caption_markers", []))
        self.agencies = frozenset(canon(x) for x in article.get("agencies", []))
        credits = "|".join(re.escape(canon(x)) for x in article.get("photo_credit_markers", []))
        # "... tại lễ ký kết. Ảnh: Hoài Nam", "(Ảnh: Lê Thu)": a credit closing a caption
        self.photo_credit_re = re.compile(r"(?:^|[.\s(|])(?:" + credits + r")\s*[:：]\s*([^():|]{1,40}?)\s*\)?\s*\|?\s*$",
                                          re.IGNORECASE)

    def _meetings(self, meetings: dict) -> None:
        self.kind_words = Matcher()
        for kind, words in meetings["kinds"].items():
            for w in words:
                self.kind_words.add(w, kind)
        self.not_after = phrase_matcher(meetings["not_after"])
        self.meeting_roles = {k: Matcher() for k in meetings["roles"]}
        for k, words in meetings["roles"].items():
            for w in words:
                self.meeting_roles[k].add(w, k)
        self.list_breaks = phrase_matcher(meetings.get("list_breaks", []))
        # Words the grammar of posts and meetings reads one by one (see kg.mentions.Scanner).
        self.grammar_words = frozenset(canon(w) for w in meetings.get("grammar_words", []))
        self.work_with = phrase_matcher(meetings["work_with"])
        self.host_verbs = phrase_matcher(meetings["host_verbs"])
        self.receive_verbs = phrase_matcher(meetings["receive_verbs"])
        self.visit_verbs = phrase_matcher(meetings["visit_verbs"])
        self.absent = phrase_matcher(meetings.get("absent", []))
        self.recipient_cues = phrase_matcher(meetings.get("recipient_cues", []))
        self.memorial_cues = phrase_matcher(meetings.get("memorial_cues", []))
        firsts: set[str] = set()
        self.delegation = phrase_matcher(meetings["delegation"])
        self.travel_words = frozenset(canon(w) for w in meetings["travel_words"])
        self.object_ends = frozenset(canon(w) for w in meetings["object_ends"])
        self.times_of_day = tuple(canon(w).lower() for w in meetings["times_of_day"])
        for m in [self.kind_words, self.work_with, self.host_verbs, self.receive_verbs, self.visit_verbs,
                  self.list_breaks, self.delegation, *self.meeting_roles.values()]:
            firsts |= m.firsts()
        self.event_firsts = frozenset(firsts | self.travel_words | self.object_ends)
        self.not_receive = frozenset(canon(w) for w in meetings["not_receive"])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()


class GuardedLevels(Matcher):
    """The level words, where a unit word abbreviated as a letter and a dot ("H. Hòa Vang",
    "Q.2", "TT.Long Hải"; bodies.yaml guarded_unit_abbreviations) counts only before a name
    that can be a unit of it: the same letters are a person's initial ("Nguyễn H. Nam") or,
    for "TT.", a monk's title, and a body read with such a place would be a wrong one."""

    def __init__(self, guarded: frozenset):
        super().__init__()
        self.guarded, self.surnames = guarded, frozenset()

    def match(self, toks, i):
        m = super().match(toks, i)
        if m is None or m.form not in self.guarded:
            return m
        return m if not self._after_person(toks, i) and self._unit_follows(toks, i + m.size, m.payload) else None

    def _after_person(self, toks, i: int) -> bool:
        """A family name ("Phan H. Lộc") or a word for a person ("Nghệ nhân H. X") before it."""
        p = toks[i - 1] if i > 0 else None
        return p is not None and p.is_word and p.is_cap and not p.is_upper and p.low in self.surnames \
            or after_person_word(toks, i)

    def _unit_follows(self, toks, j: int, lv) -> bool:
        if j >= len(toks) or toks[j - 2].end != toks[j - 1].start or not toks[j].is_word:
            return False
        if toks[j].text.isdigit():
            return lv.unit == "quận"            # "Q.2", "Q. 10"
        if not toks[j].is_cap or toks[j].is_upper:
            return False
        if lv.level == "commune":               # no communes in the gazetteer: a name, not a person's
            return j + 1 < len(toks) and toks[j + 1].is_cap and not toks[j + 1].is_upper \
                and toks[j].low not in self.surnames and toks[j].low != "thích"
        from kg.extract.gazetteer import get_gazetteer
        gz = get_gazetteer()
        for n in (4, 3, 2, 1):
            run = toks[j:j + n]
            if len(run) == n and all(t.is_word and t.is_cap for t in run) \
                    and any(p.level == "district" for p in gz.lookup(" ".join(t.text for t in run), lv.unit)):
                return True
        return False


def after_person_word(toks: list, k: int) -> bool:
    """Whether the one or two words before token k address a person (people.yaml honorifics,
    bodies.yaml `person_words`): "Nghệ nhân H. X" is a person's initial, no unit word."""
    words = _person_words()
    return any(k >= n and all(t.is_word for t in toks[k - n:k])
               and " ".join(t.low for t in toks[k - n:k]) in words for n in (1, 2))


@lru_cache(maxsize=1)
def _person_words() -> frozenset:
    return frozenset(w.lower() for w in (section("bodies.yaml", "person_words", None) or [])
                     + section("people.yaml", "honorifics"))
