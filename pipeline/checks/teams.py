"""Teams English sports writing calls by their nicknames (Spurs for Tottenham, the Socceroos for Australia): a
general table of well-known clubs' and national sides' nicknames, and of cities' (the Big Apple for New York, the
Windy City for Chicago). A Vietnamese translation writes the club, the country or the city; the English original
may have only the nickname, and then the name is there. The nicknames the Vietnamese sports press gives well-known
sides (Quỷ Đỏ, Pháo thủ, Tam Sư) are read the other way: the English names the side or its English nickname."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.checks.base import fold

# team (as English or Vietnamese news writes it: the club's name, the country's English name) ; nicknames
_TABLE = """
Tottenham|Tottenham Hotspur ; Spurs|Lilywhites
Arsenal ; Gunners
Chelsea ; Blues
Everton ; Toffees
Liverpool ; Reds
Manchester United|Man Utd|Man United|MU ; Red Devils
Manchester City|Man City ; Citizens|Cityzens
Newcastle|Newcastle United ; Magpies|Toon
West Ham|West Ham United ; Hammers|Irons
Southampton ; Saints
Wolverhampton|Wolverhampton Wanderers ; Wolves
Aston Villa ; Villans|Villa
Leicester|Leicester City ; Foxes
Norwich|Norwich City ; Canaries
West Brom|West Bromwich Albion ; Baggies|Albion
Sunderland ; Black Cats
Crystal Palace ; Eagles|Palace
Leeds|Leeds United ; Whites
Nottingham Forest ; Forest
Sheffield Wednesday ; Owls
Sheffield United ; Blades
Middlesbrough ; Boro
Fulham ; Cottagers
Millwall ; Lions
Celtic ; Bhoys|Hoops
Rangers ; Gers
Barcelona|Barca ; Barca|Blaugrana
Real Madrid ; Los Blancos|Merengues
Atletico Madrid ; Atleti
Juventus ; Juve|Old Lady|Bianconeri
Inter Milan|Inter ; Nerazzurri
AC Milan ; Rossoneri
Bayern Munich|Bayern ; Bavarians
Borussia Dortmund|Dortmund ; BVB
England ; Three Lions|Lionesses|Red Roses
Australia ; Socceroos|Wallabies|Wallaby|Matildas|Kangaroos|Aussies
New Zealand ; All Blacks|Kiwis|Black Caps|Black Ferns
South Africa ; Springboks|Boks|Bafana Bafana|Proteas
Italy ; Azzurri
France ; Les Bleus|Bleus
Brazil ; Selecao|Seleção
Netherlands ; Oranje
Germany ; Mannschaft
Spain ; La Roja
Argentina ; Albiceleste|Pumas
Nigeria ; Super Eagles
Ghana ; Black Stars
Cameroon ; Indomitable Lions
Zimbabwe ; Warriors
Egypt ; Pharaohs
Senegal ; Lions of Teranga
Ivory Coast ; Elephants
Japan ; Samurai Blue|Brave Blossoms
South Korea ; Taeguk Warriors
Wales ; Dragons
Scotland ; Tartan Army
Belgium ; Red Devils
Mexico ; El Tri
Vietnam ; Golden Star Warriors
Thailand ; War Elephants
Malaysia ; Harimau Malaya
Indonesia ; Garuda
Quỷ Đỏ|Quỷ đỏ ; Red Devils|Manchester United|Man Utd|Man United|United
Pháo Thủ|Pháo thủ ; Gunners|Arsenal
Bầy Cáo|Bầy cáo ; Foxes|Leicester
Gà Trống|Gà trống ; Spurs|Tottenham|Les Bleus|France
Kền Kền Trắng|Kền kền trắng ; Los Blancos|Merengues|Real Madrid
Lão Bà|Lão bà|Bà đầm già ; Old Lady|Bianconeri|Juventus|Juve
Hùm Xám|Hùm xám ; Bavarians|Bayern
Tam Sư|Tam sư ; Three Lions|England
Những Chiến binh Sao Vàng ; Golden Star Warriors|Vietnam
Voi Chiến|Voi chiến ; War Elephants|Thailand
Cơn lốc Màu da cam|Cơn lốc màu da cam ; Oranje|Netherlands|Dutch
Xe Tăng Đức|Cỗ xe tăng Đức ; Mannschaft|Germany|German
Bò Tót|Bò tót ; La Roja|Spain|Spanish
New York ; Big Apple
Chicago ; Windy City
Los Angeles ; City of Angels
Las Vegas ; Sin City
New Orleans ; Big Easy
Detroit ; Motor City|Motown
Boston ; Beantown
Philadelphia ; Philly|City of Brotherly Love
Paris ; City of Light
Rome ; Eternal City
Edinburgh ; Auld Reekie
London ; Big Smoke
Singapore ; Lion City
"""

NICKNAMES: dict[str, tuple[str, ...]] = {}
for _line in _TABLE.strip().splitlines():
    _teams, _nicks = (c.strip() for c in _line.split(" ; "))
    for _team in _teams.split("|"):
        NICKNAMES[fold(_team)] = NICKNAMES.get(fold(_team), ()) + tuple(_nicks.split("|"))


@lru_cache(maxsize=256)
def _pattern(nickname: str) -> re.Pattern:
    # capitalised as a name: "the reds" or "a forest" are common words
    return re.compile(rf"(?<![\w-]){re.escape(nickname)}(?![\w-])")


def by_nickname(english: str, team_forms: tuple[str, ...]) -> bool:
    """The English names one of these forms of a team (the Vietnamese, the country's English name) by a
    nickname; a form may carry a word before the team's name (Tuyển Australia)."""
    keys = {" ".join(words[i:]) for form in team_forms for words in [fold(form).split()] for i in range(len(words))}
    return any(_pattern(n).search(english) for key in keys for n in NICKNAMES.get(key, ()))
