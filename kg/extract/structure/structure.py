"""Article structure: site chrome, headline, dateline, bylines and the story itself.

Scraped pages come with menus, share buttons, breadcrumbs and reader-comment boxes glued
around the story. They are told apart by general signals of web pages (see
kg/data/lexicon/article.yaml), by position (top block, bottom block) and by shape (a short
line of Title Case syllables after the story is a byline), never by any one site's lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from kg.extract.gazetteer import vintage_for
from kg.extract.lexicon import grammar, lexicon
from kg.extract.structure import credits as caption_credits, page_dates, story_ends, title_marks
from kg.extract.structure.page_chrome import is_counter as _is_counter, is_caption as _is_caption, is_chrome as _is_chrome, \
    is_masthead as _is_masthead, is_slug as _is_slug, strip_buttons, strip_site, end_marker
from kg.extract.structure.dates import parse_date_line
from kg.extract.structure.text_years import years_in
from kg.extract.state import ArticleState, Stage
from kg.extract.structure.bylines import (TRAILING_TIME as _TRAILING_TIME, SLASH_OUTLET as _SLASH_OUTLET,
                                byline as _byline, _is_agency as _not_person, photo_credit)
from kg.extract.structure.line_cleaning import clean as _clean
from kg.extract.structure.title_lines import (LEAD_WORDS as _LEAD_WORDS, TITLE_WORDS as _TITLE_WORDS,
                                    is_sentence as _is_sentence, looks_like_lead as _looks_like_lead,
                                    not_title as _not_title, retold as _retold, stamp_title as _stamp_title,
                                    cut_copy, first_line_title, first_twice, group_photo, listed, over_dash_lead, past_a_list, person_label, stamped_capitals,
                                    stamped_clauses,
                                    stamped_caption_ending, under_stamp,
                                    wrapped as _wrapped)

_name_line = story_ends.kept_name_line     # (bylines.name_line, kept: asked again of the same lines)

_W = grammar("article.yaml", "structure")
_SLOGANS = tuple(_W["banner_slogans"])
# an outlet's code in brackets opening a line ("(TTV) ", "(PLVN) - ", "(QNO) – ")
_OUTLET_TAG = re.compile(r"^\((?:[A-ZĐ][A-ZĐ0-9.]{1,9})\)\s*[-–—]?\s*(?=\S)")
_DIGIT = re.compile(r"\d")
# (the most characters of a title's last words set on a line of their own)
_TAIL_CHARS = 80
_TAIL_START = re.compile(r"[^\W\d_]{2,}\s")
# a writer's or photographer's initials, dotted, alone on a line: "Q.H", "N.A.T."
_INITIALS_LINE = re.compile(r"[A-ZĐ](?:\.[A-ZĐ]){1,3}\.?")


@dataclass
class Structure:
    lines: list[str]
    story: list[int]                       # indexes of story lines (headline included)
    headline: Optional[int] = None
    published: Optional[date] = None
    authors: list[str] = field(default_factory=list)
    byline_lines: set[int] = field(default_factory=set)
    chrome: set[int] = field(default_factory=set)
    teasers: set[int] = field(default_factory=set)     # links to other stories (story_ends.cut_teasers)

    @property
    def headline_text(self) -> Optional[str]:
        if self.headline is None:
            return None
        # ("Chúc Tết Ban Trị sự ... |": a table row's bar after the title)
        text = strip_site(strip_buttons(_TRAILING_TIME.sub("", _clean(self.lines[self.headline])))).rstrip(" |│")
        # ("(TTV) Xây dựng quê hương ...": the outlet's tag before the title is no part of it)
        text = _OUTLET_TAG.sub("", text) or text
        # ("Thời sự - Chính trị <title> (14/12/2019 17:45)": the section's label, the page's stamp)
        dated = lexicon().dateline_prefix_re.match(self.lines[self.headline]) is not None
        text = title_marks.bracket_stamp(title_marks.without_section(text, dated))[0]
        return f"{text} {self._title_tail()}" if self._title_tail() else text

    def _title_tail(self) -> Optional[str]:
        """The title's last words the page set apart on the next line, a blank line between ("Đoàn
        công tác của HĐND tỉnh" / "khảo sát công tác giáo dục tại xã X"): short, in lower case, no
        sentence's end on either line."""
        title = _clean(self.lines[self.headline]).rstrip()
        nxt = next((_clean(x).strip() for x in self.lines[self.headline + 1:self.headline + 3] if x.strip()), "")
        # (not a list's item under a heading: "a) Thứ hai, ngày 14-10:")
        if not nxt[:1].islower() or not _TAIL_START.match(nxt) or nxt.isascii() or len(nxt) > _TAIL_CHARS \
                or title[-1:] in ".:!?|" or nxt[-1:] in ".:!?" or len((title + " " + nxt).split()) > _TITLE_WORDS \
                or _DIGIT.search(nxt) or "," in nxt:    # (a lead in lower case: "sáng 3/2, ubnd huyện ...")
            return None
        return nxt


