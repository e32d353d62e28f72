"""The build's store (kg.rdf.store): incremental builds give the bytes of a clean build;
versions invalidate; readers open the store without re-parsing."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.batch import build
from kg.rdf import dump
from kg.rdf import store as st

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "data" / "dev"
OUTPUTS = ("kg.ttl", "kg.trig", "build-report.json")


@pytest.fixture(autouse=True)
def fixed_time_and_code(monkeypatch):
    """A fixed build time; and the code's hash taken once per test, as colleagues may be
    editing the extractor in this working tree while the tests run."""
    import kg.batch as kb
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    real, seen = kb._files_hash, {}
    monkeypatch.setattr(kb, "_files_hash", lambda patterns: seen.setdefault(tuple(patterns), real(patterns)))


def corpus(folder: Path, n: int = 16) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for p in (sorted(SEEDS.glob("*.txt")) + sorted(DEV.glob("*.txt")))[:n]:
        shutil.copy(p, folder / p.name)
    return folder


def same_outputs(a: Path, b: Path, names=OUTPUTS) -> None:
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_incremental_build_equals_clean_after_additions_edits_and_deletions(tmp_path, monkeypatch):
    src = corpus(tmp_path / "src", 16)
    inc = tmp_path / "inc"
    first = build([src], inc, html=True)
    assert (first.new, first.unchanged) == (16, 0)
    names = sorted(p.name for p in src.iterdir())
    (src / names[2]).unlink()                                              # deletion
    (src / names[5]).unlink()
    text = (src / names[7]).read_text(encoding="utf-8")                    # edit
    (src / names[7]).write_text(text.replace("\n", " Thêm một câu.\n", 1), encoding="utf-8")
    for p in sorted(DEV.glob("*.txt"))[20:23]:                             # additions
        shutil.copy(p, src / ("zz_" + p.name))
    shutil.copy(SEEDS / names[0], src / "aa_copy_of_a_seed.txt")
    with monkeypatch.context() as m:        # the update path: old kg.ttl blocks + dirty subjects
        m.setattr(dump, "turtle_chunks", lambda *a, **k: (_ for _ in ()).throw(AssertionError("full dump")))
        second = build([src], inc, html=True)
    assert (second.new, second.changed, second.unchanged, second.removed) == (4, 1, 13, 2)
    assert "4 new, 1 changed, 13 unchanged, 2 removed" in second.summary()
    clean = tmp_path / "clean"
    build([src], clean, html=True)
    same_outputs(inc, clean, OUTPUTS + ("graph.html",))
    # a third build with nothing changed reads nothing and writes the same bytes
    third = build([src], inc, html=False)
    assert not third.notes, third.notes
    assert (third.new, third.changed, third.removed, third.unchanged) == (0, 0, 0, 18)
    same_outputs(inc, clean)


def test_removing_the_only_article_of_a_fact_removes_the_fact(tmp_path):
    src = corpus(tmp_path / "src", 6)
    out = tmp_path / "out"
    build([src], out, html=False)
    gone = sorted(src.iterdir())[1]
    gone.unlink()
    build([src], out, html=False)
    store = st.open_store(out)
    left = {r["s"].value for r in store.query("SELECT ?s WHERE { ?s <https://w3id.org/vnpolkg/ontology#sourceFile> ?f }")}
    assert not any(gone.stem in s for s in left) and len(left) == 5
    del store
    clean = tmp_path / "clean"
    build([src], clean, html=False)
    same_outputs(out, clean)


def test_changed_versions_and_rebuild_read_everything_again(tmp_path, monkeypatch):
    src = corpus(tmp_path / "src", 4)
    out = tmp_path / "out"
    build([src], out, html=False)
    cur = tmp_path / "curation.yaml"
    cur.write_text("relabel:\n  org/tinh-uy-an-giang: Tỉnh ủy tỉnh An Giang\n", encoding="utf-8")
    r = build([src], out, curation_path=cur, html=False)
    assert r.unchanged == 0 and r.new == 4 and any("curation" in n for n in r.notes)
    assert "Tỉnh ủy tỉnh An Giang" in (out / "kg.ttl").read_text(encoding="utf-8")
    assert build([src], out, curation_path=cur, html=False).unchanged == 4
    r = build([src], out, curation_path=cur, html=False, rebuild=True)
    assert r.unchanged == 0 and r.new == 4
    import kg.batch as kb
    monkeypatch.setattr(kb, "_CODE", kb._CODE + ("batch.py",))             # another extractor
    assert build([src], out, curation_path=cur, html=False).unchanged == 0


def test_an_interrupted_build_is_redone_from_scratch(tmp_path):
    src = corpus(tmp_path / "src", 3)
    out = tmp_path / "out"
    build([src], out, html=False)
    st.mark_building(out, True)
    assert not st.has_store(out)
    r = build([src], out, html=False)
    assert r.unchanged == 0 and st.has_store(out)


def test_store_holds_one_graph_per_article_and_the_union(tmp_path):
    src = corpus(tmp_path / "src", 5)
    out = tmp_path / "out"
    report = build([src], out, html=False)
    graphs = st.article_graphs(out)
    assert [g.source for g in graphs] == sorted(p.name for p in src.iterdir())
    trig = (out / "kg.trig").read_bytes()
    store = st.open_store(out)
    for g in graphs:
        block = dump.graph_trig(store, g.graph)
        assert block in trig
        import hashlib
        assert hashlib.sha256(block).hexdigest() == g.digest
    named = {n.value for n in store.named_graphs()}
    assert named == {g.graph for g in graphs} | {st.BUILD_GRAPH}
    n = list(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))[0]["n"].value
    assert int(n) >= report.triples
    assert json.loads((out / "build-report.json").read_text())["articles"] == 5


def test_digests_tell_which_graphs_changed(tmp_path):
    src = corpus(tmp_path / "src", 4)
    out = tmp_path / "out"
    build([src], out, html=False)
    before = {g.source: g.digest for g in st.article_graphs(out)}
    first = sorted(src.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nThêm một câu cuối.\n", encoding="utf-8")
    build([src], out, html=False)
    after = {g.source: g.digest for g in st.article_graphs(out)}
    assert [s for s in before if before[s] != after[s]] == [first.name]


def test_a_failed_first_build_leaves_no_store(tmp_path, monkeypatch):
    import kg.write as kw
    src = corpus(tmp_path / "src", 2)
    out = tmp_path / "out"

    def boom(*a, **k):
        raise OSError("disk full")
    monkeypatch.setattr(kw, "atomic_write", boom)
    with pytest.raises(OSError):
        build([src], out, html=False)
    assert not (out / "store").exists()
