"""What a site tells a reader without saying it: the province a news site belongs to.

``kg/data/sites.tsv`` lists sites by domain (a provincial party portal ``<province>.dcs.vn``, a
provincial newspaper, a government portal ``<province>.gov.vn``) and by the source tags that
open a lead ("(TUAG)-", "(Baonghean.vn) -"); a central outlet maps to no province.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

_FILE = Path(__file__).parent.parent / "data" / "sites.tsv"
# A source tag opening the lead: "(TUAG)-", "(Baonghean.vn) -", "(BTV) –", "(BBNĐT) Ngày 10-2"
# (no dash: then only a tag the list knows counts); "TTXVN -" not included.
_TAG = re.compile(r"^\s*\(([^()\n]{2,40})\)\s*(?:([-–—:])|(?=[^\W\d_]))")
# Some papers open the lead with their tag bare, without brackets: "BHG - Ngày ...", "STO - Sáng ...";
# such a word counts only when the list knows it as a tag of three or more characters.
_BARE_TAG = re.compile(r"^\s*([^\W\d_][^\s()]{2,14})\s*[-–—]\s")


@dataclass(frozen=True)
class Site:
    key: str                      # a domain ("baoangiang.com.vn") or a tag ("TUAG")
    province: Optional[str]       # the province's short name, None for a central outlet
    name: str                     # the site's name ("Báo An Giang")


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, Site], dict[str, Site]]:
    domains: dict[str, Site] = {}
    tags: dict[str, Site] = {}
    with open(_FILE, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            kind, key, province, name = (line.rstrip("\n").split("\t") + ["", ""])[:4]
            site = Site(key, province.strip() or None, name.strip())
            if kind == "domain":
                domains[key.strip().lower()] = site
            elif kind == "tag":
                tags[_tag_key(key)] = site
            elif kind == "prefix":
                continue            # (read by _host_prefixes)
            else:
                raise ValueError(f"{_FILE}: unknown kind {kind!r} in line {line!r}")
    return domains, tags


def _tag_key(tag: str) -> str:
    return re.sub(r"\s+", "", tag).lower()


def site_for(url: Optional[str] = None, text: Optional[str] = None) -> Optional[Site]:
    """The site an article was published on, from its URL's host (or a parent domain of it),
    else from the source tag opening its text; None when neither is known."""
    domains, tags = _table()
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "") if url else ""
    labels = host.lower().removeprefix("www.").split(".")
    for i in range(len(labels) - 1):
        site = domains.get(".".join(labels[i:]))
        if site is not None:
            return site
    if host and (province := _province_in_host(host) or _district_province(labels)) is not None:
        return Site(host.removeprefix("www."), province, "")
    if text:
        for line in text.split("\n", 15)[:15]:
            line = _stamp().sub("", line, count=1)     # ("date 2024-05 (TAG) - ...": a stored page's date first)
            m = _TAG.match(line)
            if m and (m.group(2) or _tag_key(m.group(1)) in tags or _tag_domain(m.group(1)) in domains):
                # (a tag that writes a listed site's name, "(Báo Quảng Ngãi) -", is that site too)
                return tags.get(_tag_key(m.group(1))) or domains.get(_tag_domain(m.group(1))) \
                    or _by_name().get(m.group(1).strip().lower())
            b = _BARE_TAG.match(line) if m is None else None
            if b and _tag_key(b.group(1)) in tags:
                return tags[_tag_key(b.group(1))]
    return None


@functools.lru_cache(maxsize=1)
def _stamp() -> re.Pattern:
    """The date a stored page writes before its first line ("date 2024-11-03 ...": lexicon/article.yaml
    dateline_labels, then the date), which stands before the lead's source tag."""
    from kg.data.load import load
    labels = "|".join(re.escape(w) for w in (load("lexicon/article.yaml") or {}).get("dateline_labels") or ())
    return re.compile(r"^\s*(?:(?:%s)\s+)?\d{4}-\d{2}(?:-\d{2})?\s+(?=\S)" % (labels or "(?!)"), re.IGNORECASE)


