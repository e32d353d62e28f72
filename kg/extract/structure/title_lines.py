"""What a title line is and is not: the shapes that tell a page's headline from its lead
paragraph, a photo caption, a list of those present or a fragment of a broken line (the choice
among the candidates is kg.extract.structure.structure's). Split from kg.extract.structure.structure by its job.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.extract.structure import page_dates
from kg.extract.structure.line_cleaning import clean as _clean
from kg.extract.lexicon import grammar, lexicon
from kg.extract.sentences.tokens import tokenize
from kg.extract.structure.page_chrome import end_marker, is_caption as _is_caption
from kg.extract.structure.title_marks import OPENS_ON_DAY

_W = grammar("article.yaml", "structure")
# (the capital letters of the alphabet, Đ among them: structural, not genre words)
_OUTLET_TAG = re.compile(r"^\(?\s*[A-ZĐ][A-ZĐa-zđ\.\s\-]{0,14}\)\s*[-–—]\s*")  # "(CT) - " leading a lead paragraph
_LEAD_OPENING = re.compile(r"^(?:\(.*?\)\s*[-–]\s*)?(?:" + "|".join(_W["lead_openings"]) + r")\b")
_DIGIT = re.compile(r"\d")
# ("Ngày làm việc thứ hai ...": the day word as a noun, a word after it; not "Ngày 5/3", "Ngày nay")
_NOUN_OPENING = re.compile(r"(?:" + "|".join(_W["noun_lead_openings"]) + r")\s+(?!(?:nay|hôm|mai|qua)\b)[^\W\d_]")


def is_sentence(s: str) -> bool:
    """A line that ends as a sentence does ("... dự Đại hội."): a story line or a caption,
    never a headline."""
    return s.endswith(".") and not s.endswith("..")


# A line that ends as a sentence and is this long is the story's first paragraph.
LEAD_WORDS = 20
# The longest headlines of the genre ("Đồng chí X, Bí thư ..., Chủ tịch ... thăm và làm việc
# với ...") run to about 30 words.
TITLE_WORDS = 32


# (a title set as a sentence by its stamp runs longer than one set bare: "... lần thứ XVI, nhiệm
# kỳ 2020-2025.", 36 words)
_STAMPED_TITLE_WORDS = 40


def stamp_title(s: str, i: int, after: list[int], stamps: list[page_dates.Stamp], lines: list[str]) -> bool:
    """One sentence right by the page's date stamp, the lead paragraph under it, no title-like
    line above it: the title, set with a full stop ("14-08-2018 - 15:38" / "BCH Đảng bộ xã họp
    đánh giá ... năm 2018." / "Thực hiện ..., chiều 14/8 ..."; or above its stamp "21-2-2020").
    A caption, a list of those present or a lead (a time, an outlet's tag) is none."""
    near = {j for st in stamps for j in (_next_line(lines, st.line, -1), _next_line(lines, st.line, 1))}
    if i not in near or not after or not is_sentence(s) or ". " in s[:-1] or not 6 <= len(s.split()) <= _STAMPED_TITLE_WORDS:
        return False
    if looks_like_lead(s) or _is_caption(s) or s[:1].islower() or _FRAGMENT.search(s) or _LIST_FORMULA.search(s) \
            or _CAPTION_ENDING.search(s) or _SAPO_WORDS.search(s) or _opening_clause(s):
        return False
    lead = _clean(lines[after[0]])
    return looks_like_lead(lead) or len(lead) > 200 or (is_sentence(lead) and len(lead.split()) >= LEAD_WORDS)


_SAPO_WORDS = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _W["sapo_words"])) + r")(?!\w)")
# (a clause this short before the first comma opens a sentence: "Với nhiều kết quả nổi bật, ...")
_OPENING_CLAUSE_WORDS = 8


def _opening_clause(s: str) -> bool:
    return "," in s and len(s.split(",", 1)[0].split()) <= _OPENING_CLAUSE_WORDS


def _next_line(lines: list[str], k: int, step: int) -> int:
    """The nearest non-empty line above (step -1) or under (step 1) line k."""
    k += step
    while 0 <= k < len(lines) and not lines[k].strip():
        k += step
    return k