def _dateline_prefix(line: str) -> Optional[date]:
    """The date glued before a stored page's first line ("date 2024-11-03 Sáng 3.11, ...")."""
    m = lexicon().dateline_prefix_re.match(line)
    if not m or not m.group(3):
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None






def analyse(text: str) -> Structure:
    lines = text.split("\n")
    st = Structure(lines=lines, story=[])
    nonempty = [i for i, l in enumerate(lines) if l.strip()]
    if not nonempty:
        return st
    stamps = _before_a_list(_chrome_and_bylines(st, nonempty), nonempty, lines)
    body = [i for i in nonempty if i not in st.chrome and i not in st.byline_lines]
    headline = st.headline = _headline(st, body, stamps)
    st.published = st.published or page_dates.choose(stamps, headline, nonempty, st.lines) \
        or (title_marks.bracket_stamp(_clean(lines[headline]))[1] if headline is not None else None)
    lines = st.lines
    if headline is not None:
        story_ends.name_over_title(st, body)
        # what stands above the headline is the page's masthead, menus and breadcrumbs
        # (a photo caption or a sentence there is the story's, set above its title)
        for i in body:
            if i < headline and i not in st.byline_lines and not _is_sentence(_clean(lines[i])) and not _is_caption(lines[i]) \
                    and not caption_credits.closes_caption(lines[i]):   # ("... hội nghị. Ảnh Thu Hà": review9b L5)
                st.chrome.add(i)
    body = [i for i in body if i not in st.chrome]
    story_ends.header_bylines(st, body)
    body = story_ends.cut_teasers(st, story_ends.cut_related(st, nonempty, body))
    # The end of the story: the last byline-like line; what follows is page furniture.
    body = [i for i in body if i not in st.byline_lines]
    story_ends.cut_tail(st, body)
    st.story = [i for i in body if i not in st.chrome and i not in st.byline_lines]
    if st.published is None:
        # no stamp on the page: the date glued before the lead, or its agency's dateline
        st.published = next((d for i in st.story[:3] if i != headline
                             for d in [page_dates.lead_date(lines[i])] if d), None)
    if st.published is None:
        st.published = page_dates.tail_stamp(lines, st.story, st.headline, nonempty)
    for i in st.story:
        st.authors.extend(photo_credit(lines[i]) or caption_credits.colonless(lines[i]) or ())
    # "Q.H" alone on a line under a photo's caption, the story going on after it: the
    # photographer's initials (set aside as a row of letters, not cut as the story's end)
    # ("P.V", phóng viên, is a role's letters: no name); or right under the story's last line, the writer's
    end = next((i for i in range(st.story[-1] + 1, len(lines)) if lines[i].strip()), -1) if st.story else -1
    # (with the bar of the row it stood in before its date was lost: "K.T |")
    credits = [i for i in sorted(st.chrome) if _INITIALS_LINE.fullmatch(_clean(lines[i]).rstrip(" |"))
               and not _not_person(_clean(lines[i])) and st.story and (st.story[0] < i < st.story[-1] or i == end)]
    st.authors.extend(_clean(lines[i]).rstrip(" |").rstrip(".") for i in credits)
    story_ends.glued_byline(st)
    # de-duplicate authors, keep order (dict.fromkeys keeps each first)
    st.authors = story_ends.not_in_story(st, list(dict.fromkeys(caption_credits.as_dotted(a, text) for a in st.authors)))
    return st


def _before_a_list(stamps: list[page_dates.Stamp], nonempty: list[int], lines: list[str]) -> list[page_dates.Stamp]:
    """A short page's top block reaches past its story into a list of other articles ("Tin khác"
    after a sentence of the story, article.yaml end_markers): their dates are not the page's."""
    begun = False
    for i in nonempty[:12]:
        s = _clean(lines[i])
        if not begun:
            begun = _is_sentence(s) and len(s.split()) >= _LEAD_WORDS
        elif end_marker(lines[i]):
            return [x for x in stamps if x.line < i]
    return stamps


