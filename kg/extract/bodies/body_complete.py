"""Completion of body mentions written without their level: a list of bodies closed by one level
word or by a body that writes its level ("Thường trực HĐND, UBND, Ủy ban MTTQ tỉnh X"), else the
body the sentence is about ("Hội Nông dân tỉnh ... Hội nghị Ban Chấp hành"). Read by the bodies
stage (kg.extract.bodies.bodies) before any mention is resolved.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from kg.extract.bodies.body_lists import bodies_yaml, sibling_level
from kg.extract.bodies.commune_lists import counted, every_commune_after, party_committee_list
from kg.extract.sentences.elements import BodyMention, LevelMention, Punct, Role, Word
from kg.extract.lexicon import canon, grammar, lexicon

_COMPLETION = grammar("bodies.yaml", "completion")

if TYPE_CHECKING:
    from kg.extract.bodies.bodies import BodyResolver

# Words that may stand inside a list of bodies that shares one level word at its end:
# "Ban Dân vận, Ủy ban MTTQ Việt Nam và các tổ chức chính trị – xã hội tỉnh".
_LIST_FILLER = frozenset(_COMPLETION["list_fillers"])
_COMPLETE_PUNCT = frozenset(",()-–")
# the kinds of organ a bare organ may be of its level's party committee (others are a union's,
# the Front's or a religious body's: "Đoàn Chủ tịch" alone is a congress's presidium)
_PARTY_ORGAN_KINDS = frozenset(_COMPLETION["party_organ_kinds"])
_NOT_COMMITTEE_ORGANS = frozenset(_COMPLETION.get("not_committee_organs") or [])


def _apply_level(bm: BodyMention, level: str, unit: Optional[str], place_name: Optional[str],
                 resolver: BodyResolver) -> None:
    if level == "commune" and bm.base is not None and (bm.base.sort == "department"
                                                       or canon(bm.base.canonical) in _NO_COMMUNE):
        return          # (bodies.yaml completion.no_commune: no commune has one)
    if bm.base is None:
        committee = resolver.committee_for_level(level, unit)
        organ = bm.organs[0] if bm.organs else ""
        if committee is None or resolver.lx.organ_kinds.get(organ) not in _PARTY_ORGAN_KINDS \
                or organ in _NOT_COMMITTEE_ORGANS:
            return      # "Đoàn Chủ tịch", "Ban Thường trực": organs a party committee has not
        c = resolver.lx.committee_by_name[committee]
        # a commune's committee ("Đảng ủy") takes the unit word of the commune it is of
        bm.base, bm.level, bm.unit, bm.place_name = c, c.level, c.unit or unit, place_name
    else:
        bm.level, bm.unit, bm.place_name = level, unit, place_name


def _closing_level(els: list, idx: int, toks: Optional[list] = None) -> tuple[bool, Optional[LevelMention], int]:
    """The level word that closes the list of bodies els[idx] stands in: (found, mention, index)."""
    for k, f in enumerate(els[idx + 1: idx + 25], idx + 1):
        if isinstance(f, LevelMention):
            if isinstance(els[k - 1], Word) and els[k - 1].low == _COMPLETION["plural_word"]:
                return True, None, k    # "thường trực các huyện, thị": every such unit's, no one body
            if not f.place_name and k + 1 < len(els) and isinstance(els[k + 1], Word) \
                    and els[k + 1].low in _COMPLETION["chapter_words"]:
                return True, None, k    # "BCH Tỉnh hội": a union's chapter of the level, not named
            return True, f, k
        if isinstance(f, BodyMention) and f.level not in (None, "central") and not f.generic:
            # "HĐND, UBND huyện X, tỉnh Y", "HĐND, UBND, Ủy ban MTTQ tỉnh, thành phố Y": the last body
            # writes its level (placed or not); the unit after it is an item of its own
            break
        if isinstance(f, BodyMention) or (isinstance(f, Punct) and f.char in _COMPLETE_PUNCT) \
                or (isinstance(f, Word) and f.low in _LIST_FILLER):
            continue
        if isinstance(f, Word) and f.low == _COMPLETION["owner_word"] and k + 1 < len(els) \
                and isinstance(els[k + 1], LevelMention):
            continue    # "HĐND, UBND, các ngành của huyện X": the level the whole list is of
        if isinstance(f, Word) and toks and counted(toks[f.start].text) and k + 1 < len(els) \
                and isinstance(els[k + 1], LevelMention) and els[k + 1].level == "commune":
            return True, None, k + 1    # "UBND 3 xã A, B, C": each commune's (body_lists)
        break
    return False, None, -1


def _owner_commune(els: list, idx: int) -> Optional[str]:
    """The bare commune word that closes, after "của", the list els[idx] stands in ("Thường trực
    Đảng ủy, Ủy ban nhân dân, các ngành của xã"): the story's commune, not the unit of a body
    named before the list."""
    for k, f in enumerate(els[idx + 1: idx + 25], idx + 1):
        if isinstance(f, Word) and f.low == _COMPLETION["owner_word"]:
            nxt = els[k + 1] if k + 1 < len(els) else None
            after = els[k + 2] if k + 2 < len(els) else None
            closed = after is None or isinstance(after, Punct) or isinstance(after, Word) and after.low == "và"
            return nxt.low if isinstance(nxt, Word) and nxt.low in _COMPLETION["commune_words"] and closed else None
        if isinstance(f, BodyMention) or (isinstance(f, Punct) and f.char in _COMPLETE_PUNCT) \
                or (isinstance(f, Word) and f.low in _LIST_FILLER):
            continue
        return None
    return None


def _closing_body(els: list, idx: int) -> Optional[BodyMention]:
    """The body that closes the list els[idx] stands in with a level of its own ("HĐND, UBND
    xã"; "lãnh đạo Đảng ủy, HĐND, UBND, Chủ tịch Hội Nông dân phường X"), when no level word
    closes it."""
    for f in els[idx + 1: idx + 25]:
        if isinstance(f, Role):
            f = f.body
            if f is None or f.level is None:
                return None
        if isinstance(f, BodyMention) and f.base is not None and f.base.sort in ("leveled", "department") \
                and f.level not in (None, "central") and not f.generic:
            return f
        if isinstance(f, BodyMention) and f.level is None or (isinstance(f, Punct) and f.char in _COMPLETE_PUNCT) \
                or (isinstance(f, Word) and f.low in _LIST_FILLER):
            continue
        return None
    return None


def complete(els: list, resolver: BodyResolver, mentions: Optional[list] = None, toks: Optional[list] = None) -> dict:
    """Give a level to bodies written without one: from a level word that closes their list,
    else (for a non-generic name) from the body the sentence is about. Returns the closing
    level words, by index, with the bodies of their list (kg.extract.bodies.body_lists). `mentions`:
    the sentence's SentenceView.mentions(), when the caller has them (no walk over every word)."""
    closers: dict[int, list] = {}
    for idx, e in (enumerate(els) if mentions is None else ((k, x) for k, x, _ in mentions)):
        if not isinstance(e, BodyMention) or e.generic:
            continue
        if not e.place_name and e.level in (None, "commune") and e.base is not None \
                and e.base.sort in ("committee", "packed", "leveled") and every_commune_after(els, idx, toks):
            e.generic = True    # ("Thường trực Đảng ủy, UBND, các hội các xã": every commune's, no one body)
            continue
        if e.complete or sibling_level(e, els, idx):    # ("Phòng Nội vụ, Trung tâm Y tế, Phòng Văn hóa huyện")
            _committee_closed(els, idx, e, closers)
            continue
        done, f, at = _closing_level(els, idx, toks)
        if done:
            if f is not None and (f.level != "commune" or f.place_name and e.base is not None
                                  and not _commune_list_broken(els, idx, at)):
                _apply_level(e, f.level, f.unit, f.place_name, resolver)
                closers.setdefault(at, []).append(e)
            continue
        if e.weak or _common_noun(e):
            continue
        unit = _owner_commune(els, idx)
        if unit is not None and e.base is not None and e.base.sort == "leveled":
            _apply_level(e, "commune", unit, None, resolver)
            continue
        last = _closing_body(els, idx)
        if last is not None and e.base is None and len(e.organs) == 1 and _organ_fits(e.organs[0], last):
            # "Ban Thường trực và các Ủy viên UBMTTQ xã": the organ of the body that closes the list
            e.base = last.base
        if last is not None and (e.base is not None or _level_board(e, last, resolver)):
            # the list's last body writes the level: "Đảng ủy, HĐND, UBND phường", "Ban Dân vận, Hội ND huyện X"
            _apply_level(e, last.level, last.unit, last.place_name, resolver)
            continue
        if len(resolver.places._ctx.communes) == 1 and party_committee_list(els, idx, toks):
            _apply_level(e, "commune", next(iter(resolver.places._ctx.communes)), None, resolver)
            continue        # ("Thường trực Đảng ủy, lãnh đạo HĐND, UBND": the story's commune's)
        for f in reversed(els[:idx]):
            anchor = f.body if isinstance(f, Role) else f
            if isinstance(anchor, BodyMention) and anchor.level not in (None, "central") \
                    and (anchor.level != "commune" or e.base is None and anchor.unit
                         or _story_commune(anchor, resolver)):
                if _own_committee(e, anchor, resolver):
                    # "Hội Nông dân tỉnh ... Hội nghị Ban Chấp hành": the union's own committee
                    e.base = anchor.base
                _apply_level(e, anchor.level, anchor.unit, anchor.place_name, resolver)
                break
        else:
            _only_commune(e, resolver)
    return closers


def _level_board(e: BodyMention, last: BodyMention, resolver: BodyResolver) -> bool:
    """A bare party board before a body named alone that closes its list is the level's committee's
    ("Ban Dân vận, Hội LHPN, Hội Nông dân huyện X"); before an organ of a union, the union's ("Ban Tổ
    chức, Ban Tuyên giáo Hội Nông dân huyện X": none); of a sector's committee, that committee's."""
    if not e.organs or e.organs[0] in _NOT_COMMITTEE_ORGANS or last.organs and last.base.kind != "PartyCommittee" \
            or resolver.lx.organ_kinds.get(e.organs[0]) not in _PARTY_ORGAN_KINDS:
        return False
    e.base = last.base if last.organs else None     # ("Ban Tuyên giáo, Văn phòng Đảng ủy Khối ... tỉnh X")
    return True


_COMMUNE_BREAKS = frozenset(_COMPLETION["commune_list_breaks"])
_NO_COMMUNE = frozenset(canon(n) for n in _COMPLETION["no_commune"])


def _commune_list_broken(els: list, idx: int, at: int) -> bool:
    """ "Hội Nông dân cùng lãnh đạo xã X": a word between the body and the named commune closing its
    list that makes what follows the body's partners, not more bodies of the commune."""
    return any(type(f) is Word and f.low in _COMMUNE_BREAKS for f in els[idx + 1:at])


def _story_commune(anchor: BodyMention, resolver: BodyResolver) -> bool:
    """A body of the commune the story is about (places: named again and again), which a bare
    body after it in the sentence belongs to ("Chủ tịch UBND phường X cùng Thường trực UBND")."""
    return bool(anchor.unit and anchor.place_name) \
        and resolver.places._ctx.communes.get(anchor.unit) == anchor.place_name


def _common_noun(e: BodyMention) -> bool:
    """A body of every level written bare and in lower case ("đoàn thanh niên, hội Nông dân tìm
    kiếm nguồn lực"): the kind of body, as a common noun, not one the context places."""
    return e.base is not None and e.base.sort == "leveled" and not e.organs \
        and e.surface[:1].islower()


def _only_commune(e: BodyMention, resolver: BodyResolver) -> None:
    """A body of every level written bare ("lãnh đạo HĐND - UBND - UBMTTQ") in a story that
    names one commune and no district or province (a commune's own page): that commune's."""
    ctx = resolver.places._ctx
    if e.base is None or e.base.sort != "leveled" or len(ctx.communes) != 1 or not ctx.by_commune \
            and (ctx.province is not None or ctx.city is not None or ctx.districts or ctx.district_names or ctx.places):
        return      # (a district and province known only as the commune's leave it the commune's page)
    unit = next(iter(ctx.communes))
    _apply_level(e, "commune", unit, None, resolver)


def _committee_closed(els: list, idx: int, e: BodyMention, closers: dict) -> None:
    """ "Thường trực Quận ủy, UBND, Ủy ban MTTQ Quận 1": a party committee written without
    its place in a list closed by a level word of its own unit takes that word's place."""
    if e.base is None or e.base.sort not in ("committee", "packed") or e.place_name \
            or e.level in (None, "commune"):
        return
    done, f, at = _closing_level(els, idx)
    if done and f is not None and f.place_name and (f.level, f.unit) == (e.level, e.unit):
        e.place_name = f.place_name
        closers.setdefault(at, []).append(e)


def _own_committee(e: BodyMention, anchor: BodyMention, resolver: BodyResolver) -> bool:
    """A bare executive committee (an organ that is its body's own committee, bodies.yaml kind
    PartyCommittee) in a sentence about a leveled body is that body's; so is a bare organ a
    union or the Front has of its own (bodies.yaml union_organs) in a sentence about one."""
    # (the youth union's committees are named like the party's, "Tỉnh đoàn", but are a union:
    # "Ban Chấp hành Tỉnh đoàn ... bầu Ban Thường vụ" is the Tỉnh đoàn's board, not the Tỉnh ủy's)
    if e.base is not None or len(e.organs) != 1 or anchor.base is None or not (
            anchor.base.sort == "leveled" or anchor.base.sort == "committee" and anchor.base.kind in _union_organs()):
        return False
    if resolver.lx.organ_kinds.get(e.organs[0]) == "PartyCommittee":
        return True
    return e.organs[0] in _union_organs().get(anchor.base.kind, ())


@lru_cache(maxsize=1)
def _union_organs() -> dict[str, frozenset]:
    """bodies.yaml `union_organs`: kind of body -> the organs of its own."""
    return {k: frozenset(v) for k, v in (bodies_yaml().get("union_organs") or {}).items()}


# "tham gia Ban Chấp hành, Ban Thường vụ [và] giữ chức Bí thư Huyện ủy X": the boards one is
# appointed to join are those of the committee of the post he takes (bodies.yaml joined_committee)
_JOINED = bodies_yaml()["joined_committee"]
_JOIN_VERB = tuple(canon(_JOINED["join"]).lower().split())
_TAKE_VERB = tuple(canon(_JOINED["take"]).lower().split())
_JOIN_FILLER = frozenset(canon(w).lower() for w in _JOINED["fillers"])


def _words_at(els: list, toks: list, k: int, words: tuple) -> bool:
    return all(k + n < len(els) and isinstance(els[k + n], Word) and toks[els[k + n].start].low == w
               for n, w in enumerate(words))


def joined_committee(els: list, toks: list, lows: Optional[frozenset] = None) -> None:
    """The boards listed after "tham gia" and before "giữ chức" with no place of their own
    ("tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy và giữ chức Phó Bí thư Huyện ủy X") are
    the boards of the committee the post taken names, not of the one the person leaves.
    `lows`: the sentence's lower-case words (SentenceView.lows), when the caller has them."""
    # (few sentences hold the joining verb: without its first word no element can begin it)
    if lows is not None and _JOIN_VERB[0] not in lows:
        return
    first = _JOIN_VERB[0]
    for k in range(len(els)):
        # (the verb's first word tested here: _words_at is a call and a generator per element)
        if type(els[k]) is not Word or toks[els[k].start].low != first or not _words_at(els, toks, k, _JOIN_VERB):
            continue
        listed: list[BodyMention] = []
        j = k + 2
        while j < len(els) and (isinstance(els[j], BodyMention) or isinstance(els[j], Punct) and els[j].char == ","
                                or isinstance(els[j], Word) and toks[els[j].start].low in _JOIN_FILLER):
            listed += [els[j]] if isinstance(els[j], BodyMention) else []
            j += 1
        if not listed or not _words_at(els, toks, j, _TAKE_VERB):
            continue
        target = next((f.body for f in els[j + 2: j + 8] if isinstance(f, Role) and f.body is not None), None)
        if target is None or target.base is None or target.base.sort != "committee" or not target.place_name:
            continue
        boards = [bm for bm in listed if bm.base is not None and bm.base.sort == "committee" and bm.organs]
        # ("tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy, giữ chức Bí thư Thành ủy X": a board
        # that writes another level's committee keeps the list to that committee)
        if any(not _organ_only(bm) and (bm.level, bm.unit) != (target.level, target.unit) for bm in boards):
            continue
        for bm in boards:
            if _organ_only(bm) or not bm.place_name:
                bm.base, bm.level, bm.unit, bm.place_name = target.base, target.level, target.unit, target.place_name


def _organ_only(bm: BodyMention) -> bool:
    """A board written alone ("Ban Thường vụ"), without the committee it is of."""
    return len(bm.surface.split()) == len(bm.organs[0].split())


# what may stand between two titles of one person: "Phó Bí thư Đảng ủy – Chủ tịch HĐND xã"
_TITLE_JOINERS = frozenset(",-–")


def close_commune_committees(els: list, toks: list, mentions: Optional[list] = None,
                             lows: Optional[frozenset] = None) -> None:
    """A bare "Đảng ủy" in a person's titles closed by a body of a commune ("Phó Bí thư Đảng
    ủy – Chủ tịch HĐND xã", "Bí thư Đảng ủy, Chủ tịch UBND phường X"), or in a list of bodies
    closed by a commune ("Đảng ủy, chính quyền xã X"), is that commune's party committee: the
    text says Đảng ủy, and what follows says of which unit. `mentions`: as for complete().
    First, the boards one joins take the committee of the post taken (joined_committee; `lows`
    as there)."""
    joined_committee(els, toks, lows)
    for idx, e, bm in (((k, x, x.body if isinstance(x, Role) else x) for k, x in enumerate(els))
                       if mentions is None else mentions):
        if not isinstance(bm, BodyMention) or bm.base is None or bm.base.sort != "committee" \
                or bm.level != "commune" or bm.unit is not None or bm.organs and len(bm.organs) > 1:
            continue
        for f in els[idx + 1: idx + 8]:
            other = f.body if isinstance(f, Role) else f
            if isinstance(other, BodyMention) and other.level == "commune" and other.unit \
                    and other.base is not None and other.base.sort != "committee":
                bm.unit, bm.place_name = other.unit, bm.place_name or other.place_name
                break
            if not isinstance(e, Role) and isinstance(f, LevelMention) and f.level == "commune" and f.unit:
                # "Đảng ủy, chính quyền xã Tân Hòa": a list of bodies closed by the commune
                bm.unit, bm.place_name = f.unit, f.place_name
                break
            if isinstance(f, Role) and other is None or isinstance(f, Punct) and f.char in _TITLE_JOINERS \
                    or not isinstance(e, Role) and isinstance(f, Word) and toks[f.start].low in _LIST_FILLER:
                continue
            break


# the kinds of organ a party committee has of its own (bodies.yaml organs' kind)
_PARTY_ORGANS = frozenset({"PartyExecutive", "PartyBoard", "PartyCommittee"})


def _organ_fits(organ: str, f: BodyMention) -> bool:
    """Whether a body of f's sort and kind has that organ: a party committee its boards, a union
    or the Front its own (bodies.yaml union_organs), a council its committees ("Ban Pháp chế")."""
    kind = lexicon().organ_kinds.get(organ)
    if f.base.sort in ("committee", "packed"):
        return f.base.kind == "PartyCommittee" and kind in _PARTY_ORGANS
    return f.base.sort == "leveled" and (organ in _union_organs().get(f.base.kind, ())
                                        or kind == f.base.kind)


def _with_organ(f: BodyMention) -> bool:
    """A body written with an organ before its name ("Thường trực Tỉnh ủy"; "Ban Chấp hành Đảng
    bộ tỉnh", the committee itself): not a body named alone ("Ủy ban MTTQ tỉnh")."""
    if f.base is None:
        return False
    return bool(f.organs) or bool(f.surface) and f.surface.split()[0] != f.base.canonical.split()[0]


def _union_only(organ: str, f: BodyMention) -> bool:
    """An organ only a union has, then a union named alone ("Trưởng Ban Chính sách pháp luật và
    Quan hệ lao động, Liên đoàn Lao động tỉnh"): the union's organ, as no party committee has it."""
    return f.base is not None and f.base.sort == "leveled" and not f.organs \
        and lexicon().organ_kinds.get(organ) not in _PARTY_ORGAN_KINDS and organ in _union_organs().get(f.base.kind, ())


# words between the organs of one body listed: "Văn phòng, các ban, Trung tâm X Hội Nông dân tỉnh"
_ORGAN_LIST_WORDS = frozenset(canon(w).lower() for w in bodies_yaml()["organ_list_words"])


def share_organ_lists(els: list, mentions: Optional[list] = None) -> None:
    """A bare organ listed before another organ of a named body ("Ban Thường vụ, Thường trực
    Tỉnh ủy", "Ủy viên Ban Thường vụ, Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Ban Pháp chế, Ban
    Kinh tế - Ngân sách HĐND tỉnh") is an organ of that body, when that body has such an organ.
    `mentions`: as for complete()."""
    at = [(k, x.body if isinstance(x, Role) else x) for k, x in enumerate(els)] if mentions is None \
        else [(k, m) for k, _, m in mentions]
    # from the last: "Ban Tổ chức, Ban Dân vận, Văn phòng Tỉnh ủy" shares the body down the list
    for idx, bm in reversed(at):
        if not isinstance(bm, BodyMention) or bm.base is not None or len(bm.organs) != 1 or bm.central:
            continue
        for n, (f, el) in enumerate(((x.body if isinstance(x, Role) else x, x) for x in els[idx + 1: idx + 7])):
            if isinstance(el, Punct) and el.char == "," or isinstance(el, Word) and el.low in _ORGAN_LIST_WORDS \
                    or not n and isinstance(el, Word) and el.low == "của":
                continue                # "Văn phòng, các ban, Trung tâm ... Hội Nông dân tỉnh"; "X của Y"
            if isinstance(f, BodyMention) and (_with_organ(f) or _union_only(bm.organs[0], f)) \
                    and f.level is not None and f.level != "central" and _organ_fits(bm.organs[0], f):
                bm.base, bm.level, bm.unit, bm.place_name = f.base, f.level, f.unit, f.place_name
            elif isinstance(f, BodyMention) and f.organs and f.base is not None and f.base.sort == "central" \
                    and lexicon().organ_kinds.get(bm.organs[0]) == f.base.kind:
                # "Đoàn Chủ tịch và Ban Thường trực UBTƯ MTTQ Việt Nam": the central body's organs
                bm.base, bm.level, bm.central = f.base, "central", True
            break
