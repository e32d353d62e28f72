"""Inputs a news researcher has: saved pages, JSON Lines dumps and WARC archives, read with the
readers of kg.read, in the markup of real CMSs (pages written for these tests: real places,
invented people; tests/data/inputs/make_containers.py writes the containers)."""
from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef

from kg.batch import build, discover, extract_file, extract_record
from kg.read import read_path
from kg.read.registry import reader_for

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "tests" / "data" / "inputs"
SCHEMA = Namespace("https://schema.org/")
KG = Namespace("https://w3id.org/vnpolkg/ontology#")
FURNITURE = ["Trang chủ", "Tin liên quan", "Tin cùng chuyên mục", "Các tin khác", "Chia sẻ", "Bình luận",
             "Ý kiến bạn đọc", "Gửi ý kiến", "Đọc nhiều", "Phạm Văn Kiệt", "Nguyễn Hữu Lợi", "Thái Văn Hùng",
             "Nguyễn Sang", "Trương Văn Hiền", "Nguyễn Thị Bích", "Giá xăng", "Võ Thành Lợi", "Từ khóa",
             "Facebook", "Zalo", "In bài viết", "Cơ quan chủ quản", "Tổng Biên tập"]

PAGES = {
    "dcs-portal.html": dict(
        headline="Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy xã Mỹ Hòa Hưng", published=date(2023, 3, 14),
        authors=["Thanh Tâm"], province="An Giang", publisher="Cổng Thông tin điện tử Đảng bộ tỉnh An Giang",
        url="https://angiang.dcs.vn/tin-tuc/ban-thuong-vu-tinh-uy-lam-viec-voi-dang-uy-xa-my-hoa-hung-2281.html",
        lead="(TUAG)- Chiều ngày 14/3/2023", caption="Đồng chí Đinh Quang Vĩnh (giữa) phát biểu"),
    "baonghean.html": dict(
        headline="Tỉnh ủy Nghệ An sơ kết 5 năm thực hiện Kết luận 21", published=date(2022, 8, 22),
        authors=["Hoài Thu", "Trọng Kiên"], province="Nghệ An", publisher="Báo Nghệ An",
        url="https://baonghean.vn/tinh-uy-nghe-an-so-ket-5-nam-thuc-hien-ket-luan-21-10271845.html",
        lead="(Baonghean.vn) - Sáng 22/8", caption="Đồng chí Hồ Sĩ Khánh (đứng) phát biểu chỉ đạo hội nghị"),
    "mattran-front.htm": dict(
        headline="Ủy ban Trung ương MTTQ Việt Nam làm việc với tỉnh Điện Biên", published=date(2019, 11, 5),
        authors=["Minh Khôi"], province=None, publisher="Mặt trận Tổ quốc Việt Nam",
        url="http://mattran.org.vn/hoat-dong-mat-tran/uy-ban-trung-uong-mttq-viet-nam-lam-viec-voi-tinh-dien-bien-51234.html",
        lead="Ngày 4/11, đoàn công tác Ủy ban Trung ương MTTQ Việt Nam", caption=None),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_saved_page_gives_its_story_and_metadata_without_furniture(name):
    want = PAGES[name]
    article = read_path(INPUTS / name, name)
    assert want["lead"] in article.text
    if want["caption"]:
        assert want["caption"] in article.text          # photo captions are part of the story
    for junk in FURNITURE:
        assert junk not in article.text, junk
    assert article.site_province == want["province"]
    facts = extract_file(INPUTS / name, name)
    assert facts.headline == want["headline"]
    assert facts.published == want["published"]
    assert facts.authors == want["authors"]
    assert facts.url == want["url"]
    assert facts.publisher == want["publisher"]


def test_evidence_quotes_the_text_the_extractor_read():
    article = read_path(INPUTS / "baonghean.html", "baonghean.html")
    facts = extract_file(INPUTS / "baonghean.html", "baonghean.html")
    assert facts.posts
    for p in facts.posts:
        ev = p.evidence
        assert article.source_text[ev.start:ev.end] == ev.text
    assert ("Lương Thị Mai", "Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Nghệ An") in \
        {(p.official, p.role, p.body.name) for p in facts.posts}


def records_of(name):
    items, missing = discover([INPUTS / name])
    assert missing == []
    return items


def test_jsonl_one_article_a_line_and_a_bad_line_is_named():
    recs = records_of("dump.jsonl")
    assert [r.source for r in recs] == [f"dump.jsonl#{n}" for n in (1, 2, 3, 4, 5)]
    assert "not valid JSON" in recs[2].error and 'no "text" or "html"' in recs[3].error
    f = extract_record(recs[0])
    assert f.source_file == "dump.jsonl#1"
    assert f.headline == "Chợ Mới sơ kết công tác dân vận 6 tháng đầu năm"   # the record's title wins
    assert f.published == date(2021, 6, 9) and f.authors == ["Hữu Huấn", "Thanh Tiến"]
    assert f.url == "https://baoangiang.com.vn/cho-moi-so-ket-dan-van-a12345.html"
    # the line's "id" names the record in the graph (schema:identifier); the line number stays in
    # its kg:sourceFile
    assert f.publisher == "Báo An Giang" and (f.container, f.record) == ("dump.jsonl", "ag-0001")
    html = extract_record(recs[1])                                          # an "html" field
    assert html.headline == "Ban Dân vận Tỉnh ủy làm việc với Thành ủy Cẩm Phả"
    assert html.published == date(2022, 4, 3) and html.publisher == "Báo Quảng Ninh"
    future = extract_record(recs[4])
    assert future.published is None
    assert any("2099-09-15" in w and "future" in w for w in future.warnings)


def test_jsonl_gz_and_dates_before_1945_are_refused():
    recs = records_of("feed.jsonl.gz")
    assert [r.source for r in recs] == ["feed.jsonl.gz#1", "feed.jsonl.gz#2"]
    first, second = (extract_record(r) for r in recs)
    assert first.published == datetime(2023, 5, 20, 8, 30)
    assert first.headline == "Huyện ủy Vị Thủy quán triệt nghị quyết"
    assert second.published is None and any("before 1945" in w for w in second.warnings)


def test_warc_each_html_response_is_an_article_named_by_its_record_id():
    recs = records_of("crawl.warc.gz")
    ids = ["<urn:uuid:6f1c2a10-0000-4000-8000-000000000001>", "<urn:uuid:6f1c2a10-0000-4000-8000-000000000003>",
           "<urn:uuid:6f1c2a10-0000-4000-8000-000000000005>"]             # no image, no 404
    assert [r.source for r in recs] == [f"crawl.warc.gz#{i}" for i in ids]
    f = extract_record(recs[1])
    assert f.url == "https://baonghean.vn/tinh-uy-nghe-an-so-ket-5-nam-thuc-hien-ket-luan-21-10271845.html?utm_source=fb"
    assert f.headline == PAGES["baonghean.html"]["headline"] and f.publisher == "Báo Nghệ An"
    assert (f.container, f.record) == ("crawl.warc.gz", ids[1])
    assert [r.source for r in records_of("small.warc")] == [f"small.warc#{ids[2]}"]


def test_a_txt_that_is_really_html_and_a_html_that_is_text_are_sniffed(tmp_path):
    page = tmp_path / "saved.txt"
    shutil.copy(INPUTS / "baonghean.html", page)
    assert reader_for(page).NAME == "html"
    assert extract_file(page, "saved.txt").headline == PAGES["baonghean.html"]["headline"]
    text = tmp_path / "plain.html"
    shutil.copy(ROOT / "seeds" / sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))[0], text)
    assert reader_for(text).NAME == "txt"
    lines = tmp_path / "export.txt"
    lines.write_text(json.dumps({"text": "Ngày 1/6/2021, Tỉnh ủy Hậu Giang họp."}, ensure_ascii=False) + "\n")
    assert reader_for(lines).NAME == "jsonl"