def _chrome_and_bylines(st: Structure, nonempty: list[int]) -> list[page_dates.Stamp]:
    """Chrome, bylines anywhere (marked), and the date stamps of the top block (returned: which
    one dates the article depends on where the headline is)."""
    lines = st.lines
    st.published = _dateline_prefix(lines[nonempty[0]])
    stamps = []
    for i in nonempty[:12]:
        s = page_dates.stamp(lines[i])
        if s:
            stamps.append(s._replace(line=i))
            if parse_date_line(lines[i], _clean) and not _story_stamped(lines[i]):
                st.chrome.add(i)    # (a stamp with names is a byline: marked below)
        elif _is_counter(_clean(lines[i])):
            st.chrome.add(i)        # a counter of the page's widgets ("Đang online: 1")
    for i in nonempty:
        if _is_chrome(lines[i]) or title_marks.link_twice(lines[i]):
            st.chrome.add(i)
    for i in nonempty:
        if i in st.chrome:
            continue
        names = _byline(lines[i])
        if names is not None and len(_clean(lines[i])) < 120 and not _labelled_title(lines[i], names):
            st.byline_lines.add(i)
            st.authors.extend(names)
    for s in stamps:
        _stamp_bylines(st, s.line, s.calendar)
    # (a stamp with names stays for the header's bylines: "T.HẢI - L.NGỌC 06/03/2024 17:07")
    st.chrome.update(s.line for s in stamps if s.line not in st.byline_lines and not _name_line(lines[s.line])
                     and not _story_stamped(lines[s.line]))
    return stamps


# (more characters than any row of a page's furniture holds between its bars)
_PARAGRAPH_CHARS = 200


def _story_stamped(line: str) -> bool:
    """ "Trong hai ngày 3 và 4-10, ... trước mùa mưa,...... 15:42 | 06/10/2020": a page that
    lost its line breaks prints the story and its stamp as one row; the stamp dates the page, the
    row stays the story's (a furniture row's segments are short)."""
    return any(len(seg) > _PARAGRAPH_CHARS for seg in _clean(line).split("|"))


# (the fewest words of a title or a sentence after a media label: "VIDEO: Huyện ủy X sơ kết ...")
_LABELLED_WORDS = 6


def _labelled_title(line: str, names: list[str]) -> bool:
    """A media label before a title or a sentence ("VIDEO: Huyện ủy X sơ kết công tác dân vận"),
    no credit: no names, many words, lower-case words among them (article.yaml structure
    media_labels; "Tin, ảnh: Ban Tuyên giáo Huyện ủy X" stays a credit line)."""
    if names:
        return False
    m = lexicon().byline_re.match(_clean(line))
    value = m.group(2) if m else ""
    return m is not None and m.group(1).lower() in _MEDIA_LABELS and len(value.split()) >= _LABELLED_WORDS \
        and any(w[:1].islower() for w in value.split())


_MEDIA_LABELS = frozenset(w.lower() for w in _W["media_labels"])


def _stamp_bylines(st: Structure, i: int, calendar: bool) -> None:
    """ "12/03/2024 08:15 | Thu Hà", "Thứ Ba, 12/03/2024 | Tác giả: Thu Hà": a stamp row with the
    writer in a segment of its own (not a button, a counter or a section's name; beside a site's
    calendar, "Thứ Ba, 12/03/2024 | Lạc Sơn", a bare name is its place: only a marked one)."""
    row = page_dates.bars(st.lines[i])
    if "|" not in row or i in st.byline_lines:
        return
    for seg in _clean(row).split("|"):
        seg = seg.strip()
        # (a digit in the outlet after the writer's slash is its channel's, "Văn Ba/VOV1": no counter)
        if not seg or _DIGIT.search(_SLASH_OUTLET.sub("", seg)) or _is_chrome(seg) or _is_masthead(seg):
            continue
        names = _byline(seg)
        st.authors.extend((caption_credits.unplaced(_name_line(seg)) if names is None and not calendar else names) or ())


