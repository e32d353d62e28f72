"""Bylines and photo credits: the names of a story's writers: a marked byline ("Tin, ảnh: X"),
a bare line of one or two short names, pen names with initials ("T.HẢI - L.NGỌC", "Th. Hà"), a
credit closing a caption ("Ảnh: Đức Hải"). A line is cleaned first by kg.extract.structure.line_cleaning."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from kg.extract.lexicon import grammar, lexicon, section
from kg.extract.sentences.tokens import first_tokens, tokenize
from kg.extract.structure.line_cleaning import clean
from kg.read.decode import whole_syllable

_APOS_DOT = re.compile(r"['.]")
_PARENS = re.compile(r"\([^)]*\)")
# ("Minh Thu- Đức Hải": the dash glued to the name; "Thu Hà-Minh Đức": a hyphen between two names)
_NAME_SEP = re.compile(r"\s*(?:[,;/&–—]|\s-\s|(?<=[^\W\d_])-\s|(?<=[a-zà-ỹđ]{2})-(?=[A-ZĐ][a-zà-ỹđ])|"
                       r"(?<=[a-zà-ỹđ]{2})\s-(?=[A-ZĐ][a-zà-ỹđ])|"     # ("Thu Hà -Minh Đức": glued to the second)
                       + "|".join(r"\b" + w + r"\b" for w in grammar("article.yaml", "structure")["name_joiners"])
                       + r")\s*")
_TRAILING_PARENS = re.compile(r"\s*\([^)]*\)\s*$")
# ("Thu Hà- MTTQ huyện X": the page's dash glued to the name's last syllable)
_NAME_DASH_BODY = re.compile(r"^(.+?)(?:\s+|(?<=[^\W\d_]))[-–]\s+(\S.*)$")
SOURCE_START = _SOURCE_START = re.compile(r"^(?:" + "|".join(re.escape(w) for w in grammar("article.yaml", "structure")["source_starts"])
                           + r")\b", re.I)
_LONE_INITIALS = re.compile(r"[A-ZĐ]{2,4}")
_DOTTED, _DOTTED_ROLES = re.compile(r"(?<=\w)\.\s*(?=\w)"), frozenset(
    w.casefold() for w in grammar("article.yaml", "credits")["dotted_roles"])
_SYLLABLES = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_DIGRAPHS = frozenset(("Th", "Tr", "Ch", "Ph", "Nh", "Ng", "Kh", "Gi", "Qu", "Gh"))     # initials of two letters
# "Tin: Minh ThuẢnh Đức Hải": a credit's marker glued to the name before it (the page dropped
# the line break between "Tin: A" and "Ảnh: B")
_GLUED_MARKER = re.compile(r"(?<=[a-zà-ỹđ])(?:" + "|".join(
    re.escape(w) for w in sorted(grammar("article.yaml", "structure")["glued_credit_markers"], key=len, reverse=True))
    + r")\s*:?\s*(?=[A-ZÀ-ỸĐ])")
# "Minh Thu - Đức Hải/YENHOATV.VN", "Lê Ngọc/TTXVN": what follows a slash in capitals or as a
# web address is the outlet the writer works for, not a second writer (and "Cao Nguyên-TTXVN": glued)
# ("Thu Hà/VOV-Tây Bắc": the outlet's capitals, then its bureau after a dash)
SLASH_OUTLET = _SLASH_OUTLET = re.compile(r"\s*(?:/|-(?=[A-ZĐ]{2,8}\s*$))\s*(?:[A-ZĐ0-9][A-ZĐ0-9.\-]*(?:\s*[-–]\s*[^\W\d_][^/]{0,30})?|[\w\-]+(?:\.[\w\-]+)+)\s*$")
# "Thu Hà - TTVH": a writer, then the acronym of the unit they write for
# ("Đức Hải LDO": a name in Title Case, then the outlet's capitals)
_DASH_ACRONYM = re.compile(r"(?:\s+[-–]\s+|(?<=[a-zà-ỹđ])\s+)[A-ZĐ]{2,6}$")


def _drop_acronym(s: str) -> str:
    """_DASH_ACRONYM cut from the line, after a dash or a lower-case letter only (the class à-ỹ
    holds the capitals of the tones too: "VỊ THANH", a name in capitals, keeps its last word)."""
    m = _DASH_ACRONYM.search(s)
    if m is not None and (m.group(0).strip()[:1] in "-–" or s[m.start() - 1].islower()):
        return s[:m.start()]
    return s
# "(Minh Thu – Đức Hải)- YTV": a closing line of names in brackets, then the outlet's capitals
_BRACKETED_NAMES = re.compile(r"^\(([^()]{3,80})\)\s*(?:[-–/]\s*[A-ZĐ0-9][A-ZĐ0-9.\-]*)?$")
# "... cho mùa vụ tới./. Lê Ngọc": the story's closing mark "./." and the writer's name
# glued after it on the last paragraph's line
_END_MARK_NAME = re.compile(r"\./\.\s*([^./:()]{3,60})\s*$")
# (not a range's end: "Ngày thành lập Đảng 3/2/1930 - 3/2/2025" keeps both dates)
TRAILING_TIME = re.compile(r"(?<!\d{4}\s[-–])(?<!\d{4}[-–])\s+(?:\d{1,2}:\d{2}\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$")

_NAME_PREFIX = re.compile(r"^(?:" + "|".join(re.escape(w) for w in sorted(
    grammar("article.yaml", "credits")["name_prefixes"], key=len, reverse=True)) + r")\s+(?=[A-ZÀ-ỸĐ])")


_NAME_SUFFIX = re.compile(r"(?<=[^\W\d_])\s+(?:" + "|".join(re.escape(w) for w in sorted(
    grammar("article.yaml", "credits")["name_suffixes"], key=len, reverse=True)) + r")$", re.I)


# "LH (ST)", "Thu Hà (sưu tầm)": what the writer did, in brackets after the name
_BRACKET_SUFFIX = re.compile(r"\s*\((?:" + "|".join(re.escape(w) for w in sorted(
    (*grammar("article.yaml", "credits")["name_suffixes"], *grammar("article.yaml", "credits")["name_suffix_abbrevs"]),
    key=len, reverse=True)) + r")\)$", re.I)


_DASH_TAIL = re.compile(r"\s+[-–]\s+([A-ZĐ0-9][A-ZĐ0-9&.\-]*(?:\s+[A-ZĐ0-9&.\-]+)*)$")
_VOWELS = set("AEIOUY")


def _dash_unit(s: str) -> str:
    """ "TQ – TTVHTT Q8": the writer, then the unit's acronym in words of capitals with no vowel or
    with a digit (no syllable of a name: "THU HÀ - MINH ĐỨC" keeps both writers)."""
    m = _DASH_TAIL.search(s)
    if m and all(not (_VOWELS & set(w)) or any(c.isdigit() for c in w) for w in m.group(1).split()):
        return s[:m.start()]
    return s


def _unglue(s: str) -> str:
    """Cut page furniture glued to a name: "Trần HoaÝ KIẾN BẠN ĐỌC" -> "Trần Hoa"."""
    for i in range(1, len(s) - 1):
        if s[i - 1].islower() and s[i].isupper():
            nxt = s[i + 1]
            if nxt.isupper() or (nxt == " " and i + 2 < len(s) and s[i + 2].isupper()):
                return s[:i]
    return s


def _is_name_syllable(w: str) -> bool:
    """A Title Case or ALL CAPS syllable; "H'Lan", "Kơ'nia" are one syllable each."""
    parts = _APOS_DOT.split(w.replace("’", "'"))      # "H'Lan", and initials "H.Thơm"
    if not all(p.isalpha() for p in parts) or not w[0].isupper():
        return False
    if "." in w and not all(q[:1].isupper() for q in w.split(".")):
        return False            # a web address, "Chinhphu.vn", not initials
    core = "".join(parts)
    return core.isupper() or all(len(p) == 1 or p[1:].islower() for p in parts)


def title_case(name: str) -> str:
    """NGUYỄN VĂN AN -> Nguyễn Văn An (only for ALL CAPS input)."""
    if name.isupper():
        # "Đ.BÌNH" -> "Đ.Bình": each part of a pen name with initials
        return " ".join(".".join(p[:1] + p[1:].lower() for p in w.split(".")) for w in name.split())
    return name


def _is_agency(value: str) -> bool:
    """A news agency, an outlet or an organisation credited as a source ("TTXVN", "VOV", "Báo
    Tuổi Trẻ", "Hội LHPN tỉnh"), or a word for a role or a file ("PV", "Tư liệu"): no person."""
    low = value.strip(" .|").casefold()
    # ("P.V", "C.T.V": a reporter's role dotted as initials are, phóng viên: no name either; only
    # those, article.yaml credits `dotted_roles`: "T.L", "V.N" are a writer's initials)
    return low in _agencies() or low.startswith(_outlet_starts()) or _DOTTED.sub("", low) in _DOTTED_ROLES


@lru_cache(maxsize=1)
def _agencies() -> frozenset:
    words = grammar("article.yaml", "credits")["not_persons"]
    # (a weekday by the page's stamp on the writer's line, "Thu Hà - Thứ Sáu, 12/07/2024 15:20": no name)
    d = grammar("meetings.yaml", "dates")
    weekdays = [d["weekday_word"] + " " + w for w in d["weekdays"]] + list(d["sundays"])
    return frozenset(a.casefold() for a in (*lexicon().agencies, *words, *weekdays))


@lru_cache(maxsize=1)
def _outlet_starts() -> tuple:
    # (with the space after: "báo " begins "Báo Yên Hòa", not a name "Bảo")
    return tuple(w.casefold() + " " for w in grammar("article.yaml", "credits")["outlet_starts"])


def _split_names(value: str) -> list[str]:
    value = _GLUED_MARKER.sub(", ", value)
    value = _SLASH_OUTLET.sub("", _unglue(value))
    value = _PARENS.sub(" ", value)
    parts = _NAME_SEP.split(value)
    out = []
    for p in parts:
        p = p.strip(" .-|")
        if not p or _is_agency(p):
            continue
        words = p.split()
        if 1 <= len(words) <= 5 and all(_is_name_syllable(w) for w in words) and (p.isupper() or not any(
                w.isupper() and len(w) > 1 for w in words)):    # (capitals whole or none: "VPHU Quảng Điền" is an office)
            out.append(title_case(p))
        elif "." in p and len(words) <= 3 and _initials(p):
            out.append(" ".join(words))     # "Th. Hà", "T. Đức": a pen name, spaced as written
    return out


def _initials(s: str) -> bool:
    """ "H.Thơm", "N.T.Hà", "Đ.BÌNH", "K.Q": capital initials with dots, then one syllable
    or one more initial."""
    parts = s.replace(" ", "").split(".")
    # ("Th. Hà", "Ng.T.Hà": a digraph's two letters for the initial, as Vietnamese writes it)
    return len(parts) >= 2 and all(len(p) == 1 and p.isupper() or p in _DIGRAPHS for p in parts[:-1]) \
        and len(parts[-1]) >= 1 and _is_name_syllable(parts[-1])


def _pen_names(s: str) -> Optional[list[str]]:
    """ "T.HẢI - L.NGỌC", "K.Q": pen names with initials, one or more."""
    parts = [p.strip() for p in _NAME_SEP.split(s) if p.strip()]
    if parts and all(_initials(p) for p in parts):
        return [title_case(" ".join(p.split())) for p in parts]      # spacing as written: "P. Mai"
    return None


def _mixed_names(s: str) -> Optional[list[str]]:
    """ "Hà Vy - T.Minh", "T.HẢI - HÀ VY": each part a pen name with initials or one full name of
    two or more syllables and nothing else."""
    out = []
    for p in (p.strip() for p in _NAME_SEP.split(s)):
        if not p:
            continue
        if _initials(p):
            out.append(title_case(" ".join(p.split())))
            continue
        names = _split_names(p)
        if len(names) != 1 or len(names[0].split()) < 2 or len(names[0].split()) != len(_SYLLABLES.findall(p)):
            return None
        out.extend(names)
    return out or None


_PAREN_STOP = re.compile(r"\)\s*\.(?=\s*\|?\s*$)")


def photo_credit(line: str) -> Optional[list[str]]:
    """The names of a photo credit closing a caption ("... tại buổi ký kết. Ảnh: Đức Hải",
    "(Ảnh: Minh Thu)"), or the writer's name after the story's closing mark ("./. Lê Ngọc");
    None when the line ends with none."""
    if ":" not in line[-60:]:
        # (a credit is a marker and a colon near the line's end)
        return closing_name(line) if "./." in line[-70:] else None
    # ("... - (Ảnh: Minh Thu/yenhoa.gov.vn). |": the caption's full stop after the bracket)
    cl = _PAREN_STOP.sub(")", clean(line))
    m = lexicon().photo_credit_re.search(cl)
    if not m:
        # "Ảnh: Thu Hà (Báo X)", "Ảnh: Thu Hà | Báo X": the photographer, then the outlet
        cut = _TRAILING_PARENS.sub("", cl) if cl.endswith(")") else cl.rpartition("|")[0]
        m = lexicon().photo_credit_re.search(cut) if cut and cut != cl else None
    if not m:
        return None
    value = _SLASH_OUTLET.sub("", m.group(1)).strip(" .|")
    if _is_agency(value):
        return []
    if _addressed(value):
        return None             # "Ảnh: Ông A – Phó Chủ tịch ...": the marker opens a caption, its subject no photographer
    if value.isupper() and (len(value) <= 3 or whole_syllable(value) and value.lower() not in lexicon().surnames):
        # initials without dots, "ĐT" (not "PV", "TL": _is_agency); a pen name of one whole syllable, "THÀNH"
        return [value if len(value) <= 3 else title_case(value)]
    if value.isupper() and value.isalpha():
        return []               # one word in capitals, longer: an acronym ("KTXH") or a name the page cut ("PHẠ")
    return _pen_names(value) or _split_names(value)


def closing_name(line: str) -> Optional[list[str]]:
    """The writer's name glued after the closing mark "./." at the end of the story's last
    paragraph ("... cho công nhân./. Lê Ngọc"); None when the line has none."""
    m = _END_MARK_NAME.search(line[-70:])
    return name_line(m.group(1)) if m else None


# a sentence's end mark, then the start of what may be a name glued after it
_SENTENCE_END = re.compile(r"[.!?…][\s\u00a0]*(?=[A-ZÀ-ỸĐ])")
# (the words a story's last sentence has at least, before a name glued after it)
_GLUED_MIN_WORDS = 6


def glued_name(line: str) -> Optional[list[str]]:
    """The writer's name glued after the story's last sentence, the page having dropped the line
    break ("... cho nhân dân.Thu Hà", "... cho nhân dân. NGUYỄN THU HÀ", "... . Đ.T.Nhung"); None
    when the line ends otherwise. A name that ends a sentence (a full stop after it) is the
    sentence's, never a byline; capital initials alone ("UBND") may be an acronym: no byline."""
    s = line.rstrip()
    if len(s) < 30 or s[-1:] in ".!?…:;,\"”":
        return None
    for m in _SENTENCE_END.finditer(s, max(0, len(s) - 70)):
        rest = s[m.end():]
        if len(s[:m.start()].split()) < _GLUED_MIN_WORDS or len(re.split(r"[\s.]+", rest.strip())) < 2:
            continue            # (one word, "R", "UBND": a stray letter or an acronym, no name)
        names = byline(rest)            # "... . Bài và ảnh: Thu Hà": a marked byline glued so
        if names is None:
            from kg.extract.structure.credits import unplaced   # (credits reads this module)
            names = unplaced(name_line(rest))
        if names is not None and (names or lexicon().byline_re.match(rest)):
            return names
    return None


def is_place(value: str) -> bool:
    """ "Thu Hà - Minh Đức/Lạc Sơn": a place after the writers' slash is where they report from
    (a district's name as much as a province's: after a slash it is no co-writer)."""
    from kg.extract.gazetteer import get_gazetteer
    return bool(get_gazetteer().lookup(value.strip(" .")))


# (article.yaml structure `caption_addresses`: "đồng chí" and its short forms)
_CAPTION_ADDRESSES = tuple(w.lower() for w in grammar("article.yaml", "structure")["caption_addresses"])


def byline(line: str) -> Optional[list[str]]:
    """Authors from a marked byline ("Tin, ảnh: X", "T/h: X - Y"), or None if not one."""
    lx = lexicon()
    m = lx.byline_re.match(clean(line))
    if not m:
        return None
    if m.group(1).lower() in lx.source_markers:
        return []
    if m.group(2).lstrip().lower().startswith(_CAPTION_ADDRESSES):
        # "Ảnh: Đ/c A Phó BT- Chủ tịch HĐND huyện phát biểu": a caption's label, the person shown, no
        # photographer; kept out of the story as before (its run of abbreviated titles misreads)
        return []
    # "Bài: A - Ảnh: B", "Tin: A; ảnh: B", "Tin: A | Ảnh: B": the writer's and the photographer's
    # credits on one line; a source's part ("Nguồn: X") names no one
    parts = _inner_marker_re().split(m.group(2))
    names = _split_names(parts[0])
    for marker, value in zip(parts[1::2], parts[2::2]):
        if marker.lower() not in lx.source_markers:
            names.extend(_split_names(value))
    return names


@lru_cache(maxsize=1)
def _inner_marker_re() -> re.Pattern:
    markers = sorted((w for w in section("article.yaml", "byline_markers")), key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[\s,;|\-–]))(" + "|".join(re.escape(w) for w in markers) + r")\s*[:：]\s*",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _never_starts() -> tuple:
    return tuple(tuple(w.split()) for w in section("people.yaml", "byline_never_starts", []))


