"""The prizes only the mainland's own writers and films compete for: their winner is Chinese.

The Mao Dun and Lu Xun literary prizes and the Golden Rooster and Hundred Flowers film awards go to mainland works
and people only (a foreign film or writer competes in none of them). Three readers take them: cues.py as a China cue
near the name, identity.py won right after the name (đoạt giải Mao Thuẫn), honours.py won after an apposition or
in a group of winners. One list for the three, so a prize added reaches all of them.
"""

from __future__ import annotations

NAMES = ("Mao Thuẫn", "Lỗ Tấn", "Kim Kê", "Bách Hoa")

# The prize as the press writes it: giải, giải thưởng, giải thưởng văn học, then its name (case free in the words
# before the name, whose capitals are the name's own)
PATTERN = (r"(?i:giải)\s+(?:(?i:thưởng)\s+)?(?:(?i:văn\s+học)\s+)?(?:" + "|".join(NAMES) + r")(?![^\W\d_])")


def phrases() -> list[str]:
    """The same forms as plain phrases, for cues.py's case-sensitive phrase lists."""
    heads = ("giải", "Giải", "giải thưởng", "Giải thưởng", "giải thưởng văn học", "Giải thưởng văn học",
             "Giải thưởng Văn học")
    return [f"{head} {name}" for name in NAMES for head in heads]