def _headline(st: Structure, body: list[int], stamps: list[page_dates.Stamp]) -> Optional[int]:
    """The first substantial line of the top block that is not the lead paragraph."""
    lines = st.lines
    headline = None
    seen: dict[str, list[int]] = {}
    for i in body[:8]:
        s = _clean(lines[i])
        if (not _is_sentence(s) or first_twice(s, i, body, lines)) and not _is_caption(s):
            seen.setdefault(s, []).append(i)
    candidates = []
    lead_at = len(lines)
    by_stamp = None
    for n, i in enumerate(body[:10]):
        s = _clean(lines[i])
        words = s.split()
        if n == 0 and _caption_above_title(st, body):
            continue        # a photo caption set above the title
        if by_stamp is None and not candidates and n <= 2 and _stamp_title(s, i, body[n + 1:n + 2], stamps, lines):
            by_stamp = i
            continue
        if n == 0 and first_line_title(s, body[1:3], lines) and not title_marks.credit_under(lines, i):
            candidates.append(i)
            continue
        retold = _retold(s, body[n + 1:n + 2], lines) or title_marks.crumb_tail(lines, i)
        if (_looks_like_lead(s) or len(s) > 260 or (_is_sentence(s) and len(words) >= _LEAD_WORDS)
                or title_marks.story_opener(s)) and not retold:
            lead_at = i
            break           # the story has begun: a headline never comes after its lead
        if not _no_candidate(st, s, i, body[n + 1:n + 2], stamps, retold):
            candidates.append(i)
    # The first title-like line before the story starts; a line in capitals before another
    # title-like line is the site's name, not the headline.
    for i in _stamped(candidates, body, stamps, lines) or past_a_list(candidates, lines) or candidates:
        s = _clean(lines[i])
        if s.upper() == s and any(_clean(lines[j]).upper() != _clean(lines[j]) for j in candidates if j > i):
            continue
        if (s.startswith(_SLOGANS) or s.isupper() and s.endswith("!")) and any(j > i for j in candidates):
            continue        # a portal's banner slogan, or one in capitals cheered ("ĐOÀN KẾT ... NĂM 2027!"), over the title
        if cut_copy(s, later := [j for j in candidates if j > i][:1], lines) or person_label(s, later, lines):
            continue
        headline = _kicker_over(i, candidates, body, lines)
        break
    if headline is None:
        headline = by_stamp
    # A line repeated in the top block is the headline for sure (title + page heading).
    for s, idx in seen.items():
        # (a photo caption repeated below the lead is not: the headline never follows the lead)
        if len(idx) > 1 and len(s.split()) >= 4 and (idx[0] < lead_at or first_twice(s, idx[0], body, lines)):
            if headline is not None and headline < idx[0] and _adjacent(body, idx):
                break   # a photo's text twice (its alt, its caption) under the title already found
            headline = idx[0]
            for j in idx[1:]:
                st.chrome.add(j)
            break
    return headline


def _no_candidate(st: Structure, s: str, i: int, nxt: list[int], stamps: list[page_dates.Stamp], retold: bool) -> bool:
    """Line i (cleaned: s) before the story's lead is no title: too short, a caption, a slug, a
    fragment, a list's item, a masthead or a bullet's heading (`nxt`: the body's next line)."""
    lines = st.lines
    # (a site's name after the title makes no masthead; "Print Thứ Tư, 11/09/2019 12:06" no title)
    title = strip_site(_TRAILING_TIME.sub("", s))
    return len(title.split()) < 4 or _is_caption(s) or title_marks.no_title(s) or title_marks.credit_under(lines, i) \
        or group_photo(s, nxt, lines) or _is_slug(s) \
        or (_not_title(s) and not retold and not stamped_caption_ending(s, i, stamps, lines)
            and not over_dash_lead(s, nxt, lines)
            and not stamped_capitals(s, i, stamps, lines) and not stamped_clauses(s, i, stamps, lines)) \
        or _wrapped(lines, i) or listed(lines, i, st.chrome) \
        or story_ends.bullet_header(lines[i]) or _is_masthead(title)


def _kicker_over(i: int, candidates: list[int], body: list[int], lines: list[str]) -> int:
    """ "Công nhân ở lại ăn Tết" / "Đội mưa, công nhân ở lại ăn Tết vui cùng ..." / "Thu Hà - Minh
    An |": a topic's kicker set over the title; the title is the line the writers' names stand
    right under (the kicker has none under it)."""
    k = body.index(i)
    nxt = body[k + 1:k + 3]
    if len(nxt) < 2 or nxt[0] not in candidates or _name_line(lines[nxt[0]]) is not None:
        return i
    kicker, title = _clean(lines[i]).lower().split(), _clean(lines[nxt[0]]).lower().split()
    # (a topic's label, short, its words all in the title: not a title over its longer subtitle)
    if len(kicker) > _KICKER_WORDS or len(kicker) >= len(title) or not set(kicker) <= set(title) \
            or _name_line(lines[nxt[1]]) is None:
        return i
    return nxt[0]


