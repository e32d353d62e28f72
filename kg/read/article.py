"""What a reader hands to extraction: the Article, the metadata its container gave, and the
checks that an input is an article at all and that its publication date can be believed.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Optional

from kg.errors import ArticleError
from kg.read.normalise import Normalised, normalise

EARLIEST = date(1945, 1, 1)


@dataclass(frozen=True)
class Meta:
    """What the page or the container says about an article, apart from its text.

    Any field may be None: the text is then left to say it (headline, dateline, byline).
    """

    title: Optional[str] = None
    published: Optional[date | datetime] = None
    authors: tuple[str, ...] = ()
    url: Optional[str] = None
    site_name: Optional[str] = None
    identifier: Optional[str] = None     # the container's id for the article (JSONL "id")

    def over(self, other: "Meta") -> "Meta":
        """These fields, each filled from ``other`` where this one has none."""
        return Meta(self.title or other.title, self.published or other.published,
                    self.authors or other.authors, self.url or other.url,
                    self.site_name or other.site_name, self.identifier or other.identifier)


@dataclass(frozen=True)
class Record:
    """One article to read, as the folder walk found it.

    ``source`` is its kg:sourceFile ("a.txt", "dump.jsonl#12", "crawl.warc.gz#<urn:uuid:…>").
    ``fmt`` names the reader of its bytes ("txt", "html"). ``data`` is the article's bytes when
    a container gave them (None: read ``path``). ``error`` is set when the container could
    not give a readable record (a bad JSON line): the build reports it under ``source``.
    """

    source: str
    path: Path
    fmt: str
    data: Optional[bytes] = None
    meta: Meta = Meta()
    container: Optional[str] = None      # the container's own source name ("dump.jsonl")
    record: Optional[str] = None         # the record within it ("12", "<urn:uuid:…>")
    error: Optional[str] = None
    warnings: tuple[str, ...] = ()

    def read_bytes(self) -> bytes:
        if self.data is not None:
            check_size(len(self.data), self.source)
            return self.data
        return read_file(self.path, self.source)


@dataclass(frozen=True)
class Article:
    """An article, read: its source text (what the extractor reads, before normalising), the
    normalised text, where it came from and what its page or container said about it."""

    path: Path
    source: str
    source_text: str
    encoding: str
    sha256: str
    normalised: Normalised
    meta: Meta = Meta()
    container: Optional[str] = None
    record: Optional[str] = None
    site_province: Optional[str] = None      # the province of the site it was published on
    warnings: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        return self.normalised.text

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.normalised.source_span(start, end)

    def source_quote(self, start: int, end: int) -> tuple[str, int, int]:
        """The source text behind text[start:end], with its offsets (for kg.facts.Evidence)."""
        s, e = self.source_span(start, end)
        return self.source_text[s:e], s, e


# --------------------------------------------------------------------------- size cap

DEFAULT_MAX_ARTICLE_BYTES = 5_000_000       # a news article is 2-100 KB; a saved page a few MB
_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "m": 1000_000, "mb": 1000_000, "g": 1000_000_000,
          "gb": 1000_000_000, "kib": 1024, "mib": 1024 ** 2, "gib": 1024 ** 3}


def parse_size(value: str | int) -> int:
    """A size in bytes from "5000000", "5MB", "500 kB", "2MiB"; ValueError when unreadable."""
    if isinstance(value, int):
        return value
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", str(value))
    if not m or m.group(2).lower() not in _UNITS:
        raise ValueError(f"not a size: {value!r} (e.g. 5000000, 5MB, 500kB)")
    return int(float(m.group(1)) * _UNITS[m.group(2).lower()])


def max_article_bytes() -> int:
    """The per-article size cap: KG_MAX_ARTICLE_BYTES (`kg build --max-article-size` sets it),
    else DEFAULT_MAX_ARTICLE_BYTES. 0 means no cap."""
    env = os.environ.get("KG_MAX_ARTICLE_BYTES", "").strip()
    if not env:
        return DEFAULT_MAX_ARTICLE_BYTES
    try:
        return parse_size(env)
    except ValueError:
        return DEFAULT_MAX_ARTICLE_BYTES


class ArticleTooLarge(ArticleError):
    """An article over the size cap: refused before it is read into memory."""

    def __init__(self, source: str, size: int, cap: int):
        super().__init__(source, f"article too large: {_mb(size)}, over the cap of {_mb(cap)} per article "
                                 "(raise it with kg build --max-article-size or KG_MAX_ARTICLE_BYTES)")
        self.size, self.cap = size, cap


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n} bytes"


def check_size(size: int, source: str) -> None:
    """ArticleTooLarge when `size` bytes are over the cap."""
    cap = max_article_bytes()
    if cap and size > cap:
        raise ArticleTooLarge(source, size, cap)


def read_file(path: Path, source: str) -> bytes:
    """The bytes of an input file; ArticleError says why it cannot be read (or that it is over
    the size cap, before it is read)."""
    try:
        if Path(path).is_file():
            check_size(Path(path).stat().st_size, source)
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise ArticleError(source, "file not found") from None
    except IsADirectoryError:
        raise ArticleError(source, "is a directory, not a file") from None
    except PermissionError:
        raise ArticleError(source, "permission denied") from None
    except OSError as e:
        raise ArticleError(source, f"cannot read file: {e.strerror or e}") from None


def make_article(record: Record, text: str, encoding: str, data: bytes, meta: Optional[Meta] = None,
                 warnings: tuple[str, ...] = ()) -> Article:
    """The Article of a record whose text has been read: the title and date its page or container
    gave put above the body (see ``compose``), normalised, with its site's province."""
    from kg.read.sites import province_for

    meta, refused = checked_meta(meta or record.meta)
    text = compose(meta, text)
    norm = normalise(text)
    province = province_for(url=meta.url, text=norm.text[:3000])
    return Article(record.path, record.source, text, encoding, hashlib.sha256(data).hexdigest(), norm,
                   meta, record.container, record.record, province, record.warnings + warnings + refused)


