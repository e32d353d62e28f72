"""Tokens, sentences and the mentions a sentence is scanned into."""
from __future__ import annotations

from kg.extract.sentences.elements import BodyMention, Honorific, LevelMention, Name, Role
from kg.extract.sentences.mentions import Scanner
from kg.extract.sentences.tokens import split_sentences, tokenize


def test_tokens_keep_offsets_and_inner_apostrophes():
    toks = tokenize("Bà H'Loan dự họp.", 10)
    assert [t.text for t in toks] == ["Bà", "H'Loan", "dự", "họp", "."]
    assert toks[1].start == 13 and toks[1].end == 19 and toks[1].is_cap and not toks[1].is_upper
    assert not toks[-1].is_word


def test_sentences_split_at_a_capital_but_not_after_an_abbreviation():
    text = "Đoàn đến TP. Cà Mau lúc 8 giờ. Sau đó làm việc với huyện.\nDòng hai"
    ss = split_sentences(text)
    assert [s.text for s in ss] == ["Đoàn đến TP. Cà Mau lúc 8 giờ.", "Sau đó làm việc với huyện.", "Dòng hai"]
    assert [s.line for s in ss] == [0, 0, 1]
    assert text[ss[1].start:ss[1].end] == ss[1].text


def scan(sentence: str):
    return Scanner().scan(sentence, 0, "legacy")[1]


def test_title_with_its_body_and_a_name():
    els = scan("Phó Bí thư Tỉnh ủy Quảng Trị Hà Minh Triết phát biểu.")
    role = next(e for e in els if isinstance(e, Role))
    assert role.entry.role == "Phó Bí thư"
    assert role.body.base.canonical == "Tỉnh ủy" and role.body.place_name == "Quảng Trị"
    assert [e.text for e in els if isinstance(e, Name)] == ["Hà Minh Triết"]


def test_honorific_then_a_name_and_a_given_name_alone():
    els = scan("Đồng chí Lò Thị Mến và đồng chí Mến cùng dự.")
    names = [e for e in els if isinstance(e, Name)]
    assert [(n.text, n.partial, n.honorific) for n in names] == [
        ("Lò Thị Mến", False, "đồng chí"), ("Mến", True, "đồng chí")]
    assert sum(isinstance(e, Honorific) for e in els) == 2


def test_bodies_and_levels_found():
    els = scan("Ban Dân vận Huyện ủy Hải Lăng làm việc với UBND xã Hải Phú và các xã hội đoàn thể huyện.")
    bodies = [e for e in els if isinstance(e, BodyMention)]
    assert bodies[0].organs == ["Ban Dân vận"] and bodies[0].base.canonical == "Huyện ủy"
    assert bodies[0].place_name == "Hải Lăng"
    assert bodies[1].base.canonical == "Ủy ban nhân dân" and bodies[1].level == "commune"
    assert bodies[1].place_name == "Hải Phú"
    assert any(isinstance(e, LevelMention) and e.level == "district" for e in els)


def test_xa_hoi_is_not_a_commune():
    els = scan("Hội Liên hiệp Phụ nữ xã hội hóa công tác.")
    assert not any(isinstance(e, BodyMention) and e.level == "commune" for e in els)


def test_tokens_are_the_regex_tokens_whatever_the_spaces():
    # tokenize splits on spaces first and runs the token regex only on chunks with punctuation,
    # apostrophes or digits glued to letters: the tokens must be those of the regex over the
    # whole text, offsets included, with tabs, no-break and ideographic spaces, line breaks
    from kg.extract.sentences.tokens import _TOKEN
    text = ("Sáng 5/3,\tông Lò Văn Kha\u00a0(Bí thư) dự  họp ở xã Ia\u3000Grai; K'Bang "
            "ảnh 6Chủ tịch UBND, 19h30 và 4G_x —\n“Tuổi trẻ” 2024.")
    got = [(t.text, t.start) for t in tokenize(text, 7)]
    want = []
    for m in _TOKEN.finditer(text):
        if m.group() == "6Chủ":
            want += [("6", m.start() + 7), ("Chủ", m.start() + 8)]
        else:
            want.append((m.group(), m.start() + 7))
    assert got == want
    assert all(text[s - 7:s - 7 + len(w)] == w for w, s in got)


