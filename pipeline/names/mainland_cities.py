"""China's cities whose names read as a person's too (Từ Châu, Thiệu Hưng, Quý Dương: a Chinese surname first, or
two syllables Vietnamese names use) or name a Vietnamese ward or commune too, which data/places.tsv keeps apart as kind
``office`` (bench/names_places.py):
they say the person is China's only where the city's mayor, its Party committee or "thành phố" names them.

Without them "Bí thư Thành ủy Từ Châu <a three-syllable name>" left the office convention (an office with no country is
Vietnam's) to decide, and made a Chinese city's secretary Vietnamese. Vietnam has no mayor (Thị trưởng is a foreign
city's head) and no city of these names: the table keeps no Vietnamese province, city or town (thị xã), before and
after 2025, only cities whose Vietnamese namesake is a district, ward or commune (Tô Châu, Lạc Dương), which have no
city committee, so "Thành ủy" before one of them is a Chinese city's. As a bare name the form is still read
as a person's (a run is never cut at it: cues.spans does not hold it), as strait.py does with Taiwan's cities.
"""

from __future__ import annotations

import re

from pipeline.names.tables import rows
from pipeline.text.lazy import LazyPattern
from pipeline.text.tokens import CAPITALS

_B, _E, _UPPER = r"(?<![^\W\d_])", r"(?![^\W\d_])", CAPITALS
# (Python's look-behind is of fixed width: one per word before the city)
# (and a court placed in the city, Tòa án ở Trường Xuân: Vietnam's courts are a province's or a region's, not a ward's)
_AFTER = "|".join(f"(?<={w} )" for w in ("Thị trưởng", "thị trưởng", "thành phố", "Thành phố", "Thành ủy",
                                          "Thành uỷ", "thành ủy", "thành uỷ",
                                          *(f"{court}{at}" for court in ("Tòa án", "tòa án", "Toà án", "toà án")
                                            for at in ("", " ở", " tại"))))
_CITIES = sorted((r[0] for r in rows("places.tsv") if r[3] == "office"), key=len, reverse=True)
# (not before one or two more capitalised words alone: Thành ủy Hoàng Thạch Anh, thành phố Thái Châu Minh Tuấn may
# be a Vietnamese secretary's or chairman's name of three or four syllables; a Chinese one of three after the city,
# or none, is told: Thành ủy Từ Châu X Y Z, Thành ủy Quý Dương,; nor before Thị, which opens no Chinese
# given name: Hoàng Thạch Thị Minh Anh)
_NOT_A_NAME = (r"(?!(?:\s+[" + _UPPER + r"][^\W\d_]*" + _E + r"){1,2}(?!\s+[" + _UPPER + r"]))(?!\s+Thị" + _E + ")")
# the city a mayor, a city committee or "thành phố" names (cues.CHINESE_RE reads it as China's; cues.spans keeps it
# out of a name: Bí thư Thành ủy Quý Dương is no person)
NAMED_CITY = (_B + r"(?:" + _AFTER + r")(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in _CITIES) + r")"
              + _E + _NOT_A_NAME)
NAMED_CITY_RE = LazyPattern(NAMED_CITY)
