"""Page furniture: what a scraped page puts around its story (menus, breadcrumbs, share and
font buttons, widget counters, tag lines, media files, the site's name), recognised by the
general vocabulary of web pages (kg/data/lexicon/article.yaml) and by shape, never by any one
site's lines. Used by kg.extract.structure.structure.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.structure.line_cleaning import clean as _clean
from kg.extract.lexicon import grammar, lexicon

_W = grammar("article.yaml", "structure")
_LINK_MARKS = tuple(_W["link_marks"])
_LINK_REACH = max(map(len, _LINK_MARKS))
# (patterns compiled once: re's own cache costs a lookup per call)
_NON_LETTERS = re.compile(r"[\W\d_]+")
_FONT_BUTTONS = re.compile(r"(?:[AaＡ][+\-]?\s*)+")
_ENDS_SENTENCE = re.compile(r"[.!?]$")
_ENDS_SENTENCE_OR_COLON = re.compile(r"[.!?:]$")
_NON_WORD = re.compile(r"\W+")
# "Đang online: 1", "Lượt xem: 412": a widget's counter, a label and a number
COUNTER = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,4}\s*:\s*[\d.,]+$")


def is_counter(s: str) -> bool:
    """A widget's counter (COUNTER): asked of every line of a page's top block, most of them
    paragraphs with no colon, where the pattern would try its words at each start first."""
    return ":" in s and COUNTER.match(s) is not None
# "#Đại hội thi đua": a tag line; a media file or an address ("Video: 1910_lanh_dao.mp4")
# (and an image's markup left in the text: "<image>data:image/svg+xml;...</image>")
_TAG_OR_MEDIA = re.compile(r"^#\S|https?://|\S\.(?:mp4|mp3|webm|mov|jpe?g|png)\b|^<image>|\bdata:image/", re.I)
# "TT", "ĐT": a writer's initials on the story's closing line, not two letters of a button row
# (kg.extract.structure.structure decides, by position, whether they close the story)
_INITIALS = re.compile(r"[A-ZĐ]{2,4}")
# "(04)39.431.943", "0912 345 678", "(0210) 3846 288": a telephone number, an area code opening
# it and its digits in groups (no headline prints one; a date's or a sum's groups are no phone's)
_PHONE = re.compile(r"(?<![\d.,])(?:\(\s*0\d{1,3}\s*\)\s*|0\d{1,3}[\s.\-]?)\d{2,4}(?:[\s.]\d{2,4}){1,2}(?![\d,]|\.\d)")
# the site's calendar: "Hôm nay, ngày 23 tháng 9 năm 2018", "Hôm nay, thứ Hai, 12/03/2024" and nothing else
_TODAY = re.compile(r"hôm nay\s*[,:]?\s*(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?(?:\d{1,2}\s*[/.\-]\s*\d{1,2}"
                    r"\s*[/.\-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})", re.I)
_TEMPLATE = re.compile(r"(?:\{\w+\}[\s\-–:|,]*)+")
_FOLLOW = re.compile(r"(?:" + "|".join(_W["follow_buttons"]) + r")\s.{2,40}\s(?:trên|on)", re.I)
# (a contact row is short: a label and one or two numbers)
_PHONE_LINE_WORDS = 14
# (a Vietnamese number runs to ten or eleven digits, the old landlines' to nine or ten)
_PHONE_DIGITS = 9


# "Online 5", "Hôm nay 5527", "Tổng 6.818.261": a visitors' counter's row without its colon
_BARE_COUNTER = re.compile(r"([^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*[\d.,]*\d")
_COUNTER_LABELS = frozenset(_W["counter_labels"])


def _bare_counter(low: str) -> bool:
    """A counter's label (article.yaml structure `counter_labels`) and its number, nothing else."""
    m = _BARE_COUNTER.fullmatch(low)
    return m is not None and m.group(1) in _COUNTER_LABELS


def _phone(s: str) -> bool:
    return any(sum(map(str.isdigit, m.group(0))) >= _PHONE_DIGITS for m in _PHONE.finditer(s))


def end_marker(line: str) -> bool:
    """Whether the line heads a list of other articles ("Tin liên quan:", article.yaml end_markers),
    its colon and spaces aside. (The passes over an article's lines ask of every line, most of them
    paragraphs: a line longer than every marker is none, and is not lower-cased to know it, as
    lower() never shortens a text.)"""
    s = _clean(line).rstrip(":：").strip()
    markers = lexicon().end_markers
    return len(s) <= _longest(markers) and s.lower() in markers


@lru_cache(maxsize=4)
def _longest(words: frozenset) -> int:
    return max(map(len, words), default=0)


