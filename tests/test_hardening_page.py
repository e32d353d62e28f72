"""Issue 10, class 1: no article content can abort a build through the page's offline check;
the check judges the markup the project emits, and the page still loads nothing remote."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.view.offline import remote_loads, strip_remote

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

ATTACKS = ["url(https://evil.example/a.png)", "src=//evil.example/b.js", "href=http://evil.example/c",
           '<script src="https://evil.example/d.js"></script>', "<link rel=stylesheet href=//evil.example/e.css>",
           "@import url(//evil.example/f.css);", '<img src=x onerror="fetch(`//evil.example/g`)">',
           "</script><script src=//evil.example/h.js></script>", "style=\"background:url(//evil.example/i)\""]


def _article(attack: str) -> str:
    text = (SEEDS / "001_e7cc54ef7cd11647.txt").read_text(encoding="utf-8")
    first, rest = text.split("\n", 1)
    # in the headline (a label and a tooltip) and in an evidence sentence
    return (f"{first} {attack}\n{rest}\nĐồng chí Lê Hồng Quang, Bí thư Tỉnh ủy An Giang nói {attack} "
            "tại hội nghị.\n")


@pytest.mark.parametrize("attack", ATTACKS)
def test_article_text_never_aborts_the_build_and_the_page_stays_offline(tmp_path, attack):
    (tmp_path / "in").mkdir()
    shutil.copy(SEEDS / "000_fa5c914dfa5110d5.txt", tmp_path / "in")
    (tmp_path / "in" / "attack.txt").write_text(_article(attack), encoding="utf-8")
    r = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert "built 2 article(s), 0 failed" in r.output
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert remote_loads(page) == []
    assert "evil.example" in page                      # the text is there, as data
    r = CliRunner().invoke(main, ["viz", "-g", str(tmp_path / "out"), "-o", str(tmp_path / "v.html")])
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize("markup", ['<img src="https://cdn.example/x.png">', "<div style='background:url(//x.example/y)'>",
                                    "<style>@import url(https://x.example/a.css);</style>",
                                    '<iframe src="//x.example/">', '<video poster="http://x.example/p.jpg">',
                                    '<img srcset="a.png 1x, https://x.example/b.png 2x">'])
def test_remote_markup_is_still_caught(markup):
    with pytest.raises(RuntimeError, match="would load a remote resource"):
        strip_remote(f"<html><body>{markup}</body></html>")


def test_template_cdn_tags_are_dropped_but_the_same_text_in_data_stays():
    data = '<script>var nodes = [{"label": "<link href=//cdn.example/x.css> and <script src=//cdn.example/y.js><\\/script>"}];</script>'
    html = ('<html><head><script src="https://cdn.example/vis.js"></script>'
            '<link rel="stylesheet" href="https://cdn.example/vis.css"></head><body>' + data + "</body></html>")
    out = strip_remote(html)
    assert "https://cdn.example/vis.js" not in out and "https://cdn.example/vis.css" not in out
    assert data in out
    assert remote_loads(out) == []


def test_a_plain_link_to_a_site_is_not_a_load():
    assert remote_loads('<a href="https://baochinhphu.vn/">nguồn</a>') == []
