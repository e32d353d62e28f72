"""The extraction pipeline as named stages over one ArticleState: order, reads and writes."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.extract.pipeline import GIVEN, STAGES, extract, run, stage_names
from kg.read import read_path as read_article


def state_of(tmp_path: Path, text: str, upto: str = "collect"):
    """The state after the stages up to and including `upto`, for an article written here."""
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    return run(read_article(p, "a.txt"), "a.txt", STAGES[:stage_names().index(upto) + 1])


def posts_of(st) -> set[tuple[str, str, str]]:
    """(official, role, body) of every post a state's facts hold: what the stage tests compare."""
    return {(p.official, p.role, p.body.name) for p in st.facts.posts}


def bodies_of(st) -> set[str]:
    """The names of the bodies a state's facts hold."""
    return {b.name for b in st.facts.bodies}


def test_stages_in_pipeline_order():
    assert stage_names() == ["structure", "sentences", "places", "bodies", "posts", "officials",
                             "meeting", "collect"]


def test_every_stage_reads_only_what_is_given_or_written_before():
    known = set(GIVEN)
    for stage in STAGES:
        missing = {r for r in stage.reads if r not in known and r.split(".")[0] not in known}
        assert not missing, (stage.name, missing)
        known |= set(stage.writes)


def test_a_partial_run_stops_where_asked(tmp_path):
    st = state_of(tmp_path, "Hội nghị ở Cà Mau\n\nSáng 2/3/2023, ông Vương Đức Tài, Bí thư Tỉnh ủy Cà Mau "
                            "chủ trì hội nghị.\n", upto="places")
    assert st.views and st.place_context.province.name == "Cà Mau"
    assert st.bodies is None and not st.posts and st.meeting is None


def test_extract_is_the_full_run(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Hội nghị ở Cà Mau\n\nSáng 2/3/2023, ông Vương Đức Tài, Bí thư Tỉnh ủy Cà Mau chủ trì "
                 "hội nghị.\n", encoding="utf-8")
    art = read_article(p, "a.txt")
    assert extract(art, "a.txt") == run(art, "a.txt").facts


def test_a_published_date_given_dates_the_meeting_when_the_text_shows_none(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Hội nghị ở Cà Mau\n\nSáng 2/3, Tỉnh ủy Cà Mau tổ chức hội nghị.\n", encoding="utf-8")
    facts = extract(read_article(p, "a.txt"), "a.txt", published=date(2023, 3, 4))
    assert facts.published == date(2023, 3, 4) and facts.meetings[0].date == date(2023, 3, 2)


def test_the_posts_stage_hands_on_its_posts_merged_over_the_article(tmp_path):
    # a name typed once with other tone marks holds the same post: merged by the posts stage
    # (kg.extract.posts.post_merge), so no later stage sees the two spellings
    text = ("Hội nghị ở Cà Mau\n\nSáng 2/3/2023, ông Lê Văn Thạch, Chủ tịch UBND tỉnh Cà Mau chủ trì hội nghị. "
            "Ông Lê Văn Thạch nêu rõ yêu cầu của tỉnh.\n\nPhát biểu bế mạc, ông Lê Văn Thach - Chủ tịch UBND "
            "tỉnh Cà Mau đề nghị các ngành triển khai ngay.\n")
    st = state_of(tmp_path, text, upto="posts")
    assert {p.official for p in st.facts.posts} == {"Lê Văn Thạch"}
    assert not st.facts.officials


def test_the_posts_stage_keeps_two_names_that_differ_in_more_than_their_marks(tmp_path):
    text = ("Hội nghị ở Cà Mau\n\nSáng 2/3/2023, ông Lê Văn Thạch, Chủ tịch UBND tỉnh Cà Mau, và ông Lê Văn "
            "Thanh, Phó Chủ tịch UBND tỉnh Cà Mau, chủ trì hội nghị.\n")
    st = state_of(tmp_path, text, upto="posts")
    assert {p.official for p in st.facts.posts} == {"Lê Văn Thạch", "Lê Văn Thanh"}
