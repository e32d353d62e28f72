"""An envoy named with his bare title in one sentence ("Đại sứ A mong muốn ...", often the headline)
and his mission written with the same title in another ("... đón tiếp ngài Đại sứ Hàn Quốc tại Việt
Nam"): the one mission the article writes for that title is his. With two missions of the title (two
ambassadors, ours and theirs) no post is read.
"""
from __future__ import annotations

from kg.extract.lexicon import section
from kg.extract.sentences.elements import Name, Role
from kg.extract.sentences.sentences import SentenceView
from kg.facts import Post

_ENVOYS = frozenset(section("roles.yaml", "mission_envoys"))


def note_missions(sv: SentenceView, bodies, seen: dict) -> None:
    """Record the missions the sentence's envoys' titles name (seen: title -> {body key: body})."""
    for e in sv.elements:
        if type(e) is Role and e.entry.role in _ENVOYS and e.body is not None:
            body = bodies(e.body)
            if body is not None:
                seen.setdefault(e.entry.role, {})[body.key] = body


def note_bare(name: Name, roles: list[Role], ev, seen: dict) -> None:
    """Record a name whose only title is an envoy's with no mission ("Đại sứ A")."""
    if len(roles) == 1 and roles[0].body is None and roles[0].entry.role in _ENVOYS:
        seen.setdefault("bare", []).append((name.text, roles[0].entry.role, ev))


def seat_bare_envoys(posts: dict, seen: dict) -> None:
    """Give each bare envoy the one mission the article writes for his title; none when it writes
    none or several, or when he holds a post of that title already."""
    for name, role, ev in seen.get("bare", ()):
        missions = seen.get(role, {})
        if len(missions) != 1 or any(k[0] == name and k[1] == role for k in posts):
            continue
        body = next(iter(missions.values()))
        posts[(name, role, body.key)] = Post(name, role, body, ev)