def compose(meta: Meta, body: str) -> str:
    """The text the extractor reads for an article whose title and date came apart from its
    body (a page, a JSON record): the title line, the date line, a blank line, the body. The
    structure stage then finds the headline and dateline where it finds them in a .txt."""
    head = []
    first = next((line.strip() for line in body.split("\n") if line.strip()), "")
    if meta.title and meta.title.strip() != first:
        head.append(" ".join(meta.title.split()))
    if meta.published is not None:
        head.append(meta.published.strftime("%d/%m/%Y"))
    return "\n".join(head) + "\n\n" + body if head else body


# --------------------------------------------------------------------------- dates

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def parse_date(value) -> Optional[date | datetime]:
    """A date or date-time from metadata: ISO 8601 ("2021-06-09", "2021-06-09T08:30:00+07:00")
    or day first ("09/06/2021"). The time is kept without its zone; None when unreadable."""
    if isinstance(value, (date, datetime)):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()
    try:
        if (m := _ISO.match(s)):
            y, mo, d, hh, mm, ss = m.groups()
            if hh is None:
                return date(int(y), int(mo), int(d))
            return datetime(int(y), int(mo), int(d), int(hh), int(mm), int(ss or 0))
        if (m := _DMY.match(s)):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None


def date_problem(d: date | datetime, today: Optional[date] = None) -> Optional[str]:
    """Why a publication date cannot be believed (in the future, or before 1945), or None."""
    day = d.date() if isinstance(d, datetime) else d
    today = today or date.today()
    if day > today:
        return f"publication date {day.isoformat()} is in the future; not used"
    if day < EARLIEST:
        return f"publication date {day.isoformat()} is before 1945; not used"
    return None


def checked_meta(meta: Meta) -> tuple[Meta, tuple[str, ...]]:
    """The metadata with an unbelievable publication date dropped, and the warning why."""
    if meta.published is None:
        return meta, ()
    problem = date_problem(meta.published)
    return (replace(meta, published=None), (problem,)) if problem else (meta, ())


def apply_meta(facts, article: Article) -> None:
    """Metadata the page or container gives wins over what the text suggests; a date read
    from the text is refused like one from metadata. Fills the article fields of ``facts``."""
    m = article.meta
    if m.title:
        facts.headline = m.title
    if m.published is not None:
        facts.published = m.published
    elif facts.published is not None and (problem := date_problem(facts.published)):
        facts.published = None
        facts.warnings.append(problem)
    if m.authors:
        facts.authors = list(m.authors)
    facts.url = m.url
    facts.publisher = m.site_name
    facts.container = article.container
    # the record's own id when the container gives one (a JSONL line's "id", the user's key to
    # join back to the dump), else its place in the container (line number, WARC-Record-ID)
    facts.record = m.identifier or article.record
    facts.warnings[:0] = list(article.warnings)


# --------------------------------------------------------------------------- is it an article

_MOJIBAKE = re.compile("Ã[\u00a0-\u00bf]|á»|áº|Æ°|Æ¡|Ä\u2018|Ä\u0090|Ä‘")
_VIET_LETTERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                          "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ")


def check_article(text: str, source: str) -> None:
    """Raise ArticleError when the text is not a Vietnamese article (too short, damaged, other)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 40:
        raise ArticleError(source, "not an article: too little text")
    if len(_MOJIBAKE.findall(text)) > 10 and text.count("\ufffd") > 0:
        # UTF-8 once read as Windows-1252 with the undefined bytes already replaced: the
        # letters behind the replacement characters are lost
        raise ArticleError(source, "damaged text: UTF-8 read as Windows-1252 with characters lost (U+FFFD)")
    viet = sum(1 for c in letters if c in _VIET_LETTERS)
    if viet / len(letters) < 0.03:
        raise ArticleError(source, "not an article: no Vietnamese text found")