def is_caption(s: str) -> bool:
    """A photo caption: a credit's marker in it, or the whole line in brackets ("(Đồng chí X phát
    biểu khai mạc Hội thi)", "(Quang cảnh buổi họp mặt)": provincial portals set captions so)."""
    # (map: the markers looked for in C, where a generator resumed a frame for each)
    return any(map(s.__contains__, lexicon().caption_markers)) or _bracketed(s.strip())


def _bracketed(s: str) -> bool:
    """The line opens a bracket that closes only at its end ("(A) - Sáng 2/3, ... (B)" does not)."""
    if len(s) < 3 or s[0] not in "([" or s[-1] != _CLOSE[s[0]]:
        return False
    depth = 0
    for k, c in enumerate(s):
        depth += (c == s[0]) - (c == s[-1])
        if depth == 0 and k < len(s) - 1:
            return False
    return True


_CLOSE = {"(": ")", "[": "]"}


def is_slug(s: str) -> bool:
    """ "lanh dao tinh chuc mung ...": a page address's words, not the headline; nor a line of
    many words with no diacritic at all ("Ba Nguyen Thi A duoc bau ... - Anh 1": an image's alt
    text stripped of its marks; no Vietnamese title of six words goes without one)."""
    return s.isascii() and (s == s.lower() and len(s.split()) >= 4 or len(s.split()) >= _BARE_WORDS)


# (the fewest words of a line with no diacritic taken for a stripped alt text)
_BARE_WORDS = 6


@lru_cache(maxsize=2)
def _paragraph(lx) -> tuple[int, int]:
    """(the length past which a line is no chrome line, menu word or row of furniture, the
    longest chrome prefix): is_chrome lower-cases only the first characters of such a line."""
    return max(_ROW_CHARS, *map(len, lx.chrome_lines), *map(len, lx.menu_words)), \
        max(map(len, lx.chrome_prefixes), default=0)


def is_chrome(line: str) -> bool:
    lx = lexicon()
    if line.lstrip()[:_LINK_REACH].lower().startswith(_LINK_MARKS):
        return True             # a link to another story (article.yaml structure link_marks)
    s = _clean(line).rstrip(":").strip()
    if not s:
        return True
    # (a paragraph, most of the lines asked, is lower-cased only as far as the prefixes reach:
    # lower() never shortens a text, and maps each character alone but a capital sigma)
    longest, reach = _paragraph(lx)
    paragraph = len(s) > longest and "Σ" not in s[:reach]
    low = s[:reach].lower() if paragraph else s.lower()
    if not paragraph and (low in lx.chrome_lines or low in lx.menu_words):
        return True             # (a section's name alone: a tab, a heading, "THỜI SỰ" no writer)
    if not paragraph and _bare_counter(low):
        return True
    if len(s) <= _NOTICE_CHARS and _CLOSE_NOTICE.search(s):
        return True             # "Trang dùng cookie ... tốt hơn. Đóng": a notice and its close button
    if low.startswith(lx.chrome_prefixes):
        return True
    # (the words counted first, and no further than 13: the pattern's search over a paragraph
    # cost more than all the rest of the test)
    if len(s.split(None, 12)) <= 12 and _TAG_OR_MEDIA.search(s) or s.startswith("<image>"):
        return True             # (an image's markup, whatever its alt text runs to)
    if _INITIALS.fullmatch(s):
        return False
    if _TODAY.fullmatch(s):
        return True             # the site's calendar of today, over every page: not the story's day
    if _TEMPLATE.fullmatch(s):
        return True             # "{name} - {time}", "{body}": a comment box's template the page left unfilled
    if _FOLLOW.fullmatch(s):
        return True             # "Theo dõi Báo Yên Hòa trên": a button to follow the site on a news reader
    if len(s.split(None, _PHONE_LINE_WORDS)) <= _PHONE_LINE_WORDS and _phone(s):
        return True             # a short line with a telephone number: the site's contact row
    # a row made only of page-furniture phrases ("A- A A+ In bài Gửi email"), never a paragraph;
    # "Tin: A | Ảnh: B": a credit line, whatever bar it holds (asked after the paragraph's test: a
    # paragraph is no chrome either way, and the credits' pattern cost most of the test there)
    if paragraph or len(low) > _ROW_CHARS or lx.byline_re.match(s):
        return False
    rest = lx.chrome_phrase_re.sub(" ", low)
    if len(_NON_LETTERS.sub("", rest)) <= 2:
        return True
    # a row of font-size buttons or of single letters
    if _FONT_BUTTONS.fullmatch(s):
        return True
    # breadcrumbs and menus: short segments joined by > » | /
    if (s.count(">") + s.count("»") + s.count("›") >= 1 or s.count("|") >= 1 or s.count(" / ") >= 1) and len(s) < 160 \
            and not _ENDS_SENTENCE.search(s) and len([p for p in _CRUMB_SEP.split(s) if p.strip()]) >= 2:
        # (one segment with a bar, "Minh Thu |", is a byline; a title then the site's name,
        # "Huyện ủy ... sơ kết công tác dân vận | Báo Yên Hòa", is the page's title)
        title = strip_site(s)
        return title == s or len(title.split()) < _TITLE_MIN_WORDS
    return False


