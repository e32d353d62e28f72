"""The speed shortcuts give the answers of the long way round (invented sentences and lines)."""
from __future__ import annotations

from kg.extract.matcher import Matcher
from kg.extract.sentences.sentences import _get_scanner
from kg.extract.sentences.tokens import tokenize
from kg.extract.structure.page_chrome import end_marker, is_chrome


def test_starts_are_the_pairs_and_lone_words_entries_begin_with():
    m = Matcher()
    for form in ("Ban Quản lý chợ", "Ban Chỉ đạo", "Hội", "Ủy ban xã"):
        m.add(form, form)
    pairs, lone = m.starts()
    assert pairs == {("ban", "quản"), ("ban", "chỉ"), ("ủy", "ban")}
    assert lone == {"hội"}


def test_no_entry_is_found_where_no_start_stands():
    m = Matcher()
    m.add("Ban Quản lý chợ", "market board")
    pairs, lone = m.starts()
    toks = tokenize("các ban ngành đều có mặt tại Ban Quản lý chợ Bến Nước")
    for i, t in enumerate(toks):
        could = t.low in lone or i + 1 < len(toks) and (t.low, toks[i + 1].low) in pairs
        assert could or m.match(toks, i) is None
    # ("ban ngành": the first word of an entry, not its pair: nothing there; the board is found)
    assert [i for i in range(len(toks)) if m.match(toks, i)] == [7]


def test_scan_with_the_starts_test_is_the_scan_without_it():
    scanner = _get_scanner()
    sentences = ["Chiều 3/4, ông Lò Văn Khuê, Phó Chủ tịch UBND huyện Mường Vân dự hội nghị của công đoàn.",
                 "Đoàn xã Tà Hộc phối hợp với hội cựu chiến binh tổ chức chính quyền tham gia lễ ra quân."]
    for s in sentences:
        toks, fast = scanner.scan(s, 0, "legacy")
        saved = scanner._short_firsts
        try:
            scanner._short_firsts = None        # (None: any word may begin an entry, every starter tried)
            toks2, slow = scanner.scan(s, 0, "legacy")
        finally:
            scanner._short_firsts = saved
        assert fast == slow and [t.text for t in toks] == [t.text for t in toks2]


def test_end_marker_on_paragraphs_and_short_lines():
    assert end_marker("Tin liên quan:")
    assert end_marker("  TIN LIÊN QUAN  ")
    # (a paragraph is longer than every marker: no marker, without lower-casing it)
    assert not end_marker("Tin liên quan đến việc tổ chức hội nghị của xã được đăng trên trang điện tử " * 3)


def test_chrome_on_a_paragraph_is_read_as_on_the_whole_line(monkeypatch):
    from kg.extract.structure import page_chrome
    lines = ["ĐƯỜNG DÂY NÓNG: " + "số máy của ban biên tập đặt tại trụ sở, gọi giờ hành chính " * 4,
             "Sáng 9/3, Hội Nông dân xã Phú Lâm tổ chức hội nghị sơ kết công tác quý I " * 3,
             "ΣΑ " + "lời chào của trang " * 12]
    fast = [is_chrome(x) for x in lines]
    # (a floor no line reaches: every line lower-cased whole, the long way)
    monkeypatch.setattr(page_chrome, "_paragraph", lambda lx: (10 ** 9, 0))
    assert fast == [is_chrome(x) for x in lines] == [True, False, False]


def test_a_credit_line_too_long_for_any_name_is_no_site():
    from kg.read import sites
    long = ("Theo kế hoạch của huyện về công tác bồi dưỡng cán bộ cơ sở ở các xã vùng cao trong năm tới, "
            "huyện sẽ mở 14 lớp")
    rest = long[len("Theo "):]
    assert sites._no_name_left(rest)
    # (the long way: what the tail pattern leaves is no listed name either)
    assert sites._by_name().get(sites._credit_res()[1].sub("", rest).lower()) is None
    assert sites.credit_site("Một đoạn tin.\n" + long) is None
    # (a short credit is read the long way: no digit or comma past the longest name)
    assert not sites._no_name_left("Báo Điện tử Phương Nam online")


def test_a_saint_s_name_is_looked_for_only_where_one_begins(monkeypatch):
    from kg.extract.sentences import names
    toks = tokenize("Linh mục Giuse Đỗ Văn Khiêm và ông Phêrô Nông cùng Hội trường Lê Lợi")
    surnames = {"đỗ", "nông", "lê"}
    fast = [names._saint_before_surname(toks, i, surnames) for i in range(len(toks) + 1)]
    monkeypatch.setattr(names, "_SAINT_FIRSTS", None)      # (None: every word tried, the long way)
    assert fast == [names._saint_before_surname(toks, i, surnames) for i in range(len(toks) + 1)]
    assert fast[2] == fast[8] == 1 and fast[11] == 0      # Giuse, Phêrô; "Hội" begins no saint's name


def test_a_short_name_s_head_is_looked_for_only_in_sentences_that_hold_its_first_word(tmp_path):
    from kg.extract.bodies.body_lists import bodies_yaml
    from kg.extract.bodies.short_names import _other_heads
    from kg.extract.pipeline import run
    from kg.read import read_path
    p = tmp_path / "a.txt"
    p.write_text("Ban Đại diện Hội Người cao tuổi xã Tà Lạt họp mặt\n\nSáng 2/5, Ban Đại diện Cha mẹ học sinh "
                 "trường Tiểu học Tà Lạt họp. Ông Vừ A Lềnh dự.\n\nĐảng ủy Khối các cơ quan tỉnh tặng quà.\n",
                 encoding="utf-8")
    a = read_path(p, p.name)
    views = run(a, a.source).views

    def the_long_way(name):
        words, n = tuple(name.lower().split()), len(name.split())
        for sv in views:
            full = {bm.start for _, _, bm in sv.mentions() if type(bm).__name__ == "BodyMention" and bm.base is not None
                    and bm.base.canonical.startswith(name + " ")}
            if any(sv.toks[k + n].is_cap and tuple(t.low for t in sv.toks[k:k + n]) == words and k not in full
                   for k in range(len(sv.toks) - n)):
                return True
        return False
    for name in list(bodies_yaml().get("short_names") or []) + ["Ban Đại diện", "Hội đồng"]:
        assert _other_heads(views, name) == the_long_way(name), name
