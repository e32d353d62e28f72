"""One article the extractor cannot finish costs that article, not the build (kg/time_limit.py)."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

import kg.extract.pipeline as pipeline
from kg.batch import build
from kg.time_limit import ArticleTooSlow, article_time_limit, limit_seconds

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_a_page_that_never_finishes_is_reported_by_name_and_the_rest_is_built(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    shutil.copy(SEEDS / "000_fa5c914dfa5110d5.txt", tmp_path / "in" / "a.txt")
    shutil.copy(SEEDS / "001_e7cc54ef7cd11647.txt", tmp_path / "in" / "loops.txt")
    real = pipeline.extract

    def extract(article, source, *a, **k):
        while source.endswith("loops.txt"):      # a rule that never ends on this page
            time.sleep(0.01)
        return real(article, source, *a, **k)

    monkeypatch.setattr(pipeline, "extract", extract)
    monkeypatch.setenv("KG_MAX_ARTICLE_SECONDS", "0.5")
    report = build([tmp_path / "in"], tmp_path / "out", html=False)
    assert report.articles == 1
    assert [(f.source, f.reason.split(" (")[0]) for f in report.failures] == [("loops.txt", "extraction stopped after 0.5 s")]
    assert (tmp_path / "out" / "kg.ttl").stat().st_size > 0


def test_the_limit_is_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("KG_MAX_ARTICLE_SECONDS", "7")
    assert limit_seconds() == 7
    monkeypatch.setenv("KG_MAX_ARTICLE_SECONDS", "not a number")
    assert limit_seconds() == 120
    monkeypatch.delenv("KG_MAX_ARTICLE_SECONDS")
    assert limit_seconds() == 120


def test_no_limit_with_zero_and_the_timer_is_cleared_after_the_block():
    with article_time_limit(0):
        time.sleep(0.05)
    with article_time_limit(0.2):
        pass
    time.sleep(0.3)                  # the cleared timer fires nothing after the block
    with pytest.raises(ArticleTooSlow):
        with article_time_limit(0.1):
            time.sleep(1)
