"""A page's own metadata over what the cleaner read from its text.

A saved web page, a Word file or a dataset record says what its title, date, author and outlet are (meta tags,
styles, fields); a text file leaves the cleaner to find them in the text. Where the file says, it wins - a
page's `article:published_time` is better evidence than a date the cleaner spotted in a byline - and the
cleaner's findings fill the gaps. Figure captions the reader took out of the page join the article's captions.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.ingest.article import ArticleError, Caption, CleanArticle, RawArticle, RemovedLine


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _words(text: str) -> set[str]:
    return {w for w in (_key(t) for t in text.split()) if w}


def same_headline(a: str, b: str) -> bool:
    """Two forms of one headline: equal, one inside the other (a site name added), or mostly the same words
    (an og:title reworded for sharing)."""
    ka, kb = _key(a), _key(b)
    if not ka or not kb:
        return False
    if ka == kb or ka in kb or kb in ka:
        return True
    wa, wb = _words(a), _words(b)
    return len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def _caption(text: str) -> Caption:
    from pipeline.ingest.clean.credits import caption_of, strip_credit

    split = strip_credit(text)  # "Toàn cảnh hội nghị. Ảnh: TTXVN" -> what it shows, and the credit
    return caption_of(*split) if split else Caption(text)


def with_meta(article: CleanArticle, raw: RawArticle) -> CleanArticle:
    """`article` (cleaned from `raw.text`) with what `raw.meta` says."""
    meta = raw.meta
    if meta is None:
        return article
    paragraphs, removed, title = list(article.paragraphs), list(article.removed), article.title
    if meta.title:
        if title and not same_headline(title, meta.title):
            paragraphs.insert(0, title)  # the cleaner took a line of the body (a sub-heading, say) for the title
        kept = []
        for p in paragraphs:
            if _key(p) == _key(meta.title):
                removed.append(RemovedLine(p, "repeated-title"))
            else:
                kept.append(p)
        paragraphs, title = kept, meta.title
    if not paragraphs:
        raise ArticleError("no article text left after removing boilerplate")
    removed += [RemovedLine(c, "figure-caption") for c in meta.captions]
    removed += [RemovedLine(line, "link-line") for line in meta.links]  # related headlines, menus (formats/html.py)
    return replace(article, title=title, date=meta.date or article.date, author=meta.author or article.author,
                   outlet=meta.outlet or article.outlet, paragraphs=paragraphs, removed=removed,
                   captions=[_caption(c) for c in meta.captions] + list(article.captions))
