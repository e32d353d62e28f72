"""The places stage: every unit the sentences (and the byline lines) name, fed to the resolver
(kg.extract.places.resolver), which gives the place context bare mentions resolve to.
"""
from __future__ import annotations

from kg.extract.sentences.body_parse import time_words
from kg.extract.sentences.elements import BodyMention, LevelMention, Role
from kg.extract.places.foreign import cut_foreign_tails, cut_place_heads, mark_foreign, mission_seat, unname_foreign
from kg.extract.places.resolver import PlaceContext, PlaceResolver, written_commune
from kg.extract.posts.foreign_titles import article_party, foreign_central, foreign_chains, foreign_delegation, \
    foreign_party_titles, foreign_side
from kg.extract.places.place_cues import bare_provinces, bracketed_districts, cued_provinces, headline_brackets, \
    headline_districts, headline_units, lowered_tail, quoted_provinces
from kg.extract.places.foreign_governments import read_foreign_governments
from kg.extract.places.portal_banners import portal_commune, portal_district, portal_province
from kg.extract.lexicon import lexicon
from kg.extract.gazetteer import name_key
from kg.extract.sentences.sentences import _get_scanner
from kg.extract.state import ArticleState, Stage
from kg.read.sites import credit_site, named_outlet
from kg.extract.places.commune_districts import place_communes_district
from kg.extract.passes import fires

__all__ = ["PLACES", "PlaceContext", "PlaceResolver", "find_places"]


def _scan_bylines(state: ArticleState, places: PlaceResolver) -> None:
    """The units the byline lines name ("Tác giả: BTG Huyện ủy Cam Lộ")."""
    st = state.structure
    if st is None or not st.byline_lines:
        return
    scanner = _get_scanner()
    signed = _signed_units(st)
    for i in sorted(st.byline_lines | signed):
        toks, elements = scanner.scan(st.lines[i], 0, state.vintage)
        if i in signed and not _unit_alone(toks, elements):
            continue        # "(Bài 2: Hội Nông dân huyện Y với ...)": the next part's teaser, no writer's unit
        for e in elements:
            bm = e.body if isinstance(e, Role) else e
            if isinstance(bm, BodyMention) and bm.base is not None and not bm.generic:
                places.byline_bodies.append(bm)     # "Tác giả: BTG Huyện ủy Tân Biên" names a body
            if isinstance(bm, (BodyMention, LevelMention)) and bm.place_name \
                    and bm.level in ("province", "city", "district") \
                    and not (i in signed and _named_otherwise(places, bm)):
                places.byline.append((bm.level, bm.unit, bm.place_name))
            elif isinstance(bm, (BodyMention, LevelMention)) and bm.place_name and bm.level == "commune" \
                    and bm.unit:
                # "Ảnh: A (Hội Nông dân xã Tân Lộc)": the commune of a story that writes "xã" bare
                places.byline_communes.setdefault(bm.unit, set()).add(bm.place_name)


def _signed_units(st) -> set[int]:
    """The line right after a byline line that is only a body in brackets, the writer's unit
    ("Lương Văn A" then "(UBKT Huyện ủy X)"): read as a byline line (the page's layout may have
    left it to the furniture)."""
    out = set()
    for i in st.byline_lines:
        k = next((k for k in range(i + 1, len(st.lines)) if st.lines[k].strip()), None)
        line = st.lines[k].strip() if k is not None else ""
        if len(line) > 2 and line[0] == "(" and line[-1] == ")" and "(" not in line[1:]:
            out.add(k)
    return out


def _named_otherwise(places: PlaceResolver, bm) -> bool:
    """A writer's unit in brackets of a district or city the text names another of, by the same
    unit word ("Hội Nông dân huyện X ..." and "(Ban Tuyên giáo Huyện ủy Y)"): a neighbour's writer,
    who does not move the story away from the district it names."""
    key = name_key(bm.place_name)
    return bm.level != "province" and any(level == bm.level and unit == bm.unit and name_key(name) != key
                                          for level, unit, name in places.mentions)


def _unit_alone(toks, elements) -> bool:
    """A bracketed line that is one body's or unit's name and nothing more ("(UBKT Huyện ủy X)"),
    as a writer's unit is written; a teaser or a source says more ("(Kỳ tới: Ông A, Chủ tịch ...)")."""
    words = [k for k, t in enumerate(toks) if t.is_word]
    return bool(words) and any(isinstance(e, (BodyMention, LevelMention, Role)) and e.start <= words[0]
                               and e.end > words[-1] for e in elements)


def _scan_chrome(state: ArticleState, places: PlaceResolver) -> None:
    """The province a banner line above the story names with its unit word, the line being that
    body's or unit's name alone ("ỦY BAN MTTQ VIỆT NAM TỈNH X" atop the page): the site's, read
    only when nothing else places the article (kg.extract.places.resolver). Chrome lines below the
    story are related-news lists ("Những tin cũ hơn"): other stories, of any province on a
    central site, never read."""
    st = state.structure
    if st is None or not st.chrome or not st.story:
        return
    scanner = _get_scanner()
    for i in sorted(j for j in st.chrome if j < min(st.story)):
        toks, elements = scanner.scan(st.lines[i], 0, state.vintage)
        words = [k for k, t in enumerate(toks) if t.is_word]
        for e in elements:
            bm = e.body if isinstance(e, Role) else e
            if not (isinstance(bm, (BodyMention, LevelMention)) and bm.place_name and bm.level == "province") \
                    or not words or e.start > words[0] or e.end <= words[-1]:
                continue        # (a line that says more than a name is a headline or a ticker)
            prov = places.gz.province(bm.place_name, state.vintage) or places.gz.province(bm.place_name, "legacy")
            places.chrome |= {prov.name} if prov is not None else set()


