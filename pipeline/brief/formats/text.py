"""`<name>.txt`: the English alone - title, summary and body as plain paragraphs - for people who only want to
read it."""

from __future__ import annotations

import textwrap

from pipeline.brief import headline, review
from pipeline.brief.formats.base import Format, summary_points
from pipeline.brief.sections import summary_heading
from pipeline.brief.schema import Brief

WIDTH = 80  # plain text is read in terminals and mail clients: wrap like them


def _wrap(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), WIDTH, break_long_words=False, break_on_hyphens=False)


def render(brief: Brief) -> str:
    blocks = []
    heading = brief.title_en or headline.labelled(brief.title_generated) or brief.source
    blocks.append(f"{heading}\n{'=' * min(len(heading), WIDTH)}")
    if brief.title_checks:  # marked as the summary's flagged sentences are: the reader has no other place to see it
        blocks.append(_wrap(" ".join(f"[title: {review.flag_text(c)}]" for c in brief.title_checks)))
    meta = " | ".join(v for v in (brief.date, brief.outlet, brief.author) if v)
    if meta:
        blocks.append(meta)
    # A flagged summary sentence keeps its mark here too: this is the one format with nothing else to show it.
    summary = " ".join(p.text + "".join(f" [{m}]" for m in p.flags) for p in summary_points(brief))
    if summary:
        blocks.append(f"{summary_heading(brief)}\n\n{_wrap(summary)}")
    body = [_wrap(" ".join(s.en for s in para.sentences if s.en)) for para in brief.paragraphs]
    blocks += [b for b in body if b]
    blocks.append(f"Machine translation of {brief.source} by vietbrief {brief.vietbrief}; the Vietnamese and "
                  f"the checks are in the other formats.")
    return "\n\n".join(blocks) + "\n"


FORMAT = Format("txt", ".txt", "plain text: the English title, summary and body only", render)
