"""Names English writes its own way (exonyms): countries, regions, world cities and bodies, with the
adjective English also uses for them. The glossary (pipeline/glossary) has many more Vietnamese bodies
and places; this table covers what a name check needs beyond it: the words that say "China" in an English
sentence that mentions "Chinese police". The CLDR's territories, cities and languages (cldr.py) fill in
what the hand lines do not name.
"""

from __future__ import annotations

from pipeline.checks import cldr
from pipeline.checks.base import fold
from pipeline.checks.syllables import is_vietnamese
from pipeline.checks.countries import ANAPHORA, ENGLISH_FORMS, EXONYMS as COUNTRIES

# A country's legislature has as many right renderings as there are countries (National Assembly, Congress,
# Parliament, the Diet...) and its members as many again (MPs, AMs, lawmakers, deputies): any counts.
LEGISLATURE = ("National Assembly", "Congress", "Parliament", "assembly", "legislature", "legislative",
               "lawmakers", "lawmaker", "legislators", "legislator", "MPs", "MP", "AMs", "AM", "MSPs", "MEPs",
               "deputies", "deputy", "congressional", "parliamentary", "parliamentarians", "Senate", "senators",
               "House", "Diet", "Duma", "Knesset", "Bundestag", "Majlis", "Congressmen", "Congressman",
               "Congresswoman", "members", "Capitol",  # Capitol: Tòa nhà Quốc hội, the building of Congress
               "Capitol Hill", "the Hill",  # its hill, as US news calls Congress ("news coming out of the Hill")
               # legislatures by their own names or their buildings, as English news calls them (Quốc hội Scotland:
               # Holyrood; Quốc hội Anh: Westminster)
               "Holyrood", "Westminster", "Stormont", "Senedd", "Dail", "Dáil", "Oireachtas", "Bundesrat",
               "Storting", "Riksdag", "Folketing", "Eduskunta", "Althing", "Sejm", "Rada", "Verkhovna Rada",
               "Cortes", "Lok Sabha", "Rajya Sabha", "Assemblée", "Reichstag", "Chamber of Deputies", "Legislative Council",
               "Legislative Yuan", "chamber")

# Latin America's people as US news names them (người gốc Mỹ Latinh: Hispanics, Latino voters)
LATIN_AMERICA = ("Latin America", "Latin American", "Latin Americans", "Latin", "Hispanic", "Hispanics", "Latino",
                 "Latinos", "Latina", "Latinas", "Latinx")
GULF = ("Gulf", "Persian Gulf", "Arabian Gulf")