def _time_span(sv, bm) -> bool:
    """A commune's number that a time word follows ("của xã 6 tháng đầu năm"): the story's own
    unit written bare before a span of time, not a numbered commune that would rival the one
    the story names (and keep bare "xã" from meaning it)."""
    toks = sv.toks
    return bm.level == "commune" and bool(bm.place_name) and bm.place_name.isdigit() \
        and bm.end < len(toks) and toks[bm.end].low in time_words()


def _fold_capital_communes(views, places: PlaceResolver) -> None:
    """A commune named in a capitals headline, the month run on ("ĐẢNG BỘ XÃ TÂN AN THÁNG 3"): its
    bodies take the name as the story writes it, so they are the story's, not a commune of their own."""
    for sv in views:
        for _, _, bm in sv.mentions():
            if type(bm) in (BodyMention, LevelMention) and bm.level == "commune" and bm.unit \
                    and bm.place_name and bm.place_name.isupper():
                bm.place_name = written_commune(bm.place_name, places.communes.get(bm.unit, ())) or bm.place_name


def find_places(state: ArticleState) -> None:
    """Every unit the sentences name, and the place context bare mentions resolve to."""
    places = PlaceResolver(state.vintage)
    lx = lexicon()
    surnames = lx.surnames
    lead = next((sv for sv in state.views if not sv.is_headline), None)
    for sv in state.views:
        cut_place_heads(places.gz, sv, state.vintage, surnames)     # "Chủ tịch Quảng Tây Lô Chí"
        if fires(foreign_party_titles, sv):
            foreign_party_titles(sv, lx)        # "Ủy viên Trung ương Đảng Cộng sản Trung Quốc"
        for _, _, bm in sv.mentions():
            if (type(bm) is BodyMention or type(bm) is LevelMention) and not mission_seat(sv, bm.start):
                name = bm.place_name
                if name is None and bm.level in ("province", "district"):
                    name = lowered_tail(places.gz, sv.toks, bm.end)
                if _time_span(sv, bm):
                    continue        # "kết quả của phường 9 tháng đầu năm": a span, no ward 9
                places.add(bm.level, bm.unit, name)
                if type(bm) is BodyMention and name and bm.level in ("province", "city", "district"):
                    places.body_mentions.add((bm.level, bm.unit, name))
        places.quoted |= quoted_provinces(places.gz, sv, state.vintage)
        places.bare.update(bare_provinces(places.gz, sv, state.vintage))
        for name in cued_provinces(places.gz, sv, state.vintage):
            places.add("province", places.province_unit, name)
        for name in bracketed_districts(places.gz, sv, state.vintage):
            places.add("district", None, name)
        for name in headline_districts(places.gz, sv, sv is lead):      # "Hàm Tân: Tổ chức ..."
            places.add("district", None, name)
        for unit, name in headline_units(places.gz, sv):        # "H. Châu Thành, <tỉnh>: ..."
            places.add("district", unit, name)
        provinces, districts = headline_brackets(places.gz, sv, state.vintage)     # "Mỹ Tú (Sóc Trăng): ..."
        for name in provinces:
            places.add("province", places.province_unit, name)
        for name in districts:
            places.add("district", None, name)
    _fold_capital_communes(state.views, places)
    _scan_bylines(state, places)
    _scan_chrome(state, places)
    places.foreign = mark_foreign(state.views)
    party = article_party(places.gz, state.views) if places.foreign else None
    for sv in state.views:
        for level, unit, name in unname_foreign(sv, places.foreign):    # "huyện Lục Xuân": no person
            places.add(level, unit, name)
        cut_foreign_tails(sv, places.foreign)      # "Tỉnh trưởng tỉnh Sekong Khăm Phăn Xay"
        foreign_central(places.gz, sv, lx, places.foreign)     # "Chính phủ Trung Quốc"
        read_foreign_governments(sv)       # ... which names that state's government, mentioned
        foreign_delegation(sv, lx, places.foreign)      # "Đoàn đại biểu tỉnh Sê Kông do A, Bí thư Tỉnh ủy"
        if fires(foreign_side, sv):
            foreign_side(places.gz, sv, lx, places.foreign)     # "Phía Lào có ông A, Ủy viên Trung ương Đảng"
        if places.foreign:
            foreign_chains(sv, lx, places.foreign, party)   # "Tỉnh trưởng tỉnh Sekong Khăm ..."
    state.places = places
    state.place_context = places.context(_page_site(state, places))
    # "Xã X - Y": a commune and its district's name written bare (the commune gazetteer)
    place_communes_district(places.gz, state.place_context, getattr(state.article, "text", "") or "")
    state.facts.places = list(state.place_context.places)


def _page_site(state: ArticleState, places: PlaceResolver):
    """What the page says of its site: the district or commune a portal's banner names (added
    as mentions), and the site's province: from the URL or lead tag (kg.read.sites), else a
    portal's banner, else the source credit closing the story."""
    text = getattr(state.article, "text", "") or ""
    banner = portal_district(places.gz, text)      # "Cổng thông tin điện tử huyện X" atop the page
    if banner is not None:
        places.add("district", *banner)
    banner = portal_commune(text)      # "Trang thông tin điện tử xã X": bare "xã" titles carry X
    if banner is not None:
        places.add("commune", *banner)
    credit = credit_site(text) if text else None      # "Theo Báo Đắk Nông điện tử" closing the story
    return getattr(state.article, "site_province", None) \
        or portal_province(places.gz, text, state.vintage) or (credit.province if credit else None) \
        or (named_outlet(text) if text else None)      # "phóng viên Báo X phỏng vấn ..."


PLACES = Stage("places", reads=("views", "vintage", "article", "structure"),
               writes=("places", "place_context", "facts.places"), run=find_places)
