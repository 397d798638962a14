"""What every check shares: the pair it looks at and the `Check` it reports."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from functools import cached_property, lru_cache

from pipeline.glossary.fold import name_style


# A sentence rarely states more than a dozen numbers, dates or names; a "sentence" with more is a table or a list
# run together, and checking it item by item against every other costs quadratic time: each check reads the
# first MAX_ITEMS of a kind and says so when there were more.
MAX_ITEMS = 64

# How strong a flag's evidence is, strongest first. `likely error`: the English says something else where the
# source's fact should be (another number, another month, another name, Vietnamese left in, a loop the
# translator itself saw), or is far out of line in length. `worth a look`: the English only lacks the fact;
# a faithful translation may have reworded it (a decade for ten years, the country for its name).
LIKELY = "likely error"
WORTH_A_LOOK = "worth a look"
SEVERITIES = (LIKELY, WORTH_A_LOOK)


@dataclass(frozen=True)
class Check:
    """One thing in an English sentence to verify against its Vietnamese source.

    `source` is what the Vietnamese says (the number, date or name as written there); `english` what the
    English has instead, or "" when it simply lacks it; `note` says it in one line for people; `severity`
    how strong the evidence is (SEVERITIES; a brief written before severities existed reads as worth a look)."""
    kind: str
    source: str
    english: str
    note: str
    severity: str = WORTH_A_LOOK

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Check":
        severity = str(data.get("severity", WORTH_A_LOOK))
        return cls(str(data.get("kind", "")), str(data.get("source", "")), str(data.get("english", "")),
                   str(data.get("note", "")), severity if severity in SEVERITIES else WORTH_A_LOOK)


@dataclass
class Pair:
    """A Vietnamese sentence and its English translation, as the checks see them.

    `looping` is the translator's own verdict when there is one (None: judge from the text). `glossary`
    is the `pipeline.glossary` Glossary whose terms count as names (None: the built-in one). `context` the
    source sentences before this one in its article, nearest last (checks/context.py; () when none is known)."""
    vi: str
    en: str
    looping: bool | None = None
    glossary: object | None = None
    context: tuple[str, ...] = ()
    _memo: dict = field(default_factory=dict, repr=False)

    @cached_property
    def vi_nfc(self) -> str:
        # NFC first, always: the same syllable typed two ways must compare equal.
        return unicodedata.normalize("NFC", self.vi or "")

    @cached_property
    def en_nfc(self) -> str:
        return unicodedata.normalize("NFC", self.en or "")


_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, no diacritics, đ -> d: how a Vietnamese name reads once written in plain ASCII (the glossary's
    ascii name style, glossary/fold.py, case-folded; cached: the checks fold the same words again and again)."""
    return text.casefold() if text.isascii() else name_style(text, "ascii").casefold()


def ascii_name(text: str) -> str:
    """A Vietnamese name as most English-language press writes it: no diacritics, đ -> d, case kept
    (Tô Lâm -> To Lam)."""
    return name_style(text, "ascii")


def words(text: str) -> list[str]:
    return _WORD.findall(text)