def test_a_mixed_folder_builds_every_article(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(INPUTS, folder, ignore=shutil.ignore_patterns("*.py"))
    seed = sorted((ROOT / "seeds").glob("*.txt"))[1]
    shutil.copy(seed, folder / seed.name)
    report = build([folder], tmp_path / "out", html=False)
    assert report.articles == 3 + 3 + 2 + 3 + 1 + 1
    assert sorted(f.source for f in report.failures) == ["dump.jsonl#3", "dump.jsonl#4"]
    assert {w.source for w in report.warnings} == {"dump.jsonl#5", "feed.jsonl.gz#2"}
    saved = json.loads((tmp_path / "out" / "build-report.json").read_text(encoding="utf-8"))
    assert {w["file"] for w in saved["warnings"]} == {"dump.jsonl#5", "feed.jsonl.gz#2"}
    g = Graph().parse(tmp_path / "out" / "kg.ttl")
    sources = {str(o) for o in g.objects(None, KG.sourceFile)}
    assert {seed.name, "dcs-portal.html", "dump.jsonl#2", "feed.jsonl.gz#1",
            "crawl.warc.gz#<urn:uuid:6f1c2a10-0000-4000-8000-000000000005>"} <= sources
    a = next(g.subjects(KG.sourceFile, Literal("crawl.warc.gz#<urn:uuid:6f1c2a10-0000-4000-8000-000000000001>")))
    assert g.value(a, SCHEMA.url) == URIRef(PAGES["dcs-portal.html"]["url"])
    assert str(g.value(g.value(a, SCHEMA.publisher), SCHEMA.name)) == PAGES["dcs-portal.html"]["publisher"]
    assert str(g.value(g.value(a, SCHEMA.isPartOf), SCHEMA.name)) == "crawl.warc.gz"
    assert str(g.value(a, SCHEMA.identifier)) == "<urn:uuid:6f1c2a10-0000-4000-8000-000000000001>"
    trig = (tmp_path / "out" / "kg.trig").read_text(encoding="utf-8")
    assert "crawl.warc.gz" in trig and "schema:isPartOf" in trig


def test_a_txt_article_has_no_page_metadata(tmp_path):
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    f = extract_file(seed, seed.name)
    assert (f.url, f.publisher, f.container, f.record) == (None, None, None, None)


def test_a_container_given_alone_to_extract_file_is_refused():
    from kg.errors import ArticleError
    with pytest.raises(ArticleError, match="container"):
        extract_file(INPUTS / "dump.jsonl", "dump.jsonl")


def test_a_truncated_gzip_dump_names_the_line_it_stopped_at(tmp_path):
    data = (INPUTS / "feed.jsonl.gz").read_bytes()
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) - 30])
    items, _ = discover([cut])
    assert items and items[-1].error and items[-1].source.startswith("cut.jsonl.gz#")
