"""Other stories' headlines listed at the top of the page around its own (a site's ticker or its latest
stories), found once the headline is known. A summarizer leaning on the head would report them as news."""

from __future__ import annotations

from pipeline.ingest.clean.lines import Page, is_paragraph, words
from pipeline.ingest.clean.related import coloned_headline


def ticker_over_headline(page: Page) -> None:
    """Other stories' headlines listed around the page's own at the top (a site's ticker or its latest stories,
    the page's headline among them): three lines or more between the page's top and its lead, each a headline's
    shape of six words or more, and nothing else kept there. A kicker, a series' name or a deck comes alone."""
    if page.title is None:
        return
    def shaped(text: str) -> bool:  # a headline may ask
        return words(text) >= 6 and coloned_headline(text.rstrip("?"))
    kept = page.kept()
    lead = next((i for i, ln in enumerate(kept) if is_paragraph(ln.text) and not shaped(ln.text)), 0)
    top = kept[:lead]
    if len(top) >= 3 and all(shaped(ln.text) for ln in top):
        for ln in top:
            page.drop(ln, "related-headline")
