"""What a reader should look at first, as every format lists it: the flagged summary sentences, title and article
sentences ("Check these", likely errors first), how many there are, and the sentences the translation model
itself was least sure of.

Summary sentences are flagged by checks/evidence.py (kind `unsupported`: no support in the article, or a
number, month or name its supporting sentences lack) and count as flagged sentences like any other; a brief
written before those checks existed has only the list of missing facts, read here as a `worth a look` flag.

"Least sure" is the model's own score (translation/scores.py, `SentencePair.score`): the lowest few, listed
without a threshold - nobody has calibrated one - and never as errors.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.brief.schema import Brief, SentencePair
from pipeline.checks.base import LIKELY, SEVERITIES, WORTH_A_LOOK, Check
from pipeline.checks.evidence import UNSUPPORTED, Evidence

LEAST_SURE_TITLE = "The model was least sure of"
LEAST_SURE_NOTE = ("the lowest mean token log-probability of the translation model's own choices: where a reader "
                   "might look first, not a finding of error")


def summary_checks(e: Evidence) -> list[Check]:
    """The flags of one summary sentence."""
    if e.checks:
        return list(e.checks)
    if e.unsupported:  # a brief from before summary checks: only the missing facts were recorded
        return [Check(UNSUPPORTED, "", ", ".join(e.unsupported),
                      f"{', '.join(e.unsupported)} in none of its supporting sentences", WORTH_A_LOOK)]
    return []


def describe(check: Check) -> str:
    return f"{check.kind}: {check.note}" if check.note else check.kind


def flag_text(check: Check) -> str:
    """One flag of a sentence as the text beside it says it (every format): its kind, how strong its evidence is
    (`likely error`, `worth a look`) and what it found. ("Check these" names the strongest once per sentence.)"""
    kind = f"{check.kind} ({check.severity})" if check.severity else check.kind
    if check.note:
        return f"{kind}: {check.note}"
    found = "; ".join(x for x in (f"source {check.source}" if check.source else "",
                                  f"English {check.english}" if check.english else "") if x)
    return f"{kind}: {found}" if found else kind


@dataclass(frozen=True)
class Item:
    """One line of "Check these": where it is, its anchor in HTML, why, and how strong the evidence is."""
    label: str  # "Summary sentence 2", "¶3 sentence 1"
    anchor: str  # "summary-2", "p3s1"
    reasons: tuple[str, ...]
    severity: str  # the strongest of its checks

    @property
    def likely(self) -> bool:
        return self.severity == LIKELY


def _severity(checks: list[Check]) -> str:
    ranks = [SEVERITIES.index(c.severity) if c.severity in SEVERITIES else len(SEVERITIES) for c in checks]
    return SEVERITIES[min(ranks)] if min(ranks) < len(SEVERITIES) else WORTH_A_LOOK


TITLE_ANCHOR = "title"  # the title's id in HTML, where "Check these" links a flagged title


def check_these(brief: Brief) -> list[Item]:
    """Every flagged summary sentence and article sentence, the title among them, likely errors first; within a
    severity the summary first, then the article in reading order (its title first)."""
    items = [Item(f"Summary sentence {i}", f"summary-{i}", tuple(describe(c) for c in checks), _severity(checks))
             for i, e in enumerate(brief.evidence or [], 1) if (checks := summary_checks(e))]
    if brief.title_checks:
        items.append(Item("Title", TITLE_ANCHOR, tuple(describe(c) for c in brief.title_checks),
                          _severity(brief.title_checks)))
    items += [Item(f"¶{p} sentence {k}", f"p{p}s{k}", tuple(describe(c) for c in s.checks), _severity(s.checks))
              for p, para in enumerate(brief.paragraphs, 1) for k, s in enumerate(para.sentences, 1) if s.checks]
    return sorted(items, key=lambda item: SEVERITIES.index(item.severity) if item.severity in SEVERITIES else 9)


def flagged_summary(brief: Brief) -> int:
    return sum(1 for e in brief.evidence or [] if summary_checks(e))


def flagged_total(brief: Brief) -> int:
    """Flagged sentences: the article's (its title counted as one) and the summary's."""
    return (sum(1 for p in brief.paragraphs for s in p.sentences if s.checks) + flagged_summary(brief)
            + (1 if brief.title_checks else 0))


def title_warnings(checks: list[Check] | None) -> list[str]:
    """The brief's warning for a flagged title (its JSON `warnings` then name it, as a flagged summary
    sentence's)."""
    if not checks:
        return []
    return [f"Title: {'; '.join(describe(c) for c in checks).rstrip('.')}."]


def summary_warnings(evidence: list[Evidence]) -> list[str]:
    """The brief's warning for each flagged summary sentence (its JSON `warnings` then name them too)."""
    return [f"Summary sentence {i}: {'; '.join(describe(c) for c in checks)}. Check it against the article."
            for i, e in enumerate(evidence, 1) if (checks := summary_checks(e))]


@dataclass(frozen=True)
class Unsure:
    paragraph: int
    sentence: int
    pair: SentencePair


def least_sure(brief: Brief) -> list[Unsure]:
    """The sentences with the lowest model score, lowest first: 3, or 5 in an article of 50 sentences or more;
    none in an article of fewer than 6 scored sentences, where "least sure" would name half of it."""
    scored = [Unsure(p, k, s) for p, para in enumerate(brief.paragraphs, 1) for k, s in enumerate(para.sentences, 1)
              if s.score is not None and s.en.strip()]
    if len(scored) < 6:
        return []
    n = 5 if len(scored) >= 50 else 3
    return sorted(scored, key=lambda u: u.pair.score)[:n]
