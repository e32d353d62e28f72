"""Hard-wrapped text: line breaks a page or a copy set inside its sentences, joined again.

Some pages (and text copied from them) break every paragraph's lines at a fixed width or where
their layout did, cutting sentences, names and chains of titles: "Bí thư Tỉnh\\nủy", "Ủy ban MTTQ
xã Yên\\nHòa". The extractors read a line as a unit (a headline, a caption, a paragraph), so such a
break must be a space again. A break becomes a space, one character for another (the offsets stay
the source's), when the text is hard-wrapped (at least `_EVIDENCE` breaks before a lowercase
letter, which never opens a line of a page's own) and:
- the next line opens with a lowercase letter and the line does not end a sentence; or
- the line goes on with a paragraph (it continues a wrapped line, or the line before it ends a
  sentence), ends no sentence, and the next line's first word would not have fitted on it at the
  text's wrap width (the line no longer than `_LONGEST` of it): "... xã Yên\nHòa đã tổ chức" (a
  name cut).
A headline or a caption is shorter than the width or stands after a line that ends no sentence:
it stays a line.
"""
from __future__ import annotations

import functools
import re

# the breaks before a lowercase letter that show a text is hard-wrapped (a page's chrome may show
# one or two: "(0) Bình luận\\nx", "zalo-icon\\nviber-icon")
_EVIDENCE = 3
# a line longer than this share of the wrap width was not cut by it
_LONGEST = 1.1
# what ends a sentence, a list's head or a quotation at the end of a line
_ENDS = re.compile(r"[.!?:;…\"”»)\]]\s*$")


def _opens(line: str) -> str:
    """The first character of a line past its spaces ('' for a blank line)."""
    s = line.lstrip()
    return s[:1]


def _continues(a: str, b: str) -> bool:
    """Line b goes on with line a's sentence: a ends none, b opens with a lowercase letter."""
    return bool(a.strip()) and not _ENDS.search(a) and _opens(b).islower()


# (a quick look first: a break before a letter that is not a plain capital)
_MAYBE = re.compile(r"\n[ \t]*[^\W\d_A-ZĐ]")


def unwrap(text: str) -> str:
    """The text with the breaks of its hard-wrapped paragraphs made spaces (same length)."""
    if len(_MAYBE.findall(text)) < _EVIDENCE:
        return text
    lines = text.split("\n")
    soft = [k for k in range(len(lines) - 1) if _continues(lines[k], lines[k + 1])]
    if len(soft) < _EVIDENCE:
        return text
    widths = sorted(len(lines[k]) for k in soft)
    width = widths[len(widths) * 3 // 4]      # (the wrapped lines' upper length: the width)
    join = set(soft)
    for k in range(1, len(lines) - 1):
        a, b = lines[k], lines[k + 1]
        if k in join or _ENDS.search(a) or not (_opens(b).isupper() or _opens(b).isdigit()):
            continue
        # (inside a paragraph, or opening one after a sentence's end: not a title over its lead)
        inside = k - 1 in join or bool(_ENDS.search(lines[k - 1]))
        # (the next word would not have fitted on the line: the width cut it; a line longer than
        # the width was not cut by it)
        if inside and len(a) + 1 + len(b.split()[0]) > width and len(a) <= _LONGEST * width:
            join.add(k)
    out = list(text)
    at = 0
    for k, line in enumerate(lines[:-1]):
        at += len(line)
        if k in join:
            out[at] = " "
        at += 1
    return "".join(out)


# -- a title glued to its lead ----------------------------------------------------------------------

# (the most words a title runs to, the fewest, and the fewest characters of the lead after it)
_TITLE_WORDS = (6, 30)
_LEAD_CHARS = 60
# a day-date: "3/5", "3-5", "(3/5)"
_DATE = r"\(?\s*(?<!\d)\d{1,2}\s*[/.\-–]\s*\d{1,2}(?!\d)"


@functools.lru_cache(maxsize=1)
def _structure() -> dict:
    """article.yaml's `structure` words, read through kg.data.load, not the extraction lexicon:
    reading comes before extraction and does not import its stages (kg.extract.lexicon)."""
    from kg.data.load import load
    return load("lexicon/article.yaml")["structure"]


@functools.lru_cache(maxsize=1)
def _glued_lead() -> re.Pattern:
    """A space after a letter, then a lead's time opening right before its day-date (article.yaml
    structure `glued_lead_day_parts`, `glued_lead_day_counts`): "Chiều 3/5,", "Sáng nay (3/5),",
    "Trong hai ngày 3 và 4/5,". Only a part of the day or a counted span: "Ngày" and a bare
    "Trong" open names and phrases inside a lead too ("Ngày hội Đại đoàn kết 18/11")."""
    w = _structure()
    parts = "|".join(map(re.escape, w["glued_lead_day_parts"]))
    counts = "|".join(map(re.escape, w["glued_lead_day_counts"]))
    part = r"(?:" + parts + r")(?:\s+(?:nay|qua))?(?:\s+ngày)?\s*" + _DATE
    span = (r"Trong\s+(?:" + counts + r")\s+ngày\s+\(?\s*\d{1,2}"
            r"(?:\s*(?:và|đến|,|-|–)\s*\d{1,2})?\s*[/.\-–]\s*\d{1,2}(?!\d)")
    return re.compile(r"(?<=[^\W\d_]) (?=(?:" + part + "|" + span + r"))")


@functools.lru_cache(maxsize=1)
def _occasion_end() -> re.Pattern:
    """The words a title does not end on: they lead into the occasion after them ("Nhân dịp kỷ
    niệm", "... tổ chức") -- the line is one sentence, not a title and its lead."""
    words = sorted(_structure()["glued_title_not_ending"], key=len, reverse=True)
    return re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, words)) + r")\s*$", re.I)


