"""What a page glues to its title line or sets where a title stands that is no title: a site
section's label before it ("Thời sự - Chính trị <title>"), the stamp in brackets after it
("<title> (14/12/2019 17:45)"), and the lines of a title's shape that are none (a portal's name
made of places, a document's place and date line, a caption closed by its credit). Split from
kg.extract.structure.structure by its job; the words are article.yaml's.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from kg.extract.lexicon import grammar, section

_W = grammar("article.yaml", "structure")
# (the fewest words a title keeps once a label is taken off it)
_TITLE_WORDS = 4


@lru_cache(maxsize=1)
def _section_re() -> re.Pattern:
    """A site's section named in two parts joined by a dash, each capitalised as a site writes it
    (article.yaml structure `section_labels`: "Thời sự - Chính trị", "Tin tức - Sự kiện"), then a word in
    capitals: the label a page set before its title on one line. Only these: a topic's words open
    titles too ("Kiểm tra - giám sát ...", "Chính quyền xã ..."; review9b M2)."""
    alts = "|".join(r"\s*[-–]\s*".join(r"\s+".join(map(re.escape, part.split())) for part in re.split(r"\s[-–]\s", w))
                    for w in sorted(_W["section_labels"], key=len, reverse=True))
    return re.compile(r"^(?:" + alts + r")\s+")


def without_section(text: str, dated: bool = False) -> str:
    """The title with the section's label before it taken off (``dated``: the line opened on a stored
    page's date marker, where a label of one part stands too, before a title led by its place and a colon,
    "Chính trị Xã X: ...": a title's own subject opens on the same words, "Kinh tế Hậu Giang tăng trưởng ...")."""
    m = _section_re().match(text)
    if m is None and dated:
        m = _dated_section_re().match(text)
        m = m if m is not None and _LED_BY_COLON.match(text, m.end()) else None
    rest = text[m.end():] if m else ""
    return rest if rest.lstrip('"“')[:1].isupper() and len(rest.split()) >= _TITLE_WORDS else text


# ("Xã Đông Khê: ...": a few words, then a colon, opening the title)
_LED_BY_COLON = re.compile(r"[^\W\d_][^\s:]*(?:\s+[^\s:]+){0,5}:\s")


@lru_cache(maxsize=1)
def _dated_section_re() -> re.Pattern:
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(_W["dated_section_labels"], key=len, reverse=True))
    return re.compile(r"^(?:" + alts + r")\s+")


# "(14/12/2019 17:45)": the page's stamp in brackets closing the title's line, its time with it (a date
# alone there, "... quý I (12/3/2024)", is the meeting's own day: review9b M3)
_BRACKET_STAMP = re.compile(r"\s*\(\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})"
                            r"\s*,?\s*\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?\s*\)\s*$")


# "... TẠI XÃ ĐÔNG KHÊ 12/04/2031": a date with its year closing the title's line, bare, no day word before it
# (" ... ngày 8/10/2021" is the event's own day)
_BARE_STAMP = re.compile(r"(?<!ngày)(?<!Ngày)(?<!NGÀY)\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})"
                         r"(?:\s*,?\s*\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?)?\s*$")


