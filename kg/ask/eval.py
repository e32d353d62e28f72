"""Score a built graph against hand-made reference facts (gold files, "vnpolkg-gold/1").

The graph is read only through SPARQL: the contract's example queries generalised to every
article, an article being matched to its gold entry by ``kg:sourceFile`` == gold ``file`` (or,
when the graph was built from a parent folder, by the file's base name, or, for a record of a JSON
Lines dump, by its ``id`` == the gold ``file``). What is scored:

  posts            P/R/F1 of (name, role, organisation label) attested by the article
  officials        P/R/F1 of names of kg:Official the article mentions or attests a post of
  not_officials    how many gold not_officials became an official of their article (must be 0)
  headline         accuracy over articles whose gold value is not null, and how many
  published        articles with a null gold value got one anyway (wrongly non-null)
  authors          P/R/F1 of schema:author/schema:name
  meeting_kind     accuracy over articles with a gold meeting: right when any meeting the
  meeting_date     article kg:reports matches; a null gold date is right when no date is given;
                   a gold "--MM-DD" is matched against kg:startMonthDay, a full date against
                   schema:startDate
  chairs, leaders, hosts, guests, attendees   P/R/F1 over the reported meetings' names/labels
  bodies           P/R/F1 of labels of organisations the article schema:mentions

Counts are summed over articles before dividing (micro-average). Strings are compared after
NFC, modern tone placement and whitespace collapsing, case-sensitively. With nothing to find
and nothing found, precision and recall are 1; with nothing found but something to find,
precision is 0 (and recall too), and the other way round.
"""
from __future__ import annotations

import json
import os
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional, Union

from kg.ask.query import run_query
from kg.ask.scores import Accuracy, ArticleResult, Counts, EvalReport
from kg.errors import UsageError

try:
    from kg.read.normalise import modern_tones as _modern_tones
except ImportError:  # kg.text not there: NFC alone
    def _modern_tones(s: str) -> str:
        return unicodedata.normalize("NFC", s)

GOLD_FORMAT = "vnpolkg-gold/1"

SET_TYPES = ("posts", "officials", "authors", "bodies",
             "chairs", "leaders", "hosts", "guests", "attendees")
ACCURACY_TYPES = ("headline", "published", "meeting_kind", "meeting_date")

_MEETING_ROLES = {"chairs": "kg:chair/foaf:name", "leaders": "kg:delegationLeader/foaf:name",
                  "attendees": "schema:attendee/foaf:name",
                  "hosts": "kg:host/skos:prefLabel", "guests": "kg:guest/skos:prefLabel"}

# Each query returns ?file first, then the fact's parts.
_QUERIES = {
    "articles": "SELECT ?file WHERE { ?a kg:sourceFile ?file }",
    # the record's own id inside a container (a JSONL line's "id"), which a gold entry may name
    "identifiers": "SELECT ?file ?v WHERE { ?a kg:sourceFile ?file ; schema:identifier ?v }",
    "posts": """SELECT ?file ?name ?role ?org WHERE {
        ?a kg:sourceFile ?file .
        ?m a org:Membership ; prov:wasDerivedFrom ?a ; org:member/foaf:name ?name ;
           org:role/skos:prefLabel ?role ; org:organization/skos:prefLabel ?org . }""",
    "officials": """SELECT ?file ?name WHERE {
        ?a kg:sourceFile ?file .
        { ?a schema:mentions ?p } UNION { ?m a org:Membership ; prov:wasDerivedFrom ?a ; org:member ?p }
        ?p a kg:Official ; foaf:name ?name . }""",
    "headline": "SELECT ?file ?v WHERE { ?a kg:sourceFile ?file ; schema:headline ?v }",
    "published": "SELECT ?file ?v WHERE { ?a kg:sourceFile ?file ; schema:datePublished ?v }",
    "authors": "SELECT ?file ?v WHERE { ?a kg:sourceFile ?file ; schema:author/schema:name ?v }",
    "bodies": """SELECT ?file ?v WHERE {
        ?a kg:sourceFile ?file ; schema:mentions ?o . ?o a org:Organization ; skos:prefLabel ?v }""",
    "meetings": """SELECT ?file ?e ?kind ?date WHERE {
        ?a kg:sourceFile ?file ; kg:reports ?e .
        OPTIONAL { ?e a ?kind . FILTER(?kind != kg:Meeting && STRSTARTS(STR(?kind), STR(kg:))) }
        OPTIONAL { { ?e schema:startDate ?date } UNION { ?e kg:startMonthDay ?date } } }""",
}
for _role, _path in _MEETING_ROLES.items():
    _QUERIES[_role] = f"SELECT ?file ?v WHERE {{ ?a kg:sourceFile ?file ; kg:reports/{_path} ?v }}"