_GAZETTEER = Path(__file__).parent.parent / "data" / "gazetteer.tsv"
# A person's name before it is a province's: central institutions carry it (a museum, an academy).
_NOT_A_SITE_SLUG = frozenset({"hochiminh"})


@functools.lru_cache(maxsize=1)
def _province_slugs() -> dict[str, str]:
    """Each province's name as a host name writes it ("Đắk Nông" -> "daknong", "Bà Rịa - Vũng
    Tàu" -> "bariavungtau"), from the gazetteer's provinces (before the 2025 merger, as the
    sites' names are)."""
    out = {}
    with open(_GAZETTEER, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 3 and cols[0] == "legacy" and cols[1] == "province":
                key = _ascii(cols[3])
                if key not in _NOT_A_SITE_SLUG:
                    out[key] = cols[3]
    return out


def _ascii(name: str) -> str:
    name = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in name if c.isascii() and c.isalnum()).lower()


def _province_in_host(host: str) -> Optional[str]:
    """The province a site the list does not know names in its address, as provincial sites do
    ("congdoan<province>.org.vn", "<province>tv.vn", "hoinongdan.<province>.org.vn"); None when
    no province, or two, are written there. (Every province-bound domain of sites.tsv agrees with
    this reading; no central outlet there writes a province.)"""
    flat = host.lower().replace("-", "")
    found = {prov for key, prov in _province_slugs().items() if key in flat}
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=1)
def _district_slugs() -> dict[str, set[str]]:
    """Each legacy district's name as a host name writes it ("Đô Lương" -> "doluong") -> the
    provinces that have a district of that name (from the gazetteer)."""
    out: dict[str, set[str]] = {}
    with open(_GAZETTEER, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 6 and cols[0] == "legacy" and cols[1] == "district":
                out.setdefault(_ascii(cols[3]), set()).add(cols[6])
    return out


@functools.lru_cache(maxsize=1)
def _host_prefixes() -> tuple[str, ...]:
    """sites.tsv `prefix` rows: the unit or body words a local site puts before its unit's name
    ("huyen", "huyenuy"), longest first."""
    with open(_FILE, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.startswith("prefix\t")]
    return tuple(sorted((r[1].strip().lower() for r in rows), key=len, reverse=True))


def _district_province(labels: list[str]) -> Optional[str]:
    """The province of a district's own site that writes no province ("<district>.gov.vn",
    "huyenuy<district>.vn", "<commune>.<district>.gov.vn"): a label that is, whole or after a
    listed prefix, the name of districts of one province only; None when none, or several."""
    found = set()
    for label in labels[:-1]:
        for slug in [label] + [label[len(p):] for p in _host_prefixes() if label.startswith(p)]:
            found |= _district_slugs().get(slug, set())
    return found.pop() if len(found) == 1 else None


def _tag_domain(tag: str) -> str:
    """A tag that writes its site's address ("(Baothanhhoa.vn) -", "(www.baolaocai.vn)"): that
    domain, so every domain listed is also known as a tag."""
    return _tag_key(tag).removeprefix("www.")


_URL = re.compile(r"https?://[^\s/]+")


def _phrases(words) -> str:
    """An alternation of phrases, longest first, any run of spaces inside one matching."""
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _credit_res() -> tuple[re.Pattern, re.Pattern]:
    """kg/data/source_credits.yaml: the words opening a source credit that closes a republished
    story ("Nguồn: https://...", "Theo Báo X điện tử", "Nguồn tin: Báo Y", "Theo x.gov.vn |"; group 1:
    what follows) and the words that may close a site's name there ("điện tử", "online")."""
    from kg.data.load import load
    credits = load("source_credits.yaml") or {}
    opener = re.compile(r"^\s*\(?\s*(?:%s)\b(.*)$" % _phrases(credits.get("openers") or []), re.IGNORECASE)
    tail = re.compile(r"\s*(?:%s)?\s*[|).]*\s*$" % _phrases(credits.get("name_tails") or []), re.IGNORECASE)
    return opener, tail


@functools.lru_cache(maxsize=1)
def _by_name() -> dict[str, Site]:
    """Listed sites by their name, lower-cased ("báo đắk nông"); a name two provinces' sites
    share is left out."""
    domains, tags = _table()
    out: dict[str, Site] = {}
    clash: set[str] = set()
    for site in list(domains.values()) + list(tags.values()):
        key = site.name.lower()
        if key in out and out[key].province != site.province:
            clash.add(key)
        out.setdefault(key, site)
    return {k: v for k, v in out.items() if k not in clash}


@functools.lru_cache(maxsize=1)
def _tail_stops() -> tuple[re.Pattern, int]:
    """The digits and the comma that the credit's tail pattern (_credit_res) never reads, and the
    longest listed site name."""
    stops = "".join(c for c in "0123456789," if c not in _credit_res()[1].pattern)
    return re.compile(f"[{re.escape(stops)}]" if stops else r"(?!)"), max(map(len, _by_name()), default=0)


def _no_name_left(rest: str) -> bool:
    """Whether what the tail pattern leaves of `rest` is longer than every listed name: the tail
    runs to the end, so a character it never reads past the longest name's length stands in what
    is left (lower() never shortens it). The tail's search tries every character of a long line."""
    stops, longest = _tail_stops()
    return stops.search(rest, longest) is not None


def credit_site(text: str, lines: int = 6) -> Optional[Site]:
    """The site a story's closing source credit names (its last lines): by its address, as a
    URL or a bare domain, or by its name as sites.tsv writes it; None when no listed site is
    named ("Theo báo cáo của ..." names none)."""
    domains, _ = _table()
    # (the last lines cut off the end: the same as splitting the whole text and keeping its last lines)
    tail = [line for line in text.rstrip().rsplit("\n", lines * 3)[-lines * 3:] if line.strip()][-lines:]
    for line in reversed(tail):
        m = _credit_res()[0].match(line)
        if m is None:
            continue
        url = _URL.search(line)
        if url is not None:
            return site_for(url=url.group())
        rest = m.group(1).strip().lstrip(":：").strip()
        site = domains.get(rest.rstrip(" |).").lower().removeprefix("www.")) \
            or (None if _no_name_left(rest) else _by_name().get(_credit_res()[1].sub("", rest).lower()))
        if site is not None:
            return site
    return None


@functools.lru_cache(maxsize=1)
def _outlet_names() -> Optional[re.Pattern]:
    """The listed provincial newspapers' names ("Báo X"), as one pattern, longest first."""
    names = [n for n, site in _by_name().items() if site.province and n.startswith("báo ")]
    # (each name's boundary tested after its first letter, written in either case: the search then
    # skips to a "b" instead of trying every character; the same matches as r"(?<!\w)(?:names)(?!\w)" under re.I)
    return re.compile(r"(?:b(?<!\wb)|B(?<!\wB))(?i:(?:%s))(?!\w)" % _phrases(n[1:] for n in names)) if names else None


def named_outlet(text: str) -> Optional[str]:
    """The province of the one provincial newspaper the story names in its words ("phóng viên
    Báo X đã phỏng vấn ..."): its own outlet, where no address or tag tells it; None when none or
    two provinces' are named. The name must open with a capital, as a newspaper's does."""
    pattern = _outlet_names()
    found = {_by_name()[" ".join(m.group().split()).lower()].province
             for m in pattern.finditer(text) if m.group()[0].isupper()} if pattern else set()
    return next(iter(found)) if len(found) == 1 else None


def province_for(url: Optional[str] = None, text: Optional[str] = None) -> Optional[str]:
    """The province of the site an article comes from (its short name, "An Giang"), or None:
    for a central outlet, or a site the list does not know."""
    site = site_for(url, text)
    return site.province if site is not None else None
