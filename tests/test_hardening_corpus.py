"""Issue 10: one folder of bad inputs, one of each kind the red-team run found, built together
with good articles: each bad one is a named error (or a named skip), the good ones are built.

The corpus is made here (make_bad_corpus), so no large or hostile file sits in the repository;
`python tests/test_hardening_corpus.py DIR` writes it to DIR to try by hand."""
from __future__ import annotations

import gzip
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = (SEEDS / "001_e7cc54ef7cd11647.txt").read_text(encoding="utf-8")


def make_bad_corpus(folder: Path) -> dict[str, str]:
    """Write the corpus; returns {source: what the build must say about it}."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, folder / f.name)
    expect = {}
    big = SEED + "\nDòng dài " * 800_000                      # ~9 MB: over the 5 MB cap
    (folder / "big.txt").write_text(big, encoding="utf-8")
    expect["big.txt"] = "article too large"
    (folder / "one-line.txt").write_text(SEED.replace("\n", " ") + " đồng chí" * 30_000, encoding="utf-8")
    expect["one-line.txt"] = "built"                           # huge line, under the cap
    first, rest = SEED.split("\n", 1)
    (folder / "page-attack.txt").write_text(f"{first} url(https://evil.example/a) src=//evil.example/b\n{rest}"
                                            "\nhref=http://evil.example/c\n", encoding="utf-8")
    expect["page-attack.txt"] = "built"
    (folder / "empty.txt").write_bytes(b"")
    expect["empty.txt"] = "empty file"
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    expect["binary.txt"] = "binary file"
    (folder / ".hidden.txt").write_text(SEED, encoding="utf-8")
    expect[".hidden.txt"] = "skipped"
    (folder / ".git").mkdir()
    expect[".git"] = "skipped"
    shutil.copy(SEEDS / "003_2adeac47be698701.txt", folder / "x.TXT")
    shutil.copy(SEEDS / "004_e215ee9a22b55717.txt", folder / "x.TXT~.txt")
    expect["x.TXT"] = expect["x.TXT~.txt"] = "built"
    lines = [json.dumps({"text": SEED}, ensure_ascii=False), "{not json", json.dumps({"text": big}, ensure_ascii=False)]
    with gzip.open(folder / "dump.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    expect["dump.jsonl.gz#1"] = "built"
    expect["dump.jsonl.gz#2"] = "not valid JSON"
    expect["dump.jsonl.gz#3"] = "article too large"
    return expect


def test_every_bad_input_is_named_and_the_rest_is_built(tmp_path):
    from kg.batch import build

    expect = make_bad_corpus(tmp_path / "bad")
    rep = build([tmp_path / "bad"], tmp_path / "out")
    failed = {f.source: f.reason for f in rep.failures}
    skipped = {Path(s.source).name: s.reason for s in rep.skipped}
    for source, what in expect.items():
        if what == "built":
            assert source not in failed, (source, failed.get(source))
        elif what == "skipped":
            assert source in skipped, source
        else:
            assert what in failed.get(source, ""), (source, failed.get(source))
    assert rep.articles == 5 + 5         # the seeds, one-line, page-attack, x.TXT, x.TXT~.txt, dump#1
    report = json.loads((tmp_path / "out" / "build-report.json").read_text(encoding="utf-8"))
    assert {f["file"] for f in report["failed"]} == set(failed)
    assert (tmp_path / "out" / "graph.html").exists()
    import rdflib
    g = rdflib.Graph().parse(tmp_path / "out" / "kg.ttl")
    assert len(set(g.subjects(rdflib.RDF.type, rdflib.URIRef("https://schema.org/NewsArticle")))) == 10


if __name__ == "__main__":
    for source, what in make_bad_corpus(Path(sys.argv[1])).items():
        print(f"{source}: {what}")
