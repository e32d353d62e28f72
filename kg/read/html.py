"""Saved web pages (``.html``, ``.htm``, and HTML records of containers): the story's main text
and the page's metadata (title, date, authors, site name, canonical URL) with trafilatura, so
menus, related-news lists, share bars and comment boxes never reach the extractor.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator, Optional
from urllib.parse import urlsplit

from kg.errors import ArticleError
from kg.read.article import Article, Meta, Record, make_article, parse_date
from kg.read.decode import decode

NAME = "html"
SUFFIXES = (".html", ".htm")

_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
# Dates only from the page's markup (meta tags, <time>, JSON-LD), never guessed from the text:
# a congress anniversary in the story is not the day the page was published.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


# Page furniture trafilatura may let through on a Vietnamese CMS (with favor_recall): blocks
# whose class or id says comments, related or other news, sharing, tags, or most-read.
_FURNITURE = ("comment", "binh-luan", "binhluan", "related", "lien-quan", "lienquan", "other-news",
              "tin-khac", "tinkhac", "cung-chuyen-muc", "share", "social", "sharing", "tags", "tag-list",
              "most-read", "doc-nhieu", "docnhieu", "breadcrumb", "menu", "navbar")
_PRUNE = [f"//*[contains(@class, '{w}') or contains(@id, '{w}')][not(self::body)][not(self::html)]"
          for w in _FURNITURE]
_CAPTIONS = "//figcaption | //*[contains(@class, 'caption')][not(self::td)][not(self::tr)][not(self::table)]"
_TABLE_ROW = re.compile(r"^\|(.*)\|\s*$")


def sniff(head: bytes) -> bool:
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return _HTML_START.match(head) is not None


def records(path: Path, source: str) -> Iterator[Record]:
    yield Record(source, path, NAME)


def read(record: Record) -> Article:
    data = record.read_bytes()
    decoded = decode(data, record.source)
    body, page = extract(decoded.text, record.meta.url, record.source)
    # what the container says wins over what the page says
    meta = record.meta.over(page)
    return make_article(record, body, f"html/{decoded.encoding}", data, meta)


def extract(html: str, url: Optional[str], source: str) -> tuple[str, Meta]:
    """The main text of a page and its metadata; ArticleError when it has no story."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise ArticleError(source, "not an HTML page that can be parsed")
    # Photo captions name officials with their posts: keep them as paragraphs of the story
    # (trafilatura drops figures), each on its own line.
    for el in tree.xpath(_CAPTIONS):
        el.tag = "p"
    for el in tree.iter("figure"):
        el.tag = "div"
    # favor_recall: a lead set apart in its own block (a "sapo" in bold) is still the story's.
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, favor_recall=True, prune_xpath=_PRUNE,
        date_extraction_params=_DATE_PARAMS)
    text = _untable(doc.text or "").strip() if doc is not None else ""
    if not text:
        raise ArticleError(source, "no article text found in the page")
    page_url = doc.url or url
    return text, Meta(
        title=_clean(doc.title),
        published=parse_date(doc.date) if doc.date else None,
        authors=tuple(split_authors(doc.author)),
        url=page_url,
        site_name=_clean(doc.sitename) or site_name(page_url),
    )


def _untable(text: str) -> str:
    """Table rows as plain lines: CMSs lay out a photo and its caption as a table."""
    if "|" not in text:
        return text
    out = []
    for line in text.split("\n"):
        m = _TABLE_ROW.match(line)
        if m:
            line = " ".join(c.strip() for c in m.group(1).split("|") if c.strip())
            if not line or set(line) <= set("-: "):
                continue
        out.append(line)
    return "\n".join(out)


def split_authors(value) -> list[str]:
    """Author names from a metadata value: a list, or one string with ";", "," or " và "."""
    if not value:
        return []
    parts = value if isinstance(value, (list, tuple)) else re.split(r"\s*(?:;|,|\s-\s|\svà\s)\s*", str(value))
    return [" ".join(str(p).split()) for p in parts if str(p).strip()]


def site_name(url: Optional[str]) -> Optional[str]:
    """The site's name as the site list knows it, else its host name without "www."."""
    if not url:
        return None
    from kg.read.sites import site_for
    site = site_for(url=url)
    if site is not None and site.name:
        return site.name
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _clean(s: Optional[str]) -> Optional[str]:
    s = " ".join((s or "").split())
    return s or None
