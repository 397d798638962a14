"""What a translation records about the glossary, and what a brief reports of it.

Every sentence's `GlossaryTranslation.terms` holds, per entry found in its source, how often it occurs there,
how often its English made it into the translation, and the method used; `report()` turns them into a brief's
``glossary`` list (where ``count`` is the occurrences in the source and ``found`` those with their English)
and warnings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.glossary.entry import Entry
from pipeline.glossary.methods import METHODS
from pipeline.models.output import Translation


@dataclass
class TermUse:
    entry: Entry
    en: str  # the English form required (name style applied)
    in_source: int  # occurrences in the sentence's Vietnamese
    in_english: int  # occurrences of the English form in the sentence's English, at most `in_source`
    method: str  # placeholder | constrained | replace | off


@dataclass
class GlossaryTranslation(Translation):
    terms: list[TermUse] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # name as written -> name in the chosen style


def report(results: Sequence[Translation], labels: Sequence[str] | None = None) -> tuple[list[dict], list[str], dict]:
    """A brief's ``glossary`` list ({vi, en, count, enforced, found, method} per entry found in the source,
    in order of first appearance), one warning per entry whose English is missing somewhere, and the number
    of term occurrences per method (for the decoding settings)."""
    entries: dict[tuple, dict] = {}
    misses: dict[tuple, list[str]] = {}
    used: dict[str, int] = {}
    for k, r in enumerate(results):
        for t in getattr(r, "terms", None) or []:
            item = entries.setdefault(t.entry.key, {"vi": t.entry.vi, "en": t.en, "count": 0, "found": 0,
                                                    "enforced": True, "method": []})
            item["count"] += t.in_source
            item["found"] += t.in_english
            if t.method not in item["method"]:
                item["method"].append(t.method)
            used[t.method] = used.get(t.method, 0) + t.in_source
            if t.in_english < t.in_source:
                item["enforced"] = False
                misses.setdefault(t.entry.key, []).append(labels[k] if labels and k < len(labels) else f"#{k + 1}")
    out = []
    for key, item in entries.items():
        item["method"] = "+".join(sorted(item["method"], key=lambda m: METHODS.index(m) if m in METHODS else 99))
        out.append(item)
    warnings = []
    for key, where in misses.items():
        item = entries[key]
        shown = ", ".join(where[:3]) + (f" and {len(where) - 3} more" if len(where) > 3 else "")
        warnings.append(f"Glossary: '{item['vi']}' should read '{item['en']}', which is missing from "
                        f"{item['count'] - item['found']} of {item['count']} place(s) ({shown}; method "
                        f"{item['method']}).")
    return out, warnings, used


def names_of(results: Sequence[Translation]) -> dict[str, str]:
    """The Vietnamese personal names of `results` -> their chosen style ({} without a glossary)."""
    names: dict[str, str] = {}
    for r in results:
        names.update(getattr(r, "names", None) or {})
    return names
