"""kg.text: decoding article bytes (UTF-8/16, cp1258, TCVN3, VNI), normalising, offsets back."""
import hashlib
import os
import random
import re
import unicodedata
from pathlib import Path

import pytest

from kg.errors import ArticleError
from kg.read.decode import Decoded, decode, encode_legacy
from kg.read.normalise import fold, modern_tones, normalise
from kg.read import read_path as read_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
LEGACY = Path(__file__).resolve().parent.parent / "kg" / "data" / "legacy"

# A paragraph in the genre's manner (our own wording), lower-case where TCVN3 (which has no toned
# capitals) needs it.
PARAGRAPH = (
    "Chiều ngày 14/9/2022, đoàn khảo sát của Ban Tuyên giáo Tỉnh ủy do đồng chí Phó Trưởng ban phụ "
    "trách dẫn đầu đã về làm việc với Thường trực Huyện ủy. Theo báo cáo, thời gian qua cán bộ, đảng "
    "viên, các tổ chức chính trị - xã hội và nhân dân trong huyện đồng thuận cao với chủ trương của "
    "Đảng, pháp luật của Nhà nước; mô "
    "hình \"Dân vận khéo\" được nhân rộng; các phong trào thi đua diễn ra sôi nổi ở khắp thôn, bản."
)
TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_bytes(text: str) -> bytes:
    """Encode as Windows does: precomposed where cp1258 has the letter, else base + tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tone = next(c for c in d if c in TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


# --------------------------------------------------------------------------- legacy tables

def read_table(name):
    rows = []
    for line in (LEGACY / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


VIET_LOWER = [unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in [""] + list(TONES)] + ["đ"]


@pytest.mark.parametrize("name", ["tcvn3.tsv", "vni.tsv"])
def test_tables_cover_every_vietnamese_letter_once(name):
    rows = read_table(name)
    letters = [r[2] for r in rows if len(r) < 4 or r[3] != "alt"]
    assert len(letters) == len(set(letters)), "a letter has two canonical byte sequences"
    for r in rows:
        assert unicodedata.is_normalized("NFC", r[2]) and len(r[2]) == 1
        raw = bytes(int(h, 16) for h in r[0].split())
        assert len(raw) == (1 if name == "tcvn3.tsv" else len(raw)) and raw[-1] >= 0x80
        assert raw.decode("cp1252", errors="replace").replace("\ufffd", "?") == r[1].replace("<AD>", "\xad")
    plain_ascii = set("aeiouy")
    assert [c for c in VIET_LOWER if c not in letters and c not in plain_ascii] == []
    if name == "vni.tsv":   # VNI has the capitals too
        assert [c for c in VIET_LOWER if c not in plain_ascii and c.upper() not in letters] == []


# Byte values from the standards (the well-known look of legacy text: "ViÖt Nam", "Vieät Nam").
TCVN3_KNOWN = {
    "Việt Nam": b"Vi\xd6t Nam",
    "Đảng": b"\xa7\xb6ng",
    "cộng hòa xã hội chủ nghĩa": b"c\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca",
    "Người": b"Ng\xad\xeai",
    "độc lập - tự do - hạnh phúc": b"\xae\xe9c l\xcbp - t\xf9 do - h\xb9nh ph\xf3c",
    "tỉnh ủy": b"t\xd8nh \xf1y",
    "Hà Nội các tỉnh": b"H\xb5 N\xe9i c\xb8c t\xd8nh",
    "ơn ăn uống ở đây": b"\xacn \xa8n u\xe8ng \xeb \xae\xa9y",
}
VNI_KNOWN = {
    "Việt Nam": b"Vie\xe4t Nam",
    "Đồng": b"\xd1o\xe0ng",
    "được": b"\xf1\xf6\xf4\xefc",
    "nghĩa": b"ngh\xf3a",
    "Người": b"Ng\xf6\xf4\xf8i",
    "Cộng hòa xã hội chủ nghĩa": b"Co\xe4ng ho\xf8a xa\xf5 ho\xe4i chu\xfb ngh\xf3a",
    "VIỆT NAM": b"VIE\xc4T NAM",
    "ĐẢNG": b"\xd1A\xdbNG",
    "thắng": b"tha\xe9ng",
    "kỵ": b"k\xee",
    "hẳn hẵng": b"ha\xfan ha\xfcng",
    "ở ỉ": b"\xf4\xfb \xe6",
}


@pytest.mark.parametrize("text,raw", TCVN3_KNOWN.items())
def test_tcvn3_known_bytes(text, raw):
    assert encode_legacy(text, "tcvn3") == raw


@pytest.mark.parametrize("text,raw", VNI_KNOWN.items())
def test_vni_known_bytes(text, raw):
    assert encode_legacy(text, "vni") == raw


def test_tcvn3_cannot_hold_toned_capitals():
    with pytest.raises(ValueError):
        encode_legacy("Ủy", "tcvn3")


# --------------------------------------------------------------------------- decode

def test_utf8_plain_bom_and_utf16():
    assert decode(PARAGRAPH.encode("utf-8"), "a") == Decoded(PARAGRAPH, "utf-8")
    assert decode(b"\xef\xbb\xbf" + PARAGRAPH.encode("utf-8"), "a") == Decoded(PARAGRAPH, "utf-8-sig")
    assert decode(b"\xff\xfe" + PARAGRAPH.encode("utf-16-le"), "a") == Decoded(PARAGRAPH, "utf-16-le")
    assert decode(b"\xfe\xff" + PARAGRAPH.encode("utf-16-be"), "a") == Decoded(PARAGRAPH, "utf-16-be")


def test_utf8_keeps_decomposed_text_as_is():
    nfd = unicodedata.normalize("NFD", PARAGRAPH)
    d = decode(nfd.encode("utf-8"), "a")
    assert d.text == nfd and d.encoding == "utf-8"     # the source text is what the file says


def test_tcvn3_paragraph_round_trip():
    raw = encode_legacy(PARAGRAPH.replace("Chiều", "chiều"), "tcvn3")
    assert b"\xae\xe5ng ch\xdd" in raw                 # "đồng chí"
    d = decode(raw, "a")
    assert d == Decoded(PARAGRAPH.replace("Chiều", "chiều"), "tcvn3")


def test_tcvn3_bytes_outside_the_table_read_as_cp1252():
    raw = b"\x93" + encode_legacy("tỉnh ủy", "tcvn3") + b"\x94 \x96 " + encode_legacy("của các xã", "tcvn3")
    assert decode(raw, "a").text == "\u201ctỉnh ủy\u201d \u2013 của các xã"


def test_vni_paragraph_round_trip():
    raw = encode_legacy(PARAGRAPH, "vni")
    assert b"Chie\xe0u" in raw and b"\xf1o\xe0ng ch\xed" in raw
    assert decode(raw, "a") == Decoded(PARAGRAPH, "vni")


def test_vni_title_case_with_lower_case_mark_byte():
    # "Ấp" typed with a capital base and the lower-case diacritic byte
    assert decode(b"A\xe1p Ba\xf9c, " + encode_legacy("của các xã được", "vni"), "a").text \
        == "Ấp Bác, của các xã được"


def test_cp1258_combining_tones_are_composed():
    raw = cp1258_bytes(PARAGRAPH)
    assert b"\xf0\xf4\xccng" in raw                    # đ, ô, combining grave, ng: "đồng"
    d = decode(raw, "a")
    assert d == Decoded(PARAGRAPH, "cp1258")
    assert unicodedata.is_normalized("NFC", d.text)


def test_cp1252_mojibake_of_utf8_is_repaired():
    # cp1252 leaves five bytes undefined; tools write them as C1 controls
    raw = PARAGRAPH.encode("utf-8")
    latin = "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
                    for b in raw)
    assert "Tá»‰nh á»§y" in latin
    d = decode(latin.encode("utf-8"), "a")
    assert d == Decoded(PARAGRAPH, "utf-8+cp1252-mojibake")


def test_tcvn3_text_saved_as_utf8_is_repaired():
    shown = encode_legacy(PARAGRAPH.lower(), "tcvn3").decode("cp1252", errors="strict")
    assert "vi\u00d6t" not in shown and "\u00a7" not in shown  # lower-case: đ is ®
    d = decode(shown.encode("utf-8"), "a")
    assert d == Decoded(PARAGRAPH.lower(), "utf-8+tcvn3")


def test_genuine_utf8_with_only_latin1_letters_is_left_alone():
    for text in ("Cà Mau và Bà Rịa", "Café à Paris, déjà vu.", "Cà phê là món quà."):
        assert decode(text.encode("utf-8"), "a") == Decoded(text, "utf-8")


def test_utf8_with_a_few_damaged_bytes_is_read_lossily():
    raw = PARAGRAPH.encode("utf-8")
    raw = raw[:50] + b"\xff" + raw[50:] + "của".encode("utf-8")[:-2]   # a stray byte, a cut end
    d = decode(raw, "a")
    assert d.encoding == "utf-8-lossy"
    assert d.text.count("\ufffd") == 2 and "Thường trực Huyện ủy" in d.text


@pytest.mark.parametrize("raw", [b"", b"   \r\n\t  ", "\ufeff  \n".encode("utf-8")])
def test_empty_files(raw):
    with pytest.raises(ArticleError, match="empty file") as e:
        decode(raw, "x.txt")
    assert e.value.source == "x.txt"


def test_binary_file():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
    with pytest.raises(ArticleError, match="binary file, not text"):
        decode(png, "img.txt")
    with pytest.raises(ArticleError, match="binary file, not text"):
        decode("Tỉnh ủy\x00".encode("utf-16-le").join([b"\xff\xfe", b""]), "u16.txt")


def test_garbage_and_other_languages_are_refused():
    rng = random.Random(7)
    samples = [bytes(rng.randrange(1, 256) for _ in range(3000)) for _ in range(5)]
    samples.append("Größe und Übergröße für die Straße; schön wäre es, näher zu kommen.".encode("cp1252"))
    samples.append("Liberté, égalité, fraternité: la République française.".encode("cp1252"))
    samples.append("Москва — столица России.".encode("cp1251"))
    for raw in samples:
        with pytest.raises(ArticleError, match="cannot decode: not UTF-8 and not a Vietnamese legacy encoding"):
            decode(raw, "junk.txt")


# --------------------------------------------------------------------------- normalise

@pytest.mark.parametrize("old,new", [
    ("Uỷ ban", "Ủy ban"), ("uỷ viên", "ủy viên"), ("Thuỷ", "Thủy"), ("hoà", "hòa"),
    ("hoá", "hóa"), ("khoẻ", "khỏe"), ("thuý", "thúy"), ("quý", "quý"), ("Quỳnh", "Quỳnh"),
    ("hoàng", "hoàng"), ("HOÀ BÌNH", "HÒA BÌNH"), ("UỶ BAN", "ỦY BAN"), ("Toà án", "Tòa án"),
    ("xoè", "xòe"), ("tuỳ", "tùy"), ("luỹ", "lũy"), ("huỷ", "hủy"), ("quỳ", "quỳ"),
    ("khuya", "khuya"), ("Hoà Hảo", "Hòa Hảo"), ("hòa", "hòa"), ("Ủy", "Ủy"),
    ("quà", "quà"), ("loà", "lòa"), ("Đoàn", "Đoàn"),
])
def test_modern_tones(old, new):
    assert modern_tones(old) == new
    assert normalise(old).text == new


def test_modern_tones_takes_nfd_input():
    assert modern_tones(unicodedata.normalize("NFD", "Uỷ ban Thuỷ lợi")) == "Ủy ban Thủy lợi"


@pytest.mark.parametrize("src,want", [
    ("\u00d0ảng \u00f0oàn", "Đảng đoàn"),
    ("Tỉnh\u00a0ủy\u202fAn\u2009Giang", "Tỉnh ủy An Giang"),
    ("một\r\nhai\rba\n\nbốn", "một\nhai\nba\n\nbốn"),
    ("a  \t b\t\tc", "a b c"),
    ("Thường\u200b trực\u200c\u200d Tỉnh\u00adủy\ufeff", "Thường trực Tỉnhủy"),
    # dashes are kept as written: headlines and labels quote the source
    ("2021 — 2026, nhiệt độ −5, 1990‒2000", "2021 — 2026, nhiệt độ −5, 1990‒2000"),
    ("chính trị - xã hội; Sáng 9-6, MT-ĐT", "chính trị - xã hội; Sáng 9-6, MT-ĐT"),
    ("\u201cTỉnh ủy\u201d… «x»", "\u201cTỉnh ủy\u201d… «x»"),
    # superscript, circled and full-width digits are read as the digits they are
    ("¹Hội nghị, 300 m², mục ③, ngày １２", "1Hội nghị, 300 m2, mục 3, ngày 12"),
    # a fraction's, a division's or a full-width slash is the solidus (a date's "9⁄5")
    ("Chiều 9\u20445, ngày 3\u22154, số 12\uff0fQĐ", "Chiều 9/5, ngày 3/4, số 12/QĐ"),
])
def test_normalise_cases(src, want):
    assert normalise(src).text == want


def test_clean_text_is_returned_unchanged_with_identity_map():
    text = "Bí thư Tỉnh ủy chủ trì buổi làm việc.\n\nĐồng chí phát biểu – ghi nhận “kết quả”…"
    n = normalise(text)
    assert n.text is text and n.identity
    assert n.source_span(4, 16) == (4, 16)


def same_text(a: str, b: str) -> bool:
    # A lone hyphen becomes a dash only between spaces, so a slice may differ by that alone.
    return a == b or a.replace("-", "\u2013") == b.replace("-", "\u2013")


def messy_source():
    parts = [
        unicodedata.normalize("NFD", "Đồng chí Đàm Hồng Quế, Bí thư Tỉnh uỷ"), "\r\n",
        "Phó\u00a0Bí thư\u200b  Thường trực", "\t\t", "\u00d0ảng bộ \u2014 hoà\r\n",
        unicodedata.normalize("NFD", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), " - ", "xã hội",
    ]
    return "".join(parts)


def test_offset_map_spans_quote_the_source_exactly():
    src = messy_source()
    n = normalise(src)
    assert n.text == ("Đồng chí Đàm Hồng Quế, Bí thư Tỉnh ủy\nPhó Bí thư Thường trực Đảng bộ \u2014 hòa\n"
                      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh - xã hội")
    for phrase, original in [
        ("Đàm Hồng Quế", unicodedata.normalize("NFD", "Đàm Hồng Quế")),
        ("Bí thư Tỉnh ủy", unicodedata.normalize("NFD", "Bí thư Tỉnh uỷ")),
        ("Phó Bí thư Thường trực", "Phó\u00a0Bí thư\u200b  Thường trực"),
        ("Đảng bộ", "\u00d0ảng bộ"),
        ("\u2014 hòa", "\u2014 hoà"),
        ("Việt Nam tỉnh", unicodedata.normalize("NFD", "Việt Nam tỉnh")),
        ("xã hội", "xã hội"),
    ]:
        start = n.text.index(phrase)
        s, e = n.source_span(start, start + len(phrase))
        assert src[s:e] == original, phrase


def test_offset_map_every_word_round_trips():
    src = messy_source() + "\r\n" + unicodedata.normalize("NFD", PARAGRAPH)
    n = normalise(src)
    for m in re.finditer(r"\S+", n.text):
        s, e = n.source_span(*m.span())
        assert same_text(normalise(src[s:e]).text, m.group())


def test_offset_map_spans_and_bounds():
    n = normalise("a\u200bb")
    assert n.text == "ab"
    assert n.source_span(0, 1) == (0, 1)      # "a" does not take the deleted ZWSP
    assert n.source_span(1, 2) == (2, 3)      # nor does "b"
    assert n.source_span(0, 2) == (0, 3)
    assert n.source_span(2, 2) == (3, 3)
    with pytest.raises(ValueError):
        n.source_span(1, 3)


def test_normalise_seed_articles():
    for path in sorted(SEEDS.glob("*.txt")):
        a = read_article(path, path.name)
        assert a.encoding == "utf-8"
        assert unicodedata.is_normalized("NFC", a.text)
        assert "\u00d0" not in a.text and "\r" not in a.text and "  " not in a.text
        for m in re.finditer(r"[^\s,.;:]+(?: [^\s,.;:]+){0,4}", a.text):
            s, e = a.source_span(*m.span())
            assert same_text(normalise(a.source_text[s:e]).text, m.group())


# --------------------------------------------------------------------------- fold

@pytest.mark.parametrize("s,want", [
    ("Đàm Hồng Quế", "Dam Hong Que"), ("Đảng ủy xã Mỹ Hòa", "Dang uy xa My Hoa"),
    ("ĐOÀN THANH NIÊN", "DOAN THANH NIEN"), ("Nguyễn Thị Ưng", "Nguyen Thi Ung"),
    ("plain ascii", "plain ascii"), ("“Vì người nghèo” – 2021", "“Vi nguoi ngheo” – 2021"),
])
def test_fold(s, want):
    assert fold(s) == want
    assert fold(unicodedata.normalize("NFD", s)) == want


# --------------------------------------------------------------------------- read_article

def test_read_article(tmp_path):
    raw = encode_legacy(PARAGRAPH, "vni")
    p = tmp_path / "bai.txt"
    p.write_bytes(raw)
    a = read_article(p, "bai.txt")
    assert a.encoding == "vni"
    assert a.sha256 == hashlib.sha256(raw).hexdigest()
    assert a.source_text == PARAGRAPH
    assert "chính trị - xã hội" in a.text
    i = a.text.index("Ban Tuyên giáo Tỉnh ủy")
    assert a.source_quote(i, i + 22) == ("Ban Tuyên giáo Tỉnh ủy", i, i + 22)


def test_read_article_errors(tmp_path):
    with pytest.raises(ArticleError, match="file not found"):
        read_article(tmp_path / "nope.txt", "nope.txt")
    with pytest.raises(ArticleError, match="is a directory"):
        read_article(tmp_path, "dir")
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(ArticleError, match="empty.txt: empty file"):
        read_article(tmp_path / "empty.txt", "empty.txt")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_read_article_permission(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text("Tỉnh ủy", encoding="utf-8")
    p.chmod(0)
    try:
        with pytest.raises(ArticleError, match="permission denied"):
            read_article(p, "secret.txt")
    finally:
        p.chmod(0o644)


def test_a_footnote_digit_before_a_body_is_no_crash_and_the_facts_stay():
    # "¹" is a digit to str.isdigit() but not to int(): a counted-group reader once crashed on it.
    from kg.graph import extract_text
    facts = extract_text("Hội nghị\n\n¹Sáng 3-4, Ban Dân vận Tỉnh ủy Bình Định tổ chức hội nghị. "
                         "Đồng chí Trần Văn Lộc, Trưởng Ban Dân vận Tỉnh ủy chủ trì.")
    assert any(p.official == "Trần Văn Lộc" and p.role == "Trưởng ban" for p in facts.posts)