def not_title(s: str) -> bool:
    """A line a headline never is: a sentence (a sapo or a photo caption: "Ông X vừa tái đắc cử
    ... .", "Đại biểu dự Đại hội bầu ... ."), unless it names an event as a title does ("Hội
    nghị tổng kết công tác Dân vận năm 2020, ... ." : some sites end a title with a full stop;
    one the lead retells is the title too, see retold), a fragment of a line the page cut (it starts in lower case: "chỉ đạo Đại hội có các
    đồng"), a list of the people present ("Đến dự có ông X, ...; bà Y, ..."), or a row of a
    widget's options, one word heading each ("Màu đỏ Màu xanh Màu vàng Màu tím"), or a photo
    caption (below)."""
    words = s.split()
    # (a line with every word capitalised is a title, whatever stop ends it: "Chính Quyền Tỉnh X Thăm ...")
    titled = all(w[:1].isupper() for w in words if w[:1].isalpha())
    # (nor a line that ends on a colon: the heading of a list, "Thành phần tham dự:", "... như sau:")
    return bool(s[:1].islower() or _FRAGMENT.search(s) or (is_sentence(s) and not _EVENT_OPENING.match(s) and not titled)
                or s.endswith((":", "："))
                or _LIST_FORMULA.search(s) or words.count(words[0]) >= _OPTION_ROW or _CAPTION_ENDING.search(s))


# A piece of a sentence the page cut: it holds a list's semicolon, ends on a comma, a semicolon,
# a dash or an open bracket, or begins on a mark that closes or continues ("Huyện ủy A; ông B, ...").
# A photo caption names the event as one already known, bare, at its end ("X phát biểu tại hội
# nghị", "Đoàn Chủ tịch điều hành Đại hội", "Ban Chấp hành ... ra mắt Đại hội"); a headline names
# it in full ("Đại hội đại biểu Hội Nông dân tỉnh X lần thứ X").
_CAPTION_ENDING = re.compile(r"(?<!\w)(?:" + "|".join(_W["caption_endings"]) + r")\s*\.?$", re.I)
_FRAGMENT = re.compile(r";\s|[,;(\-–]$|^[,;:)\]]")


# (a headline may name three bodies of one kind, "Hội A, Hội B, Hội C ra quân"; four is a row)
_OPTION_ROW = 4


_EVENT_OPENING = re.compile(r"(?:" + "|".join(_W["title_event_openings"]) + r")\b")
_LIST_FORMULA = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in _W["list_formulas"]) + r")(?!\w)", re.I)


def retold(s: str, after: list[int], lines: list[str]) -> bool:
    """A sentence the lead under it tells again word for word after its time ("Đô Lương tổ
    chức hội nghị ... ." / "Sáng 30/3, Đô Lương tổ chức hội nghị ... và ..."): the headline, even
    long and ending with a full stop (some portals set the title so)."""
    if not after or len(s.split()) > TITLE_WORDS or looks_like_lead(s):
        return False
    lead = _clean(lines[after[0]])
    return looks_like_lead(lead) and s.rstrip(".") in lead and not lead.startswith(s.rstrip("."))


def over_dash_lead(s: str, after: list[int], lines: list[str]) -> bool:
    """ "Nông dân tỉnh tri ân liệt sĩ trước thềm đại hội" / "- Sáng 9/5, ...": a line, no sentence, right over
    a dated lead the page opens with the dash that joins a title to its lead: the title, though it ends on
    the event named bare as a caption does (a caption stands over no dash)."""
    if not after or is_sentence(s) or s[:1].islower() or _FRAGMENT.search(s):
        return False
    lead = lines[after[0]].strip()      # (raw: clean drops the dash as a bullet)
    rest = _clean(lead) if lead[:1] in "-–" else ""
    return bool(rest) and bool(_LEAD_OPENING.match(rest)) and bool(_DIGIT.search(rest[:40]))


def person_label(s: str, after: list[int], lines: list[str]) -> bool:
    """ "Phó Chủ tịch UBND tỉnh Lê Văn Ba" over "Phó Chủ tịch Lê Văn Ba: Đẩy nhanh tiến độ ...": a page's label
    of the story's person (a title first, roles.yaml, his name last) over the title, which names him: the title
    is the next line. A headline names what he does, never him alone."""
    if not after or is_sentence(s) or ":" in s or len(s.split()) > _LABEL_WORDS:
        return False
    toks = tokenize(s)
    if not toks or lexicon().roles.match(toks, 0) is None:
        return False
    words = s.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1][1:].islower():
        k -= 1
    name = " ".join(words[k:])
    return 2 <= len(words) - k <= 4 and k > 0 and name in _clean(lines[after[0]])