# Vietnamese (as written, NFC) -> English forms, any of which counts as the name being there
EXONYMS: dict[str, tuple[str, ...]] = {
    "Việt Nam": ("Vietnam", "Viet Nam", "Vietnamese"),
    "Trung Quốc": ("China", "Chinese", "Beijing", "PRC"),
    "Mỹ": ("US", "U.S.", "USA", "America", "American", "United States", "Washington"),
    "Hoa Kỳ": ("US", "U.S.", "USA", "America", "American", "United States"),
    "Nga": ("Russia", "Russian", "Moscow", "Kremlin"),
    "Pháp": ("France", "French", "Paris"),
    "Đức": ("Germany", "German", "Berlin"),
    "Anh": ("Britain", "British", "UK", "U.K.", "England", "English", "London"),
    "Nhật": ("Japan", "Japanese", "Tokyo"),
    "Nhật Bản": ("Japan", "Japanese", "Tokyo"),
    "Hàn Quốc": ("South Korea", "Korea", "Korean", "Seoul"),
    "Triều Tiên": ("North Korea", "Korea", "Korean", "DPRK", "Pyongyang"),
    "Ấn Độ": ("India", "Indian", "New Delhi"),
    "Úc": ("Australia", "Australian"),
    "Lào": ("Laos", "Lao", "Laotian"),
    "Campuchia": ("Cambodia", "Cambodian"),
    "Thái Lan": ("Thailand", "Thai"),
    "Singapore": ("Singapore", "Singaporean"),
    "Indonesia": ("Indonesia", "Indonesian"),
    "Malaysia": ("Malaysia", "Malaysian"),
    "Philippines": ("Philippines", "Philippine", "Filipino"),
    "Myanmar": ("Myanmar", "Burma", "Burmese"),
    "Đài Loan": ("Taiwan", "Taiwanese", "Taipei"),
    "Hồng Kông": ("Hong Kong",),
    "Ukraine": ("Ukraine", "Ukrainian", "Kiev", "Kyiv"),
    "Séc": ("Czech", "Czechia", "Prague"),
    "Ba Lan": ("Poland", "Polish"),
    "Ý": ("Italy", "Italian", "Rome"),
    "Tây Ban Nha": ("Spain", "Spanish", "Madrid"),
    "Bồ Đào Nha": ("Portugal", "Portuguese"),
    "Hà Lan": ("Netherlands", "Dutch", "Holland"),
    "Bỉ": ("Belgium", "Belgian", "Brussels"),
    "Thụy Sĩ": ("Switzerland", "Swiss"),
    "Thụy Điển": ("Sweden", "Swedish"),
    "Na Uy": ("Norway", "Norwegian"),
    "Phần Lan": ("Finland", "Finnish"),
    "Đan Mạch": ("Denmark", "Danish"),
    "Áo": ("Austria", "Austrian"),
    "Hy Lạp": ("Greece", "Greek"),
    "Thổ Nhĩ Kỳ": ("Turkey", "Turkish", "Türkiye"),
    "Ai Cập": ("Egypt", "Egyptian"),
    "Nam Phi": ("South Africa", "South African"),
    "Mông Cổ": ("Mongolia", "Mongolian"),
    "Triều Tiên và Hàn Quốc": ("Korea", "Koreas"),
    "Tây Tạng": ("Tibet", "Tibetan"),
    "Liên Xô": ("Soviet", "USSR", "Soviet Union"),
    "Liên Hợp Quốc": ("United Nations", "UN", "U.N.", "world body"),
    "Liên hợp quốc": ("United Nations", "UN", "U.N.", "world body"),
    "Liên Hiệp Quốc": ("United Nations", "UN", "U.N.", "world body"),
    "Trung Mỹ": ("Central America", "Central American"),
    "Mỹ La tinh": LATIN_AMERICA,
    "Mỹ La-tinh": LATIN_AMERICA,
    # (Euro: the continent's championship as the press names it, Euro 2020, the Uefa U21 Euro, the Euros)
    "Châu Âu": ("Europe", "European", "EU", "Euro", "Euros"),
    "châu Âu": ("Europe", "European", "EU", "Euro", "Euros"),
    # (the bloc, Brussels: the EU once named or by its seat, as the press calls it, like NATO "the alliance")
    "Liên minh châu Âu": ("European Union", "EU", "bloc", "Brussels"),
    "Châu Á": ("Asia", "Asian"),
    "châu Á": ("Asia", "Asian"),
    "Châu Phi": ("Africa", "African"),
    "châu Phi": ("Africa", "African"),
    "Châu Mỹ": ("America", "Americas", "American"),
    "Thái Bình Dương": ("Pacific",),
    "Đại Tây Dương": ("Atlantic",),
    "Ấn Độ Dương": ("Indian Ocean",),
    "Đông Nam Á": ("Southeast Asia", "Southeast Asian", "ASEAN"),
    "Trung Đông": ("Middle East", "Middle Eastern", "Mideast", "Mid-East"),
    # regions English names by a sea, a peninsula or a pole, with their adjectives (the Gulf states, Balkan,
    # Arctic): the Vietnamese adds the head word (vùng Vịnh, bán đảo Balkan, Bắc Cực)
    "vùng Vịnh": GULF, "Vùng Vịnh": GULF, "Vịnh Ba Tư": GULF, "Vịnh Persian": GULF,
    "Balkan": ("Balkans", "Balkan"), "Ban-căng": ("Balkans", "Balkan"), "Caribe": ("Caribbean",),
    "Ca-ri-bê": ("Caribbean",), "Viễn Đông": ("Far East", "Far Eastern"), "Cận Đông": ("Near East", "Levant"),
    "Địa Trung Hải": ("Mediterranean",), "Đông Dương": ("Indochina", "Indo-China", "Indochinese"),
    **{f"{vi} {head}": (f"{en} Hemisphere",) for head in ("Bán Cầu", "bán cầu")
       for vi, en in (("Bắc", "Northern"), ("Nam", "Southern"), ("Đông", "Eastern"), ("Tây", "Western"))},
    "Bắc Cực": ("Arctic", "North Pole", "polar"),
    "Nam Cực": ("Antarctic", "Antarctica", "South Pole", "polar"),
    "Scandinavia": ("Scandinavia", "Scandinavian", "Scandinavians", "Nordic"),
    "Biển Đông": ("East Sea", "South China Sea"),
    "Bắc Kinh": ("Beijing",),
    "Mát-xcơ-va": ("Moscow",),
    "Luân Đôn": ("London",),
    "Thượng Hải": ("Shanghai",),
    "Sài Gòn": ("Saigon", "Sai Gon", "Ho Chi Minh City", "HCMC"),
    "TP.HCM": ("Ho Chi Minh City", "HCMC", "HCM City", "Saigon"),
    "TPHCM": ("Ho Chi Minh City", "HCMC", "HCM City", "Saigon"),
    "TP HCM": ("Ho Chi Minh City", "HCMC", "HCM City", "Saigon"),
    "Hồ Chí Minh": ("Ho Chi Minh", "HCMC", "HCM", "Saigon"),
    "Hà Nội": ("Hanoi", "Ha Noi"),
    "Huế": ("Hue",),
    "Trái Đất": ("Earth",),
    "Mặt Trăng": ("Moon", "lunar"),
    "Mặt Trời": ("Sun", "solar"),
    "Sao Hỏa": ("Mars", "Martian"),
    # the planets and the galaxy by their Sino-Vietnamese names
    "Sao Thủy": ("Mercury",), "Sao Kim": ("Venus",), "Sao Mộc": ("Jupiter",), "Sao Thổ": ("Saturn",),
    "Sao Thiên Vương": ("Uranus",), "Sao Hải Vương": ("Neptune",), "Sao Diêm Vương": ("Pluto",),
    "Dải Ngân Hà": ("Milky Way", "galaxy"), "Ngân Hà": ("Milky Way", "galaxy"), "Hệ Mặt Trời": ("solar system",),
    "Nhà Trắng": ("White House",),
    "Lầu Năm Góc": ("Pentagon",),
    "Điện Kremlin": ("Kremlin",),
    "Quốc hội": LEGISLATURE,
    "Nghị viện": LEGISLATURE,
    "Hạ viện": ("House of Representatives", "House of Commons", "lower house", "lower chamber", "Commons") +
    LEGISLATURE,
    # the members stand for their house (he told peers: ông nói trước Thượng viện)
    "Thượng viện": ("upper house", "upper chamber", "House of Lords", "Lords", "peers") + LEGISLATURE,
    # (Whitehall: the British government by its street, as the press names it)
    "Chính phủ": ("government", "administration", "cabinet", "executive", "ministers", "Whitehall"),
    "Ba Tư": ("Persia", "Persian", "Iran", "Iranian"),
    "Bungari": ("Bulgaria", "Bulgarian"),
    "Rumani": ("Romania", "Romanian"),
    "Hungari": ("Hungary", "Hungarian"),
    "Xô viết": ("Soviet",),
    "Ai Len": ("Ireland", "Irish"),
    "Tân Tây Lan": ("New Zealand",),
    "Mỹ Latinh": LATIN_AMERICA,
    "Bắc Mỹ": ("North America", "North American"),
    "Nam Mỹ": ("South America", "South American"),
    "Tây Âu": ("Western Europe", "Western European"),
    "Đông Âu": ("Eastern Europe", "Eastern European"),
    "Bắc Âu": ("Northern Europe", "Nordic", "Scandinavia"),
    "Bắc Triều Tiên": ("North Korea", "North Korean", "DPRK"),
    "Ả Rập": ("Arab", "Arabia", "Arabian", "Arabic"),
    "Ả Rập Xê Út": ("Saudi Arabia", "Saudi"),
    "Thiên Chúa": ("God", "Catholic", "Christian", "Lord"),
    "Thiên Chúa giáo": ("Catholic", "Catholicism", "Christian", "Christianity"),
    "Phật": ("Buddha", "Buddhist", "Buddhism"),
    "Phật giáo": ("Buddhism", "Buddhist"),
    # (nhà thờ Hồi giáo: a mosque; bài Hồi giáo: Islamophobia, as English writes anti-Muslim in one word)
    "Hồi giáo": ("Islam", "Islamic", "Muslim", "mosque", "mosques", "Islamophobia", "Islamophobic"),
    # faiths and scriptures by their Vietnamese names, with the words English names their people and places by
    "Tin Lành": ("Protestant", "Protestants", "Protestantism", "Evangelical", "Evangelicals"),
    **{k: ("Hindu", "Hindus", "Hinduism") for k in ("Ấn Độ giáo", "Hindu giáo")},
    **{k: ("Christian", "Christians", "Christianity", "Christ") for k in ("Cơ Đốc", "Cơ đốc", "Cơ Đốc giáo",
                                                                          "Cơ đốc giáo", "Kitô giáo", "Kitô")},
    # Christ by the names Vietnamese Catholics give him
    **{k: ("Christ", "Jesus", "Christian", "Lord") for k in ("Chúa Kitô", "Chúa Ki-tô", "Chúa Giêsu", "Chúa Giê-su",
                                                             "Chúa Jesus", "Giêsu", "Giê-su")},
    "Kinh Thánh": ("Bible", "Biblical", "Scripture", "Scriptures"), "Thánh Cha": ("Holy Father", "Pope", "pontiff"),
    "Tết": ("Tet", "Lunar New Year", "New Year"),
    "Tết Nguyên Đán": ("Tet", "Lunar New Year"),
    "Covid": ("Covid", "COVID", "coronavirus"),
    # awards English also calls by their academies' names (giải Oscar: the Academy Awards)
    "Oscar": ("Oscar", "Academy Award", "Academy Awards"), "BAFTA": ("BAFTA", "Bafta", "British Academy"),
    "Emmy": ("Emmy", "Television Academy"),
    # a platform English turns into a verb (viết trên Twitter: tweeted)
    "Twitter": ("Twitter", "tweet", "tweets", "tweeted", "tweeting"),
    # a common noun Vietnamese capitalises and English does not, or clips (net firms, online, the web)
    "Internet": ("internet", "net", "online", "web", "cyber", "website", "websites"),
}
# Regions of a continent by compass point (Nam Á, Tây Phi, Trung Âu, Đông Bắc Á): every pairing, each in the
# forms English uses (South Asia, West African, Western Europe, North-East Asia); the lines above win where they
# say more (Đông Nam Á is also ASEAN)
_CONTINENTS = {"Á": ("Asia", "Asian"), "Âu": ("Europe", "European"), "Phi": ("Africa", "African"),
               "Mỹ": ("America", "American")}
