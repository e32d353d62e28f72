"""The pipeline's stages import one way: reading comes before extraction, extraction knows no RDF
and no drawing. Each import runs in a fresh interpreter, so what one test loaded cannot hide
what another stage pulls in."""
from __future__ import annotations

import subprocess
import sys

import pytest


def _loaded_by(module: str, run: str = "") -> set[str]:
    code = "\n".join([f"import sys, importlib, kg; importlib.import_module({module!r})", run,
                      "print('\\n'.join(sorted(sys.modules)))"])
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_reading_an_article_loads_no_extraction_stage(tmp_path):
    # (a title glued to its lead on one line: the reader's unwrapping reads its words from the
    # lexicon's data file, not through the extraction stages that come after it)
    page = tmp_path / "glued.txt"
    page.write_text("Hội Nông dân huyện Yên Lạc tổng kết công tác năm nay và triển khai nhiệm vụ "
                    "năm tới Sáng 9/1, Hội Nông dân huyện tổ chức hội nghị tổng kết năm với sự "
                    "tham dự của đại diện lãnh đạo các xã.\n", encoding="utf-8")
    loaded = _loaded_by("kg.read", f"kg.read.read_path(__import__('pathlib').Path({str(page)!r}), 'glued.txt')")
    assert not [m for m in loaded if m.startswith("kg.extract")]


@pytest.mark.parametrize("module, forbidden", [
    ("kg.read", ("kg.extract", "kg.rdf", "kg.view", "rdflib", "pyvis")),
    ("kg.extract.pipeline", ("kg.rdf", "kg.view", "kg.ask", "rdflib", "pyvis")),
    ("kg.facts", ("kg.extract", "kg.read", "rdflib", "pyvis")),
])
def test_a_stage_does_not_import_a_later_one(module, forbidden):
    loaded = _loaded_by(module)
    pulled = sorted(m for m in loaded if m.split(".")[0] in forbidden
                    or any(m == f or m.startswith(f + ".") for f in forbidden))
    assert not pulled, f"{module} imports {pulled}"


def test_the_check_sees_an_import():
    # (the check itself: importing the pipeline does load the reading stage it comes after)
    assert "kg.read" in _loaded_by("kg.extract.pipeline")
