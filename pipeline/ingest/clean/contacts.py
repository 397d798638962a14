"""A box of contact fields outside the story: the site's or its owner's address, phone, fax and e-mail.

A portal or a company's site prints who it is and how to reach it beside every story: in its footer under the story
('Địa chỉ: ...', 'Điện thoại: ... ext. 150', 'Email: ...', 'Hotline: ...' one a line), over the headline as one
bulleted line ('* Email: ... *Tòa soạn: ...'), or as a directory of its offices printed as a table over the lead
('Địa chỉ: | <address> |'). labels.contact_line reads a line of phone and e-mail fields over the story; a box also
holds an address, an extension, a second number, a bullet or a table's bars, and stands under the story as often.

The box's place and company decide: it must stand outside the story (under its last paragraph of prose, or over its
first once the headline is found), and be a box: two such lines on that side of the story, or two fields on one
line. Under the story it must stand among the page's furniture, a line the rules took (a share bar, a reprint
credit) between the story and the box (a signature under the box is the story's end, no furniture): a sponsored story
leads into its advertiser's contact ('Để mua sản phẩm ..., vui lòng liên hệ ...' over 'Địa chỉ: ...', 'Hotline:
...' in vi-news), and that box is the story's. In all the labelled data (every clean_round2 split to test76,
clean_pages) a line opening on a contact or address field holds 32 lines on 13 outlets, every one noise, and no
article line; vi-news holds two advertisers' boxes right under their stories (kept: nothing taken between them and
the story), inputs/ none.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import Page, is_paragraph, key, words

_LABEL = (r"(?:địa chỉ|trụ sở|điện thoại|đt|đường dây nóng|hotline|tel|phone|fax|e-?mail|thư điện tử|tòa soạn|toà soạn|"
          r"website)")
# A field opens the line (after a bullet or a table's bar): its label, then a colon or a table's bar.
_FIELD_OPEN_RE = re.compile(rf"^[\s*•·♦|-]*{_LABEL}\s*[:|]", re.IGNORECASE)
_FIELD_RE = re.compile(rf"(?:^|[\s*•·♦|])(?P<label>{_LABEL})\s*[:|]", re.IGNORECASE)
_REACH_RE = re.compile(r"\d[\d .()-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+|\[email\s*protected\]")
_MOST_WORDS = 30


def contact_fields(text: str) -> int:
    """How many contact fields a line of them holds (0 when it is no such line): it opens on one, and a phone's,
    an e-mail's or an address's field holds a number or an address."""
    if not _FIELD_OPEN_RE.match(text) or words(text) > _MOST_WORDS:
        return 0
    labels = [m.group("label").casefold() for m in _FIELD_RE.finditer(text)]
    address = any(label in ("địa chỉ", "trụ sở") for label in labels)
    if not (address or _REACH_RE.search(text)):
        return 0
    return len(labels)


def contact_boxes(page: Page) -> None:
    """Take the contact fields under the story's last paragraph, and over its first once the headline is found."""
    kept = [ln for ln in page.lines if ln.kept and ln.text.strip()]
    prose = [ln for ln in kept if is_paragraph(ln.text) and not contact_fields(ln.text)]
    if not prose:
        return
    first, last = prose[0].index, prose[-1].index
    title = key(page.title) if page.title else None
    over = [ln for ln in kept if title is not None and ln.index < first and key(ln.text) != title]
    under = [ln for ln in kept if ln.index > last]
    removed = {r.index for r in page.removed_lines()}
    for side in (over, under):
        fields = [(ln, contact_fields(ln.text)) for ln in side]
        found = [(ln, n) for ln, n in fields if n]
        if not (len(found) >= 2 or any(n >= 2 for _, n in found)):
            continue
        if side is under and not any(last < i < found[0][0].index for i in removed):
            continue  # right under the story that leads into it: the advertiser's contact, the story's own
        for line, _ in found:
            page.drop(line, "contact-box")

