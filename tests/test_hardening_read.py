"""Issue 10, classes 4 and 6: a per-article size cap with a named error, a linear structure
pass, nothing skipped in silence by the folder walk, and no two inputs sharing an article IRI."""
from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from kg.batch import build
from kg.read.article import ArticleTooLarge, check_size, max_article_bytes, parse_size
from kg.read.walk import walk
from kg.rdf.mapping import article_slug

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = (SEEDS / "001_e7cc54ef7cd11647.txt").read_text(encoding="utf-8")


def test_sizes_are_read_in_words():
    assert parse_size("5MB") == 5_000_000 and parse_size("2MiB") == 2 * 1024 ** 2 and parse_size("700") == 700
    with pytest.raises(ValueError):
        parse_size("lots")


def test_the_cap_has_a_default_and_the_environment_changes_it(monkeypatch):
    monkeypatch.delenv("KG_MAX_ARTICLE_BYTES", raising=False)
    assert max_article_bytes() == 5_000_000
    monkeypatch.setenv("KG_MAX_ARTICLE_BYTES", "1kB")
    with pytest.raises(ArticleTooLarge, match=r"article too large: 1001 bytes, over the cap of 1000 bytes"):
        check_size(1001, "x.txt")
    monkeypatch.setenv("KG_MAX_ARTICLE_BYTES", "0")
    check_size(10 ** 12, "x.txt")


def test_articles_over_the_cap_are_refused_by_name_in_every_format(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MAX_ARTICLE_BYTES", "100kB")
    inp = tmp_path / "in"
    inp.mkdir()
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, inp / f.name)
    big = SEED * 40                                     # ~190 KB
    (inp / "big.txt").write_text(big, encoding="utf-8")
    lines = [json.dumps({"text": t}, ensure_ascii=False) for t in (SEED, big, SEED)]
    (inp / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(inp / "z.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(lines[1] + "\n")
    rep = build([inp], tmp_path / "out", html=False)
    failed = {f.source: f.reason for f in rep.failures}
    assert set(failed) == {"big.txt", "d.jsonl#2", "z.jsonl.gz#1"}
    assert all(r.startswith("article too large:") and "--max-article-size" in r for r in failed.values())
    assert rep.articles == 7


def test_hidden_files_and_folders_are_reported_as_skipped(tmp_path):
    (tmp_path / "in" / ".cache").mkdir(parents=True)
    shutil.copy(SEEDS / "000_fa5c914dfa5110d5.txt", tmp_path / "in" / "a.txt")
    shutil.copy(SEEDS / "000_fa5c914dfa5110d5.txt", tmp_path / "in" / ".draft.txt")
    shutil.copy(SEEDS / "000_fa5c914dfa5110d5.txt", tmp_path / "in" / ".cache" / "b.txt")
    (tmp_path / "in" / ".DS_Store").write_bytes(b"\0")
    w = walk([tmp_path / "in"])
    assert [r.source for r in w.records] == ["a.txt"]
    assert sorted((Path(p).name, why) for p, why in w.skipped) == [
        (".cache", "hidden folder, not read"), (".draft.txt", "hidden file, not read")]
    rep = build([tmp_path / "in"], tmp_path / "out", html=False)
    assert {Path(s.source).name for s in rep.skipped} == {".cache", ".draft.txt"}
    assert "skipped: " in rep.summary() and ".draft.txt: hidden file, not read" in rep.summary()
    report = json.loads((tmp_path / "out" / "build-report.json").read_text())
    assert {Path(s["file"]).name for s in report["skipped"]} == {".cache", ".draft.txt"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_folder_is_a_failure_not_a_silence(tmp_path):
    (tmp_path / "in" / "locked").mkdir(parents=True)
    shutil.copy(SEEDS / "000_fa5c914dfa5110d5.txt", tmp_path / "in" / "a.txt")
    shutil.copy(SEEDS / "001_e7cc54ef7cd11647.txt", tmp_path / "in" / "locked" / "b.txt")
    os.chmod(tmp_path / "in" / "locked", 0)
    try:
        rep = build([tmp_path / "in"], tmp_path / "out", html=False)
    finally:
        os.chmod(tmp_path / "in" / "locked", 0o755)
    assert rep.articles == 1
    assert [(Path(f.source).name, f.reason.split(" (")[0]) for f in rep.failures] == [("locked", "folder cannot be read")]


def test_an_unreadable_folder_is_reported_even_as_root(tmp_path, monkeypatch):
    """os.walk's error callback is the one place a listing error surfaces: simulate it."""
    (tmp_path / "in" / "locked").mkdir(parents=True)
    shutil.copy(SEEDS / "000_fa5c914dfa5110d5.txt", tmp_path / "in" / "a.txt")
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    w = walk([tmp_path / "in"])
    assert [r.source for r in w.records] == ["a.txt"]
    assert [(Path(p).name, why) for p, why in w.problems] == [
        ("locked", "folder cannot be read (Permission denied); the articles in it were not built")]


def test_tilde_and_case_names_are_different_articles(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    names = ["x.TXT", "x.TXT~.txt", "x.txt", "x~.txt", "x", "x.txt~.txt"]
    for n, src in zip(names, sorted(SEEDS.glob("*.txt")) * 2):
        shutil.copy(src, inp / n)
    rep = build([inp, inp / "x"], tmp_path / "out", html=False)
    assert rep.articles == 6, rep.summary()
    import rdflib
    g = rdflib.Graph().parse(tmp_path / "out" / "kg.ttl")
    assert len(set(g.subjects(rdflib.RDF.type, rdflib.URIRef("https://schema.org/NewsArticle")))) == 6


_NAME = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)


@given(st.lists(_NAME, min_size=2, max_size=6, unique=True),
       st.sampled_from(["", ".txt", ".TXT", "~.txt", ".txt~", ".html", ".jsonl#3", "~"]))
@settings(max_examples=int(os.environ.get("KG_FUZZ_EXAMPLES", "200")), deadline=None)
def test_no_two_source_names_share_an_article_slug(stems, suffix):
    names = {s + suffix for s in stems} | set(stems) | {s + ".txt" for s in stems} | {s + "~.txt" for s in stems}
    slugs = {article_slug(n) for n in names}
    assert len(slugs) == len(names)