# (a title and a name: "Phó Thủ tướng Chính phủ Lê Văn Ba", ten words at the most)
_LABEL_WORDS = 10


def wrapped(lines: list[str], i: int) -> bool:
    """The line goes on, in lower case, on the next one: a paragraph the page broke into
    lines, never a headline ("... Phó Bí thư Tỉnh ủy dự và chỉ" / "đạo đại hội ..."). (A page
    address's words under the title, "lanh-dao-tinh-tham ...", are ASCII: no continuation.)"""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return nxt[:1].islower() and not nxt.isascii()


def looks_like_lead(s: str) -> bool:
    """The first paragraph of the story, not a headline: long, or opening with a time."""
    if _OUTLET_TAG.match(s) or s.startswith("-"):
        return True
    if _LEAD_OPENING.match(s) and not _NOUN_OPENING.match(s) \
            and (len(s) > 120 or _DIGIT.search(s[:40])):
        return True
    return len(s) > 200 and s.count(". ") >= 1


def past_a_list(candidates: list[int], lines: list[str]) -> list[int]:
    """ "Tin mới nhất" over a few titles, then one more right above the lead: a sidebar's list
    heads the page (article.yaml end_markers, the headings of lists of other articles); the title
    is the last title-like line, the story's own."""
    if len(candidates) < 2:
        return []
    heads = any(end_marker(lines[i]) for i in range(candidates[0]))
    return candidates[-1:] if heads else []


def cut_copy(s: str, after: list[int], lines: list[str]) -> bool:
    """ "Chủ tịch Hội X" over "Bí thư Tỉnh ủy tiếp Chủ tịch Hội X": the line is the last words of
    the next title-like line (a breadcrumb's tail or a cut copy), which is the title; or its first
    words ("Công tác dân vận" over "Công tác dân vận phải “sát dân, hiểu dân”"): a kicker, or the
    title cut where a quotation opens."""
    if not after:
        return False
    nxt = _clean(lines[after[0]])
    return len(nxt) > len(s) and (nxt.endswith(" " + s) or nxt.startswith(s + " ")) or _card(s, nxt)


def _card(s: str, nxt: str) -> bool:
    """ "<title> Sáng 3/4, Huyện ủy X ..." over "<title>": the page's card of the story, its title and the
    lead's first words on one line; the title is the next line, alone."""
    if len(nxt.split()) < 4 or not s.startswith(nxt + " "):
        return False
    rest = s[len(nxt) + 1:]
    return bool(_LEAD_OPENING.match(rest) and _DIGIT.search(rest[:40]))


def under_stamp(at: int, above: Optional[int], candidates: list[int], body: list[int], lines: list[str]) -> Optional[int]:
    """ "Thống kê truy cập" / "Hôm nay: 12" / "Cập nhật lúc: 29/12/2025" / title / lead: the
    title-like line right under a stamp that no title stands over, the lead right under it, is
    the title; the earlier ones are a sidebar's labels above the story (a poll, a counter)."""
    below = [i for i in body if i > at][:2]
    if above in candidates or len(below) < 2 or below[0] not in candidates[1:]:
        return None
    lead = _clean(lines[below[1]])
    return below[0] if looks_like_lead(lead) or (is_sentence(lead) and len(lead.split()) >= LEAD_WORDS) else None


def first_line_title(s: str, after: list[int], lines: list[str]) -> bool:
    """The page's first line, one sentence set with a full stop ("Đồng chí A, Phó Chủ tịch UBND
    huyện trao huy hiệu Đảng cho đảng viên xã B."), right over a lead that opens on its time and
    date ("Sáng ngày 15/7, ..."; a copy of the line between them is skipped): the title, which the
    lead tells again in full. A caption, a list of those present, a line with a date (a lead's
    own) or one opening as a lead does is none."""
    if not is_sentence(s) or ". " in s[:-1] or not 6 <= len(s.split()) <= TITLE_WORDS or not s[:1].isupper():
        return False
    if looks_like_lead(s) or _LEAD_OPENING.match(s) or _is_caption(s) or _FRAGMENT.search(s) \
            or _LIST_FORMULA.search(s) or _CAPTION_ENDING.search(s) or _SAPO_WORDS.search(s) or _DAY_DATE.search(s) \
            or s.startswith(_CAPTION_SUBJECTS) or _opening_clause(s) and not s.startswith(_PERSON_OPENERS):
        return False
    lead = next((x for x in (_clean(lines[j]) for j in after) if x != s), "")
    return bool(_LEAD_OPENING.match(lead) and _DIGIT.search(lead[:40]))