def _addressed(s: str) -> bool:
    """The line begins with a word of address ("Ông", "Đồng chí"): a person the story names."""
    low = tuple(t.low for t in first_tokens(s, 2))       # (a credit's value may run to a paragraph)
    return any(low[:len(w)] == w for w in _never_starts())


def _titled(s: str) -> bool:
    """The text (a few words) holds a title the lexicon knows ("Chánh Văn phòng ...", and
    "Q.Chủ tịch UBND xã": an abbreviation before the title)."""
    toks = tokenize(s)
    return any(lexicon().roles.match(toks, i) is not None for i in range(len(toks)))


_DATES = grammar("meetings.yaml", "dates")
_STAMP_WEEKDAY = re.compile(r"\s*(?:" + _DATES["weekday_word"] + r"\s+(?:" + "|".join(_DATES["weekdays"]) + r")|"
                            + "|".join(_DATES["sundays"]) + r")\s*,?\s*$", re.I)


def _button_weekday(s: str) -> bool:
    """ "Print Thứ Tư, 11/09/2019 12:06": a page's button, then the stamp's weekday: no writer."""
    return bool(_STAMP_WEEKDAY.search(s)) and _STAMP_WEEKDAY.sub("", s).strip().lower() in lexicon().chrome_lines


def name_line(line: str, last: bool = False) -> Optional[list[str]]:
    """A line that is nothing but one or two short names (a bare byline); `last`: the story's
    closing line, where capital initials alone ("CTH") are the writer's."""
    if len(line) > 120:
        return None
    s = clean(line)
    # (the story's closing mark "./." on the writer's line, before or after the name)
    s = _unglue(s).strip().rstrip(" |").removesuffix("./.").removeprefix("./.").strip()
    if _SOURCE_START.match(s):
        return None             # "Báo Yên Hòa", "Nguồn Báo X": the outlet, not a writer
    head, bar, outlet = s.rpartition("|")
    if bar and (_SOURCE_START.match(outlet.strip()) or _is_agency(outlet)):
        s = head.strip()        # "Tuấn Anh - Thu Hà | Báo X": the writers, then their paper
    s = _NAME_SUFFIX.sub("", _NAME_PREFIX.sub("", _BRACKET_SUFFIX.sub("", s)))    # "PV Thu Hà", "ThS. Lê Văn Ba", "Thu Hà tổng hợp"
    credit = _inner_marker_re().search(s.replace("(", " "))      # (a bracket as a space: same offsets)
    if credit and credit.start() > 0:
        # "Thu Hà - Ảnh: Minh Đức", "Thu Hà (Ảnh: Minh Đức)": the writer, then the photographer's credit
        head = name_line(s[:credit.start()].rstrip(" -–(|,;"))
        tail = byline(s[credit.start():].rstrip(" )"))
        return (head or []) + (tail or []) if head else None
    ini = _dash_unit(s)         # ("TQ – TTVHTT Q8": the initials, then the unit's acronym)
    if last and _LONE_INITIALS.fullmatch(ini) and not _is_agency(ini):
        return [ini]            # (not "PV", "CTV": a reporter, no name)
    b = _BRACKETED_NAMES.match(s)
    if b:
        s = b.group(1)
    # ("T.HẢI 06/03/2024 17:07", "Thu Hà 12:05 12/03/2024": the page's time first, its year is no outlet)
    s = TRAILING_TIME.sub("", " " + s).strip()
    if _button_weekday(s):
        return None
    s = _SLASH_OUTLET.sub("", _TRAILING_PARENS.sub("", s)).rstrip(". ")
    head, slash, outlet = s.rpartition("/")
    if slash and (_is_agency(outlet) or is_place(outlet)):
        # "Thu Hà/Báo Yên Hòa": the writer, then the paper ("Minh Đức (TTXVN)/Báo X": and the agency)
        s = _TRAILING_PARENS.sub("", head)
    s = _drop_acronym(_dash_unit(s)).strip().rstrip(" -–")     # "T.Trực -", "Thu Hà - TTVH"
    if _addressed(s):
        return None
    # "Minh Thu - UBKT Tỉnh ủy": the writer and the body they write for (not "A - Chánh Văn
    # phòng Huyện ủy": a person and the title they hold)
    m = _NAME_DASH_BODY.match(s)
    if m and len(m.group(2).split()) <= 8 and not _split_names(m.group(2)):
        if _titled(m.group(2)):
            return None
        s = m.group(1)
    return _names(s)