def _day(value: str) -> str:
    """A meeting's date as gold writes it: "2021-06-09" (schema:startDate), or "--06-09" for a
    kg:startMonthDay (the day and month of a year the text does not tell)."""
    return value[:7] if value.startswith("--") else value[:10]


# The typographic apostrophes of Highlands and Khmer names ("Ea H’leo", "K’Thanh") are the same
# letter as the straight one the gazetteer writes, and a page's en or em dash in a name ("Hội Hữu
# nghị Việt Nam – Lào") the hyphen: a name is not wrong for its page's typography.
_TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'",
                              "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})


def norm(s) -> str:
    """How two names are compared: NFC, modern tone placement, one space between words, one
    apostrophe and one dash."""
    return " ".join(_modern_tones(unicodedata.normalize("NFC", str(s))).translate(_TYPOGRAPHY).split())


# ------------------------------------------------------------------------------ gold

def load_gold(paths: Union[str, os.PathLike, Iterable]) -> list[tuple[str, dict]]:
    """(gold file, article entry) for every article of the gold file(s), first entry of a
    file name winning when several gold files describe the same article."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out, seen = [], set()
    for path in map(Path, paths):
        if not path.is_file():
            raise UsageError(f"{path}: gold file not found")
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise UsageError(f"{path}: not a readable JSON gold file: {e}") from None
        if not isinstance(doc, dict) or doc.get("format") != GOLD_FORMAT or not isinstance(doc.get("articles"), list):
            raise UsageError(f"{path}: not a gold file (expected \"format\": \"{GOLD_FORMAT}\" and \"articles\")")
        for i, art in enumerate(doc["articles"]):
            if not isinstance(art, dict) or not art.get("file"):
                raise UsageError(f"{path}: article #{i + 1} has no \"file\"")
            if art["file"] in seen:
                continue
            seen.add(art["file"])
            out.append((str(path), art))
    if not out:
        raise UsageError("no gold articles to score")
    return out


def _gold_facts(art: dict) -> dict:
    """The gold entry as sets of normalised facts, by fact type."""
    officials = art.get("officials") or []
    meeting = art.get("meeting") or {}
    facts = {
        "posts": {(norm(o["name"]), norm(role), norm(org))
                  for o in officials for role, org in (o.get("posts") or [])},
        "officials": {norm(o["name"]) for o in officials},
        "authors": {norm(a) for a in art.get("authors") or []},
        "bodies": {norm(b) for b in art.get("bodies") or []},
    }
    for role in _MEETING_ROLES:
        facts[role] = {norm(x) for x in meeting.get(role) or []}
    return facts


# ------------------------------------------------------------------------------ graph

def _graph_facts(graph) -> tuple[set, dict]:
    """Every article's facts in the graph: (source files, {file: {type: set}}) plus meetings
    under "meetings" as {file: {meeting: (kind, date)}}."""
    facts: dict = defaultdict(lambda: defaultdict(set))
    meetings: dict = defaultdict(dict)
    files = set()
    ids: dict = {}
    for name, sparql in _QUERIES.items():
        _, rows = run_query(sparql, graph)
        for row in rows:
            file = row[0].value
            files.add(file)
            vals = [None if t is None else t.value for t in row[1:]]
            if name == "articles":
                continue
            if name == "identifiers":
                ids[file] = vals[0]
                continue
            if name == "meetings":
                e, kind, date = vals
                kind = kind.rsplit("#", 1)[-1] if kind else None
                old = meetings[file].get(e)
                # A meeting typed with several kinds: keep every kind it has.
                kinds = (old[0] if old else set()) | ({kind} if kind else set())
                dates = (old[1] if old else set()) | ({_day(date)} if date else set())
                meetings[file][e] = (kinds, dates)
            elif name == "posts":
                facts[file][name].add(tuple(norm(v) for v in vals))
            elif name in ("headline", "published"):
                facts[file][name].add(vals[0][:10] if name == "published" else norm(vals[0]))
            else:
                facts[file][name].add(norm(vals[0]))
    return files, {"facts": facts, "meetings": meetings, "identifiers": ids}


def _match_files(gold_files: list[str], graph_files: set, identifiers: Optional[dict] = None) -> dict[str, Optional[str]]:
    """Gold file name -> the graph's kg:sourceFile for it: exact, else by base name when unique,
    else by the id a container gave the record (a JSONL line whose "id" is the gold's file name:
    the same excerpts scored with the url and metadata a crawler's dump carries)."""
    by_base = defaultdict(list)
    for f in graph_files:
        by_base[os.path.basename(f.replace("\\", "/"))].append(f)
    for f, ident in (identifiers or {}).items():
        by_base[os.path.basename(ident.replace("\\", "/"))].append(f)
    out = {}
    for g in gold_files:
        if g in graph_files:
            out[g] = g
        else:
            hits = by_base.get(os.path.basename(g.replace("\\", "/")), [])
            out[g] = hits[0] if len(hits) == 1 else None
    return out


# ------------------------------------------------------------------------------ evaluate

def evaluate(gold_path, graph_path) -> EvalReport:
    """Score the graph GRAPH_PATH (a graph file, a build folder or an rdflib graph) against
    one gold file or a list of them."""
    gold = load_gold(gold_path)
    graph_files, graph = _graph_facts(graph_path)
    matched = _match_files([a["file"] for _, a in gold], graph_files, graph["identifiers"])
    counts = {t: Counts() for t in SET_TYPES}
    accs = {t: Accuracy() for t in ACCURACY_TYPES}
    not_officials = checked = 0
    results = []
    for gold_file, art in gold:
        source = matched[art["file"]]
        res = ArticleResult(art["file"], gold_file, source is not None)
        results.append(res)
        got = graph["facts"].get(source, {}) if source else {}
        want = _gold_facts(art)
        for t in SET_TYPES:
            g, w = got.get(t, set()), want[t]
            counts[t].tp += len(g & w)
            counts[t].fp += len(g - w)
            counts[t].fn += len(w - g)
            if w - g:
                res.missed[t] = sorted(w - g)
            if g - w:
                res.extra[t] = sorted(g - w)

        names = got.get("officials", set())
        for bad in art.get("not_officials") or []:
            checked += 1
            if norm(bad) in names:
                not_officials += 1
                res.extra.setdefault("not_officials", []).append(norm(bad))

        for t in ("headline", "published"):
            gv = art.get(t)
            gv = None if gv is None else (str(gv)[:10] if t == "published" else norm(gv))
            _score_value(accs[t], res, t, gv, got.get(t, set()), count_spurious=True)

        if art.get("meeting"):
            reported = graph["meetings"].get(source, {}) if source else {}
            m = art["meeting"]
            kind = m.get("kind")
            kinds = set().union(*(k for k, _ in reported.values())) if reported else set()
            _score_value(accs["meeting_kind"], res, "meeting_kind", kind, kinds,
                         matched=any(kind in k for k, _ in reported.values()))
            date = m.get("date")
            if date is None:  # right when a reported meeting gives no date
                ok = any(not d for _, d in reported.values())
            else:
                ok = any(_day(str(date)) in d for _, d in reported.values())
            dates = set().union(*(d for _, d in reported.values())) if reported else set()
            _score_value(accs["meeting_date"], res, "meeting_date",
                         None if date is None else _day(str(date)), dates, matched=ok)

    return EvalReport(graph=str(graph_path), gold_files=list(dict.fromkeys(g for g, _ in gold)),
                      articles=results, counts=counts, accuracies=accs,
                      not_officials=not_officials, not_officials_checked=checked)


def _score_value(acc: Accuracy, res: ArticleResult, name: str, want, got: set,
                 matched: Optional[bool] = None, count_spurious: bool = False) -> None:
    """One single-valued fact: right when the graph has the gold value among its values."""
    if want is None and not (matched is not None):
        if got and count_spurious:
            acc.wrong_non_null += 1
            res.extra[name] = sorted(got)
        return
    ok = matched if matched is not None else (want in got)
    acc.total += 1
    acc.correct += bool(ok)
    if not ok:
        res.missed[name] = [want]
        if got:
            res.extra[name] = sorted(got)


def evaluate_articles(gold_path, articles: Iterable, on_failure=None) -> EvalReport:
    """Build ARTICLES (files or folders) into a temporary folder and score the graph against
    the gold file(s). `on_failure(failure)` hears of each article that could not be built."""
    import tempfile

    from kg.batch import build

    with tempfile.TemporaryDirectory(prefix="vnpolkg-eval-") as tmp:
        build(list(articles), tmp, html=False, on_failure=on_failure)
        return evaluate(gold_path, Path(tmp) / "kg.ttl")