def test_sentence_mentions_follow_changes_to_the_elements():
    # SentenceView.mentions() is worked out once and read by many passes: it must be worked out
    # again when a stage replaces elements or gives a title another body
    from kg.extract.sentences.elements import BodyMention, Punct, Role, Word
    from kg.extract.lexicon import RoleEntry
    from kg.extract.sentences.sentences import SentenceView
    role = Role(0, 2, RoleEntry("Chủ tịch", ""), "Chủ tịch")
    bm = BodyMention(3, 4, "UBND")
    sv = SentenceView("Chủ tịch , UBND xã", 0, 18, [], [role, Punct(2, 3, ","), bm, Word(4, 5, "xã")])
    assert [(k, m) for k, _, m in sv.mentions()] == [(0, None), (2, bm)]
    other = BodyMention(3, 5, "UBND xã")
    sv.elements[2:4] = [other]
    assert [(k, m) for k, _, m in sv.mentions()] == [(0, None), (2, other)]
    role.body = other
    assert [(k, m) for k, _, m in sv.mentions()] == [(0, other), (2, other)]


def test_an_ellipsis_before_a_lower_case_word_does_not_end_the_sentence():
    # "..." / "…" stands for "etc." after a list of organisers: the verb after it is still the
    # list's, so the hosts must stay in one sentence with it
    text = ("Chiều 9/11, Hội Người cao tuổi xã Tân Lộc, Chi đoàn thôn Gò Mít… phối hợp ra quân "
            "trồng cây. Ban Dân vận, Ủy ban MTTQ huyện Hòa Sơn... cùng dọn vệ sinh kênh.")
    ss = split_sentences(text)
    assert [s.text[:10] for s in ss] == ["Chiều 9/11", "Ban Dân vậ"]
    assert ss[0].text.endswith("ra quân trồng cây.") and ss[1].text.endswith("vệ sinh kênh.")
    assert all(text[s.start:s.end] == s.text for s in ss)


def test_an_ellipsis_before_a_new_sentence_still_ends_it():
    # a capitalised opener after the ellipsis ("Đồng thời", "Trong") starts a new sentence
    text = ("Hội viên được hỗ trợ giống, phân bón, vay vốn... Đồng thời, hội vận động dựng nhà "
            "cho hộ khó khăn, sửa cầu, làm đường… Trong năm tới, hội đặt chỉ tiêu mới.")
    ss = split_sentences(text)
    assert [s.text for s in ss] == [
        "Hội viên được hỗ trợ giống, phân bón, vay vốn...",
        "Đồng thời, hội vận động dựng nhà cho hộ khó khăn, sửa cầu, làm đường…",
        "Trong năm tới, hội đặt chỉ tiêu mới."]
    assert all(text[s.start:s.end] == s.text for s in ss)


def test_a_run_of_dots_is_one_token_with_exact_offsets():
    # "..." is read as "…" is: one mark, not three full stops that would end the clause
    text = "Chi hội Tân Lộc, Chi đoàn thôn Gò Mít... cùng góp sức. Xong...."
    toks = tokenize(text, 5)
    assert [t.text for t in toks].count("...") == 1 and [t.text for t in toks][-1] == "...."
    assert "." in [t.text for t in toks]            # the single full stop stays a token of its own
    assert all(text[t.start - 5:t.end - 5] == t.text for t in toks)


