"""A brief as Markdown (for people) and JSON (for programs; its schema is brief/schema.py)."""

from __future__ import annotations

from pipeline.brief import headline, review
from pipeline.brief.escape import md_code, md_text
from pipeline.brief.sections import ProvenanceLine, provenance, summary_heading, warning_lines
from pipeline.brief.schema import Brief, json_text


def files(brief: Brief) -> dict[str, str]:
    """Every file of one brief: suffix -> text, in the order they are to be written. The JSON comes last: it
    carries the resume fingerprint, so once it is there the others are too (see run/storage.py)."""
    return {".md": markdown(brief), ".json": json_text(brief)}


def _cell(text: str) -> str:
    # Table cells are one line; a literal pipe would end the cell. Article text is never markup (escape.py).
    return md_text(" ".join(text.split())).replace("|", "\\|")


CHECK_THESE_MAX = 10  # the list under the summary stays short; every flag is in the table and the JSON


def _reasons(checks) -> str:
    # Each flag with how strong its evidence is, as every format says it.
    return "; ".join(review.flag_text(c) for c in checks)


def _check_these(brief: Brief) -> list[str]:
    """The sentences the checks flagged - summary sentences without support included (brief/review.py) - likely
    errors first."""
    items = review.check_these(brief)
    if not items:
        return ["**Check these:** nothing flagged by the fact checks.", ""] if brief.evidence is not None else []
    lines = [f"**Check these** ({len(items)} sentence(s) flagged):", ""]
    for item in items[:CHECK_THESE_MAX]:
        lines.append(f"- {item.label} ({item.severity}): {_cell('; '.join(item.reasons))}")
    if len(items) > CHECK_THESE_MAX:
        lines.append(f"- … and {len(items) - CHECK_THESE_MAX} more, marked ⚠ in the text below")
    return lines + [""]


def _least_sure(brief: Brief) -> list[str]:
    unsure = review.least_sure(brief)
    if not unsure:
        return []
    lines = [f"**{review.LEAST_SURE_TITLE}** ({review.LEAST_SURE_NOTE}):", ""]
    lines += [f"- ¶{u.paragraph} sentence {u.sentence} ({u.pair.score:.2f}): {_cell(u.pair.en)}" for u in unsure]
    return lines + [""]


def _evidence(brief: Brief) -> list[str]:
    if not brief.evidence:
        return []
    lines = ["**Evidence** (the article sentences behind each summary sentence):", ""]
    for i, e in enumerate(brief.evidence, 1):
        where = ", ".join(f"¶{x.paragraph} sentence {x.sentence} ({x.score:.2f})" for x in e.support) or "none found"
        checks = review.summary_checks(e)
        lines.append(f"{i}. {_cell(e.summary)} — {where}" + (" — **" + _cell("; ".join(review.flag_text(c)
                                                                                       for c in checks)) + "**"
                                                        if checks else ""))
        lines += [f"   - *{_cell(x.vi)}*" for x in e.support]
    return lines + [""]


_SHOWN_ABOVE = {"source"}  # the header's list already names the source file
# The Markdown brief does not list these; the JSON beside it does.
_POINTERS = {"removed": ", listed in the JSON brief", "glossary": "; each term in the JSON brief"}


def _provenance_line(line: ProvenanceLine) -> str:
    value = "".join(md_code(text) if literal else md_text(text) for text, literal in line.parts)
    return f"- **{line.label}:** {value}{_POINTERS.get(line.key, '')}"


def markdown(brief: Brief) -> str:
    # The article first: summary, the sentences to check, the text; what a reader only looks up (evidence,
    # warnings, provenance) after it, so that no run of warnings pushes the text pages down.
    title = headline.shown(brief)
    lines = [f"# {_cell(title)}", ""]
    if brief.title_vi:
        lines += [f"*{_cell(brief.title_vi)}*", ""]
    if brief.title_checks:  # the title's flags under it, as a sentence's beside it in the table
        lines += [f"⚠ **Check the title:** {_cell(_reasons(brief.title_checks))}", ""]
    meta = [("Source file", md_code(brief.source)), ("Date", md_text(brief.date)), ("Outlet", md_text(brief.outlet)),
            ("Author", md_text(brief.author))]
    lines += [f"- **{k}:** {v}" for k, v in meta if v] + [""]
    lines += [f"## {summary_heading(brief)}", "", md_text(brief.summary_en) or "_(empty)_", ""]
    lines += _check_these(brief) + _least_sure(brief)
    warnings = warning_lines(brief)
    if warnings:
        lines += [f"_{len(warnings)} warning(s) after the text._", ""]
    # One row per sentence, the paragraph number marking where each paragraph starts: reads as a parallel
    # text in any Markdown viewer and keeps both levels of alignment visible.
    lines += ["## Text", "", "| ¶ | Tiếng Việt | English |", "|---|---|---|"]
    for n, para in enumerate(brief.paragraphs, 1):
        for k, s in enumerate(para.sentences):
            flag = f" ⚠ **Check:** {_cell(_reasons(s.checks))}" if s.checks else ""
            lines.append(f"| {n if k == 0 else ''} | {_cell(s.vi)} | {_cell(s.en)}{flag} |")
    translated = [c for c in brief.captions if c.en is not None]
    if translated:  # run --captions translate
        lines += ["", "## Captions", "", "| Tiếng Việt | English | Credit |", "|---|---|---|"]
        lines += [f"| {_cell(c.text)} | {_cell(c.en)} | {_cell(c.credit or '')} |" for c in translated]
    lines += [""] + _evidence(brief)
    if warnings:
        lines += ["## Warnings", ""] + [f"- {_cell(w)}" for w in warnings] + [""]
    lines += ["## Provenance", ""] + [_provenance_line(p) for p in provenance(brief) if p.key not in _SHOWN_ABOVE]
    lines.append("")
    return "\n".join(lines)
