"""The bodies stage, round 11: bare bodies of a place the text never reveals, long names of boards
ending at their topic, the central organs of the mass organisations. Every sentence here is written
for the test: invented people and numbers; real provinces and standard body names."""
from __future__ import annotations

from test_stage_bodies_vocab import bodies_of


def test_the_organs_of_a_bare_committee_named_alone_are_not_listed():
    # no province anywhere: "Ban Thường vụ Huyện ủy" and "Thường trực Tỉnh ủy" named by no post
    # nor the meeting stay out, and so does the bare committee inside their names
    text = ("Theo kế hoạch, Thường trực Tỉnh ủy nghe báo cáo về chuyển đổi số vào quý III; Ban Thường vụ "
            "Huyện ủy ban hành 3 chỉ thị về mùa khô.")
    b = bodies_of(text)
    assert not b & {"Thường trực Tỉnh ủy", "Tỉnh ủy", "Ban Thường vụ Huyện ủy", "Huyện ủy"}


def test_the_organ_of_a_bare_committee_a_post_names_is_listed():
    # the bare committee is an actor (a post's body): its organ named alone is listed beside it
    text = ("Ông Đinh Quốc Lâm, Phó Bí thư Thường trực Huyện ủy, đi kiểm tra đê. Ban Tuyên giáo Huyện ủy "
            "in 2.000 tờ rơi về phòng lũ.")
    b = bodies_of(text)
    assert {"Huyện ủy", "Ban Tuyên giáo Huyện ủy"} <= b


def test_the_organs_of_a_placed_committee_named_alone_are_listed():
    text = ("Theo kế hoạch, Thường trực Tỉnh ủy Hà Tĩnh nghe báo cáo về chuyển đổi số vào quý III; Ban "
            "Thường vụ Huyện ủy Kỳ Anh ban hành 3 chỉ thị về mùa khô.")
    b = bodies_of(text)
    assert {"Thường trực Tỉnh ủy Hà Tĩnh", "Ban Thường vụ Huyện ủy Kỳ Anh"} <= b


def test_a_national_board_is_named_to_the_end_of_its_task():
    # the scope ("Trung ương", "quốc gia") then "về" and the task, its parts split by commas and
    # "và", up to the verb or the leader after it
    b = bodies_of("Chiều 8/10/2031, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp phiên "
                  "thường kỳ dưới sự chủ trì của ông Hà Đức Lợi.")
    assert "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực" in b
    assert "Ban Chỉ đạo Trung ương" not in b
    b = bodies_of("Ông Hà Đức Lợi, Trưởng ban chỉ đạo quốc gia về du lịch, dịch vụ và thương mại điện tử, "
                  "làm việc với UBND tỉnh Sơn La.")
    assert "Ban Chỉ đạo quốc gia về du lịch, dịch vụ và thương mại điện tử" in b
    # the written "phòng chống" in the official spelling; a number glued to its word is the task's
    b = bodies_of("Ngày 9/9/2031, Ban Chỉ đạo Quốc gia phòng chống dịch Covid-19 họp trực tuyến với 12 tỉnh "
                  "miền núi.")
    assert "Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19" in b


def test_a_numbered_project_s_board_is_closed_by_its_scope_and_a_local_task_by_its_place():
    b = bodies_of("Kế hoạch do bà Mai Thu Hà, Phó trưởng ban chỉ đạo Đề án 47 Trung ương ký ngày 2/2/2031.")
    assert "Ban Chỉ đạo Đề án 47 Trung ương" in b
    b = bodies_of("Văn bản của Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh Yên Bái gửi 9 huyện ngày 5/3/2031.")
    assert "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Yên Bái" in b


def test_a_national_board_whose_task_runs_on_into_a_verb_phrase_is_not_cut_there():
    # a part of the task longer than part_words (no verb the lexicon knows ends it): no long name
    b = bodies_of("Ban Chỉ đạo quốc gia về chuyển đổi số nâng cao năng lực số cho cán bộ cơ sở trong năm nay.")
    assert not any(n.startswith("Ban Chỉ đạo quốc gia về chuyển") for n in b)
    # a capitalised document inside the task is read as open names are, whole
    b = bodies_of("Ông Hà Đức Lợi, Trưởng Ban Chỉ đạo Trung ương về thực hiện Nghị quyết số 36-NQ/TW, đến Sơn La.")
    assert "Ban Chỉ đạo Trung ương về thực hiện" not in b
    # a board named after another with "và" has no task of that "và"
    b = bodies_of("Ban Chỉ đạo và Tổ giúp việc Ban Chỉ đạo Trung ương họp ngày 3/4/2031 tại Hà Nội.")
    assert not any(n.startswith("Ban Chỉ đạo và") for n in b)