def test_the_organisers_listed_before_an_ellipsis_and_the_verb_are_the_hosts(tmp_path):
    from test_stage_pipeline import state_of
    story = ("Sáng 3/5, tại hội trường Huyện ủy Hòa Sơn, Hội Nông dân huyện phối hợp các đoàn thể "
             "huyện, gồm: Hội Cựu chiến binh, Huyện đoàn... tổ chức lễ phát động phong trào trồng cây.")
    st = state_of(tmp_path, "Hòa Sơn ra quân trồng cây\n" + story + "\nBài: Lê An")
    hosts = {b.name for m in st.facts.meetings for b in m.hosts}
    assert hosts == {"Hội Nông dân huyện Hòa Sơn", "Hội Cựu chiến binh huyện Hòa Sơn", "Huyện đoàn Hòa Sơn"}


# -- speed work: indexes that must answer as the plain walks did --------------------------------

def _walk_match(forms, toks, i):
    """The longest-match rule written plainly: the first form, longest first (in the order added
    among equal lengths), whose syllables (and, for an exact-case form, letters) stand at i."""
    best = None
    for form, exact in forms:
        ft = tokenize(form)
        if i + len(ft) > len(toks):
            continue
        if all(t.low == f.low and (not exact or t.text == f.text) for t, f in zip(toks[i:], ft)):
            if best is None or len(ft) > len(tokenize(best)):
                best = form
    return best


def test_matcher_third_syllable_index_finds_the_same_longest_form():
    from kg.extract.matcher import Matcher
    forms = [("Ủy ban Xanh", False), ("Ủy ban Xanh Lam Đỏ", False), ("Ủy ban", False),
             ("Ủy ban Tím", False), ("ỦY BAN Vàng", True), ("Ban Nhỏ", True), ("Ban", False)]
    m = Matcher()
    for form, exact in forms:
        m.add(form, form, exact)
    for text in ["Ông Ân dự Ủy ban Xanh Lam Đỏ hôm nay", "ủy ban xanh lam", "Ủy ban Tím", "ỦY BAN Vàng nhạt",
                 "Ủy ban vàng", "Ủy ban", "ủy", "Ban Nhỏ và ban nhỏ", "ban nhỏ"]:
        toks = tokenize(text)
        for i in range(len(toks)):
            got = m.match(toks, i)
            assert (got.payload if got else None) == _walk_match(forms, toks, i), (text, i)


def test_phrase_at_answers_as_the_phrase_table_does():
    from kg.extract.meeting.hosts import host_words, phrase_at
    from kg.extract.sentences.phrase_starts import first_words
    from kg.extract.sentences.phrase_starts import starts
    toks = tokenize("Tại hội trường xã Nắng Mới, thay mặt Ban Thường vụ, đồng chí Lò Văn Khiêm phát biểu")
    for key in ("place_words", "behalf_words", "list_openers", "co_actors", "framing_openers"):
        assert key in host_words()
        for i in range(len(toks) + 1):
            assert phrase_at(toks, i, key) == (starts(toks, i, host_words()[key]) is not None), (key, i)
    assert first_words(host_words()["place_words"]) is None or "tại" in first_words(host_words()["place_words"])


def test_ends_before_takes_any_list_of_phrases():
    from kg.extract.sentences.phrase_starts import ends_before
    toks = tokenize("đoàn đại biểu dự Đại hội Hội Nông dân xã Mây Ngàn")
    for phrases in (("dự", "tham dự"), frozenset({"tham dự", "dự"}), ["không có"], ("",), "ự"):
        for i in range(len(toks) + 1):
            before = " ".join(t.low for t in toks[max(0, i - 3):i])
            assert ends_before(toks, i, phrases) == any(before.endswith(w) for w in phrases)


def test_anywhere_and_positions_with_the_sentence_words_answer_as_without():
    from kg.extract.sentences.phrase_starts import anywhere, positions
    toks = tokenize("Sáng nay, đoàn kiểm tra của Tỉnh ủy làm việc với Đảng ủy xã Mây Ngàn")
    lows = frozenset(t.low for t in toks)
    for phrases in (("kiểm tra", "giám sát"), ("họp báo",), ("làm việc với", "làm việc"), ("", "xã")):
        assert anywhere(toks, phrases, lows) == anywhere(toks, phrases)
        assert list(positions(toks, phrases, lows)) == list(positions(toks, phrases))


