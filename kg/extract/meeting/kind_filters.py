"""Sentences and words a meeting's kind is not read from: a borrowed photo's caption, a kind word
in the content of a document issued in its sentence, a kind word naming what is congratulated. Split from
kg.extract.meeting.meeting_kinds; the words are meetings.yaml people.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.lexicon import grammar, lexicon
from kg.extract.sentences.elements import Honorific, Name
from kg.extract.sentences.phrase_starts import positions, starts as _starts

if TYPE_CHECKING:
    from kg.extract.sentences.sentences import SentenceView

_W = grammar("meetings.yaml", "people")

# a sentence that opens on its day ("Ngày 24/11, ...", "Chiều 5-3, ...", "(TTXVN) - Sáng 2.4, ...")
DATED = re.compile(r"^\W*(?:\([^()]{1,20}\)\s*[-–—]?\s*)?(?:(?:sáng|chiều|tối|trưa|ngày|hôm nay|nay)\s+)*"
             r"(?:ngày\s+)?\d{1,2}\s*[/\-.]\s*\d{1,2}\b", re.I)

# a sentence that opens on its day written out ("Vào ngày 21 tháng 10 năm 2031, ...", "Ngày 5 tháng 3, ...")
_DATED_IN_WORDS = re.compile(r"^\W*(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\b", re.I)
# (the first sentence a page's dated lead may come after the reading of the first three)
_LATE_LEAD_FROM, _LATE_LEAD_UNTIL = 3, 5


def late_lead(story: list) -> list:
    """ "Lễ kết nạp đảng viên là sự kiện trọng đại ... . Được kết nạp ... là một vinh dự ... . Thực hiện
    Quyết định số N ... của Ban Thường vụ Huyện ủy X; Vào ngày 21 tháng 10 năm 2031, Chi bộ Y tổ chức lễ kết
    nạp ...": a page opening on more background than the lead's reading covers tells its event in the
    first sentence after them that opens on its day: that sentence, when no sentence before it opens on
    a day (a lead already read) — a day inside an earlier sentence (a decision's) does not count."""
    for i, sv in enumerate(story[:_LATE_LEAD_UNTIL + 1]):
        opens = DATED.match(sv.text) or _DATED_IN_WORDS.match(sv.text)
        if opens:
            return [sv] if i >= _LATE_LEAD_FROM else []
    return []


# a caption's closing mark of a borrowed photo: "(Nguồn: Báo X)", "(Ảnh minh họa)", "Ảnh tư liệu." at its end
_BORROWED = re.compile(r"(?:\(\s*(?:" + "|".join(_W["borrowed_photo_marks"]) + r")\b[^()]*\)|\b(?:ảnh|hình)\s+(?:minh\s+họa"
                       r"|minh\s+hoạ|tư\s+liệu))\s*\.?\s*$", re.I)
# (the most words of a caption line)
_CAPTION_WORDS = 25


def borrowed(text: str) -> bool:
    """ "Lễ hội Katê (Nguồn: Báo X)", "Đại biểu dự hội nghị. (Ảnh tư liệu)": a short caption line, not
    a dated lead, closed by a borrowed photo's mark (not "... triển lãm ảnh tư liệu “...”", not a
    source of figures inside a sentence: review8d H2)."""
    return len(text.split()) <= _CAPTION_WORDS and not DATED.match(text) and bool(_BORROWED.search(text))


def credited_caption(story: list) -> int:
    """How many sentences a photo's caption with its photographer's credit takes at the story's start
    ("Ban Chấp hành Hội X khóa mới ra mắt. Ảnh: Thu Hà" / "Tại Đại hội, ...", "Ông A phát biểu tại hội nghị.
    (Ảnh: B/TTXVN)" / "Thực hiện ..., Đoàn kiểm tra đã làm việc với ..."): 0 when it opens otherwise. The
    caption's event ("ra mắt", "hội nghị") is a moment of the meeting, not the kind the lead under it names
    (a lead that names none leaves the caption's: "... tặng quà chúc mừng Lễ Giáng sinh ... . Ảnh: X")."""
    from kg.extract.structure.bylines import photo_credit
    from kg.extract.structure.title_marks import credit_only
    if not story or DATED.match(story[0].text):
        return 0                # (a dated sentence is the lead, whatever follows it)
    n = 1 if photo_credit(story[0].text) else 2 if len(story) > 1 and credit_only(story[1].text) else 0
    return n if n and len(story) > n and names_a_kind(story[n]) else 0


def names_a_kind(sv) -> bool:
    from kg.extract.meeting.meeting_kinds import meeting_kind     # (meeting_kinds reads this module)
    return meeting_kind([sv]) is not None


def trip_frames(toks, k: int) -> bool:
    """The trip word toks[k] ("chuyến thăm") is in the frame the sentence opens with ("Trong khuôn khổ
    chuyến thăm hữu nghị tại tỉnh bạn, đoàn ... dâng hương ..."; meetings.yaml people
    `trip_frames`), no comma between: what the sentence tells is a step of that visit."""
    at = next((n for j, n in positions(toks[:_FRAME_REACH], _W["trip_frames"]) if j == 0), None)
    return at is not None and not any(t.text in ",;:." for t in toks[at:k])


# (the sentence's first tokens, where its frame opens)
_FRAME_REACH = 8


_NOT_RECEIVE_AFTER = frozenset(grammar("meetings.yaml", "hosts")["not_receive_after"])


def inside_word(toks, t: int) -> bool:
    """ "tiếp tục", "trực tiếp", "kế tiếp": the receiving word at token t is part of another word and receives no
    one (meetings.yaml `not_receive` after it, hosts `not_receive_after` before it)."""
    return t + 1 < len(toks) and toks[t + 1].low in lexicon().not_receive or \
        t > 0 and toks[t - 1].low in _NOT_RECEIVE_AFTER


def in_document(toks, i: int, lows) -> bool:
    """toks[i] is in the content of a document issued in its sentence ("UBND tỉnh vừa ban hành Công văn
    số 12 chỉ đạo các huyện kiểm tra ..."; meetings.yaml people `issue_words`, `document_contents`):
    before the content's verb, a comma, "và" or a convening verb ends the issuing clause ("ban hành
    Quy định số 20 và tổ chức hội nghị ...", "Thực hiện kế hoạch do X ban hành, chiều 15/3, ... khai
    mạc kỳ họp"); after it only a semicolon or a word that opens the issuer's next act does ("...,
    đồng thời tổ chức hội nghị": meetings.yaml people `content_enders`): a convening verb right after
    the addressees is what they are asked to hold ("Công văn số 12 yêu cầu các huyện tổ chức lễ ra quân
    ...": review8d LOW, review8 H2)."""
    issued = [j + n for j, n in positions(toks, _W["issue_words"], lows) if j + n <= i]
    if not issued:
        return False
    content = False
    for k in range(issued[-1], i):
        if not content and _starts(toks, k, _W["organise_words"]) is not None:
            return False
        if content and (toks[k].text == ";" or _starts(toks, k, _W["content_enders"]) is not None):
            return False        # ("..., đồng thời tổ chức lễ ra quân": the issuer's own act after the content)
        if not content and (toks[k].text in ",;:" or toks[k].low in _W["clause_joiners"]):
            return False
        content = content or _starts(toks, k, _W["document_contents"]) is not None
    return content


# (the words an event's own clause may hold before the verb that announces it, quoted ones aside)
_ANNOUNCED_REACH = 14
_QUOTES_OPEN, _QUOTES_CLOSE = frozenset("“‘«"), frozenset("”’»")


def announced(toks, j: int) -> bool:
    """ "Đại hội Công đoàn tỉnh lần thứ 18 sẽ diễn ra vào tháng 1": the event's own clause says it
    is still to be held (meetings.yaml people `announced_words`), so it is not the one reported. The
    clause runs on through what its name carries: its term set off by a comma ("Đại hội ... lần thứ
    XII, nhiệm kỳ 2031-2036 sẽ được tổ chức": `announced_name_parts`), a quoted theme ("với chủ đề
    “...” sẽ diễn ra"), and a second event joined to it ("Đại hội cấp xã và Đại hội huyện ... sẽ diễn
    ra"), whose words count afresh, as the term's do."""
    kinds, depth, words = lexicon().kind_words, 0, 0
    for k in range(j, len(toks)):
        t = toks[k].text
        if t in _QUOTES_OPEN or t == '"' and depth == 0:
            depth += 1
            continue
        if t in _QUOTES_CLOSE or t == '"':
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if t == "," and _starts(toks, k + 1, _W["announced_name_parts"]) is not None:
            continue
        if t in ",;:.()" or words >= _ANNOUNCED_REACH:
            return False
        if _starts(toks, k, _W["announced_name_parts"]) is not None:
            words = 0           # (the name's last part, its term: the clause's words count from it)
        if _starts(toks, k, _W["announced_words"]):
            return True
        words = 0 if toks[k].low == "và" and kinds.match(toks, k + 1) is not None else words + 1
    return False


def coming_congress(views) -> bool:
    """The sentences (a headline, a lead) announce a congress still to be held ("Đại hội X lần thứ
    XVI, nhiệm kỳ 2031-2036 sẽ khai mạc sáng 12/10", or one a delegation met goes to attend):
    the page is about that congress, and the congress it names further on ("các tiểu ban của Đại hội",
    "đại biểu dự Đại hội") is the same one."""
    kinds = lexicon().kind_words
    return any(e.payload == "Congress" and (announced(sv.toks, i + e.size) or delegates_to(sv.toks, i))
               for sv in views for i, e in kinds.find(sv.toks, lows=sv.lows))


# (how far before the verb of attending the delegation's word may stand, its body's name between)
_DELEGATION_REACH = 8


def delegates_to(toks, i: int) -> bool:
    """ "tiễn đoàn đại biểu huyện đi dự Đại hội Đảng bộ tỉnh": the event right after a verb of
    attending (meetings.yaml people `delegates_to_words`) whose clause names a delegation before it
    (meetings.yaml `delegation`) is where the delegation goes, not the meeting with it."""
    j = next((j for j in (i - 2, i - 1) if j >= 0 and _starts(toks, j, _W["delegates_to_words"]) == i - j), None)
    if j is None:
        return False
    for k in range(j - 1, max(-1, j - 1 - _DELEGATION_REACH), -1):
        if toks[k].text in ",;:.":
            return False
        if delegation_word(toks, k):
            return True         # (not a union's own name: "Ban Thường vụ Tỉnh Đoàn dự Đại hội ...")
    return False


def delegation_word(toks, k: int) -> int:
    """The size of the delegation's word at token k (meetings.yaml `delegation`), 0 when there is none or it is
    a capitalised "Đoàn" alone: a union's own name ("Tỉnh Đoàn"), a presidium's ("Đoàn Chủ tịch")."""
    m = lexicon().delegation.match(toks, k)
    return m.size if m is not None and (m.size > 1 or toks[k].text == "đoàn") else 0


def counted_handover(toks) -> bool:
    """ "A cùng B đã về xã X trao 12 bồn chứa nước cho ...", "Hội Y tặng 40 chiếc gậy cho hội viên": a handing over
    of a counted gift (meetings.yaml people `handover_words`, then a number) is a ceremony's, as "trao
    tặng" is, whatever the gift's noun."""
    return any(j + n < len(toks) and toks[j + n].text.isdigit() and
               not (j + n + 1 < len(toks) and toks[j + n + 1].text in "/-.")     # (not a day: "trao 5/5")
               for j, n in positions(toks, _W["handover_words"]))


def congratulates_person(sv: SentenceView, i: int, size: int) -> bool:
    """ "chúc mừng đồng chí A" (meetings.yaml people `congratulate_words`, then a person)."""
    if not _congratulating(sv, i, size):
        return False
    nxt = next((e for e in sv.elements if e.start == i + size), None)
    if isinstance(nxt, (Honorific, Name)):
        return True
    # "chúc mừng 02 tân Bí thư ...", "Chúc mừng hai Phó giám đốc mới": the new office-holders, by their
    # count and their title (meetings.yaml people `congratulated_counts`), are people congratulated
    k = i + size
    while k < len(sv.toks) and (sv.toks[k].text.isdigit() or sv.toks[k].low in _W["congratulated_counts"]):
        k += 1
    return k > i + size and k < len(sv.toks) and lexicon().roles.match(sv.toks, k) is not None


def congratulates_event(sv: SentenceView, i: int, size: int) -> bool:
    """ "chúc mừng đại hội", "chúc mừng hội nghị" (meetings.yaml people `congratulate_words`, then
    a congress's or a conference's kind word): the guests attend that event, they pay no visit."""
    if i + size >= len(sv.toks) or not _congratulating(sv, i, size):
        return False
    e = lexicon().kind_words.match(sv.toks, i + size)
    # (not a feast's "lễ": "chúc mừng Lễ Giáng sinh" is a visit for it)
    return e is not None and e.payload in ("Congress", "Conference")


def _congratulating(sv: SentenceView, i: int, size: int) -> bool:
    """The kind word of `size` tokens at toks[i] is one of meetings.yaml people `congratulate_words`."""
    return " ".join(t.low for t in sv.toks[i:i + size]) in _W["congratulate_words"]
