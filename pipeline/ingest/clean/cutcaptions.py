"""A caption cut over two or three lines, set apart by blank lines as a block of its own: a caption; and the rest
of a caption a rule took, going on in lower case on the lines under it with no blank line between.

A page's template breaks a long caption where the picture's width ends (a `<br>` in the caption, or a box too narrow
for it), so the crawl saves it as a block of short lines whose second line goes on in lower case from the first and
none of which closes a sentence: 'Lãnh đạo tỉnh X và đại diện Tập đoàn Y' over 'trao đổi về nhu cầu hợp tác giữa
hai bên'. A story's paragraph cut so closes with its stop somewhere, and a sub-head is one line; a headline cut over
two lines is the header's (headjoin.py), so only blocks under the headline, or under a paragraph where none was
found, are read.

In all the labelled data (every clean_round2 split to test90, neg1/neg2) a block of two lines of that shape stands on
13 pages of 13 splits, noise every time (captions 8, widgets 5), an article line or a headline never; a sentence cut
at inline markup ('Khối' / 'động cơ 125 cc SOHC' / '4 van ...') runs on into the line under the block and stays.
A taken caption's rest ('Ảnh: Tập huấn mô hình ...' / 'và nấm rơm tại xã Hồng Sơn') stands on 2 pages of 2 splits.
"""

from __future__ import annotations

from pipeline.ingest.article import Caption
from pipeline.ingest.clean.cues import PICTURE_REASONS
from pipeline.ingest.clean.lines import LINE_CLOSERS, Line, Page, is_paragraph, words

_MOST_WORDS = 40  # the block's, all lines together: a caption, not a paragraph that lost its stop
_STOPS = (".", "!", "?", "…", ":", ";", ",", '"', "”", ")")


def _cut_caption(block: list[Line]) -> bool:
    """Two or three lines, each after the first going on in lower case, none closed by a stop."""
    return 2 <= len(block) <= 3 and all(ln.text[:1].islower() for ln in block[1:]) \
        and block[0].text[:1].isupper() and not any(ln.text.rstrip().endswith(_STOPS) for ln in block) \
        and sum(words(ln.text) for ln in block) <= _MOST_WORDS


def cut_captions(page: Page) -> None:
    """Take each block of that shape under the headline (or under a paragraph, on a page with no headline found),
    its lines all kept, none of them the headline."""
    blocks: dict[int, list[Line]] = {}
    for line in page.lines:
        if line.text.strip():
            blocks.setdefault(line.block, []).append(line)
    title_at = page.title_index()
    for block in blocks.values():
        if not all(ln.kept for ln in block) or any(ln.text == page.title for ln in block) or not _cut_caption(block):
            continue
        first, last = block[0].index, block[-1].index
        before = next((ln for ln in reversed(page.lines) if ln.index < first and ln.text.strip()), None)
        after = next((ln for ln in page.lines if ln.index > last and ln.text.strip()), None)
        # A sentence cut at inline markup runs on through the block: from a line left open above it (a long one:
        # a short one is a label or a caption's own head), or into a line going on in lower case or a figure.
        if before is not None and before.kept and words(before.text) >= 12 \
                and not before.text.rstrip().endswith(LINE_CLOSERS) \
                or after is not None and (after.text.strip()[:1].islower() or after.text.strip()[:1].isdigit()):
            continue
        under = title_at is not None and first > title_at or any(
            is_paragraph(ln.text) for ln in page.lines if ln.index < first and ln.kept)
        if under:
            text = " ".join(ln.text.strip() for ln in block)
            for pos, line in enumerate(block):
                page.drop(line, "photo-caption", Caption(text) if pos == 0 else None)


# The picture's lines a caption broken over lines goes on from (its caption, its credit, its file), and whose
# reason its rest takes: not a placeholder's or a label's ('Ảnh 1'), which carry no words of a caption.
_CAPTIONED = PICTURE_REASONS - {"image-placeholder", "image-label"}


def caption_tails(page: Page) -> None:
    """The rest of a caption the crawl broke over lines with no blank line between: a line going on in lower case
    right under a line the rules took, in a block where a rule took a picture's caption or credit ('Ảnh: Tập huấn mô
    hình trồng nấm đông trùng hạ thảo' / 'và nấm rơm tại xã Hồng Sơn'), no stop of its own but at the caption's end,
    25 words at most. A paragraph's lines open on a capital, and the lines under it go on from a line kept."""
    reasons = {r.index: r.reason for r in page.removed_lines()}
    pictured = {ln.block for ln in page.lines if reasons.get(ln.index) in _CAPTIONED}
    for above, line in zip(page.lines, page.lines[1:]):
        if line.kept and not above.kept and above.index in reasons and line.block == above.block \
                and line.block in pictured and line.text[:1].islower() and words(line.text) <= 25 \
                and not line.text.rstrip().endswith(("!", "?", ":", ";")):
            page.drop(line, reasons[above.index] if reasons[above.index] in _CAPTIONED else "photo-caption")
            reasons[line.index] = "photo-caption"