def test_the_pioneers_and_the_labour_confederation_s_short_name_are_central_bodies():
    b = bodies_of("Tỉnh đoàn Điện Biên tổng kết công tác Đội TNTP Hồ Chí Minh năm học 2030 - 2031.")
    assert "Đội Thiếu niên Tiền phong Hồ Chí Minh" in b
    # "Tổng Liên đoàn" written short, alone and in its executive committee's name
    b = bodies_of("Ông Vi Đức Thắng, Ủy viên Ban Chấp hành Tổng Liên đoàn, Chủ tịch LĐLĐ tỉnh Điện Biên, "
                  "báo cáo với đoàn công tác của Tổng Liên đoàn.")
    assert {"Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam",
            "Liên đoàn Lao động tỉnh Điện Biên"} <= b
    # the provincial federation is no central body
    assert "Tổng Liên đoàn Lao động Việt Nam" not in bodies_of("Liên đoàn Lao động tỉnh Điện Biên trao 50 suất quà.")


def test_boards_named_after_the_plural_word_are_no_one_board():
    # "các tiểu ban ...", "các Ban Chỉ đạo ...": every such board, no one body
    b = bodies_of("Tỉnh ủy Lai Châu giao các tiểu ban phục vụ Đại hội hoàn thành dự thảo trước ngày 5/5/2031.")
    assert not any(n.lower().startswith("tiểu ban") for n in b)
    b = bodies_of("Thành viên các Ban Chỉ đạo phòng, chống thiên tai tỉnh Lai Châu dự họp ngày 4/5/2031.")
    assert not any(n.startswith("Ban Chỉ đạo") for n in b)
    # one board, written alone, is read
    b = bodies_of("Ngày 4/5/2031, Ban Chỉ đạo phòng, chống thiên tai tỉnh Lai Châu họp.")
    assert "Ban Chỉ đạo phòng, chống thiên tai tỉnh Lai Châu" in b


def test_a_board_named_by_its_number_and_level_takes_the_story_s_province():
    # "Ban Chỉ đạo 512 tỉnh" in a story of one province: that province's, as "Tỉnh ủy" would be
    b = bodies_of("Ngày 25/1/2031, Ban Chỉ đạo 512 tỉnh ra mắt tổ công tác liên ngành. UBND tỉnh Bắc Kạn cấp kinh phí.")
    assert "Ban Chỉ đạo 512 tỉnh Bắc Kạn" in b
    b = bodies_of("Ngày 25/1/2031, Ban Chỉ đạo 512 tỉnh Bắc Kạn ra mắt tổ công tác liên ngành.")
    assert "Ban Chỉ đạo 512 tỉnh Bắc Kạn" in b
    # a topical board closed by a bare level word, likewise
    b = bodies_of("Ban Chỉ đạo Khu vực phòng thủ tỉnh họp ngày 3/3/2031. Dự có ông Hà Văn Lợi, Chủ tịch UBND tỉnh Bắc Kạn.")
    assert "Ban Chỉ đạo Khu vực phòng thủ tỉnh Bắc Kạn" in b
    # no province revealed: the bare level word stays
    b = bodies_of("Ngày 25/1/2031, Ban Chỉ đạo 512 tỉnh ra mắt tổ công tác liên ngành.")
    assert not any(n.startswith("Ban Chỉ đạo 512 tỉnh ") for n in b)


def test_a_local_task_closed_by_its_bare_level_word_before_the_verb_takes_the_story_s_place():
    # the level word written out, then a verb of the genre: the task ends there, and the story's
    # province (or district) is the board's
    b = bodies_of("Sáng 4/4/2031, Ban Chỉ đạo chuyển đổi số tỉnh tổ chức Hội thảo về dữ liệu số; UBND tỉnh Phú Yên "
                  "bố trí kinh phí.")
    assert "Ban Chỉ đạo chuyển đổi số tỉnh Phú Yên" in b
    # "xã hội" is no commune's level word: the task goes on past it
    b = bodies_of("Sáng 4/4/2031, Ban Chỉ đạo xây dựng xã hội học tập tỉnh tổ chức Hội thảo về dữ liệu số; UBND tỉnh "
                  "Phú Yên bố trí kinh phí.")
    assert "Ban Chỉ đạo xây dựng xã hội học tập tỉnh Phú Yên" in b