_CAPTION_SUBJECTS = tuple(w + " " for w in _W["caption_subjects"])


def caption_opening(s: str) -> bool:
    """The line opens on those in a photo or its scene ("Quang cảnh ...", "Đại biểu dự ...": article.yaml
    structure `caption_subjects`)."""
    return s.startswith(_CAPTION_SUBJECTS)


def gallery_caption(s: str) -> bool:
    """A photo caption of the story's own event, set in a gallery under the byline: it opens on those in
    the photo, or on a person addressed and his titles after a comma ("Đồng chí A, Phó Bí thư Tỉnh ủy báo
    cáo ..."), or names the event bare at its end ("... phát biểu tại hội nghị"), or carries a credit's
    marker. A link to another story names its own event in full and tells no one's titles so."""
    return caption_opening(s) or bool(_CAPTION_ENDING.search(s)) or _is_caption(s) \
        or s.startswith(_PERSON_OPENERS) and "," in " ".join(s.split()[:_ADDRESSED_WORDS])


# (a name and its honorific fill the words before the comma that opens his titles)
_ADDRESSED_WORDS = 7
_PERSON_OPENERS = tuple(w + " " for w in _W["title_person_openers"])
# (a day and its month: "15/7", "15-7-2024", a lead's date, never a title's)
_DAY_DATE = re.compile(r"(?<!\d)\d{1,2}\s*[/\-.]\s*\d{1,2}(?!\d)")


def stamped_caption_ending(s: str, i: int, stamps: list[page_dates.Stamp], lines: list[str]) -> bool:
    """A title-like line that ends on an event named bare ("Huyện X: 46/49 chi bộ hoàn thành đại
    hội"), with the page's own stamp right under it (a date and its time, "01/04/2020 | 08:54"): the
    title, the stamp shows it (a photo's caption has none under it)."""
    if not _CAPTION_ENDING.search(s) or is_sentence(s) or s[:1].islower() or _FRAGMENT.search(s) \
            or _LIST_FORMULA.search(s):
        return False
    nxt = _next_line(lines, i, 1)
    return any(st.line == nxt and not st.calendar for st in stamps)


def stamped_capitals(s: str, i: int, stamps: list[page_dates.Stamp], lines: list[str]) -> bool:
    """A line in capitals, a title's length, the page's own stamp right under it ("CHÀO MỪNG 47 NĂM
    ...; 44 NĂM ..." / "Thứ ba - 23/04/2019 17:16"): the title, whatever marks it holds (a banner's
    slogan has no stamp under it)."""
    words = [w for w in s.split() if any(c.isalpha() for c in w)]
    # (a joining word may stay in lower case: "... ĐẤT NƯỚC và KỶ NIỆM ...")
    if sum(not w.isupper() for w in words) > 1 or not _CAPS_TITLE_WORDS <= len(words) <= TITLE_WORDS:
        return False
    nxt = _next_line(lines, i, 1)
    return any(st.line == nxt and not st.calendar for st in stamps)


# (the fewest words of a title set in capitals over its stamp)
_CAPS_TITLE_WORDS = 6


def stamped_clauses(s: str, i: int, stamps: list[page_dates.Stamp], lines: list[str]) -> bool:
    """Two clauses a semicolon joins ("Hoàn thành các chỉ tiêu năm 2031; sẵn sàng cho kỳ bầu cử ..."),
    the page's own stamp right under them: the title (a list of those present runs to more semicolons, a
    line the page cut ends on its mark or opens on one)."""
    if s.count("; ") != 1 or not s[:1].isupper() or is_sentence(s) or _FRAGMENT.search(s.replace("; ", " ")) \
            or _LIST_FORMULA.search(s) or len(s.split()) > _STAMPED_TITLE_WORDS:
        return False
    nxt = _next_line(lines, i, 1)
    return any(st.line == nxt and not st.calendar for st in stamps)


