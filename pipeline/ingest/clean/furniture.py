"""Batch-level boilerplate: a line, or a sentence that opens or closes a paragraph, found in three or more
articles of one batch is page furniture (a newsroom folder holds many pages of one site, and the site
prints the same promo, footer or disclaimer on each).

It takes a first pass over the batch, cheap by design: each article's lines and edge sentences are
normalized (letters and digits, case-folded) and hashed; only the hashes are counted and kept. What one
article needs of the result is `Furniture.for_text`: the recurring keys its own text contains. That subset
goes with the article (the Job of a run) and into its fingerprint, so resume redoes an article exactly when
the boilerplate found in it changes, and the result depends on nothing but the batch's files.

Identical files count once, so copies of one article never make each other furniture; and an article of
which most lines recur (a near-copy of others in the batch) keeps them all (Page.doubt says why).

Stories of one batch also share real sentences ("Hai bên thống nhất tăng cường hợp tác." closes many a
diplomatic story; agencies reuse a background paragraph). So a recurring line goes only when it has the
shape of furniture: it addresses the reader or names a channel (promos, calls for tips, disclaimers), or it
is not a sentence at all (headlines of a sidebar, labels, names). A recurring line that reads as a story
sentence is kept, and the record says it recurs.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

import re

from pipeline.ingest.clean.lines import PROSE_END, Line, Page, key, split_lines, words
from pipeline.text.segment import split_sentences

MIN_ARTICLES = 3  # in how many articles of the batch a line must recur to be furniture
MIN_SENTENCE_WORDS = 4  # shorter edge sentences ("Xin cảm ơn ông!") recur in real text
MAX_SHARE = 0.5  # an article whose lines recur more than this is a near-copy, not furniture's host


# Addressed to the reader, or naming where else to read, watch or write: what only furniture says.
_READER_RE = re.compile(
    r"\b(?:quý (?:vị|độc giả|khán giả)|bạn đọc|độc giả|khán giả|thính giả|mời bạn|các bạn|"
    r"email|e-mail|hotline|đường dây nóng|tổng đài|fanpage|facebook|zalo|youtube|tiktok|website|trang web|"
    r"ứng dụng|kênh|theo dõi|đăng ký|bản quyền|liên hệ|quảng cáo|tải app|truy cập)\b|https?://|www\.|\.vn\b",
    re.IGNORECASE,
)


def furniture_shaped(text: str) -> bool:
    """Whether a recurring line may go: it speaks to the reader or names a channel, or it is no sentence."""
    if _READER_RE.search(text):
        return True
    return not (text.endswith(PROSE_END) and words(text) >= 5)


def line_hash(text: str) -> str | None:
    k = key(text)
    return hashlib.blake2b(k.encode("utf-8"), digest_size=8).hexdigest() if k else None


def _edges(text: str) -> list[str]:
    """First and last sentences of a paragraph of several sentences."""
    sentences = split_sentences(text)
    if len(sentences) < 2:
        return []
    return [s for s in (sentences[0], sentences[-1]) if words(s) >= MIN_SENTENCE_WORDS]


def _paragraph_lines(lines: list[Line]) -> dict[int, str]:
    blocks: dict[int, list[str]] = {}
    for line in lines:
        blocks.setdefault(line.block, []).append(line.text)
    return {b: " ".join(parts) for b, parts in blocks.items()}


def candidates(text: str) -> set[str]:
    """The hashes an article offers to the count: each line, and each paragraph's edge sentences."""
    lines = split_lines(text)
    found = {h for ln in lines if (h := line_hash(ln.text))}
    for para in _paragraph_lines(lines).values():
        found.update(h for s in _edges(para) if (h := line_hash(s)))
    return found


@dataclass
class FurnitureCounter:
    """The first pass: add each article's text, then `result()`."""
    counts: Counter = field(default_factory=Counter)
    seen: set[str] = field(default_factory=set)

    def add(self, text: str) -> frozenset[str]:
        """Count one article's text; returns its candidate hashes (for `Furniture.among`)."""
        found = frozenset(candidates(text))
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        if digest not in self.seen:
            self.seen.add(digest)
            self.counts.update(found)
        return found

    def result(self) -> "Furniture":
        return Furniture(frozenset(h for h, n in self.counts.items() if n >= MIN_ARTICLES))


@dataclass(frozen=True)
class Furniture:
    keys: frozenset[str] = frozenset()

    def for_text(self, text: str) -> frozenset[str]:
        """The recurring keys this article's text contains (what its cleaning and fingerprint depend on)."""
        return self.among(candidates(text)) if self.keys else frozenset()

    def among(self, found: frozenset[str]) -> frozenset[str]:
        return frozenset(found & self.keys)


def find_furniture(texts: Iterable[str]) -> Furniture:
    counter = FurnitureCounter()
    for text in texts:
        counter.add(text)
    return counter.result()


def fingerprint_part(keys: frozenset[str]) -> str:
    """What the furniture adds to an article's fingerprint: "" when none was found in it."""
    return ",".join(sorted(keys))


def remove_furniture(page: Page) -> None:
    """Drop the lines, and the paragraph-edge sentences, whose hash is in `page.furniture`."""
    if not page.furniture:
        return
    kept = page.kept()
    whole = [ln for ln in kept if line_hash(ln.text) in page.furniture]
    if kept and len(whole) > MAX_SHARE * len(kept):
        page.doubt(whole[0], f"kept: {len(whole)} of {len(kept)} lines recur in {MIN_ARTICLES}+ articles of the "
                             f"batch; looks like a copy of another article, not page furniture")
        return
    for line in whole:
        if furniture_shaped(line.text):
            page.drop(line, "batch-boilerplate")
        else:
            page.doubt(line, f"kept: recurs in {MIN_ARTICLES}+ articles of the batch, but reads as a story sentence")
    for line in page.kept():
        sentences = split_sentences(line.text)
        if len(sentences) < 2:
            continue
        for sentence in (sentences[0], sentences[-1]):
            if words(sentence) < MIN_SENTENCE_WORDS or line_hash(sentence) not in page.furniture \
                    or sentence not in line.text:
                continue
            if not furniture_shaped(sentence):
                page.doubt(line, f"kept: '{sentence}' recurs in {MIN_ARTICLES}+ articles of the batch, but reads as "
                                 f"a story sentence")
            else:
                rest = line.text.replace(sentence, " ", 1)
                page.drop_fragment(line, sentence, "batch-boilerplate", " ".join(rest.split()))
