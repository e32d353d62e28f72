"""Extraction of one article: a pure function from its text to ArticleFacts.

    structure -> sentences -> mentions -> place context -> body completion -> bodies
              -> posts -> officials -> meeting

No state is shared between articles, so a build can stream them and run them in parallel.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from datetime import date
from typing import Optional

from kg.extract.bodies import BodyResolver
from kg.facts import ArticleFacts, Body, Evidence, Meeting, Official, Post
from kg.extract.gazetteer import get_gazetteer, vintage_for
from kg.extract.lexicon import lexicon
from kg.extract.meetings import SentenceView, host_guest, meeting_date, meeting_kind, people_roles, years_in
from kg.extract.mentions import BodyMention, LevelMention, Name, Punct, Role, Scanner, Word
from kg.extract.places import PlaceResolver
from kg.extract.posts import bind_titles, elected, headed_list
from kg.extract.structure import analyse
from kg.read.text import Article
from kg.extract.tokens import split_sentences

# Words that may stand inside a list of bodies that shares one level word at its end:
# "Ban Dân vận, Ủy ban MTTQ Việt Nam và các tổ chức chính trị – xã hội tỉnh".
_LIST_FILLER = frozenset("""và các tổ chức chính trị xã hội đoàn thể cùng lãnh đạo hệ thống cơ quan ban ngành
đơn vị""".split())
_COMPLETE_PUNCT = frozenset(",()-–")
_OFFICIAL_HONORIFICS = frozenset({"đồng chí", "đ/c"})

_scanner: Optional[Scanner] = None


def _get_scanner() -> Scanner:
    global _scanner
    if _scanner is None:
        _scanner = Scanner()
    return _scanner


def extract(article: Article, source_file: str, published: Optional[date] = None) -> ArticleFacts:
    """The facts of one article. ``published`` is the publication date to use when the
    text shows none (it dates the meeting, e.g. the year of "Sáng 12-5")."""
    text = article.text
    facts = ArticleFacts(source_file=source_file, sha256=article.sha256)
    st = analyse(text)
    facts.headline = st.headline_text
    facts.published = st.published or published
    facts.authors = list(st.authors)
    text_years = years_in(text)
    vintage = vintage_for(facts.published or (date(max(text_years), 1, 1) if text_years else None))

    story_lines = set(st.story)
    if st.headline is not None:
        story_lines.add(st.headline)
    scanner = _get_scanner()
    views: list[SentenceView] = []
    for s in split_sentences(text):
        if s.line not in story_lines:
            continue
        # Past the lead, a sentence with no capital after its first letter names no one and
        # no place: skip the scan (most of a long article's statistics and slogans).
        if len(views) > 4 and s.text[1:] == s.text[1:].lower():
            continue
        toks, els = scanner.scan(s.text, s.start, vintage)
        views.append(SentenceView(s.text, s.start, s.end, toks, els, s.line == st.headline,
                                  any(type(e) is Name for e in els)))

    # -- where the article is --------------------------------------------------------------
    places = PlaceResolver(vintage)
    for sv in views:
        for e in sv.elements:
            bm = e.body if isinstance(e, Role) else e
            if isinstance(bm, BodyMention):
                places.add(bm.level, bm.unit, bm.place_name)
            elif isinstance(e, LevelMention):
                places.add(e.level, e.unit, e.place_name)
    ctx = places.context()
    facts.places = list(ctx.places)
    resolver = BodyResolver(places, facts.article_id)
    lx = lexicon()

    # -- bodies: complete the ones that lean on a neighbour, then resolve ------------------------
    for sv in views:
        _complete(sv.elements, resolver)
        if ctx.contested:
            _nearest_province(sv.elements)
    resolved: dict[int, Optional[Body]] = {}

    def resolve(bm: BodyMention) -> Optional[Body]:
        key = id(bm)
        if key not in resolved:
            resolved[key] = resolver.resolve(bm)
            if resolved[key] is not None:
                _remember(facts, resolved[key], bm.surface)
        return resolved[key]

    # -- posts ----------------------------------------------------------------------------------
    posts: dict[tuple, Post] = {}
    # "đồng chí X" makes X an official, unless the sentence gives X something as a member
    # rather than as an office-holder ("trao Huy hiệu 40 năm tuổi Đảng cho các đồng chí ...").
    honoured: set[str] = set()
    for sv in views:
        if not sv.has_names:
            for e in sv.elements:
                if type(e) is BodyMention:
                    resolve(e)
            continue
        ev = None
        last_elected_body = None        # "A được bầu giữ chức X; B ... Phó Chủ tịch": this sentence only
        recipient = lx.recipient_cues.present(sv.toks)
        bound = []
        for name, roles, former in bind_titles(sv.elements):
            bound.append((name, roles))
            if former and not recipient and _is_person(name.text, lx):
                honoured.add(name.text)
        for group, roles in elected(sv.elements):
            bound.extend((name, roles) for name in group)
            for role in roles:
                # "A được bầu giữ chức Chủ tịch Ủy ban MTTQ huyện X; B được cử giữ chức Phó Chủ
                # tịch": the second title is of the body just named
                if role.body is not None:
                    last_elected_body = role.body
                elif not role.entry.standalone and last_elected_body is not None:
                    role.body = last_elected_body
        for group, roles in headed_list(sv.elements):
            bound.extend((name, roles) for name in group)
        for name, roles in bound:
            if not _is_person(name.text, lx):
                continue
            for i, role in enumerate(roles):
                body = _role_body(role, roles[i + 1:], resolver, resolve)
                if body is None:
                    continue
                ev = ev or _evidence(article, sv)
                key = (name.text, role.entry.role, body.key)
                if key not in posts:
                    posts[key] = Post(name.text, role.entry.role, body, ev)
        for e in sv.elements:
            if isinstance(e, Name) and not e.partial:
                if e.honorific in _OFFICIAL_HONORIFICS and not recipient and _is_person(e.text, lx):
                    honoured.add(e.text)
            elif isinstance(e, BodyMention):
                resolve(e)
    facts.posts = list(posts.values())

    # -- the meeting ------------------------------------------------------------------------------
    full_names = sorted({p.official for p in facts.posts} | honoured)
    holders = {p.official for p in facts.posts}
    officials = [o for o in full_names if _is_person(o, lx) and (o in holders or o not in facts.authors)]
    meeting = _meeting(facts, st, views, article, resolve, officials, text_years)
    if meeting is not None:
        for attr in ("chairs", "leaders", "speakers", "attendees"):
            setattr(meeting, attr, [n for n in getattr(meeting, attr) if n in officials])
        facts.meetings.append(meeting)

    # -- officials and every body mentioned -----------------------------------------------------
    for name in sorted(officials):
        prov, central = _home(name, facts.posts)
        facts.officials.append(Official(name, prov, central))
    seen = {}
    for p in facts.posts:
        _add_body(seen, p.body)
    for m in facts.meetings:
        for b in m.hosts + m.guests:
            _add_body(seen, b)
    for b in list(resolved.values()):
        if b is not None and (b.place is not None or b.parent is not None) and not b.central:
            _add_body(seen, b)
    facts.bodies = list(seen.values())
    return facts


# ----------------------------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _is_place(name: str) -> bool:
    return get_gazetteer().is_place_name(name)


def _is_person(name: str, lx) -> bool:
    return name not in lx.not_officials and not _is_place(name)


def _evidence(article: Article, sv: SentenceView) -> Evidence:
    quote, s, e = article.source_quote(sv.start, sv.end)
    return Evidence(quote, s, e)


def _remember(facts: ArticleFacts, body: Body, surface: str) -> None:
    if surface:
        facts.surface_forms.setdefault(body.key, set()).add(surface)


def _add_body(seen: dict, b: Optional[Body]) -> None:
    while b is not None:
        seen.setdefault(b.key, b)
        b = b.parent


def _home(name: str, posts: list[Post]) -> tuple[Optional[str], bool]:
    """Where an official belongs, for identity across articles."""
    mine = [p for p in posts if p.official == name]
    for p in mine:
        pl = p.body.place
        if pl is not None:
            return (pl.province or pl.name), False
    if mine and all(p.body.central for p in mine):
        return None, True
    return None, False


def _role_body(role: Role, following: list[Role], resolver: BodyResolver, resolve) -> Optional[Body]:
    entry = role.entry
    lx = resolver.lx
    bm = role.body
    if bm is not None and bm.base is None and not bm.central and bm.organs:
        # "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy": the organ's committee is the
        # one the next title names
        for nxt in following:
            nb = nxt.body
            if nb is not None and nb.base is not None and nb.base.sort in ("committee", "packed"):
                base = nb.base if nb.base.sort == "committee" else lx.committee_by_name[nb.base.canonical]
                bm = replace(bm, base=base, level=nb.level, unit=nb.unit, place_name=nb.place_name)
                break
    if bm is not None:
        if entry.body_prefix:
            bm = replace(bm, organs=[entry.body_prefix] + list(bm.organs))
        return resolve(bm)
    if entry.body:
        if entry.body in lx.committee_by_name:
            c = lx.committee_by_name[entry.body]
            if c.level == "commune":
                return None
            return resolve(BodyMention(role.start, role.end, role.surface, base=c, level=c.level, unit=c.unit))
        return resolver.central(entry.body)
    if following and following[0].body is not None and _hyphen_between(role, following[0]):
        # "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ": one body for a hyphenated pair
        return _role_body(following[0], following[1:], resolver, resolve)
    if entry.body_prefix:
        # "UV BTV, Trưởng Ban Dân vận Tỉnh ủy": the committee is written once, at the end.
        for nxt in following:
            if nxt.body is not None and nxt.body.base is not None and nxt.body.base.sort in ("committee", "packed"):
                b = nxt.body
                base = b.base if b.base.sort == "committee" else lx.committee_by_name[b.base.canonical]
                return resolve(BodyMention(role.start, role.end, role.surface, organs=[entry.body_prefix],
                                           base=base, level=b.level, unit=b.unit, place_name=b.place_name))
    return None


def _hyphen_between(a: Role, b: Role) -> bool:
    """True when the text between two titles is a hyphen (a compound title), not a comma."""
    return a.next_char in ("-", "–") and b.start == a.end + 1


def _nearest_province(els: list) -> None:
    """In an article about two provinces, a bare province-level mention ("Tỉnh ủy", "UBND
    tỉnh") means the province last named before it in the same sentence, if any."""
    last: Optional[str] = None
    for e in els:
        for bm in ((e.body,) if isinstance(e, Role) else (e,)):
            if isinstance(bm, BodyMention) and bm.level == "province":
                if bm.place_name:
                    last = bm.place_name
                elif last is not None:
                    bm.place_name = last
            elif isinstance(bm, LevelMention) and bm.level == "province" and bm.place_name:
                last = bm.place_name


def _apply_level(bm: BodyMention, level: str, unit: Optional[str], place_name: Optional[str],
                 resolver: BodyResolver) -> None:
    if bm.base is None:
        committee = resolver.committee_for_level(level, unit)
        if committee is None:
            return
        c = resolver.lx.committee_by_name[committee]
        bm.base, bm.level, bm.unit, bm.place_name = c, c.level, c.unit, place_name
    else:
        bm.level, bm.unit, bm.place_name = level, unit, place_name


def _complete(els: list, resolver: BodyResolver) -> None:
    """Give a level to bodies written without one: from a level word that closes their list,
    else (for a non-generic name) from the body the sentence is about."""
    for idx, e in enumerate(els):
        if not isinstance(e, BodyMention) or e.complete or e.generic:
            continue
        done = False
        for f in els[idx + 1: idx + 25]:
            if isinstance(f, LevelMention):
                if f.level != "commune":
                    _apply_level(e, f.level, f.unit, f.place_name, resolver)
                done = True
                break
            if isinstance(f, BodyMention) or (isinstance(f, Punct) and f.char in _COMPLETE_PUNCT) \
                    or (isinstance(f, Word) and f.low in _LIST_FILLER):
                continue
            break
        if done or e.weak:
            continue
        for f in reversed(els[:idx]):
            anchor = f.body if isinstance(f, Role) else f
            if isinstance(anchor, BodyMention) and anchor.level not in (None, "central", "commune"):
                _apply_level(e, anchor.level, anchor.unit, anchor.place_name, resolver)
                break


def _meeting(facts: ArticleFacts, st, views: list[SentenceView], article: Article, resolve,
             officials: list[str], text_years: list[int]):
    lx = lexicon()
    story = [v for v in views if not v.is_headline]
    headline = [v for v in views if v.is_headline]
    kind = meeting_kind(headline + story[:1]) or meeting_kind(story[1:3]) or meeting_kind(story[3:8])
    if kind is None:
        return None
    m = Meeting(kind=kind, title=facts.headline or (story[0].text if story else ""))
    when, date_sv = meeting_date(story, facts.published, text_years)
    m.date = when
    evidence: list[SentenceView] = []
    if date_sv is not None:
        evidence.append(date_sv)
    # host and guest: the lead first, the headline after
    # a sentence that tells who travelled where settles it; else the first that names bodies
    found_in = None
    for sv in story[:3] + headline:
        hosts, guests, found, travelled = host_guest(sv, resolve)
        if found and (found_in is None or (travelled and not found_in[3])):
            found_in = (hosts, guests, sv, travelled)
            if travelled:
                break
    if found_in is not None:
        hosts, guests, sv, _ = found_in
        m.hosts, m.guests = _uniq(hosts), _uniq([g for g in guests if g not in hosts])
        evidence.append(sv)
    # people: who chairs, leads and speaks; every official the article places there attends
    by_last = _given_names(officials)
    known = set(officials)
    seen_in: dict[str, list[bool]] = {}
    for sv in views:
        if not sv.has_names:
            continue
        absent = lx.absent.present(sv.toks)
        for e in sv.elements:
            if isinstance(e, Name):
                full = _full(e, by_last)
                if full in known:
                    seen_in.setdefault(full, []).append(absent)
        for part, names in people_roles(sv).items():
            for n in names:
                full = _full(n, by_last)
                if full not in known:
                    continue
                getattr(m, {"chair": "chairs", "leader": "leaders", "speaker": "speakers"}[part]).append(full)
                if sv not in evidence and part in ("chair", "leader"):
                    evidence.append(sv)
    m.attendees = [o for o in officials if o in seen_in and not all(seen_in[o])]
    for attr in ("chairs", "leaders", "speakers"):
        setattr(m, attr, _uniq(getattr(m, attr)))
    m.attendees = _uniq(m.chairs + m.leaders + m.speakers + m.attendees)
    m.evidence = [_evidence(article, sv) for sv in sorted(evidence, key=lambda v: v.start)] or \
        ([_evidence(article, story[0])] if story else [])
    return m


def _given_names(officials: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for o in officials:
        out.setdefault(o.split()[-1], []).append(o)
    return out


def _full(n: Name, by_last: dict[str, list[str]]) -> Optional[str]:
    if not n.partial:
        return n.text
    cands = by_last.get(n.text, [])
    return cands[0] if len(cands) == 1 else None


def _uniq(xs):
    out, seen = [], set()
    for x in xs:
        k = x.key if isinstance(x, Body) else x
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out
