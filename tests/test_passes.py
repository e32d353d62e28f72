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


# --- the lasting check of the trigger sets (reread8 item 8) ---

def test_a_phrase_declared_as_a_trigger_is_refused():
    # (a sentence's words are single syllables: "cố vấn" would never fire, and its pass never run)
    import pytest

    @triggers(lambda: ("cố vấn",))
    def advisers(sv):
        return True

    with pytest.raises(AssertionError, match="phrases"):
        fires(advisers, _view("Ông Lê Văn Tám, cố vấn của Hội, dự họp."))


def test_under_the_check_a_pass_that_acts_without_its_triggers_fails(monkeypatch):
    import pytest

    import kg.extract.passes as passes
    monkeypatch.setattr(passes, "CHECK", True)

    @triggers(lambda: ("gồm",))
    def drop_last(L, toks):
        del L[-1:]

    @triggers(lambda: ("gồm",))
    def finds(L, toks):
        yield L[0]

    sv = _view("Đoàn công tác có ông Lê Văn Tám và bà Hà Thị Mơ.")
    assert fires(drop_last, sv)         # (under the check every pass runs, and checks itself)
    with pytest.raises(AssertionError, match="drop_last"):
        drop_last(sv.elements, sv.toks)
    with pytest.raises(AssertionError, match="finds"):
        finds(sv.elements, sv.toks)
    # (negative: where a trigger stands the pass acts freely; one that acts on its trigger only passes)
    listed = _view("Đoàn công tác gồm ông Lê Văn Tám và bà Hà Thị Mơ.")
    drop_last(listed.elements, listed.toks)
    assert list(finds(listed.elements, listed.toks)) == [listed.elements[0]]

    @triggers(lambda: ("gồm",))
    def only_on_trigger(L, toks):
        return [e for e, t in zip(L, toks) if t.low == "gồm"]

    assert only_on_trigger(sv.elements, sv.toks) == []


_NEAR = [   # (invented sentences near each gated pass's construction, most without its trigger words)
    "Tin\n\nCác đại biểu dâng hương tưởng niệm nguyên Bí thư Tỉnh ủy Phùng Văn Lạc tại nhà lưu niệm.\n",
    "Tin\n\nTham dự có các Phó Chủ tịch UBND tỉnh ông Kiều Văn Sâm và bà Đinh Thị Lụa.\n",
    "Tin\n\nChủ tịch UBND tỉnh trao quyết định cho bà Lại Thị Hồng giữ chức Phó Giám đốc Sở Tài chính.\n",
    "Tin\n\nÔng Tạ Văn Nguyên, Chủ tịch Hội Cựu chiến binh xã Đông Quang, phát biểu tại buổi gặp mặt.\n",
    "Tin\n\nSáng 9/6, phía bạn Lào có ông Xổm Phết, Phó Tỉnh trưởng tỉnh Luang Namtha tham dự hội đàm.\n",
    "Tin\n\nCác chi bộ thôn của Đảng bộ xã Đông Quang tổ chức đại hội nhiệm kỳ mới.\n",
]


def test_every_gated_pass_changes_nothing_without_its_triggers(tmp_path):
    # (KG_CHECK_TRIGGERS=1: each gated pass runs anyway where its triggers are absent and must change
    # and find nothing; over the seeds and the near sentences above, in a fresh interpreter)
    import os
    import subprocess
    import sys
    from pathlib import Path

    for k, text in enumerate(_NEAR):
        (tmp_path / f"near{k}.txt").write_text(text, encoding="utf-8")
    seeds = Path(__file__).parent.parent / "seeds"
    code = ("import sys; from pathlib import Path; from kg.read import read_path\n"
            "from kg.extract.pipeline import STAGES, run; import kg.extract.passes as P; assert P.CHECK\n"
            "files = [p for d in sys.argv[1:] for p in sorted(Path(d).glob('*.txt'))]\n"
            "for p in files: run(read_path(p, p.name), p.name, STAGES)\n"
            "print(len(files), len([w for w in P._WORDS.values() if w is not None]))\n")
    out = subprocess.run([sys.executable, "-c", code, str(seeds), str(tmp_path)], capture_output=True, text=True,
                         env={**os.environ, "KG_CHECK_TRIGGERS": "1"})
    assert out.returncode == 0, out.stderr[-2000:]
    articles, passes = map(int, out.stdout.split())
    assert articles == len(_NEAR) + len(list(seeds.glob("*.txt"))) and passes >= 9