def unglue_title(text: str) -> str:
    """ "Huyện X bàn kế hoạch chống hạn vụ hè thu Chiều 3/5, Thường trực Huyện ủy ...": a page that lost
    the break between its title and its lead, its first line split again (the space becomes a
    line break: the same length). Only where the title is a title (a few words, no sentence's end
    in them, not ending on a word that leads into what follows) and a lead follows."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    text = _unglue_stamp(text, start, end)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    m = _glued_lead().search(text, start, end)
    if m is None or end - m.end() < _LEAD_CHARS:
        return text
    title = text[start:m.start()]
    if not _TITLE_WORDS[0] <= len(title.split()) <= _TITLE_WORDS[1] or _SENTENCE_IN.search(title):
        return text
    if _occasion_end().search(title):
        return text
    return text[:m.start()] + "\n" + text[m.end():]


# (a sentence's end inside the line before the lead: it is a paragraph, not a title)
_SENTENCE_IN = re.compile(r"[.!?](?:\s|$)")


# a page's stamp, a time and a full date in either order, glued between a title and its lead
_GLUED_STAMP = re.compile(r"(?<=[^\W\d_]) (?:\d{1,2}:\d{2}\s+\d{1,2}/\d{1,2}/(?:19|20)\d{2}|\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s+"
                          r"\d{1,2}:\d{2})(?= \S)")


def _unglue_stamp(text: str, start: int, end: int) -> str:
    """ "Title 09:21 19/06/2023 (Outlet) - Chiều 16/6, ...": a first line that holds the title, the
    page's stamp and the lead, split at the stamp (its two spaces become line breaks: the same
    length). Only after a title (a few words, no sentence's end) and before a lead's length."""
    m = _GLUED_STAMP.search(text, start, end)
    if m is None or end - m.end() < _LEAD_CHARS:
        return text
    title = text[start:m.start()]
    if not _TITLE_WORDS[0] <= len(title.split()) <= _TITLE_WORDS[1] or _SENTENCE_IN.search(title):
        return text
    return text[:m.start()] + "\n" + text[m.start() + 1:m.end()] + "\n" + text[m.end() + 1:]