# (the most words of a topic's kicker over the title)
_KICKER_WORDS = 6


def _adjacent(body: list[int], idx: list[int]) -> bool:
    """The line's two copies stand one right under the other in the story's lines."""
    return idx[1] == next((j for j in body if j > idx[0]), None)


def _stamped(candidates: list[int], body: list[int], stamps: list[page_dates.Stamp], lines: list[str]) -> list[int]:
    """The title-like line right above the page's date stamp, when an earlier one stands above
    it: the stamp sits under the title, what is further up is a banner or an advert."""
    for stamp in stamps:
        # (past the byline set between the title and its stamp: "Dương Hoa - Đình An")
        # (read upwards from the stamp: a name line costs a parse, and only the nearest counts)
        above = next((i for i in reversed(body) if i < stamp.line and not _name_line(lines[i])), None)
        if above is not None and above in candidates[1:]:
            return [above]
        below = under_stamp(stamp.line, above, candidates, body, lines)
        if below is not None:
            return [below]
    return []


def _caption_above_title(st: Structure, body: list[int]) -> bool:
    """The first line ends as a sentence and a short title-like line follows it: the first is
    the caption of the photo set above the title ("X - Phó Chủ tịch ... ." / "Khai mạc ...")."""
    if len(body) < 3:
        return False
    first, title, lead = (_clean(st.lines[i]) for i in body[:3])
    if not _is_caption(first) and (_looks_like_lead(first) or len(first.split()) > 40 or ":" in first
                                   or any(map(str.isdigit, first))):
        # a dated or long first paragraph is the lead, set above a caption (not one a caption's
        # marker shows: "... cho 2 đồng chí A (bên trái) và B (bên phải).")
        return False
    return _is_sentence(first) and not _is_sentence(title) and 4 <= len(title.split()) <= _TITLE_WORDS \
        and not _is_caption(title) and not _is_masthead(st.lines[body[1]]) and not _looks_like_lead(title) \
        and not title.isupper() and (_looks_like_lead(lead) or _is_sentence(lead) or len(lead) > 200
                                     or _name_line(st.lines[body[2]]) is not None)


# -- the stage ------------------------------------------------------------------------------------

def read_structure(state: ArticleState) -> None:
    """Headline, dateline and bylines; the years the text names and the map of its time."""
    text = state.article.text
    st = state.structure = analyse(text)
    facts = state.facts
    facts.headline = st.headline_text
    facts.published = st.published or state.published_hint
    facts.authors = list(st.authors)
    state.text_years = _story_years(st, text)
    years = state.text_years
    state.vintage = vintage_for(facts.published or (date(max(years), 1, 1) if years else None))


def _story_years(st: Structure, text: str) -> list[int]:
    """The years the headline and the story name, not the page's furniture (a list of other stories
    under it: "... chậm nhất là ngày 1-1-2026" dates no meeting of this one); when the story names
    none, those of the whole page (a second story's lead past the first one's byline), but a
    document's place and date line ("Hà Nam, ngày 14 tháng 3 năm 2031": its day is no meeting's), the
    links to other stories ("Thái Bình: ... ra quân hè 2031": their years are theirs) and a stamp the page
    was not dated by ("Thứ hai, 03/06/2030" over a story of 20-6: the site's clock, its year no story's)."""
    own = ([st.headline] if st.headline is not None else []) + st.story
    years = years_in("\n".join(st.lines[i] for i in sorted(set(own)) if not title_marks.place_date(st.lines[i])))
    aside = st.teasers | ({k for k in st.chrome if page_dates.stamp(st.lines[k])} if st.published is None else set())
    return years or years_in("\n".join(x for k, x in enumerate(st.lines) if not title_marks.place_date(x) and k not in aside))


STRUCTURE = Stage("structure", reads=("article", "published_hint"),
                  writes=("structure", "text_years", "vintage", "facts.headline", "facts.published",
                          "facts.authors"), run=read_structure)
