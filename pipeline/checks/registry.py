"""The check kinds and the levels a run offers: the one list the CLI and the brief take their choices from."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from pipeline.checks import date, length, loop, name, number, untranslated
from pipeline.checks.base import Check, Pair

# kind -> module with KIND, DESCRIPTION and check(Pair) -> list[Check]; in the order a reader meets them
KINDS = {m.KIND: m for m in (number, date, name, untranslated, length, loop)}

# off: no checks; basic: every deterministic kind above. A model-based estimate (a cross-lingual sentence
# embedding) is not offered: no model with a licence and size fit for it ships on a package registry the
# project can install from, and a level that cannot run would be a fake.
LEVELS = ("off", "basic")
DEFAULT_LEVEL = "basic"


def check_pair(vi: str, en: str, *, looping: bool | None = None, glossary=None,
               kinds: Sequence[str] | None = None, context: Sequence[str] = ()) -> list[Check]:
    """Every check of `kinds` (default: all) on one sentence pair; [] when nothing is flagged. `context`: the
    source sentences before it in its article (checks/context.py `preceding`), () when none is known."""
    pair = Pair(vi, en, looping=looping, glossary=glossary, context=tuple(context))
    out: list[Check] = []
    for kind in kinds or KINDS:
        out += KINDS[kind].check(pair)
    return out


def totals(results: Iterable[Sequence[Check]]) -> dict[str, int]:
    """Flags per kind over many pairs, every kind present (0 when none)."""
    counts = Counter(c.kind for checks in results for c in checks)
    return {kind: counts.get(kind, 0) for kind in KINDS}


def describe() -> dict[str, str]:
    return {kind: module.DESCRIPTION for kind, module in KINDS.items()}