def _names(s: str) -> Optional[list[str]]:
    """The names a byline's line holds once its outlet, unit and credits are cut ("Thu Hà - Minh Đức",
    "H.Thơm"): short names only, each of two syllables or more or capital initials; else None."""
    if not s or len(s) > 60 or any(c in s for c in ":!?\"“”"):
        return None
    if "." in s:
        # pen names with initials: "H.Thơm", "N.T.Hà - K.Q"; or with full names: "Hà Vy - T.Minh"
        # (not a role's letters dotted: "P.V")
        return None if _is_agency(s) else _pen_names(s) or _mixed_names(s)
    names = _split_names(s)
    if not names:
        return None
    if sum(len(n.split()) for n in names) != len(_SYLLABLES.findall(s)):
        return None
    # (one word is a name only as initials: "CTH"; a letter alone is none, "Phóng viên B" a line cut)
    if any(len(n.split()) < 2 and not (n.isupper() and len(n) > 1) for n in names):
        return None
    # ("VIDEO KHÁC", "XEM NGAY", "CÓ THỂ BẠN QUAN TÂM": a page's tab)
    return None if any(w.casefold() in _not_name_words() for n in names for w in n.split()) else names


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset:
    return frozenset(w.casefold() for w in grammar("article.yaml", "credits")["not_name_words"])
