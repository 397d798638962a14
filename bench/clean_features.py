"""The features of bench/clean_train.py's line model: the shape of each line the cleaner's rules kept and its place
on the page, never its words.

What a caption, a teaser or a widget string has in common across outlets is its shape - short, no final stop,
capitalised, adding few words the story does not already have, standing between longer paragraphs, in a run of
lines like it, next to lines the rules took out - so the model sees only that (no word of the line is a feature,
so it cannot learn an outlet's vocabulary; the closed lists below are grammar: aspect markers, connectives,
reporting verbs). Kept on the bench side: the model did not earn a place in the cleaner (README, page cleaning).
It runs against older cleaners too (clean_train.py's first looks), so it uses only what `lines.Page` has had
since the oldest cleaner in FIRST_LOOK, and `overlap.py`, which the first looks drop into the old tree.
"""

from __future__ import annotations

import math
import statistics

from pipeline.ingest.clean.lines import PROSE_END, SENTENCE_END, Line, Page, words
from pipeline.ingest.clean.overlap import content_words

# Grammar a sentence of a story carries and a caption or a label does not (closed lists, no outlet's words).
_MARKERS = set("đã đang sẽ vừa từng được bị phải cần chưa sắp vẫn đều cũng rằng nên vì nếu nhưng tuy mà thì".split())
_REPORTING = ("cho biết", "cho hay", "nói", "chia sẻ", "khẳng định", "nhấn mạnh", "thông tin", "tiết lộ",
              "giải thích", "kể", "trả lời", "đề nghị", "yêu cầu", "cho rằng", "nhận định")
_CONNECTIVES = ("tuy nhiên", "ngoài ra", "bên cạnh đó", "trong khi", "trong đó", "đồng thời", "do đó", "vì vậy",
                "vì thế", "theo", "sau đó", "trước đó", "hiện nay", "cụ thể", "mặt khác", "thậm chí", "như vậy",
                "nhưng", "và", "khi", "nếu", "dù", "mặc dù", "trước khi", "sau khi", "đến nay", "hôm nay",
                "cũng", "còn", "riêng", "tính đến", "trước đây", "lúc", "cùng ngày", "chiều", "sáng", "tối", "trưa")
_QUOTES = set('"“”«»‘’\'')
_SHORT = 12  # words: what a caption, a label or a heading rarely exceeds


def _ratio(a: float, b: float) -> float:
    return math.log((1 + a) / (1 + b))


def _overlap(mine: set[str], other: set[str]) -> float:
    return len(mine & other) / len(mine) if mine else 0.0


def _folded(text: str) -> str:
    return " " + " ".join(text.casefold().split()) + " "


def _short_bare(text: str) -> bool:
    return words(text) <= _SHORT and not text.endswith(PROSE_END)