# " - 2024-11-22", " | 2024-11-22 08:30": a stamp written year first closing the title's line
_ISO_STAMP = re.compile(r"\s+[-–|]?\s*(?:19|20)\d{2}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def _bare_stamp(text: str) -> Optional[re.Match]:
    """The bare date closing the title's line (_BARE_STAMP), unless it is a day remembered: after an
    anniversary's years ("Kỷ niệm 50 năm Ngày giải phóng miền Nam 30/4/1975"; structure.dates `years_of`) or
    closing a range of dates ("Ngày thành lập Đảng 3/2/1930 - 3/2/2025")."""
    from kg.extract.structure.dates import _patterns
    m = _BARE_STAMP.search(text)
    if m is None or _patterns()["years_of"].search(text, 0, m.start()) or _RANGE_END.search(text, 0, m.start()):
        return None
    return m


# (a date's year and a dash right before a date: the range's end)
_RANGE_END = re.compile(r"\d{4}\s*[-–]\s*$")


def bracket_stamp(text: str) -> tuple[str, Optional[date]]:
    """The title without the stamp in brackets after it, and the stamp's date (None without one); a
    stamp written year first after it is dropped too (its date is not read: no time, no brackets)."""
    text = _ISO_STAMP.sub("", text) if len(_ISO_STAMP.sub("", text).split()) >= _TITLE_WORDS else text
    m = _BRACKET_STAMP.search(text) or _bare_stamp(text)
    if m is None or len(text[:m.start()].split()) < _TITLE_WORDS:
        return text, None
    try:
        return text[:m.start()], date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return text, None


@lru_cache(maxsize=1)
def _portal_re() -> re.Pattern:
    """ "Huyện Ý Yên - Nam Định", "Xã Tân Phú - Huyện Châu Thành": a unit's level word, its name and
    its parent's after a dash, every word in capitals (article.yaml structure `portal_levels`): the
    name of the unit's portal, no title (a title tells what was done, in lower-case words)."""
    levels = "|".join(sorted(map(re.escape, _W["portal_levels"]), key=len, reverse=True))
    name = r"[^\W_][^\s\-–]*(?:\s+[^\W_][^\s\-–]*){0,3}"
    return re.compile(r"^(?:" + levels + r")\s+" + name + r"\s*[-–]\s*(?:(?:" + levels + r")\s+)?(" + name + r")$", re.I)


def _portal(s: str) -> bool:
    """The line is a portal's name: its shape, every word in capitals, and a known place after the dash
    ("- Nam Định", "- Huyện Châu Thành"; not "Xã Tân Lộc - Điểm Sáng Dân Vận": review9b M6)."""
    m = _portal_re().match(s)
    if m is None or not all(w[:1].isupper() or w[:1].isdigit() for w in s.split() if w[:1].isalnum()):
        return False
    from kg.extract.gazetteer import get_gazetteer
    return bool(get_gazetteer().lookup(m.group(1)))


# "Hải Phòng, ngày 27 tháng 02 năm 2020": a document's place and date, set as its own line
_PLACE_DATE = re.compile(r"^[^\W\d_][^,\d]{1,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2}\s*\.?$", re.I)


def place_date(line: str) -> bool:
    """A document's place and date set as a line of its own: its date no meeting's, its year no
    meeting's (the place stays the story's: it places the bodies named)."""
    return bool(_PLACE_DATE.match(line.strip()))


def link_twice(line: str) -> bool:
    """ "Ông A được bầu giữ chức Chủ tịch Hội X tỉnh Y Ông A được bầu giữ chức ... tỉnh Y": one text set
    twice on one line (a related story's link, its image's alt text then its title): no line of the
    story, whose people are another story's."""
    s = line.strip()
    half = len(s) // 2
    return len(s.split()) >= 2 * _TITLE_WORDS and s[half] == " " and s[:half] == s[half + 1:] if len(s) % 2 else False


@lru_cache(maxsize=1)
def _story_opener_re() -> re.Pattern:
    """ "Tại buổi gặp mặt, ...", "Phát biểu tại hội nghị, ...": a story's sentence opens on the scene or
    the speech it goes on from (article.yaml structure `story_openers`), its clause closed by a comma."""
    alts = "|".join(map(re.escape, sorted(_W["story_openers"], key=len, reverse=True)))
    return re.compile(r"^(?:" + alts + r")\b[^,.;:]{0,40},", re.I)


def no_title(s: str) -> bool:
    """A line of a title's length that is none: a portal's name made of places, a document's
    place and date, a caption closed by its photographer's credit without a colon ("... năm 2019.
    Ảnh Thu Hà"), a letterhead, a speech's salutation ("Kính thưa đồng chí A, ...!")."""
    from kg.extract.structure.credits import closes_caption
    return _portal(s) or bool(_PLACE_DATE.match(s) or _LETTERHEAD.search(s) or _SALUTATION.match(s)) or closes_caption(s)


_LETTERHEAD = re.compile(r"(?:" + "|".join(r"\s*[-–]\s*".join(map(re.escape, w.split(" - "))) for w in _W["letterhead_phrases"])
                         + r")", re.I)
_SALUTATION = re.compile(r"^(?:" + "|".join(map(re.escape, _W["salutations"])) + r")\s", re.I)


def story_opener(s: str) -> bool:
    """A story's sentence opening on its scene ("Tại buổi gặp mặt, đồng chí A, Phó ..."): the story has
    begun, and a headline never comes after it. A sentence or a person's apposition after the opener
    (a second comma) tells it; a title opens so too ("Tại kỳ họp thứ 7, HĐND tỉnh X thông qua 20 nghị
    quyết": review9b H13)."""
    return bool(_story_opener_re().match(s)) and (s.rstrip().endswith(".") or s.count(",") >= 2)


@lru_cache(maxsize=1)
def _credit_only_re() -> re.Pattern:
    markers = sorted(section("article.yaml", "photo_credit_markers"), key=len, reverse=True)
    return re.compile(r"^\W*(?:" + "|".join(map(re.escape, markers)) + r")\s*:\s*[^.!?:]{1,60}?\)?\.?$", re.I)


def credit_only(text: str) -> bool:
    """A photo's credit set alone on its line ("Ảnh: Công đoàn cung cấp", "(Ảnh: Thu Hà)"): the line above
    it is the photo's caption, no title and no lead (article.yaml photo_credit_markers)."""
    return bool(_credit_only_re().match(text.strip()))


def credit_under(lines: list[str], i: int) -> bool:
    """The next line with words is a photo's credit alone: line i is its caption, when it reads as one
    (a sentence's full stop) or no dated lead follows the credit (a title over the lead's photo, its
    credit alone, then "Sáng 12/3, ...": the title; review9b H11)."""
    after = [k for k in range(i + 1, min(len(lines), i + 6)) if lines[k].strip()][:2]
    if not after or not credit_only(lines[after[0]]):
        return False
    from kg.extract.structure.title_lines import caption_opening      # ("Quang cảnh ...": review9b L4)
    return lines[i].rstrip().endswith(".") or caption_opening(lines[i].strip()) or len(after) < 2 \
        or not OPENS_ON_DAY.match(lines[after[1]])


# a line that opens on its day ("Sáng 12/3, ...", "Ngày 12-3-2024, ...": article.yaml structure day_opening_words);
# title_lines reads it too, from here (this module imports no other of the stage, so neither import makes a cycle)
OPENS_ON_DAY = re.compile(r"^\W*(?:(?:" + "|".join(map(re.escape, _W["day_opening_words"]))
                          + r")\s+)*(?:ngày\s+)?\d{1,2}\s*[/\-.]\s*\d{1,2}\b", re.I)


# (a breadcrumb's separators between its items: "Trang chủ > Tin tức > <title>", "... » <title>")
_CRUMB = re.compile(r"\s[>»]\s")


def crumb_tail(lines: list[str], i: int) -> bool:
    """A breadcrumb above line i ends on the line's first words, cut or whole ("> Tin tức > Tin hoạt
    động > Phát biểu khai mạc tại Kỳ họp thứ 5, ..., nhiệm kỳ 2026 -" over the line): the page names its
    title so, line i is the title, whatever its commas make it look like (an opener's clause)."""
    s = " ".join(lines[i].split())
    for k in range(i - 1, max(-1, i - 4), -1):
        parts = _CRUMB.split(" " + " ".join(lines[k].split()))
        if len(parts) < 3:
            continue
        tail = parts[-1].strip().rstrip(" -–.…")
        return len(tail.split()) >= _TITLE_WORDS and s.startswith(tail)
    return False
