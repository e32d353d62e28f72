"""The per-sentence passes' triggers (kg.extract.passes): a stage runs a pass that declares
trigger words only on a sentence that holds one of them; the passes still find their
constructions where the words are, and change nothing where they are not."""
from kg.extract.passes import fires, triggers
from kg.extract.posts.post_asides import late_titles
from kg.extract.posts.post_lists import headed_list
from kg.extract.sentences.elements import Role
from kg.extract.sentences.mentions import Scanner
from kg.extract.sentences.sentences import SentenceView


def _view(text: str) -> SentenceView:
    toks, els = Scanner().scan(text, 0, "legacy")
    return SentenceView(text, 0, len(text), toks, els)


def test_a_pass_fires_only_with_one_of_its_words():
    @triggers(lambda: ("gồm",))
    def listed(sv):
        return True

    assert fires(listed, _view("Đoàn công tác gồm ông Lê Văn Tám và bà Hà Thị Mơ."))
    assert not fires(listed, _view("Đoàn công tác có ông Lê Văn Tám và bà Hà Thị Mơ."))


def test_a_pass_without_triggers_always_fires():
    def plain(sv):
        return True

    assert fires(plain, _view("Hội nghị diễn ra sáng nay."))


def test_late_title_read_as_words_with_its_trigger():
    # "cố" before a title: the title is the dead's, read as plain words
    sv = _view("Dâng hương tưởng nhớ cố Bí thư Tỉnh ủy Nguyễn Văn Hai.")
    assert fires(late_titles, sv)
    late_titles(sv.elements, sv.toks)
    assert not any(type(e) is Role for e in sv.elements)


def test_late_title_pass_changes_nothing_without_its_trigger():
    # the near sentence with no "cố": skipped, and running it anyway changes nothing
    sv = _view("Dâng hương có Bí thư Tỉnh ủy Nguyễn Văn Hai.")
    before = repr(sv.elements)
    assert not fires(late_titles, sv)
    late_titles(sv.elements, sv.toks)
    assert repr(sv.elements) == before


def test_a_list_needs_a_colon_or_an_opener():
    assert fires(headed_list, _view("Các Phó Chủ tịch: ông Lê Văn Tám, bà Hà Thị Mơ."))
    sv = _view("Các Phó Chủ tịch ông Lê Văn Tám và bà Hà Thị Mơ dự họp.")
    assert not fires(headed_list, sv) and list(headed_list(sv.elements, sv.toks)) == []
