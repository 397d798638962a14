"""Saved web pages: the article's text and metadata through trafilatura, figure captions kept apart.

trafilatura finds the main text of a page (menus, related-article boxes, comment threads and footers are left
out) and reads its metadata (title, publication date, author, site name) from the page's meta tags and
structured data. What it returns is article text as a user would copy it from the page, so the same
line-level cleaning as a .txt file's follows (clean.py): a caption or a credit trafilatura let through is
still caught there.

A page is recognized by its markup, so HTML saved as .txt is read as a page, and a .html file that holds
plain text is read as text.
"""

from __future__ import annotations

import re

from pipeline.ingest.article import ArticleError, PageMeta, RawArticle
from pipeline.ingest.decode import decode
from pipeline.ingest.screen import html_problem

SUFFIXES = (".html", ".htm", ".xhtml")
# A line that starts with a block element: a page, or a fragment of one. Text that quotes tags (a story about web
# security) has them inside its sentences.
_MARKUP = re.compile(r"^\s*<\s*(!doctype\s+html|html|head|body|p|div|article|section|main|h[1-6]|ul|ol|li|table|"
                     r"br)\b[^<>]{0,2000}>", re.IGNORECASE | re.MULTILINE)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STATEMENT_END = tuple(".…:;")  # a headline may end in ? or !, rarely in a full stop
# Elements that hold a picture's caption in the markup CMSs write: <figcaption>, or a class naming it.
# A class-named one must be short: a container whose class merely mentions captions may hold the article.
_CAPTIONS = ("//figcaption", "//*[contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"
                             "[string-length(normalize-space(.)) < 400]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


def sniff(data: bytes) -> bool:
    """A page source: markup the text screen would refuse as "an HTML page saved as text"."""
    head = data[:200_000].decode("utf-8", errors="replace")
    return html_problem(head) is not None


def has_markup(data: bytes) -> bool:
    """A line that starts with a block-level tag: a .html file without one is plain text, tags quoted in its
    sentences or not."""
    return _MARKUP.search(data[:200_000].decode("utf-8", errors="replace")) is not None


def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # trafilatura's defaults drop a main text under 250 characters and fall back to the whole page; a short
    # news item is still an article, and furniture is worse than a short brief.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "30")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "10")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # its timeout uses signals, which only the main thread has
    return config


_CONFIG = None


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def captions(tree) -> list[str]:
    """The text of each caption element, in page order, once each (a caption inside a captioned figure counts
    once)."""
    found: list[str] = []
    seen: set[str] = set()
    for element in tree.xpath(" | ".join(_CAPTIONS)):
        text = " ".join(" ".join(element.itertext()).split())
        key = _key(text)
        if key and key not in seen and not any(key in s for s in seen):
            seen.add(key)
            found.append(text)
    return found


def _metadata_date(value) -> str | None:
    return value if isinstance(value, str) and _DATE.match(value) else None


def read(source: str, data: bytes) -> RawArticle:
    global _CONFIG
    text, encoding = decode(data)
    text = _XML_DECLARATION.sub("", text, count=1)  # lxml refuses a declared encoding on text already decoded
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.fromstring(text)
    except Exception as exc:  # lxml's ParserError, ValueError for an encoding declaration, ...
        raise ArticleError(f"cannot parse the web page ({type(exc).__name__}: {exc})") from None
    if _CONFIG is None:
        _CONFIG = _config()
    figure_captions = captions(tree)
    # The caption elements go before extraction: trafilatura would otherwise keep some of them as paragraphs.
    try:
        document = trafilatura.bare_extraction(
            text, include_comments=False, include_tables=True, include_images=False, with_metadata=True,
            prune_xpath=list(_CAPTIONS), config=_CONFIG,
            # The publication date from the page's metadata only: no guessing from the URL or the text.
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as exc:  # a bug in the extractor on one page must not cost the batch
        raise ArticleError(f"cannot extract the article from the web page ({type(exc).__name__}: {exc})") from None
    if document is None or not (document.text or "").strip():
        raise ArticleError("no article text found in the web page")
    lines = [" ".join(line.split()) for line in document.text.splitlines()]
    caption_keys = {_key(c) for c in figure_captions}
    body = [line for line in lines if line and _key(line) not in caption_keys]
    links = "".join(_key(a.text_content()) for a in tree.iter("a"))
    if not body or all(_key(line) in links for line in body):
        # What an extractor falls back to on a page without an article: its menus, which are all links.
        raise ArticleError("no article text found in the web page (only menus and links)")
    body, link_lines = _without_link_lines(body, tree)
    if not body:
        raise ArticleError("no article text found in the web page (only menus and links)")
    meta = PageMeta(title=_clean(document.title), date=_metadata_date(document.date), author=_clean(document.author),
                    outlet=_clean(document.sitename), url=_clean(document.url), captions=figure_captions,
                    links=link_lines)
    return RawArticle(source=source, text="\n\n".join(body) + "\n", encoding=encoding, meta=meta, format="html")


def _without_link_lines(body: list[str], tree) -> tuple[list[str], list[str]]:
    """The body without the lines that are a link to another page and nothing else, and those lines.

    A related-article headline placed among the paragraphs (`<p><a href="/other.html">...</a></p>`) reads as a
    short line of text once the markup is gone - the worst noise there is, as it reports another event - but
    in the page it is a link, which a paragraph of the story never is in whole. A long line, or one that ends
    like a statement, is kept all the same: a rule that is unsure keeps the line.
    """
    targets = {_key(a.text_content()) for a in tree.iter("a")
               if (a.get("href") or "").strip() not in ("", "#") and not a.get("href", "").startswith("#")}
    targets.discard("")
    kept, links = [], []
    for line in body:
        if _key(line) in targets and len(line.split()) <= 40 and not line.rstrip(" \"'”’)]").endswith(_STATEMENT_END):
            links.append(line)
        else:
            kept.append(line)
    return kept, links


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