# "... tốt hơn. Đóng": a sentence's stop, then a close button alone to the line's end
_CLOSE_NOTICE = re.compile(r"[.!?]\s*(?:" + "|".join(map(re.escape, _W["close_buttons"])) + r")$")
# (the longest notice read: a sentence or two)
_NOTICE_CHARS = 300


# A page's title written with its site's name after a dash or a bar (the <title> of the page).
_SITE_SUFFIX = re.compile(r"\s+[-–|]\s+([^-–|]{2,60})$")
_TITLE_MIN_WORDS = 4


def strip_site(s: str) -> str:
    """ "Title - Báo Yên Hòa Online" -> "Title" (the suffix names a site or a newspaper)."""
    m = _SITE_SUFFIX.search(s)
    if m and (_SITE.search(m.group(1)) or m.group(1).lower().startswith(_W["masthead_starts"])):
        return s[:m.start()]
    return s


_BUTTONS_AFTER = re.compile(r"(?<=\S)\s+(?:" + "|".join(re.escape(b) for b in sorted(_W["title_trailing_buttons"], key=len, reverse=True))
                            + r")\s*$")


def strip_buttons(s: str) -> str:
    """ "Title In trang" -> "Title": a page's button printed on the title's line (article.yaml
    structure `title_trailing_buttons`, as written: capitalised, after the title's last word); and
    "Title (Lượt xem: 1.204)": a widget's counter in brackets after it."""
    s = _BUTTONS_AFTER.sub("", s)
    m = _BRACKET_AFTER.search(s)
    return s[:m.start()] if m and is_counter(m.group(1)) and len(s[:m.start()].split()) >= _TITLE_MIN_WORDS else s


_BRACKET_AFTER = re.compile(r"\s*\(\s*([^()]{1,40}?)\s*\)\s*$")


_CRUMB_SEP = re.compile(r"[>»›|]| / ")
# (the longest row of furniture phrases read: "A- A A+ | Chia sẻ bài viết lên facebook ... Giảm tương phản")
_ROW_CHARS = 160


_SITE = re.compile(r"(?:" + "|".join(_W["site_words"]) + r"|\.vn\b|\.com\b)", re.I)


def is_masthead(line: str) -> bool:
    """A site name or a menu row at the top of the page."""
    lx = lexicon()
    s = _clean(line)
    if len(s.split(None, 12)) <= 12 and _SITE.search(s):
        return True
    # (the words counted first, no further than 9; the letters' test runs over the whole line)
    if 2 <= len(s.split(None, 8)) <= 8:
        letters = list(filter(str.isalpha, s))
        if letters and all(map(str.isupper, letters)):
            return True         # a site name in capitals (a headline in capitals is longer)
    low = s.lower()
    if low.startswith(_W["menu_starts"]):
        return True             # a menu or breadcrumb row
    if low.startswith(_W["masthead_starts"]) and len(s.split()) <= 6:
        return True             # the newspaper's name
    hits = sum(1 for w in lx.menu_words if w in low)
    if hits and len(s.split()) <= 5:
        return True             # a section name ("Chính trị - Xã hội", "Hoạt động Mặt trận")
    parts = s.split(" - ")
    if len(parts) == 2 and len(s.split()) <= 10 and parts[1].strip().lower() in lx.menu_words:
        return True             # "Huyện ủy Lạc Sơn - Tin hoạt động"
    if len(parts) == 2 and len(s.split()) <= 10 and parts[0].strip().lower() in lx.chrome_lines:
        return True             # "Chi tiết - Huyện Lạc Sơn": a page's own title, a furniture word and the site
    if hits < 3 or _ENDS_SENTENCE_OR_COLON.search(s):
        return False
    # a menu row is made of section names: little is left when they are taken out
    rest = low
    for w in sorted(lx.menu_words, key=len, reverse=True):
        rest = rest.replace(w, " ")
    return len(_NON_WORD.sub("", rest)) <= 0.3 * len(_NON_WORD.sub("", low))
