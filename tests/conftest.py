"""Shared fixtures: the headless Chromium session is started once for the whole run, and the
real dev split (when its texts are present) is built and scored once for every floor test."""
from pathlib import Path

import pytest

from conftest_browser import chromium, open_page  # noqa: F401  (fixtures registered for every module)

REAL = Path(__file__).parent / "data" / "real"


@pytest.fixture(scope="session")
def real_dev_scores(tmp_path_factory):
    """kg eval scores of the real dev split (tests/data/real/texts, not in git: tests that use
    this skip without it), built once for the floor tests of posts, bodies and meetings."""
    if not (REAL / "texts").is_dir():
        pytest.skip("the real texts are not in git (tests/data/real/README.md)")
    from kg.ask.eval import evaluate
    from kg.batch import build

    out = tmp_path_factory.mktemp("real-dev")
    build([REAL / "texts"], out, html=False)
    return evaluate(str(REAL / "gold-dev.json"), str(out / "kg.ttl")).scores