def line_features(page: Page) -> list[tuple[Line, dict[str, float]]]:
    """Each line the rules kept, with its features (all numbers; the names are the model file's)."""
    kept = page.kept()
    if not kept:
        return []
    removed_at = {r.index for r in page.removed_lines()}
    unsure_at = {index for index, _ in page.unsure}
    order = {ln.index: pos for pos, ln in enumerate(page.lines)}
    sizes = [words(ln.text) for ln in kept]
    median = statistics.median(sizes)
    bags = [set(content_words(ln.text)) for ln in kept]
    everything: dict[str, int] = {}
    for bag in bags:
        for w in bag:
            everything[w] = everything.get(w, 0) + 1
    title = set(content_words(page.title or ""))
    blocks: dict[int, int] = {}
    for ln in kept:
        blocks[ln.block] = blocks.get(ln.block, 0) + 1
    out = []
    n = len(kept)
    for pos, line in enumerate(kept):
        text = line.text
        nw, bag = sizes[pos], bags[pos]
        prev_w = sizes[pos - 1] if pos else 0
        next_w = sizes[pos + 1] if pos + 1 < n else 0
        near = set().union(*bags[max(0, pos - 2):pos], *bags[pos + 1:pos + 3]) if n > 1 else set()
        elsewhere = {w for w, c in everything.items() if c > (1 if w in bag else 0)}
        tokens = text.split()
        folded = _folded(text)
        run = 1
        if _short_bare(text):
            for step in (-1, 1):
                k = pos + step
                while 0 <= k < n and _short_bare(kept[k].text):
                    run += 1
                    k += step
        i = order[line.index]
        before = page.lines[i - 1] if i else None
        after = page.lines[i + 1] if i + 1 < len(page.lines) else None
        under_colon = False
        k = pos - 1
        while k >= 0 and _short_bare(kept[k].text) and not kept[k].text.endswith(":"):
            k -= 1
        under_colon = k >= 0 and kept[k].text.endswith((":", ";"))
        before_bags = set().union(*bags[max(0, pos - 2):pos]) if pos else set()
        after_bags = set().union(*bags[pos + 1:pos + 3]) if pos + 1 < n else set()
        prose_around = (0 < pos < n - 1 and kept[pos - 1].text.endswith(PROSE_END) and prev_w >= 20
                        and kept[pos + 1].text.endswith(PROSE_END) and next_w >= 20)
        out.append((line, {
            "log_words": math.log1p(nw),
            "log_chars": math.log1p(len(text)),
            "short": float(nw <= _SHORT),
            # A sentence may close inside its quotation marks or brackets ('... xảy ra?"').
            "ends_stop": float(text.rstrip("\"”’'»)] ").endswith(tuple(SENTENCE_END))),
            "ends_quote": float(text[-1:] in _QUOTES or text.endswith(")")),
            "inner_colon": float(": " in text[:-1]),
            "ends_colon": float(text.endswith(":")),
            "ends_bare": float(text[-1:].isalnum()),
            "ends_list": float(text.endswith((";", ","))),
            "under_colon": float(under_colon),
            "sentences": float(sum(text.count(ch) for ch in ".!?") > 1),
            "commas": text.count(",") / max(nw, 1),
            "capitals": sum(1 for t in tokens if t[:1].isupper()) / max(nw, 1),
            "starts_upper": float(text[:1].isupper()),
            "starts_mark": float(not text[:1].isalnum()),
            "digits": float(any(ch.isdigit() for ch in text)),
            "quotes": float(any(ch in _QUOTES for ch in text)),
            "markers": sum(1 for t in tokens if t.casefold() in _MARKERS) / max(nw, 1),
            "reporting": float(any(f" {v} " in folded for v in _REPORTING)),
            "connective": float(any(folded.startswith(f" {c} ") or folded.startswith(f" {c}, ") for c in _CONNECTIVES)),
            "first": float(pos == 0),
            "last": float(pos == n - 1),
            "from_end": 1.0 / (1 + n - 1 - pos),
            "place": pos / max(n - 1, 1),
            "vs_prev": _ratio(nw, prev_w),
            "vs_next": _ratio(nw, next_w),
            "vs_median": _ratio(nw, median),
            "new_near": 1.0 - _overlap(bag, near),
            "in_before": _overlap(bag, before_bags),
            "in_after": _overlap(bag, after_bags),
            "new_page": 1.0 - _overlap(bag, elsewhere),
            "in_title": _overlap(bag, title),
            "run_short": math.log(run),
            "prose_around": float(prose_around),
            "unsure": float(line.index in unsure_at),
            "by_removed": float(before is not None and before.index in removed_at)
            + float(after is not None and after.index in removed_at),
            "block_lines": math.log(blocks[line.block]),
            "page_lines": math.log(n),
            "page_short_share": sum(1 for ln in kept if _short_bare(ln.text)) / n,
            "end_name": float(n - 1 - pos < 4 and 2 <= nw <= 5 and all(t[:1].isupper() for t in tokens)
                              and not text.endswith(PROSE_END)),
            "end_short": float(n - 1 - pos < 4 and _short_bare(text)),
            # A listicle's heading: the paragraph under it opens with its words ('Làng X' over 'Làng X ở ...').
            "next_opens": float(pos + 1 < n and nw <= _SHORT and len(tokens) >= 1 and kept[pos + 1].text.casefold()
                                .startswith(" ".join(tokens[:2]).casefold()) and kept[pos + 1].text != text),
            "list_around": float(any(kept[k].text.endswith((";", ",")) for k in (pos - 1, pos + 1) if 0 <= k < n)),
        }))
    return out
