"""Bodies, parties and places only Hong Kong, Macau and Taiwan have: in a person's own words they say the person is
of the Chinese side as "Trung Quốc" does (cues.CHINESE_RE reads them; region.py tells which of the three).

Without them the office convention (an office with no country is Vietnam's) made "Chủ tịch Quốc dân Đảng X",
"X, nghị sĩ Đảng Dân Tiến" and "Thị trưởng Cao Hùng X" Vietnamese. Only forms no Vietnamese body, party or place
has: Vietnam's own Kuomintang (Việt Nam Quốc dân Đảng, Đại Việt Quốc dân Đảng) is set aside, and so is the
Kuomintang as the government, army or jail a person faced (bị chính quyền Quốc dân đảng bắt giam: Vietnamese
revolutionaries in China); a Legislative or Executive Council another name closes (Hội đồng Lập pháp Quốc gia Thái
Lan, ... Palestine) is another country's; the cities, some of them Vietnamese words, names or communes (Cao Hùng,
Tân Bắc, Đào Viên), count only as the city a mayor or "thành phố" names; Cửu Long (the Mekong's name) never does.
"""

from __future__ import annotations

import re

_UPPER = "".join(sorted(set("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                            "fjwz".upper())))
_B, _E = r"(?<![^\W\d_])", r"(?![^\W\d_])"
# (a council or party the region's own name, its Special Administrative Region or nothing closes: Đảng Dân chủ Tiến
# bộ Malawi is Malawi's)
OWN_CLOSE = r"(?!\s+(?!Hồng Kông|Hong Kong|Hương Cảng|Ma Cao|Macau|Đặc khu|Áo Môn|Đài Loan)[" + _UPPER + r"])"
_COUNCIL = r"Hội đồng (?:Lập|Hành) pháp" + OWN_CLOSE
_FACED = r"(?<!Nam )(?<!Việt )(?<!quyền )(?<!phủ )(?<!quân )(?<!bị )(?<!tù )(?<!lao )"
# (the Democratic Progressive Party and the Yuans: region.py's Taiwan bodies too)
TAIWAN_BODIES = (r"Dân [Tt]iến [Đđ]ảng|Đảng Dân [Tt]iến|Đảng Dân chủ Tiến bộ" + OWN_CLOSE
                 + r"|Viện Lập pháp|Viện Hành chính|Viện Giám sát|Viện Khảo thí")
_PARTIES = _FACED + r"(?:Quốc [Dd]ân [Đđ]ảng|Trung [Qq]uốc [Qq]uốc [Dd]ân [Đđ]ảng)|" + TAIWAN_BODIES
_CITIES = r"Cao Hùng|Đài Trung|Đài Nam|Tân Trúc|Tân Bắc|Đào Viên|Cơ Long|Hoa Liên|Tân Giới"
_AFTER = r"(?:(?<=Thị trưởng )|(?<=thị trưởng )|(?<=thành phố )|(?<=Thành phố ))"
OWN = _B + r"(?:" + _COUNCIL + "|" + _PARTIES + "|" + _AFTER + r"(?:" + _CITIES + r"))" + _E
OWN_RE = re.compile(OWN)
