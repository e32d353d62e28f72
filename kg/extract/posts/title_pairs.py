"""Whether two titles written together ("Phó Chủ tịch - Tổng Thư ký Ủy ban X", "Phó Trưởng ban
kiêm Chánh Thư ký Ban Y", "Phó Chủ tịch, Tổng Thư ký Hội đồng Z") are offices of one body, the
second's (kg.extract.posts.post_bodies: a title with no body of its own shares the next one's).
"""
from __future__ import annotations

from kg.extract.sentences.elements import Role
from kg.extract.lexicon import section

BEFORE_STATE = section("roles.yaml", "party_before_state")


def shares_next_body(a: Role, b: Role) -> bool:
    """A title with no body shares the next title's body `b` when they are written as one office:
    hyphenated or joined by "kiêm", a head word the next body begins with, or a council's chair and
    secretary-general; never a party secretary's title before a body no secretary heads."""
    return not _secretary_of_state(a, b) and (_hyphen_between(a, b) or _same_head(a, b) or _officer_pair(a, b))


def _names_own_body(a: Role) -> bool:
    """ "Trưởng BDV", "Phó Trưởng BTS": a title written with its body's abbreviation names that body
    even when its owner is left out ("A - Trưởng BDV - CT UBMTTQ huyện"), so it never takes the
    next title's body (roles.yaml body_head)."""
    return bool(a.entry.body_head) and all(w.isupper() for w in a.surface.split()[-a.entry.body_head:])


def _hyphen_between(a: Role, b: Role) -> bool:
    """True when the text between two titles is a hyphen (a compound title), not a comma; or
    "kiêm" after a title that is no party title ("Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung ương
    MTTQ": one body; "Bí thư kiêm Chủ tịch UBND xã": two bodies, conventions)."""
    if a.next_char in ("-", "–") and b.start == a.end + 1 and not _names_own_body(a):
        return True
    # (a title that names its body's head, "Trưởng ban", shares only a body of that head: _same_head)
    return a.next_char in _JOINERS and b.start == a.end + 1 and a.entry.role not in BEFORE_STATE["roles"] \
        and not a.entry.body_prefix and not a.entry.body_head


def _secretary_of_state(a: Role, b: Role) -> bool:
    """A party secretary's title before the title of a body no secretary heads ("Phó Bí thư – Chủ
    tịch UBND xã", "Bí thư – Tỉnh trưởng tỉnh X" of a neighbour's government, "Bí thư – Chủ tịch Hội
    đồng Đội"): the dash never makes it that body's."""
    nb = b.body
    return a.entry.role in BEFORE_STATE["roles"] and nb.base is not None \
        and (nb.base.canonical in BEFORE_STATE["state_bodies"] or nb.base.kind in _NO_SECRETARY["kinds"]
             or nb.base.canonical.startswith(tuple(_NO_SECRETARY["heads"])))


# the bodies that have no secretary (roles.yaml party_before_state no_secretary): state bodies, the
# Front's committees, the associations ("Hội ..."); a youth union's committee has one
_NO_SECRETARY = BEFORE_STATE["no_secretary"]


# A council's chairs and its secretaries-general (roles.yaml officer_pairs): one of each, the first
# written bare, are offices of the one council ("Phó Chủ tịch, Tổng Thư ký Hội đồng Trị sự").
_OFFICERS = section("roles.yaml", "officer_pairs")


def _officer_pair(a: Role, b: Role) -> bool:
    """ "Phó Chủ tịch, Tổng Thư ký Hội X", "Tổng Thư ký, Phó Chủ tịch Hội đồng Y": a chair's title
    and a secretary-general's, the first with no body, a comma between, are of the second's body
    (a council's secretary-general sits among its deputy chairs; a party title never pairs)."""
    if a.next_char != "," or b.start != a.end + 1:
        return False
    pair = (a.entry.role, b.entry.role)
    chairs, secretaries = _OFFICERS["chairs"], _OFFICERS["secretaries"]
    return pair[0] in chairs and pair[1] in secretaries or pair[0] in secretaries and pair[1] in chairs


_JOINERS = frozenset(section("roles.yaml", "posts")["title_joiners"])


def _same_head(a: Role, b: Role) -> bool:
    """ "Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự ...": a title whose last word heads its body's
    name ("ban"), joined by "kiêm" to a title whose body begins with that word, is of that body."""
    if not a.entry.body_head or a.next_char not in _JOINERS:
        return False
    head = a.surface.split()[-a.entry.body_head:]
    words = b.body.surface.split()
    return [w.lower() for w in words[:len(head)]] == [w.lower() for w in head]