def listed(lines: list[str], i: int, chrome: set[int]) -> bool:
    """The line right under a heading that ends on a colon ("* Về phía lãnh đạo xã:" / "Ông A -
    Chủ tịch ..."): an item of its list, not the title (the page's furniture, "Chia sẻ:", aside)."""
    k, n = _next_line(lines, i, -1), _next_line(lines, i, 1)
    if k >= 0 and k not in chrome and _clean(lines[k]).endswith((":", "：")) and n < len(lines) \
            and (_name_entry(lines[n]) or _LIST_ITEM.search(_clean(lines[n]))):
        return True             # (a list has more than one item: a label over the title and its stamp is none)
    # (an entry among others: the line above or under it is one too; alone, "Đồng chí A - Bí thư
    # Tỉnh ủy thăm ...", "Ông A – tân Chủ tịch UBND tỉnh" are titles)
    return _name_entry(lines[i]) and any(0 <= j < len(lines) and _name_entry(lines[j]) for j in (k, n))


# (the next line goes on with the list: another heading, an item ending on ';', a bullet)
_LIST_ITEM = re.compile(r"^[*•+\-.]|[:;：]$")


def _name_entry(line: str) -> bool:
    m = _NAME_ENTRY.match(_clean(line))
    # (a name's syllables, not an abbreviation: "A UVBTV – PCT ..." is a title's)
    return bool(m) and all(w[1:].islower() for w in m.group(1).split())


# "Ông Nguyễn Văn A – Phó Chủ tịch UBND xã", "Bà Lê Thị B: Chủ tịch Hội ...": a person named with
# the honorific, a dash or a colon right after the name, then the titles: an entry of a list of
# those present (or a caption), never a title (a title names its person by the title first)
_NAME_ENTRY = re.compile(r"(?:" + "|".join(_W["title_person_openers"]) + r")\s+(?:(?:Ông|Bà)\s+)?"
                         r"([A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){1,4})\s*(?:[-–:]|\s[-–])")


_GROUP_PHOTO = tuple(_W["group_photo_phrases"])


def group_photo(s: str, nxt: list[int], lines: list[str]) -> bool:
    """ "Các đại biểu chụp ảnh lưu niệm bên tượng đài" over "Tham dự có ...": what only a group
    photo's caption says (article.yaml structure `group_photo_phrases`), the line under it no dated
    lead (a title stands over its dated lead: "Lãnh đạo tỉnh gặp mặt, chụp ảnh lưu niệm với ..." /
    "Sáng 20/5, ..."; review8d M2)."""
    low = s.lower()
    # (or a scene's or a performance's caption, whatever stands under it: article.yaml structure `scene_openers`)
    return any(p in low for p in _GROUP_PHOTO) and not (nxt and OPENS_ON_DAY.match(_clean(lines[nxt[0]]))) \
        or s.startswith(_SCENES)


_SCENES = tuple(w + " " for w in _W["scene_openers"])


def first_twice(s: str, i: int, body: list[int], lines: list[str]) -> bool:
    """The page's first line, set with a full stop, repeated right under it ("Huyện ủy X làm việc
    với xã Y về ... ." twice): the title and the page's heading, not a lead told twice."""
    if not (i in body[:2] and len(body) > 1 and len(s.split()) <= TITLE_WORDS
            and _clean(lines[body[0]]) == _clean(lines[body[1]]) == s):
        return False
    # (not a lead told twice, a photo's alt and caption, "Quang cảnh ...", nor a pair over a title that
    # has no full stop: review9b M7)
    third = _clean(lines[body[2]]) if len(body) > 2 else ""
    # (nor a speaker's caption, ending on the event named bare, over the dated lead: "Đồng chí A phát
    # biểu tại hội nghị." twice, then "Sáng 12/3, ...": the page shows no title; review9b M7b)
    if _CAPTION_ENDING.search(s) and OPENS_ON_DAY.match(third):
        return False
    return not looks_like_lead(s) and not caption_opening(s) and not (
        third and not is_sentence(third) and len(third.split()) >= 4 and not looks_like_lead(third))