_POINTS = {"Bắc": ("North", "Northern"), "Nam": ("South", "Southern"), "Đông": ("East", "Eastern"),
           "Tây": ("West", "Western"), "Trung": ("Central",), "Đông Bắc": ("Northeast", "North-East",
           "Northeastern", "North East"), "Đông Nam": ("Southeast", "South-East", "Southeastern", "South East"),
           "Tây Bắc": ("Northwest", "North-West", "Northwestern", "North West"), "Tây Nam": ("Southwest",
           "South-West", "Southwestern", "South West")}
for _point, _points in _POINTS.items():
    for _continent, _forms in _CONTINENTS.items():
        EXONYMS.setdefault(f"{_point} {_continent}", tuple(f"{p} {f}" for f in _forms for p in _points))
# Seas, regions and landmarks Vietnamese names its own way (Sino-Vietnamese or translated word for word), the ones
# world news names most. Rivers, whose names are also people's (Hoàng Hà, Trường Giang), only after "sông".
LANDMARKS = {
    "Bờ Tây": ("West Bank", "West Coast"), "Bờ Đông": ("East Coast",),  # the Palestinian West Bank, the US coasts
    "Dải Gaza": ("Gaza",), "Hoàng Sa": ("Paracel", "Paracels", "Hoang Sa", "Xisha"),
    "Trường Sa": ("Spratly", "Spratlys", "Truong Sa", "Nansha"), "Biển Hoa Đông": ("East China Sea",),
    "Biển Hoa Nam": ("South China Sea",), "Biển Đen": ("Black Sea",), "Hắc Hải": ("Black Sea",),
    "Biển Đỏ": ("Red Sea",), "Biển Bắc": ("North Sea",), "Bắc Băng Dương": ("Arctic Ocean", "Arctic"),
    "Nam Đại Dương": ("Southern Ocean", "Antarctic Ocean"), "Ngũ Đại Hồ": ("Great Lakes",),
    "Manche": ("English Channel", "Channel", "La Manche"), "Vạn Lý Trường Thành": ("Great Wall",),
    "Tử Cấm Thành": ("Forbidden City",), "Thiên An Môn": ("Tiananmen",),
    "Mãn Châu": ("Manchuria", "Manchu", "Manchurian"), "Lưỡng Hà": ("Mesopotamia", "Mesopotamian"),
    "Sừng châu Phi": ("Horn of Africa",), "núi Phú Sĩ": ("Fuji",), "Núi Phú Sĩ": ("Fuji",),
    "Đạt Lai Lạt Ma": ("Dalai Lama",),  # a title written as a name
    "Roland Garros": ("Roland Garros", "Roland-Garros", "French Open"),  # the tournament by its ground
    **{f"{head} {vi}": en for head in ("sông", "Sông") for vi, en in (
        ("Dương Tử", ("Yangtze", "Yangzi", "Chang Jiang")), ("Trường Giang", ("Yangtze", "Yangzi", "Chang Jiang")),
        ("Hoàng Hà", ("Yellow River", "Huang He")), ("Châu Giang", ("Pearl River",)), ("Mê Kông", ("Mekong",)),
        ("Hằng", ("Ganges",)), ("Nin", ("Nile",)))},
}
EXONYMS.update({k: v for k, v in LANDMARKS.items() if k not in EXONYMS})
# International bodies Vietnamese news names in full and English by acronym or short name
BODIES = {
    "Tổ chức Hiệp ước Bắc Đại Tây Dương": ("NATO", "Nato", "North Atlantic Treaty Organization", "alliance"),
    "Tổ chức Y tế Thế giới": ("WHO", "World Health Organization", "World Health Organisation"),
    "Quỹ Tiền tệ Quốc tế": ("IMF", "International Monetary Fund", "the Fund"),
    "Ngân hàng Thế giới": ("World Bank",),
    "Tổ chức Thương mại Thế giới": ("WTO", "World Trade Organization", "World Trade Organisation"),
    "Tổ chức các nước xuất khẩu dầu mỏ": ("OPEC", "Opec", "Organization of the Petroleum Exporting Countries"),
    "Cục Điều tra Liên bang": ("FBI", "Federal Bureau of Investigation", "bureau"),
    "Cơ quan Tình báo Trung ương": ("CIA", "Central Intelligence Agency", "agency"),
    "Cơ quan Hàng không và Vũ trụ Mỹ": ("NASA", "Nasa", "space agency"),
    "Hội đồng Bảo an": ("Security Council", "UNSC", "council"),
    "Tòa án Hình sự Quốc tế": ("ICC", "International Criminal Court"),
    "Tòa án Công lý Quốc tế": ("ICJ", "International Court of Justice", "world court"),
    "Ủy ban châu Âu": ("European Commission", "EC", "Commission", "Brussels"),
    "Ngân hàng Trung ương châu Âu": ("European Central Bank", "ECB"),
    "Cục Dự trữ Liên bang": ("Federal Reserve", "Fed"),
    "Hội Chữ thập đỏ": ("Red Cross",),
    "Người Do Thái": ("Jews", "Jewish", "Jew"),
    # (giáo sĩ Do Thái: a rabbi; giáo đường Do Thái: a synagogue; bài Do Thái: antisemitism, as English writes
    # anti-Jewish in one word)
    "Do Thái": ("Jewish", "Jews", "Jew", "Judaism", "Israel", "Israeli", "rabbi", "rabbis", "synagogue", "synagogues",
                "Hebrew", "Semitic", "Semitism", "antisemitism", "antisemitic"),
}
# Feasts and holidays English names its own way (the British press's "festive" for Christmas: the festive hit,
# season). Title Case always; in lower case too where the words mean nothing else (vượt qua is also "overcome",
# tạ ơn "to thank", năm mới "a new year")
HOLIDAYS = {
    "Giáng sinh": ("Christmas", "Xmas", "Noel", "Yule", "festive"), "Phục sinh": ("Easter",),
    "Trung thu": ("Mid-Autumn", "Moon Festival"), "Quốc khánh": ("National Day", "Independence Day"),
    "Lễ Tạ Ơn": ("Thanksgiving",),
    # Christmas's old man: Santa, Father Christmas, as English names him
    "ông già Noel": ("Santa", "Santa Claus", "Father Christmas", "St Nick", "Saint Nicholas", "St Nicholas"),
    "Vượt Qua": ("Passover", "Pesach"), "Năm Mới": ("New Year",), "Tình Nhân": ("Valentine", "Valentines"),
}
EXONYMS.update(BODIES)
EXONYMS.update({k: v for vi, v in HOLIDAYS.items() for k in (vi, vi.title())})
# the general country table wins over the lines above where both name a country
EXONYMS.update(COUNTRIES)
# the CLDR's territories, cities Vietnamese writes its own way and languages (cldr.py) fill in what no hand line
# names; a hand line wins where both do
# (a CLDR spelling of a name a hand line has, in other capitals or hyphens, takes that line's forms too: Các Tiểu
# Vương quốc Ả Rập Thống nhất is also the UAE)
_HAND = {fold(k).replace("-", " "): k for k in EXONYMS}
_BY_FIRST: dict[str, list[str]] = {}
for _k in list(EXONYMS):
    _BY_FIRST.setdefault(_k.split()[0], []).append(_k)
