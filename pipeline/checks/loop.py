"""`loop`: a translation that repeats itself.

In a brief the translator's own verdict decides (it saw the length cap and the compression ratio while
decoding, and retried); for any other system's output the same compression measure is taken on the text,
with a repeated phrase as a second sign.
"""

from __future__ import annotations

import re
from pipeline.checks.base import LIKELY, WORTH_A_LOOK, Check, Pair
from pipeline.checks.length import MEAN, log_ratio, spread

KIND = "loop"
DESCRIPTION = "the translation repeats itself (a decoding loop)"

RATIO = 2.4  # zlib compression ratio; English prose sits at 1.2-1.8 (the translator's own threshold)
REPEATS = 3  # the same phrase this many times in a row
# English over Vietnamese compression ratio: 1.30 at most over the 1,007 NTREX dev pairs, 1.21 for a list the
# source repeats too; a 15-word phrase looped three times after a normal sentence gives 1.9 (bench/checks_eval.py)
ECHO = 1.4


def _compression_ratio(text: str) -> float:
    from pipeline.translation.guards import compression_ratio

    return compression_ratio(text)


def _repeated_phrase(text: str) -> str | None:
    """A phrase of 1-8 words said three times in a row (a single word four times): how loops look.
    Lists repeat phrases too ("2.69 million dong for the ..., 2.89 million dong for the ..."), but not
    back to back."""
    words = re.findall(r"[^\W_]+", text.lower())
    if len(words) < 4 or len(set(words)) > 0.8 * len(words):
        return None  # too few words said again to hold a phrase three times in a row
    for n in range(1, 9):
        times = REPEATS + (n == 1)
        for i in range(len(words) - n * times + 1):
            gram = words[i:i + n]
            if all(words[i + k * n:i + (k + 1) * n] == gram for k in range(1, times)):
                return " ".join(gram)
    return None


def check(pair: Pair) -> list[Check]:
    en = pair.en_nfc
    if pair.looping is not None:
        looping = pair.looping
        phrase = _repeated_phrase(en) if looping else None
    else:
        phrase = _repeated_phrase(en)
        if phrase and _repeated_phrase(pair.vi_nfc):
            phrase = None  # the source says it again and again too ("Không, không, không"): a faithful echo
        # a loop makes the English longer than its source warrants: a text that only compresses well (a list,
        # a table row) and is no longer than the source is no loop
        ratio = log_ratio(pair.vi_nfc, en)
        longer = ratio is not None and ratio > MEAN + spread(len(re.findall(r"[^\W_]+", pair.vi_nfc)))
        # ...and a list the source writes as a list too (mật độ ... ở Hạt A, mật độ ... ở Hạt B) compresses
        # about as well in both languages: a loop compresses far better than its source (ECHO)
        looping = phrase is not None or (len(en) > 60 and longer and _compression_ratio(en) > RATIO and
                                         _compression_ratio(en) > ECHO * _compression_ratio(pair.vi_nfc))
    if not looping:
        return []
    return [Check(KIND, "", phrase or "", "the translation repeats itself" +
                  (f" ({phrase!r} again and again)" if phrase else "") + "; check it against the Vietnamese",
                  # the translator's own verdict, or a phrase said again and again, is strong; a text that only
                  # compresses well may be a list
                  LIKELY if pair.looping or phrase else WORTH_A_LOOK)]
