"""How every format heads and words the sections a reader meets: the summary's heading, the brief's warnings
grouped, and the provenance lines. Kept apart from formats/ because the Markdown renderer (render.py), which
formats/markdown.py registers, needs them too."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.brief.schema import Brief


def summary_heading(brief: Brief) -> str:
    """`Summary - extractive (lead)`: the method after a dash, so that a method with its own brackets
    (`extractive (lead)`, `abstractive (3 chunks, 2 levels)`) never ends up in brackets inside brackets."""
    return f"Summary - {brief.summary_method}" if brief.summary_method else "Summary"


GLOSSARY_WARNING = "Glossary: "  # how glossary/report.py starts each term's warning


# A warning about one sentence, as brief/assemble.py words them: where, then what.
_AT_SENTENCE = re.compile(r"(?:Paragraph (\d+), sentence (\d+)|Title(?:, sentence (\d+))?): (.+)", re.S)


def _grouped_by_message(warnings: list[str]) -> list[str]:
    """Warnings saying the same thing of several sentences (`Paragraph 2, sentence 1: the translation still
    repeats itself ...`) as one line naming the sentences; the others as they are, in their order."""
    groups: dict[str, list[str]] = {}
    order: list[tuple[str, str]] = []  # ("group", message) or ("line", warning)
    for w in warnings:
        m = _AT_SENTENCE.fullmatch(w)
        if not m:
            order.append(("line", w))
            continue
        where = f"¶{m[1]}.{m[2]}" if m[1] else f"title {m[3]}" if m[3] else "title"
        if m[4] not in groups:
            groups[m[4]] = []
            order.append(("group", m[4]))
        groups[m[4]].append(where)
    out = []
    for kind, value in order:
        if kind == "line":
            out.append(value)
        elif len(groups[value]) == 1:
            out.append(next(w for w in warnings if w.endswith(": " + value)))
        else:
            out.append(f"{len(groups[value])} sentences ({', '.join(groups[value])}): {value}")
    return out


def warning_lines(brief: Brief) -> list[str]:
    """The brief's warnings as a reader gets them, grouped: one line for all glossary terms whose English is
    missing (naming every term; the JSON keeps one warning per term, with the places), one line for each thing
    said of several sentences (naming them), the others as they are."""
    missed = [g for g in brief.glossary if g.found < g.count]
    others = [w for w in brief.warnings if not (missed and w.startswith(GLOSSARY_WARNING))]
    lines = _grouped_by_message(others)
    if missed:
        terms = "; ".join(f"{g.vi} → {g.en} ({g.count - g.found} of {g.count} missing)" for g in missed)
        lines.append(f"Glossary: {len(missed)} term(s) lack their English form in some places: {terms}. The "
                     f"JSON brief's warnings name each place.")
    return lines


@dataclass(frozen=True)
class ProvenanceLine:
    """One line of a brief's Provenance section. `parts` make up its value; a part marked literal is a name as
    written (a model id, a revision), which a format with code spans shows as code. `key` lets a format add what
    only it needs to say (the Markdown brief points to the JSON for lists it does not show)."""
    key: str
    label: str
    parts: tuple[tuple[str, bool], ...]

    @property
    def value(self) -> str:
        return "".join(text for text, _ in self.parts)


def provenance(brief: Brief) -> list[ProvenanceLine]:
    """How the brief was made, line by line, for every format: source file, models, decoding settings, removed
    lines, glossary (whenever a glossary was in use, so that "0 terms found" is said too), timings, version and
    the resume fingerprint."""
    def line(key: str, label: str, *parts: tuple[str, bool]) -> ProvenanceLine:
        return ProvenanceLine(key, label, tuple(parts))

    lines = [line("source", "Source file", (brief.source, True))]
    for role, info in brief.models.items():
        lines.append(line("model", role.capitalize(), (info.name, True), (f" ({info.kind}), revision ", False),
                          (info.revision, True)))
    for role, settings in brief.decoding.items():
        shown = ", ".join(f"{k}={v}" for k, v in dict(settings).items() if v not in (None, ""))
        lines.append(line("decoding", f"{role.capitalize()} decoding", (shown, False)))
    lines.append(line("removed", "Removed as boilerplate", (f"{len(brief.removed)} line(s)", False)))
    if brief.glossary or "glossary_method" in brief.decoding.get("translator", {}):
        enforced = sum(1 for g in brief.glossary if g.enforced)
        lines.append(line("glossary", "Glossary", (f"{len(brief.glossary)} term(s) found in the source, {enforced} "
                                                   f"enforced (their English form is in the translation)", False)))
    timing = ", ".join(f"{k} {v:.2f}s" for k, v in brief.timings.items())
    lines.append(line("timings", "Timings", (timing, False)))
    lines.append(line("version", "vietbrief", (str(brief.vietbrief), False)))
    if brief.fingerprint:
        lines.append(line("fingerprint", "Fingerprint", (brief.fingerprint, True)))
    return lines