for _vi, _en in cldr.NAMES.items():
    _same = _HAND.get(fold(_vi).replace("-", " "))
    if _vi.lower().startswith("tiếng "):
        _rest = _vi[len("tiếng "):]
        if " " not in _rest and is_vietnamese(_rest) and _rest not in EXONYMS:
            continue  # tiếng Việt, tiếng Trung: one syllable alone is checked nowhere else either (a common word)
        # a language names its people and country too: English may say either (tiếng Anh: English, British), as
        # the hand line of the country read alone already allowed
        _en = _en + tuple(f for k in _BY_FIRST.get(_rest.split()[0], ()) if k == _rest or k.startswith(_rest + " ")
                          for f in EXONYMS[k])
    EXONYMS.setdefault(_vi, _en + EXONYMS[_same] if _same else _en)
for _name, _forms in cldr.ENGLISH_FORMS.items():
    ENGLISH_FORMS.setdefault(_name, _forms)
# Places the press names by a short form of their own, the seat for who sits there (Phố Downing số 10: No 10,
# Number 10; Điện Élysée: the Elysee; Cung điện Buckingham: the Palace)
PRESS_FORMS = {"Downing": ("Downing", "No 10", "No. 10", "Number 10", "Number Ten", "No10"),
               "Buckingham": ("Buckingham", "the Palace"), "Élysée": ("Élysée", "Elysee", "Elysée"),
               "Elysee": ("Elysee", "Élysée", "Elysée")}
for _name, _forms in PRESS_FORMS.items():
    ENGLISH_FORMS[_name] = ENGLISH_FORMS.get(_name, ()) + _forms
# A city's people by the nickname the press gives them where no ending of the city's name makes it (Liverpudlian,
# Mancunian, Glaswegian are made by `english.derived`; a Scouser, a Geordie are not)
CITY_PEOPLE = {"Liverpool": ("Scouser", "Scouse"), "Newcastle": ("Geordie",), "Birmingham": ("Brummie", "Brum"),
               "Sunderland": ("Mackem",), "Portsmouth": ("Pompey",), "Los Angeles": ("Angeleno", "Angelenos"),
               "Indiana": ("Hoosier",), "Rio de Janeiro": ("Carioca",), "São Paulo": ("Paulista", "Paulistano")}
for _name, _forms in CITY_PEOPLE.items():
    ENGLISH_FORMS[_name] = ENGLISH_FORMS.get(_name, ()) + _forms

__all__ = ["ANAPHORA", "ENGLISH_FORMS", "EXONYMS", "LEGISLATURE"]
