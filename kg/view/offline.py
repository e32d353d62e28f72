"""The page never loads anything from the network: checked on the markup the project emits.

``strip_remote(html)`` drops the ``<script src=…>`` and ``<link href=…>`` tags that point at
another host (pyvis's template links its CDN copies; the page inlines its own), then
``remote_loads(html)`` lists what would still be fetched: a ``src``/``href``/``srcset``/... of
a tag, or a ``url(…)``/``@import`` in a ``<style>`` block or a ``style`` attribute. It reads the
page with an HTML parser, so text inside a script (the graph's data: labels, tooltips, article
sentences that say ``href=http://…`` or ``url(https://…``) is data, never judged as markup.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

_REMOTE_URL = re.compile(r"^\s*(?:https?:)?//", re.I)
_CSS_REMOTE = re.compile(r"""url\(\s*["']?\s*(?:https?:)?//|@import\s+(?:url\(\s*)?["']?\s*(?:https?:)?//""", re.I)
# attributes that make a browser fetch on its own (a link's href needs a click: allowed)
_FETCHING = {"src", "srcset", "poster", "data", "background", "formaction", "action", "xlink:href",
             "manifest", "codebase", "archive", "lowsrc", "dynsrc", "imagesrcset"}
_FETCHING_HREF = {"link", "image", "use", "base", "feimage"}


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.drop: list[tuple[int, int]] = []     # (line, col) of <script src=remote> and <link href=remote>
        self._style = False

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)
        self._style = tag == "style"

    def handle_startendtag(self, tag, attrs):
        self._check(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "style":
            self._style = False

    def handle_data(self, data):
        if self._style and _CSS_REMOTE.search(data):
            self.found.append(f"<style>: {_CSS_REMOTE.search(data).group(0)}")

    def _check(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if name == "style" and _CSS_REMOTE.search(value):
                self.found.append(f"<{tag} style=…{_CSS_REMOTE.search(value).group(0)}")
            elif (name in _FETCHING or (name == "href" and tag in _FETCHING_HREF)) and \
                    any(_REMOTE_URL.match(v) for v in value.split(",")):
                self.found.append(f"<{tag} {name}={value[:80]}>")


def remote_loads(html: str) -> list[str]:
    """What in the page's markup would be fetched from the network (empty: nothing)."""
    p = _Markup()
    p.feed(html)
    p.close()
    return p.found


_CDN_SCRIPT = re.compile(r"<script\b[^>]*\bsrc\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>\s*</script>", re.I)
_CDN_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>", re.I)


def strip_remote(html: str) -> str:
    """The page without the template's remote script and stylesheet tags; RuntimeError (a bug
    of the page's own template, never an article's text) when anything else would still load
    from the network."""
    html = _strip_tags(html)
    found = remote_loads(html)
    if found:
        raise RuntimeError("graph page would load a remote resource: " + "; ".join(found[:3]))
    return html


def _strip_tags(html: str) -> str:
    """Drop remote <script src> and <link href> tags, but only where they are markup: the parser
    says where each tag starts, so the same characters inside a script's data stay."""
    starts: list[int] = []
    lines = [0] + [m.end() for m in re.finditer("\n", html)]     # where each line starts (the parser counts "\n")

    class _Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in ("script", "link") and any(
                    n in ("src", "href") and v and _REMOTE_URL.match(v) for n, v in attrs):
                line, col = self.getpos()
                starts.append(lines[line - 1] + col)

    p = _Tags(convert_charrefs=True)
    p.feed(html)
    p.close()
    for at in reversed(starts):
        m = (_CDN_SCRIPT if html.startswith("<script", at) or html[at:at + 7].lower() == "<script" else _CDN_LINK).match(html, at)
        if m:
            html = html[:at] + html[m.end():]
    return html
