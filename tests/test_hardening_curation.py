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
