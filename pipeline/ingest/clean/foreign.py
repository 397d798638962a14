"""A sentence in English outside a Vietnamese story: the site's or its platform's blurb, not the newsroom's text.

Pages from any outlet carry English their templates ship or their owners print once for the world: a portal's
banner over the headline ('An official website of the United States government'), a page builder's pitch under it
('Want create site? With Free visual composer you can do it easy.'), a database error over the page, a
broadcaster's tagline box under the story ('Get the latest with our exclusive in-language podcasts ...'). The
interface vocabulary (webui.english_ui) reads labels made of its own words only; these are sentences, told by
English grammar words instead.

A line in English is not noise by itself: a story quotes English, a bilingual page prints both. So the line's
place decides: it must stand outside the story (over the first paragraph of Vietnamese prose, once the headline is
found, or under the last one), on a page that writes Vietnamese with its marks, and the story between them must hold
no English paragraph of its own (a bilingual page's translation may follow its Vietnamese text). A quotation (a line
opening on a quote mark) stays wherever it stands. In all the labelled data (every clean_round2 split to test76, clean_pages) the sentence
shape holds 10 lines on 8 outlets, every one noise, and no article line; vi-news none, inputs/ one (a CMS's credit,
taken already). Outside the story it takes 4 lines the other rules left, on 2 outlets (round 46). An English
headline in title case (`english_headline`) is read so too: 9 lines of the shape in all the labelled data to test94,
all noise (round 53). So is a line written in Japanese or Korean (`east_asian_line`: a translating or reposting site's
template, its image notes, other stories' headlines in the languages it serves): in all the labelled data to test99,
16 lines hold kana or Hangul, on 4 pages of 4 outlets, all noise, no article line; vi-news and inputs/ none (round 56).
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import Page, accented, is_paragraph, words

# English grammar words no Vietnamese syllable written without its marks spells ('to', 'in', 'an', 'do', 'no', 'me'
# are Vietnamese too, so they do not count).
_GRAMMAR = frozenset(
    "the of and is are was were been for with from this that these those it its our your you we they their not will "
    "would has have had about which who what when where how but also by at or as into than".split())
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_QUOTE_OPENERS = ("\"", "“", "'", "‘", "«")
# A blurb is a sentence or two; a paragraph of a translation runs longer.
_MOST_WORDS = 25


def english_sentence(text: str) -> bool:
    """Three words or more, every one unmarked Latin letters, a fifth of them at least (two or more) English grammar
    words."""
    found = _LETTERS_RE.findall(text)
    if len(found) < 3 or any(not w.isascii() for w in found):
        return False
    grammar = sum(w.casefold() in _GRAMMAR for w in found)
    return grammar >= 2 and grammar * 5 >= len(found)


# The short words an English headline writes in lower case ('Arrested in Widening Crackdown').
_SMALL = frozenset("a an the of in on at to for and or with by from over as is are into after".split())


def english_headline(text: str) -> bool:
    """Four to fifteen words, every one unmarked Latin letters, every one but the small words capitalised and at
    least one small word: a headline in English, the original's a translating site prints with its own ('Vietnamese
    Activists Arrested in Widening Crackdown'). A name ('Vietnam Motor Show') has no small word."""
    found = _LETTERS_RE.findall(text)
    if not 4 <= len(found) <= 15 or any(not w.isascii() for w in found) or any(ch.isdigit() for ch in text):
        return False
    small = [w for w in found if w.casefold() in _SMALL]
    return bool(small) and all(w[:1].isupper() for w in found if w.casefold() not in _SMALL)


# Japanese kana, Korean Hangul and the Chinese characters both write with.
_EAST_ASIAN_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u1100-\u11ff]")
_KANA_HANGUL_RE = re.compile("[\u3040-\u30ff\uac00-\ud7af\u1100-\u11ff]")


def east_asian_line(text: str) -> bool:
    """Kana or Hangul in it, and four letters in five at least in those scripts or Chinese characters (a Chinese line
    alone may be a Vietnamese story's Hán text of a poem: it stays), or no word in Vietnamese letters beside them: a
    template's Latin beside its kana ('TOPに戻る', '<page name>さんの投稿') is no Vietnamese line either (round 65)."""
    letters = [ch for ch in text if ch.isalpha()]
    foreign = sum(1 for ch in letters if _EAST_ASIAN_RE.match(ch))
    return bool(_KANA_HANGUL_RE.search(text)) and len(letters) >= 2 and (
        foreign * 5 >= len(letters) * 4 or not accented(text))


def _vietnamese_prose(text: str) -> bool:
    return is_paragraph(text) and accented(text)


def english_outside_story(page: Page) -> None:
    """Take the English sentences over the story's first paragraph of Vietnamese prose or under its last."""
    if not page.accented:
        return
    kept = [ln for ln in page.lines if ln.kept and ln.text.strip()]
    prose = [ln for ln in kept if _vietnamese_prose(ln.text)]
    if not prose:
        return
    first, last = prose[0].index, prose[-1].index
    if any(english_sentence(ln.text) and words(ln.text) >= 12 for ln in kept if first < ln.index < last):
        return  # English paragraphs inside the story: a bilingual page, whose English is the story's too
    # Japanese or Korean inside the story: a page printing it beside the Vietnamese, whose every line stays
    bilingual = any(east_asian_line(ln.text) for ln in kept if first < ln.index < last)
    for line in kept:
        text = line.text.strip()
        # Over the story only once a title is found: on a page with none the headline is among those lines, and a
        # line taken there leaves it between two cuts, where it reads as a widget's remains (blocks.py).
        over = line.index < first and page.title is not None
        if not (over or line.index > last) or text == (page.title or "").strip() or text.startswith(_QUOTE_OPENERS):
            continue
        if english_sentence(text) and words(text) <= _MOST_WORDS or english_headline(text):
            page.drop(line, "english-furniture")
        elif not bilingual and east_asian_line(text):
            page.drop(line, "foreign-furniture")
