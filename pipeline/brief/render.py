"""A brief as Markdown (for people) and JSON (for programs)."""

from __future__ import annotations

import json
from dataclasses import asdict

from pipeline import __version__
from pipeline.brief.schema import Brief


def to_json(brief: Brief) -> dict:
    return {
        "source": brief.source,
        "title": {"vi": brief.title_vi, "en": brief.title_en},
        "date": brief.date,
        "outlet": brief.outlet,
        "author": brief.author,
        "summary_en": brief.summary_en,
        "summary_method": brief.summary_method,
        "paragraphs": [
            {"vi": p.vi, "en": p.en, "sentences": [{"vi": s.vi, "en": s.en} for s in p.sentences]}
            for p in brief.paragraphs
        ],
        "removed": [r.text for r in brief.removed],
        "removed_reasons": [r.reason for r in brief.removed],  # parallel to `removed`
        "models": {role: asdict(info) for role, info in brief.models.items()},
        "decoding": brief.decoding,
        "timings": brief.timings,
        "warnings": brief.warnings,
        "stats": brief.stats,
        "glossary": brief.glossary,  # [{vi, en, count, found, enforced, method}] per term found in the source
        "vietbrief": __version__,
        "fingerprint": brief.fingerprint,
    }


def json_text(brief: Brief) -> str:
    return json.dumps(to_json(brief), ensure_ascii=False, indent=2) + "\n"


def _cell(text: str) -> str:
    # Table cells are one line; a literal pipe would end the cell.
    return " ".join(text.split()).replace("|", "\\|")


def markdown(brief: Brief) -> str:
    title = brief.title_en or brief.title_vi or brief.source
    lines = [f"# {title}", ""]
    if brief.title_vi:
        lines += [f"*{brief.title_vi}*", ""]
    meta = [("Source file", f"`{brief.source}`"), ("Date", brief.date), ("Outlet", brief.outlet),
            ("Author", brief.author)]
    lines += [f"- **{k}:** {v}" for k, v in meta if v] + [""]
    lines += [f"## Summary ({brief.summary_method})", "", brief.summary_en or "_(empty)_", ""]
    if brief.warnings:
        lines += ["> **Warnings**", ">"] + [f"> - {w}" for w in brief.warnings] + [""]
    # One row per sentence, the paragraph number marking where each paragraph starts: reads as a parallel
    # text in any Markdown viewer and keeps both levels of alignment visible.
    lines += ["## Text", "", "| ¶ | Tiếng Việt | English |", "|---|---|---|"]
    for n, para in enumerate(brief.paragraphs, 1):
        for k, s in enumerate(para.sentences):
            lines.append(f"| {n if k == 0 else ''} | {_cell(s.vi)} | {_cell(s.en)} |")
    lines += ["", "## Provenance", ""]
    for role, info in brief.models.items():
        lines.append(f"- **{role.capitalize()}:** `{info.name}` ({info.kind}), revision `{info.revision}`")
    for role, settings in brief.decoding.items():
        shown = ", ".join(f"{k}={v}" for k, v in settings.items() if v not in (None, ""))
        lines.append(f"- **{role.capitalize()} decoding:** {shown}")
    lines.append(f"- **Removed as boilerplate:** {len(brief.removed)} line(s), listed in the JSON brief")
    if brief.glossary or "glossary_method" in brief.decoding.get("translator", {}):
        enforced = sum(1 for g in brief.glossary if g.get("enforced"))
        lines.append(f"- **Glossary:** {len(brief.glossary)} term(s) found in the source, {enforced} enforced "
                     f"(their English form is in the translation); each term in the JSON brief")
    timing = ", ".join(f"{k} {v:.2f}s" for k, v in brief.timings.items())
    lines += [f"- **Timings:** {timing}", f"- **vietbrief:** {__version__}", ""]
    return "\n".join(lines)
