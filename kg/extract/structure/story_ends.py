"""The ends of a story on a page: the bylines of its header and of its last lines, the related-news
list or comments box that ends it, and a writer's name glued after its last sentence. Split from
kg.extract.structure.structure (the page's reading), which calls these with its Structure.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from kg.extract.lexicon import grammar, lexicon, section
from kg.extract.sentences.tokens import tokenize
from kg.extract.structure.bylines import SOURCE_START as _SOURCE_START, glued_name, is_place, name_line, photo_credit
from kg.extract.structure.line_cleaning import clean as _clean
from kg.extract.structure.credits import colonless
from kg.read.decode import whole_syllable
from kg.extract.structure.page_chrome import end_marker, is_chrome

if TYPE_CHECKING:
    from kg.extract.structure.structure import Structure

_BULLET_HEAD = re.compile(r"^\s*[•·*]")


def kept_name_line(line: str, last: bool = False) -> Optional[list[str]]:
    """bylines.name_line, kept: the structure stage's passes ask it again of an article's same lines
    (one call in four on real pages); a new list each time (a caller may extend it)."""
    got = _name_line_kept(line, last)
    return None if got is None else list(got)


@lru_cache(maxsize=4096)
def _name_line_kept(line: str, last: bool) -> Optional[tuple[str, ...]]:
    got = name_line(line, last)
    return None if got is None else tuple(got)


_name_line = kept_name_line


_CONTINUED = re.compile(r"[,;:(\-–]$")
# (a sentence's closing mark ends the line, or the line is a gallery's heading: r"[.!?…\"”)\]]$|^(?:...)"
# searched as one pattern tried its anchors at every character; the mark is now an endswith, the heading a match)
_SENTENCE_MARKS = tuple(".!?…\"”)]")
_GALLERY_HEADING = re.compile(r"(?:" + "|".join(re.escape(w) for w in sorted(
    grammar("article.yaml", "structure")["gallery_headings"], key=len, reverse=True)) + r")\b[^.!?]{0,60}:$", re.I)


def continues_sentence(before: str, line: str) -> bool:
    """The name line goes on with the line above it, a sentence the page broke before its last
    words ("... huyện," / "Lê Văn Ba"): the line above ends on a comma or a dash, or, with no full stop,
    leaves the name to end the sentence ("... huyện" / "Lê Văn Ba."); not a gallery's heading ("Một số
    hình ảnh tại buổi lễ:", article.yaml gallery_headings): its photos dropped. (Moved here from
    kg.extract.structure.bylines, its only reader.)"""
    before, line = _clean(before).rstrip(), _clean(line).strip()
    # (`before` ends on no space, so "$" is its end)
    if not before or before.endswith(_SENTENCE_MARKS) or _GALLERY_HEADING.match(before):
        return False
    return bool(_CONTINUED.search(before)) or (line.endswith(".") and not line.endswith("./."))


def add_byline(st: Structure, i: int, last: bool = False) -> bool:
    names = _name_line(st.lines[i], last) or (_name_line(_closing_unit(st.lines[i]), last) if last else None)
    if names and any(_title(n) or _address(n) or _title_cut(n) for n in names):
        names = None        # "• X, Phó Ban": a list's item, a name and its title; no writer
    elif names and _signed_under(st.lines, i):
        names = None        # "CHỦ TỊCH" / "Lữ Văn A": a document's signature, its signer no writer
    if names:
        st.byline_lines.add(i)
        st.authors.extend(names)
    return bool(names)


def _closing_unit(line: str) -> str:
    """ "(Lê Văn Ba, Hội Nông dân xã X)", "Kim Thoa, Phóng viên": the story's closing line, the
    writer and, after a comma, the unit or the job they write from, read as after a dash ("Thu Hà - Hội
    Nông dân xã X": bylines.name_line, which leaves a title held there a person's, no writer's); not a
    place's and date's line ("Hà Nội, ngày 5 tháng 3 năm 2024")."""
    s = _clean(line).strip()
    s = s[1:-1].strip() if s.startswith("(") and s.endswith(")") else s
    m = _CLOSING_COMMA.match(s)
    if m is None or any(c.isdigit() for c in m.group(2)):
        return line
    from kg.extract.gazetteer import get_gazetteer
    return line if get_gazetteer().lookup(m.group(1)) else f"{m.group(1)} - {m.group(2)}"


_CLOSING_COMMA = re.compile(r"^([^,()]{3,30}),\s+([^,()\s].{0,60})$")


def header_bylines(st: Structure, body: list[int]) -> None:
    """Bullet lines of the header block with only names (the byline of portals), and a bare
    name line right under the headline."""
    for i in body[:8]:
        if bullet_header(st.lines[i]):
            add_byline(st, i)
    if st.headline is not None:
        after = [i for i in body if i > st.headline and i not in st.byline_lines][:1]
        for i in after:
            add_byline(st, i)


def name_over_title(st: Structure, body: list[int]) -> None:
    """ "Lê Thu Hà" / the headline / the lead: a bare name, the one line over the headline, is the writer's
    byline some portals set there (a name with its title, "Phó Chủ tịch UBND tỉnh Lê Văn Ba", is a label of
    the story's person: add_byline takes none)."""
    above = [i for i in body if st.headline is not None and i < st.headline]
    names = _name_line(st.lines[above[0]]) if len(above) == 1 and not _clean(st.lines[above[0]]).isupper() else None
    # (a kicker of places, "Sơn Hà - Mường Tè", a widget's words in English and a section's label, "KINH TẾ -
    # XÃ HỘI" (in capitals, or a menu's words), are no names: every syllable Vietnamese, no place, no section)
    if names and all(whole_syllable(w) for n in names for w in n.split()) and not any(map(is_place, names)) \
            and not any(map(is_chrome, names)):
        add_byline(st, above[0])


def cut_related(st: Structure, nonempty: list[int], body: list[int]) -> list[int]:
    """A related-news list or the comments box ends the story: the headlines listed after
    "Tin liên quan" name other people in other articles."""
    seen_story = 0
    in_body = set(body)         # a set: `in` on the list made the pass quadratic in lines
    for i in nonempty:
        if st.headline is not None and i <= st.headline:
            continue
        if i in in_body:
            seen_story += 1
        if seen_story >= 1 and end_marker(st.lines[i]):
            for j in nonempty:
                if j >= i:
                    st.chrome.add(j)
            return [b for b in body if b < i]
    return body


def cut_teasers(st: Structure, body: list[int]) -> list[int]:
    """Links to other stories the page sets without a list's heading: a run of short lines cut with
    an ellipsis at the page's end ("Làng nghề ven sông vào mùa ..." / "Chương trình chuyển đổi số của tỉnh ...,…"),
    or a run of titles each led by its place and a colon inside the story ("Thái Bình: Phó Chủ tịch ...
    dự lễ ra quân" / "Hà Giang: ..."): their people and years are other stories'."""
    story = [i for i in body if st.headline is None or i > st.headline]
    cut = set()
    k = len(story)
    while k > 0 and _teaser_cut(st.lines[story[k - 1]]):
        k -= 1
    if len(story) - k >= _TEASER_RUN:
        cut.update(story[k:])
    # ("Lò Thu Hà" / "Hội thi hòa giải viên giỏi tỉnh X ..." / "Thủ tướng: ..." / ...: titles with no
    # stop in a run right under the writer's name that closes the story)
    k = len(story)
    while k > 0 and _link_title(st.lines[story[k - 1]]):
        k -= 1
    if len(story) - k >= _TEASER_RUN and k > 1 and _name_line(st.lines[story[k - 1]]) is not None \
            and _clean(st.lines[story[k - 2]]).rstrip().endswith((".", "!", "?", "”", "\"")) \
            and not _gallery([st.lines[i] for i in story[k:]]):
        cut.update(story[k:])
    run, listed = [], False
    for n, i in enumerate(story[1:] + [None], 1):
        if i is not None and _place_teaser(st.lines[i]):
            # (not a list's items under its heading, the line over the run closed by a colon: "Chủ trì tại các
            # điểm cầu gồm:" / "Tỉnh X: Phó Bí thư Tỉnh ủy A chủ trì tại điểm cầu tỉnh" / ... are the story's own)
            listed = listed or not run and _clean(st.lines[story[n - 1]]).rstrip().endswith(":")
            run.append(i)
            continue
        if len(run) >= _PLACE_TEASER_RUN and not listed:
            cut.update(run)
        run, listed = [], False
    st.chrome.update(cut)
    st.teasers.update(cut)
    return [i for i in body if i not in cut]


def _gallery(lines: list[str]) -> bool:
    """A run under the byline of which half the lines or more are the story's own photo captions
    (title_lines.gallery_caption): the page's gallery, not links to other stories."""
    from kg.extract.structure.title_lines import gallery_caption
    return 2 * sum(gallery_caption(_clean(x).strip()) for x in lines) >= len(lines)


# (the fewest lines of a run of teasers: one or two such lines may be the story's own, cut short)
_TEASER_RUN = 3
_PLACE_TEASER_RUN = 2
# (the most characters of a teaser's line: a title's length)
_TEASER_CHARS = 120
_PLACE_TEASER = re.compile(r"^([^\W\d_]+(?:\s+[^\W\d_]+){0,3})(?:\s*\([^()]{2,30}\))?:\s*[A-ZĐÀ-Ỹ\d]")


def _link_title(line: str) -> bool:
    """A line of a title's shape: capitalised, a title's words, no sentence's stop at its end."""
    s = _clean(line).strip()
    return s[:1].isupper() and _TEASER_WORDS <= len(s.split()) <= _TITLE_WORDS and not s.endswith((".", "!", "?", ":", ";", ","))


# (the most words of a title)
_TITLE_WORDS = 32


def _teaser_cut(line: str) -> bool:
    s = _clean(line).strip()
    return len(s) <= _TEASER_CHARS and s.endswith(("…", "..."))


def _place_teaser(line: str) -> bool:
    """ "Thái Bình: Phó Chủ tịch UBND tỉnh ... dự lễ ra quân hè": a place the gazetteer knows, a
    colon, then a title's words with no sentence's stop."""
    s = _clean(line).strip()
    m = _PLACE_TEASER.match(s)
    if m is None or len(s) > 2 * _TEASER_CHARS or s.endswith((".", "!", "?", ":", ";", ",")):
        return False
    # (not a list's item of the story's own: "Huyện A: ông B, Bí thư Huyện ủy", "Xã C: 15/15 chi bộ hoàn thành";
    # another story's title is led by its province: "Thái Bình: 98% thôn tổ chức ngày hội ...")
    rest = s[m.end() - 1:].split()
    if len(rest) < _TEASER_WORDS or rest[0].lower() in _PERSON_WORDS:
        return False
    from kg.extract.gazetteer import get_gazetteer
    return any(p.level == "province" for p in get_gazetteer().lookup(m.group(1)))


# (the fewest words of a teaser's title after its place)
_TEASER_WORDS = 6
_PERSON_WORDS = frozenset(w.lower() for w in grammar("article.yaml", "structure")["title_person_openers"])


def cut_tail(st: Structure, body: list[int]) -> None:
    """What follows the last byline-like line of the second half of the story is furniture."""
    headline = st.headline
    tail = [i for i in body if headline is None or i > headline]
    end_idx = None
    for k in range(len(tail) - 1, max(0, len(tail) - 6), -1):
        i = tail[k]             # (not the last words of a sentence the page broke on the line above)
        # (the story's closing line: the last, or one only the outlet's source line follows,
        # "LH" / "Nguồn tin: Báo X": capital initials alone there are the writer's)
        last = all(_SOURCE_START.match(_clean(st.lines[j])) for j in tail[k + 1:])
        if _listed_name(st, tail, k) or _after_share_row(st, tail, k):
            continue
        if _teaser_after_byline(st, tail, k) and add_byline(st, tail[k - 2]):
            st.chrome.update(tail[k - 1:k + 1])
            st.teasers.update(tail[k - 1:k + 1])
            end_idx = tail[k - 2]
            break
        if not continues_sentence(st.lines[tail[k - 1]], st.lines[i]) and add_byline(st, i, last=last):
            end_idx = i
            break
    last_byline = max((i for i in st.byline_lines if headline is None or i > headline), default=None)
    if last_byline is not None and (end_idx is None or last_byline > end_idx):
        end_idx = last_byline
    if end_idx is not None and tail and end_idx >= tail[len(tail) // 2]:
        for i in body:
            if i > end_idx:
                st.chrome.add(i)


def not_in_story(st: Structure, authors: list[str]) -> list[str]:
    """The writers, but a full name the story itself tells as one of its people ("Nguyễn Văn Ba" closing
    a page under its section's tags, the leader the story is about: a tag, no writer). A photo's credit
    line names its photographer, no person of the story: not read (`_credited`); nor a name glued after the
    story's last sentence ("... cho nhân dân.Thu Hà", glued_byline): the writer's."""
    told = [_clean(st.lines[i]) for i in st.story if i != st.headline and not _credited(st.lines[i])]
    return [a for a in authors if len(a.split()) < _FULL_NAME_WORDS
            or not any(re.search(r"(?<![\w.!?])(?<![.!?] )" + re.escape(a) + r"(?!\w)", x) for x in told)]


# (the fewest syllables of a full name: a pen name of two, "Thu Hà", may be anyone's given name)
_FULL_NAME_WORDS = 3


def _credited(line: str) -> bool:
    return bool(photo_credit(line) or colonless(line))


def _teaser_after_byline(st: Structure, tail: list[int], k: int) -> bool:
    """The story, its writer's bare name, then one paragraph closed by other writers' names ("Thu Hà" /
    "Chiều 9/8, Huyện ủy X làm việc với xã Y ..." / "Minh An - Lê Ba"): a link to another story set under this one, its
    own lead and byline (a story has one byline); the story ends at its own writer."""
    if k < 3 or tail[k] != tail[-1]:
        return False
    own, end = _name_line(st.lines[tail[k - 2]]), _name_line(st.lines[tail[k]], True)
    para = _clean(st.lines[tail[k - 1]]).strip()
    return bool(own) and bool(end) and not set(own) & set(end) and para.endswith(_SENTENCE_MARKS) \
        and len(para.split()) >= _PARAGRAPH_WORDS and _name_line(st.lines[tail[k - 3]]) is None


# (the fewest words of a teaser's paragraph: a lead's)
_PARAGRAPH_WORDS = 20


def _after_share_row(st: Structure, tail: list[int], k: int) -> bool:
    """ "Ngự Bình" / "Chia sẻ bài viết" / "ĐỒNG HÀNH CÙNG DOANH NGHIỆP": a banner in capitals or a line
    past the share buttons that close the story, under the writer's name, is the page's furniture,
    no writer's (article.yaml structure `share_buttons`)."""
    lo = tail[k - 1] if k else -1
    if not any(j in st.chrome and _clean(st.lines[j]).strip().lower().startswith(_SHARE) for j in range(lo + 1, tail[k])):
        return False
    # (only a banner in capitals, or a line past a writer already named above the buttons: a page may
    # set its only writer under them, "Chia sẻ" / "Minh An")
    return _clean(st.lines[tail[k]]).isupper() or (k > 0 and _name_line(st.lines[lo]) is not None)


def _listed_name(st: Structure, tail: list[int], k: int) -> bool:
    """ "Hình ảnh các đồng chí lãnh đạo mới:" / "Lê Văn A" / "Trần Thị B" / "Đại hội cũng bầu ...": a bare
    name next to another, the story going on in a sentence after them, is a list's or a gallery's,
    no writer's."""
    near = [tail[x] for x in (k - 1, k + 1) if 0 <= x < len(tail) and x != k]
    if not any(_name_line(st.lines[j]) for j in near):
        return False
    return any(_clean(st.lines[j]).rstrip().endswith(".") and len(st.lines[j].split()) >= _SENTENCE_WORDS
               for j in tail[k + 1:])


_SHARE = tuple(w.lower() for w in grammar("article.yaml", "structure")["share_buttons"])
# (the words a line of the story's own after a list of names has at least)
_SENTENCE_WORDS = 6


def glued_byline(st: Structure) -> None:
    """The writer's name glued after the story's last sentence ("... cho nhân dân.Thu Hà"), when
    no byline line closes the story."""
    if len(st.story) < 2 or st.story[-1] == st.headline or any(i > st.story[-1] for i in st.byline_lines):
        return
    last = st.lines[st.story[-1]]
    if photo_credit(last) is None:
        st.authors.extend(glued_name(_clean(last)) or ())


def _title(name: str) -> bool:
    """The "name" is a title as a whole ("Phó Ban", "Chủ tịch"; roles.yaml), a signer's mark before it
    or not ("Quyền Chủ tịch", "KT. Chủ tịch": article.yaml structure `signing_marks`): never a writer's."""
    name = _SIGNING.sub("", name)
    if len(name.split()) > lexicon().roles.longest():
        return False        # (the line above a name is most often a paragraph: each word is a token or more, and
        # no title has that many)
    toks = tokenize(name)
    e = lexicon().roles.match(toks, 0) if toks else None
    return e is not None and e.size == len(toks)


_SIGNING = re.compile(r"^(?:(?:" + "|".join(map(re.escape, grammar("article.yaml", "structure")["signing_marks"]))
                      + r")\s*)+", re.I)


def _signed_under(lines: list[str], i: int) -> bool:
    """The line right above line i is a title alone ("CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"): line i
    names the signer of a document (probe9 F17)."""
    k = i - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    return k >= 0 and _title(_clean(lines[k]).title())


def _address(name: str) -> bool:
    """The "name" is an address of rank, whole or cut by the page's end ("Hòa thượng", "Hòa Thượ";
    people.yaml honorifics of two words or more): never a writer's."""
    low = " ".join(name.lower().split())
    return len(low) >= 6 and low in _address_starts()


def _title_cut(name: str) -> bool:
    """The "name" is a title's first words the page's end cut inside a word ("Phó Ch", "Chủ tịch Hộ":
    a start of a roles.yaml form of two words or more, a space in it): a caption or a list cut short,
    never a writer's (a name's syllables begin no title so)."""
    low = " ".join(name.lower().split())
    return " " in low and len(low) >= _CUT_TITLE_CHARS and low in _title_starts()


# (the fewest characters of a cut title read so: "Phó Ch")
_CUT_TITLE_CHARS = 6


@lru_cache(maxsize=1)
def _title_starts() -> frozenset:
    """Every start of every roles.yaml form of two words or more, cut inside its words (whole ones are
    _title's): a set's lookup, as _address_starts."""
    forms = {" ".join(r["form"].lower().split()) for r in section("roles.yaml", "roles")}
    return frozenset(f[:k] for f in forms if " " in f for k in range(1, len(f))
                     if f[k - 1] != " " and f[k:k + 1] not in ("", " "))


@lru_cache(maxsize=1)
def _address_starts() -> frozenset:
    """Every start of every address of _addresses (the whole included): a name is one when it is
    here, a set's lookup instead of a prefix test against each address at each name line."""
    return frozenset(h[:k] for h in _addresses() for k in range(1, len(h) + 1))


@lru_cache(maxsize=1)
def _addresses() -> tuple:
    # (article.yaml structure `address_given_names`: "Anh Hùng" is a given name a writer signs with)
    given = {" ".join(h.lower().split()) for h in grammar("article.yaml", "structure")["address_given_names"]}
    return tuple({" ".join(h.lower().split()) for h in section("people.yaml", "honorifics")
                  if len(h.split()) > 1} - given)


def bullet_header(line: str) -> bool:
    return bool(_BULLET_HEAD.match(line))
