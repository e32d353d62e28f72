"""Issue 10: property-based fuzzing of extraction and the build with mutated real-shaped
articles, random bytes and huge lines. Whatever the input, extraction gives facts or an
ArticleError, and a build accounts for every article (built or failed by name).

KG_FUZZ_EXAMPLES sets the budget (default: a run of a few seconds)."""
from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from kg.batch import build
from kg.errors import ArticleError
from kg.graph import extract_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
N = int(os.environ.get("KG_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=N, deadline=None, suppress_health_check=list(HealthCheck))

_JUNK = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_TRICKY = st.sampled_from(["url(https://x.example/a)", "src=//x.example/b", "href=http://x.example", "</script>",
                           "\u0000", "\ufeff", "\r\n", "\u2028", "Ð", "Tỉnh ủy", "Bí thư", "Đồng chí ", " – ", "\t",
                           "Sáng 12-5,", "Ngày 31/02/2021", "99/99/9999", "UBMTTQVN tỉnh", ";;;;", "((((", "x" * 5000])


@st.composite
def mutated(draw) -> str:
    """A seed article with edits: inserts of junk or tricky strings, deleted spans, repeated
    or shuffled lines, a huge line."""
    text = draw(st.sampled_from(TEXTS))
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["insert", "tricky", "delete", "repeat", "huge", "swap"]))
        at = draw(st.integers(0, len(text)))
        if op == "insert":
            text = text[:at] + draw(_JUNK) + text[at:]
        elif op == "tricky":
            text = text[:at] + draw(_TRICKY) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(0, 400)):]
        elif op == "repeat":
            lines = text.split("\n")
            i = draw(st.integers(0, len(lines) - 1))
            text = "\n".join(lines[:i] + [lines[i]] * draw(st.integers(2, 50)) + lines[i:])
        elif op == "huge":
            text = text[:at] + draw(st.sampled_from(["a", "Bí thư ", "Đ", " "])) * 200_000 + text[at:]
        else:
            lines = text.split("\n")
            lines.reverse()
            text = "\n".join(lines)
    return text


@given(mutated())
@FUZZ
def test_extraction_of_mutated_articles_gives_facts_or_a_named_error(text):
    try:
        facts = extract_text(text)
    except ArticleError:
        return
    for p in facts.posts:
        assert p.official and p.role


@given(st.binary(max_size=3000))
@FUZZ
def test_random_bytes_give_facts_or_a_named_error(data):
    try:
        extract_text(data.decode("latin-1"))
    except ArticleError:
        pass


@given(st.lists(st.one_of(mutated().map(lambda t: t.encode("utf-8")), st.binary(max_size=2000)),
                min_size=1, max_size=4))
@settings(max_examples=max(3, N // 5), deadline=None, suppress_health_check=list(HealthCheck))
def test_a_build_accounts_for_every_article(tmp_path_factory, files):
    inp = tmp_path_factory.mktemp("fuzz")
    (inp / "good.txt").write_bytes(SEEDS[0].read_bytes())
    for i, data in enumerate(files):
        (inp / f"{i}.txt").write_bytes(data)
    rep = build([inp], inp / "out", html=True)
    assert rep.articles + len(rep.failures) == len(files) + 1
    assert rep.articles >= 1 and (inp / "out" / "kg.ttl").exists() and (inp / "out" / "graph.html").exists()
