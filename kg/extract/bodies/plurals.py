"""Committees written as plurals ("thường trực các huyện ủy", "các huyện, thành, thị ủy"): every
unit's, no one body; one written with its units' names ("các huyện ủy A, B") names each. Read by
the bodies stage (kg.extract.bodies.bodies) before the bodies are completed."""
from __future__ import annotations

from kg.extract.bodies.body_lists import bodies_yaml
from kg.extract.passes import triggers
from kg.extract.sentences.elements import BodyMention


@triggers(lambda: (bodies_yaml()["completion"]["plural_word"],))    # ("các", read by each test)
def drop_plurals(sv) -> None:
    """A committee written in lower case after the plural word ("thường trực các huyện ủy, thành
    ủy"), and a bare organ before it ("thường trực các ..."), name every unit's: no one body."""
    toks, plural = sv.toks, bodies_yaml()["completion"]["plural_word"]
    mentions = [e for _, e, _ in sv.mentions() if isinstance(e, BodyMention)]
    plurals = {e.start for e in mentions         # (where a committee made plural begins; one written
               if e.start > 0 and _plural_before(toks, e.start, plural) and not toks[e.start].is_cap and not e.organs
               and not e.place_name}            # with its units' names names each: "các huyện ủy A, B")
    for e in mentions:
        # (a capitalised organ too, before such a committee, "Thường trực các huyện ủy: A, B": else
        # it took the committee's level and the one district the story names)
        e.generic = bool(e.generic or e.start in plurals or e.base is None and e.organs and e.end < len(toks)
                         and toks[e.end].low == plural and (not toks[e.start].is_cap or e.end + 1 in plurals))


def _plural_before(toks: list, i: int, plural: str) -> bool:
    """The plural word right before token i, or before a run of the units' first syllables the
    committee ends ("các huyện, thành, thị ủy": every district's, city's and town's)."""
    k = i - 1
    while k > 0 and toks[k].low in _ELIDED and not toks[k].is_cap:
        k -= 1
    return toks[k].low == plural


_ELIDED = frozenset(bodies_yaml()["completion"]["plural_elided"])
