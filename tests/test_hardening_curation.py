"""Issue 10, class 2: a curation file is validated against a schema (jsonschema) before a build,
bounded in size and alias expansion, and refused in one line naming the file, the line and what
was expected."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.rdf.curation import CurationError, load_curation

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _laughs(levels: int = 9) -> str:
    text, prev = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n', "a"
    for n in "bcdefghijkl"[:levels - 1]:
        text += f"{n}: &{n} [" + ",".join([f"*{prev}"] * 9) + "]\n"
        prev = n
    return text + f"relabel:\n  org/x: *{prev}\n"


CASES = {
    "billion laughs": (_laughs(), r"laughs?\.yaml:\d+: (expands to more than|more than 100 YAML aliases)"),
    "articles as a string": ("split:\n  - {id: person/a, articles: 012_x.txt, as: person/b}\n",
                             r":2: split\[0\]\.articles: expected a list of article source names .*got a string"),
    "a merge of one": ("merge:\n  - person/a\n", r":2: merge\[0\]: expected a list of two or more ids"),
    "a label that is a list": ("relabel:\n  org/x: [1, 2]\n", r":2: relabel\.org/x: expected a name \(text\), got a list"),
    "an id that is not an IRI": ("merge:\n  - [person/a b, person/c]\n", r":2: 'person/a b' is not an id"),
    "a cycle": ("merge:\n  - [person/a, person/b]\n  - [person/b, person/a]\n", r"merges go round in a cycle"),
    "one id into two": ("merge:\n  - [person/a, person/c]\n  - [person/b, person/c]\n",
                        r":3: person/c is merged into two entities"),
    "a list, not a mapping": ("- a\n- b\n", r":1: the file: expected a mapping with merge, split and relabel"),
    "broken YAML": ("merge: [\n", r":2: not valid YAML"),
    "an unknown section": ("merge: []\nfoo: 1\n", r"unknown section\(s\) foo; expected merge, split, relabel"),
    "a split without as": ("split:\n  - {id: person/a, articles: [x.txt]}\n", r":2: split\[0\]: expected a mapping with id, articles and as"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_curation_files_are_refused_in_one_line(tmp_path, case):
    text, pattern = CASES[case]
    f = tmp_path / ("laughs.yaml" if case == "billion laughs" else "cur.yaml")
    f.write_text(text, encoding="utf-8")
    t = time.monotonic()
    with pytest.raises(CurationError, match=pattern) as e:
        load_curation(f)
    assert time.monotonic() - t < 2
    assert str(e.value).startswith(str(f)) and "\n" not in str(e.value)
    r = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "out"), "--curation", str(f)])
    assert r.exit_code == 2 and "Traceback" not in r.output and str(f) in r.output
    assert not (tmp_path / "out" / "kg.ttl").exists()


def test_a_big_curation_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MAX_CURATION_BYTES", "1000")
    f = tmp_path / "big.yaml"
    f.write_text("relabel:\n" + "".join(f"  org/x-{i}: Tên {i}\n" for i in range(200)), encoding="utf-8")
    with pytest.raises(CurationError, match="over the 1,000-byte cap"):
        load_curation(f)


def test_a_few_aliases_are_fine(tmp_path):
    f = tmp_path / "cur.yaml"
    f.write_text("split:\n  - {id: person/a, articles: &arts [a.txt, b.txt], as: person/b}\n"
                 "  - {id: person/c, articles: *arts, as: person/d}\n", encoding="utf-8")
    assert len(load_curation(f).splits) == 4


def test_a_good_file_still_works(tmp_path):
    f = tmp_path / "cur.yaml"
    f.write_text("merge:\n  - [person/an-giang/a, person/dong-thap/a]\nrelabel:\n  org/tinh-uy-an-giang: Tỉnh ủy An Giang\n",
                 encoding="utf-8")
    c = load_curation(f)
    assert c.same_as == {"https://w3id.org/vnpolkg/id/person/dong-thap/a": "https://w3id.org/vnpolkg/id/person/an-giang/a"}


def test_ids_that_match_nothing_are_reported(tmp_path):
    """A curation file's ids that no article of the build hits are named, one warning each, in
    the summary and build-report.json; the ids that do match are not; an incremental build
    (nothing changed, nothing mapped again) says the same from the store's manifest."""
    import json

    from kg.batch import build

    f = tmp_path / "cur.yaml"
    f.write_text("merge:\n  - [person/an-giang/vo-nguyen-nam, person/an-giang/le-van-nung]\n"
                 "relabel:\n  person/an-giang/nguyen-van-x: Nguyễn Văn X\n", encoding="utf-8")
    out = tmp_path / "out"
    expected = [("cur.yaml", "id person/an-giang/nguyen-van-x matches nothing in this build")]
    first = build([SEEDS], out, curation_path=f, html=False)
    assert [(w.source, w.reason) for w in first.warnings if w.source == "cur.yaml"] == expected
    assert "  warning: cur.yaml: id person/an-giang/nguyen-van-x matches nothing in this build" in first.summary()
    data = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert [w for w in data["warnings"] if w["file"] == "cur.yaml"] == \
        [{"file": "cur.yaml", "warning": expected[0][1]}]
    # the merge was applied (so it matched): le-van-nung is now vo-nguyen-nam
    assert "person/an-giang/le-van-nung>" not in (out / "kg.ttl").read_text(encoding="utf-8")

    second = build([SEEDS], out, curation_path=f, html=False)
    assert second.new == 0 and second.changed == 0 and second.unchanged == first.articles
    assert [(w.source, w.reason) for w in second.warnings if w.source == "cur.yaml"] == expected

    r = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--curation", str(f)])
    assert r.exit_code == 0, r.output
    assert "cur.yaml: id person/an-giang/nguyen-van-x matches nothing in this build" in r.output
    assert "vo-nguyen-nam" not in r.output and "le-van-nung" not in r.output


def test_no_unmatched_warning_without_curation_or_with_parallel_workers(tmp_path):
    from kg.batch import build

    plain = build([SEEDS], tmp_path / "a", html=False)
    assert not any("matches nothing" in w.reason for w in plain.warnings)
    f = tmp_path / "cur.yaml"
    f.write_text("merge:\n  - [person/an-giang/vo-nguyen-nam, person/an-giang/le-van-nung, person/x/y]\n",
                 encoding="utf-8")
    par = build([SEEDS], tmp_path / "b", curation_path=f, html=False, jobs=2)
    assert [w.reason for w in par.warnings if w.source == "cur.yaml"] == ["id person/x/y matches nothing in this build"]