def test_find_reads_the_positions_of_the_first_words_and_finds_what_the_walk_finds():
    # (speed: Matcher.find given a sentence's Lows tries only where an entry's first word
    # stands; the same (position, entry) pairs, in order, as the walk over every token)
    from kg.extract.lexicon import lexicon
    from kg.extract.matcher import Lows
    lx = lexicon()
    toks = tokenize("Sáng nay, Ủy ban nhân dân huyện Kim Sơn Bắc và Ban Dân vận Huyện ủy họp "
                    "với Hội Nông dân xã Hòa Lạc Đông về kế hoạch năm tới của ban.")
    lows = Lows.of(toks)
    for m in (lx.bodies, lx.levels, lx.roles, lx.kind_words):
        for start in (0, 3, 11):
            assert list(m.find(toks, start, lows=lows)) == list(m.find(toks, start))
    assert [toks[i].low for i in lows.positions({"ban", "xã"})] == ["ban", "ban", "xã", "ban"]
    assert lows.positions({"ban"}, 11) == [k for k, t in enumerate(toks) if t.low == "ban" and k >= 11]


def test_find_walks_the_tokens_when_the_words_are_not_theirs():
    # (the negative: words of other tokens, or a plain set of words, fall back to the walk)
    from kg.extract.lexicon import lexicon
    from kg.extract.matcher import Lows
    toks = tokenize("Ban Tuyên giáo Huyện ủy làm việc với Ủy ban nhân dân xã Tân Mỹ Hạ.")
    other = Lows.of(tokenize("Ban Tuyên giáo Huyện ủy."))
    found = list(lexicon().bodies.find(toks))
    assert found and list(lexicon().bodies.find(toks, lows=frozenset(t.low for t in toks))) == found
    assert list(lexicon().bodies.find(toks, lows=other)) == found


def test_the_scan_keeps_the_lower_case_unit_names_the_officials_stage_reads():
    # (speed: the officials stage reads the keys the scan found instead of a second pass)
    sc = Scanner()
    toks, _ = sc.scan("Đoàn công tác đến huyện lộc Phước Thạnh làm việc.", 40, "legacy")
    assert sc.typo_units_read == sc.typo_unit_keys("Đoàn công tác đến huyện lộc Phước Thạnh làm việc.",
                                                   toks, 40, "legacy")
    assert sc.lows_read.toks is toks and list(sc.lows_read.words) == [t.low for t in toks]


def test_names_the_scan_cuts_are_whole_when_the_sentences_stage_ends(tmp_path):
    # (reread8 item 1: read right after the scan, so that places, bodies and posts see the whole name;
    # a name cut by a line break, a diplomat's written after his mission with no honorific)
    from test_stage_pipeline import state_of
    st = state_of(tmp_path, "Tin\n\nDự có đ/c Kha Văn Tú, Phó Chủ tịch UBND huyện; đ/c Lại\nVăn Đạt, Chủ tịch "
                            "Hội Nông dân huyện.\n\nĐại sứ đặc mệnh toàn quyền nước CHDCND Lào tại Việt Nam "
                            "Khămphăn Vông thăm tỉnh.\n", upto="sentences")
    names = [e.text for sv in st.views for e in sv.elements if type(e) is Name and not e.partial]
    assert "Lại Văn Đạt" in names and "Khămphăn Vông" in names
    envoy = next(e for sv in st.views for e in sv.elements if type(e) is Role and e.entry.role == "Đại sứ")
    assert envoy.body is not None and envoy.body.base.canonical.endswith("Lào tại Việt Nam")
    # (negative: a country right after the title names no one)
    st = state_of(tmp_path, "Tin\n\nĐại sứ Hàn Quốc tại Việt Nam thăm tỉnh.\n", upto="sentences")
    assert not any(type(e) is Name for sv in st.views for e in sv.elements)
