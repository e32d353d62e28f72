"""A person's name cut by a hard line break inside it ("đ/c Nguyễn⏎Văn A, Ủy viên ...", "bà Trần
Thị⏎Hồng B, Phó Chủ tịch ..."): pages copied from a CMS keep their hard wraps, and a line is a
sentence to the scanner, so the first line ends on a lone family name or a name ending in a
middle name, and the next opens with the rest. The name is made whole on the second line, where
its titles are, and the stub on the first is no one (read by the sentences stage right after the
scan, so that every later stage reads the whole name).
"""
from __future__ import annotations

from kg.extract.sentences.elements import Honorific, Name, Word
from kg.extract.sentences.spans import MIDDLE_NAMES

_REST = 3           # syllables of a name's rest on the next line


def join_wrapped_names(views: list, text: str) -> None:
    """Join each name cut at the end of a line to its rest at the start of the next one."""
    for a, b in zip(views, views[1:]):
        if not a.elements or not b.elements or text[a.end:b.start] != "\n":
            continue
        stub = _stub(a)
        if stub is None:
            continue
        head, honorific = stub
        rest = b.elements[0]
        if type(rest) is Name and not rest.honorific:
            rest.text, rest.honorific = f"{head} {rest.text}", honorific
        else:
            end = _rest_end(b)
            if end == 0:
                continue
            toks = b.toks
            name = Name(0, b.elements[end - 1].end, " ".join([head] + [t.text for t in toks[:b.elements[end - 1].end]]),
                        honorific=honorific)
            b.elements[:end] = [name]
            b.has_names = True
        if type(a.elements[-1]) is Name:
            a.elements[-1].partial = True       # (the stub names no one of its own)


def _stub(sv):
    """(the cut name's first part, the address before it) when the line ends on one: an address and a
    lone family name, or a name whose last syllable is a middle name ("Trần Thị")."""
    L, toks = sv.elements, sv.toks
    last = L[-1]
    if len(L) < 2 or type(L[-2]) is not Honorific or last.end != len(toks):
        return None
    if type(last) is Word and last.end - last.start == 1 and toks[last.start].is_cap:
        return toks[last.start].text, L[-2].word
    if type(last) is Name and toks[last.end - 1].low in MIDDLE_NAMES:
        return last.text, L[-2].word
    return None


def _rest_end(sv) -> int:
    """The number of leading elements that are capitalised one-syllable words (the name's rest)."""
    L, toks = sv.elements, sv.toks
    n = 0
    while n < len(L) and n < _REST and type(L[n]) is Word and L[n].end - L[n].start == 1 \
            and L[n].start == n and toks[n].is_cap and not toks[n].is_upper:
        n += 1
    return n
