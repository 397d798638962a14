"""Countries and nations as Vietnamese and English write them: a general table, one line per country or nation.

Each line: the Vietnamese forms (Sino-Vietnamese, transliterated, or the English spelling Vietnamese keeps), then
the English forms: the name, its other names, and the adjectives and demonyms English uses for it (`xứ Wales` ->
Welsh, `Scotland` -> Scottish, `Anh` -> British) and the short forms the press uses (GB, Team GB, NI), then the
capital's Vietnamese and English forms. English often names a country by its capital (Pyongyang for North Korea,
Washington for the United States), and calls it "the country" once named: both count as the country being there
(the capital itself must be there as itself).

Columns are separated by ` ; `, forms by `|`; an empty column is `-`. Names of Vietnamese provinces and cities
are the glossary's (pipeline/glossary), not this table's.
"""

from __future__ import annotations

_TABLE = """
Việt Nam|Viet Nam ; Vietnam|Viet Nam|Vietnamese ; Hà Nội ; Hanoi|Ha Noi
Trung Quốc|Trung Hoa|Hoa lục|Đại lục ; China|Chinese|PRC|mainland|Sino|Mandarin|Cantonese ; Bắc Kinh ; Beijing|Peking
Đài Loan ; Taiwan|Taiwanese ; Đài Bắc ; Taipei
Hồng Kông|Hồng Công|Hương Cảng ; Hong Kong|Hongkong ; - ; -
Ma Cao|Macau|Macao|Áo Môn ; Macau|Macao|Macanese ; - ; -
Mỹ|Hoa Kỳ|Hợp chủng quốc Hoa Kỳ|Hoa Kì ; US|U.S.|USA|U.S.A.|America|American|Americans|United States ; Oa-sinh-tơn|Washington ; Washington
Anh|Vương quốc Anh|Anh Quốc|Liên hiệp Anh ; Britain|British|UK|U.K.|United Kingdom|England|English|Briton|Britons|Brit|Brits|GB|Team GB ; Luân Đôn|London ; London|Londoner
Wales|xứ Wales|Xứ Wales|xứ Uên ; Wales|Welsh ; Cardiff ; Cardiff
Scotland|Xcốt-len|Xcốtlen|Tô Cách Lan ; Scotland|Scottish|Scots|Scot ; Edinburgh ; Edinburgh
Bắc Ireland|Bắc Ai-len|Bắc Ai Len|Bắc Ailen ; Northern Ireland|Northern Irish|Ulster|NI ; Belfast ; Belfast
Ireland|Ai Len|Ai-len|Ailen|Ái Nhĩ Lan ; Ireland|Irish|Eire ; Dublin|Đu-blin ; Dublin
England ; England|English ; Luân Đôn|London ; London
Pháp|Pháp quốc ; France|French|Frenchman|Frenchwoman ; Pa-ri|Paris|Ba Lê ; Paris|Parisian
Đức ; Germany|German|Germans ; Béc-lin|Berlin|Bá Linh ; Berlin
Đông Đức ; East Germany|East German|GDR ; - ; -
Tây Đức ; West Germany|West German ; - ; -
Ý|Italy|Italia|I-ta-li-a ; Italy|Italian|Italians ; Rô-ma|Roma|Rome|La Mã ; Rome|Roman
Tây Ban Nha|Y Pha Nho ; Spain|Spanish|Spaniard|Spaniards|Hispanic|Hispanics ; Ma-đrít|Madrid ; Madrid
Bồ Đào Nha ; Portugal|Portuguese ; Li-xbon|Lisbon|Lisboa ; Lisbon
Hà Lan ; Netherlands|Dutch|Holland ; Amsterdam|Am-xtéc-đam ; Amsterdam
Bỉ ; Belgium|Belgian ; Brúc-xen|Brussels|Bruxelles ; Brussels
Luxembourg|Lúc-xăm-bua ; Luxembourg|Luxembourger ; - ; -
Thụy Sĩ|Thuỵ Sĩ|Thụy Sỹ|Thuỵ Sỹ ; Switzerland|Swiss ; Bern|Béc-nơ ; Bern
Áo ; Austria|Austrian ; Viên|Vienna|Wien ; Vienna|Viennese
Thụy Điển|Thuỵ Điển ; Sweden|Swedish|Swede|Swedes ; Xtốc-khôm|Stockholm ; Stockholm
Na Uy ; Norway|Norwegian ; Ô-xlô|Oslo ; Oslo
Đan Mạch ; Denmark|Danish|Dane|Danes ; Cô-pen-ha-ghen|Copenhagen ; Copenhagen
Phần Lan ; Finland|Finnish|Finn|Finns ; Hen-xin-ki|Helsinki ; Helsinki
Iceland|Ai-xơ-len|Băng Đảo ; Iceland|Icelandic|Icelander ; - ; -
Hy Lạp ; Greece|Greek|Greeks|Hellenic ; A-ten|Athens ; Athens|Athenian
Thổ Nhĩ Kỳ|Thổ Nhĩ Kì ; Turkey|Turkish|Turk|Turks|Türkiye ; An-ca-ra|Ankara ; Ankara
Síp ; Cyprus|Cypriot ; - ; -
Ba Lan ; Poland|Polish|Pole|Poles ; Vác-sa-va|Warsaw|Vacsava ; Warsaw
Séc|Cộng hòa Séc|Cộng hoà Séc ; Czech|Czechia|Czech Republic ; Pra-ha|Prague|Praha ; Prague
Tiệp Khắc ; Czechoslovakia|Czechoslovak|Czechoslovakian ; - ; -
Slovakia|Xlô-va-ki-a ; Slovakia|Slovak|Slovakian ; - ; -
Hungary|Hung-ga-ri|Hungari|Hunggari ; Hungary|Hungarian ; Bu-đa-pét|Budapest ; Budapest
Romania|Rumani|Ru-ma-ni|Rumania ; Romania|Romanian|Rumania ; Bu-ca-rét|Bucharest ; Bucharest
Bulgaria|Bungari|Bun-ga-ri ; Bulgaria|Bulgarian ; Xô-phi-a|Sofia ; Sofia
Nam Tư ; Yugoslavia|Yugoslav|Yugoslavian ; - ; -
Serbia|Xéc-bi-a|Xécbia ; Serbia|Serbian|Serb|Serbs ; Bê-ô-grát|Belgrade ; Belgrade
Croatia|Crô-a-ti-a ; Croatia|Croatian|Croat|Croats ; - ; -
Slovenia ; Slovenia|Slovenian|Slovene ; - ; -
Bosnia|Bosnia và Herzegovina|Bosnia-Herzegovina ; Bosnia|Bosnian|Herzegovina ; - ; -
Albania|An-ba-ni ; Albania|Albanian ; - ; -
Nga|Liên bang Nga|Nga La Tư ; Russia|Russian|Russians|Russian Federation ; Mát-xcơ-va|Moscow|Matxcơva|Mạc Tư Khoa ; Moscow|Muscovite|Kremlin
Liên Xô|Xô viết|Xô Viết ; Soviet|Soviets|USSR|Soviet Union ; - ; -
Ukraine|Ucraina|U-crai-na|Ukraina ; Ukraine|Ukrainian|Ukrainians ; Kiev|Kyiv|Ki-ép ; Kiev|Kyiv
Belarus|Bê-la-rút ; Belarus|Belarusian ; Minsk ; Minsk
Litva|Lít-va ; Lithuania|Lithuanian ; - ; -
Latvia|Lát-vi-a ; Latvia|Latvian ; - ; -
Estonia|E-xtô-ni-a ; Estonia|Estonian ; - ; -
Gruzia|Georgia ; Georgia|Georgian ; - ; -
Armenia|Ác-mê-ni-a ; Armenia|Armenian ; - ; -
Azerbaijan|A-déc-bai-gian ; Azerbaijan|Azerbaijani|Azeri ; - ; -
Kazakhstan|Ca-dắc-xtan ; Kazakhstan|Kazakh ; - ; -
Uzbekistan|U-dơ-bê-ki-xtan ; Uzbekistan|Uzbek ; - ; -
Nhật Bản|Nhật|Nhựt ; Japan|Japanese ; Tokyo|Tô-ky-ô|Đông Kinh ; Tokyo
Hàn Quốc|Nam Hàn|Nam Triều Tiên|Đại Hàn ; South Korea|South Korean|Korea|Korean|Koreans|ROK|the South|Seoul ; Seoul|Xơ-un|Hán Thành ; Seoul
Triều Tiên|Bắc Triều Tiên|Bắc Hàn|CHDCND Triều Tiên ; North Korea|North Korean|North Koreans|Korea|Korean|DPRK|the North|Pyongyang ; Bình Nhưỡng|Pyongyang ; Pyongyang
Mông Cổ ; Mongolia|Mongolian ; Ulan Bato|Ulaanbaatar ; Ulaanbaatar
Ấn Độ ; India|Indian|Indians ; New Delhi|Niu Đê-li|Tân Đề Li ; New Delhi|Delhi
Pakistan|Pa-ki-xtan ; Pakistan|Pakistani ; Islamabad ; Islamabad
Bangladesh|Băng-la-đét ; Bangladesh|Bangladeshi ; Dhaka ; Dhaka
Sri Lanka|Xri Lan-ca ; Sri Lanka|Sri Lankan ; - ; -
Nepal|Nê-pan ; Nepal|Nepali|Nepalese ; Kathmandu ; Kathmandu
Afghanistan|Áp-ga-ni-xtan|Afganistan ; Afghanistan|Afghan|Afghans ; Kabul ; Kabul
Iran|I-ran|Ba Tư ; Iran|Iranian|Iranians|Persia|Persian|Islamic Republic ; Tehran|Tê-hê-ran ; Tehran
Iraq|I-rắc|Irắc ; Iraq|Iraqi|Iraqis ; Baghdad|Bát-đa ; Baghdad
Syria|Xy-ri|Xi-ri ; Syria|Syrian|Syrians ; Damascus|Đa-mát ; Damascus
Israel|I-xra-en|Ixraen ; Israel|Israeli|Israelis ; Jerusalem|Giê-ru-xa-lem|Tel Aviv ; Jerusalem|Tel Aviv
Palestine|Pa-le-xtin|Palextin ; Palestine|Palestinian|Palestinians ; - ; -
Li-băng|Liban|Lebanon ; Lebanon|Lebanese ; Beirut|Bây-rút ; Beirut
Gioóc-đa-ni|Jordan ; Jordan|Jordanian ; Amman ; Amman
Ả Rập Xê Út|Ả Rập Saudi|Saudi Arabia|Arab Saudi ; Saudi Arabia|Saudi|Saudis ; Riyadh ; Riyadh
Các Tiểu vương quốc Ả Rập Thống nhất|UAE ; United Arab Emirates|UAE|Emirati|Emirates ; Abu Dhabi|Dubai ; Abu Dhabi
Qatar|Ca-ta ; Qatar|Qatari ; Doha ; Doha
Kuwait|Cô-oét ; Kuwait|Kuwaiti ; - ; -
Yemen|Y-ê-men ; Yemen|Yemeni ; Sanaa ; Sanaa
Ai Cập ; Egypt|Egyptian|Egyptians ; Cairo|Cai-rô ; Cairo
Libya|Li-bi ; Libya|Libyan ; Tripoli ; Tripoli
Ma-rốc|Morocco|Maroc ; Morocco|Moroccan ; - ; -
Algeria|An-giê-ri ; Algeria|Algerian ; - ; -
Tunisia|Tuy-ni-di ; Tunisia|Tunisian ; - ; -
Nigeria|Ni-giê-ri-a ; Nigeria|Nigerian ; - ; -
Kenya|Kê-ni-a ; Kenya|Kenyan ; Nairobi ; Nairobi
Congo|Công-gô|CHDC Congo|Cộng hòa Dân chủ Congo|Cộng hoà Dân chủ Congo ; Congo|Congolese|DR Congo|DRC|Democratic Republic of Congo|Democratic Republic of the Congo ; Kinshasa ; Kinshasa
Zimbabwe|Dim-ba-bu-ê ; Zimbabwe|Zimbabwean ; Harare ; Harare
Uganda|U-gan-đa ; Uganda|Ugandan ; Kampala ; Kampala
Cameroon|Ca-mơ-run ; Cameroon|Cameroonian ; Yaoundé ; Yaoundé
Ghana|Ga-na ; Ghana|Ghanaian ; Accra ; Accra
Senegal|Xê-nê-gan ; Senegal|Senegalese ; Dakar ; Dakar
Tanzania|Tan-da-ni-a ; Tanzania|Tanzanian ; Dodoma|Dar es Salaam ; Dodoma
Rwanda|Ru-an-đa ; Rwanda|Rwandan ; Kigali ; Kigali
Sudan|Xu-đăng ; Sudan|Sudanese ; Khartoum ; Khartoum
Somalia|Xô-ma-li ; Somalia|Somali ; Mogadishu ; Mogadishu
Bờ Biển Ngà|Côte d'Ivoire ; Ivory Coast|Ivorian|Côte d'Ivoire ; - ; -
Ethiopia|Ê-ti-ô-pi-a ; Ethiopia|Ethiopian ; - ; -
Nam Phi ; South Africa|South African ; Pretoria|Cape Town|Johannesburg ; Pretoria
Úc|Australia|Ô-xtrây-li-a|Nước Úc ; Australia|Australian|Australians|Aussie ; Canberra|Can-bê-ra ; Canberra
New Zealand|Niu Di-lân|Tân Tây Lan ; New Zealand|New Zealander|Kiwi ; Wellington ; Wellington
Canada|Ca-na-đa ; Canada|Canadian|Canadians ; Ottawa|Ốt-ta-oa ; Ottawa
Mexico|Mê-hi-cô|Mễ Tây Cơ ; Mexico|Mexican|Mexicans ; - ; -
Cuba|Cu Ba|Cu-ba ; Cuba|Cuban|Cubans ; La Habana|Havana|La Ha-ba-na ; Havana
Brazil|Bra-xin|Braxin|Ba Tây ; Brazil|Brazilian|Brazilians ; Brasilia ; Brasilia
Argentina|Ác-hen-ti-na|Achentina ; Argentina|Argentine|Argentinian ; Buenos Aires ; Buenos Aires
Chile|Chi-lê|Chilê ; Chile|Chilean ; Santiago ; Santiago
Peru|Pê-ru ; Peru|Peruvian ; Lima ; Lima
Colombia|Cô-lôm-bi-a ; Colombia|Colombian ; Bogota ; Bogota
Venezuela|Vê-nê-xu-ê-la ; Venezuela|Venezuelan ; Caracas ; Caracas
Bolivia|Bô-li-vi-a ; Bolivia|Bolivian ; La Paz ; La Paz
Cộng hòa Dominica|Cộng hoà Dominica|Dominica ; Dominican Republic|Dominican|Dominica ; - ; -
Lào ; Laos|Lao|Laotian ; Viêng Chăn|Vientiane ; Vientiane
Campuchia|Cam-pu-chia|Cao Miên ; Cambodia|Cambodian|Khmer ; Phnôm Pênh|Phnom Penh|Nam Vang ; Phnom Penh
Thái Lan ; Thailand|Thai|Thais ; Băng Cốc|Bangkok|Vọng Các ; Bangkok
Myanmar|Miến Điện|Mi-an-ma ; Myanmar|Burma|Burmese ; Naypyidaw|Nay Pyi Taw|Yangon ; Naypyidaw
Malaysia|Ma-lai-xi-a|Mã Lai ; Malaysia|Malaysian|Malay ; Kuala Lumpur ; Kuala Lumpur
Singapore|Xin-ga-po|Tân Gia Ba ; Singapore|Singaporean ; - ; -
Indonesia|In-đô-nê-xi-a|Nam Dương ; Indonesia|Indonesian ; Jakarta|Gia-các-ta ; Jakarta
Philippines|Phi-líp-pin|Philippin|Phi Luật Tân ; Philippines|Philippine|Filipino|Filipinos ; Manila|Ma-ni-la ; Manila
Brunei|Bru-nây ; Brunei|Bruneian ; - ; -
Đông Timor|Timor-Leste ; East Timor|Timor-Leste|Timorese ; - ; -
"""

# The states of the United States, which English also writes by their postal codes (the AZ border)
_STATES = """Alabama AL|Alaska AK|Arizona AZ|Arkansas AR|California CA|Colorado CO|Connecticut CT|Delaware DE|Florida FL|
Georgia GA|Hawaii HI|Idaho ID|Illinois IL|Indiana IN|Iowa IA|Kansas KS|Kentucky KY|Louisiana LA|Maine ME|Maryland MD|
Massachusetts MA|Michigan MI|Minnesota MN|Mississippi MS|Missouri MO|Montana MT|Nebraska NE|Nevada NV|New Hampshire NH|
New Jersey NJ|New Mexico NM|New York NY|North Carolina NC|North Dakota ND|Ohio OH|Oklahoma OK|Oregon OR|Pennsylvania PA|
Rhode Island RI|South Carolina SC|South Dakota SD|Tennessee TN|Texas TX|Utah UT|Vermont VT|Virginia VA|Washington WA|
West Virginia WV|Wisconsin WI|Wyoming WY"""

# Vietnamese form -> English forms of the country (capital and anaphora included); capital form -> its English
# forms and its country's
EXONYMS: dict[str, tuple[str, ...]] = {}
# English name of a country -> all its English forms: a source that keeps the English spelling (Wales) is
# rendered by any of them (Welsh)
ENGLISH_FORMS: dict[str, tuple[str, ...]] = {}
# The words English uses for a country already named
ANAPHORA = ("the country", "the nation", "the state", "this country")

for _line in _TABLE.strip().splitlines():
    _vi, _en, _cap_vi, _cap_en = (c.strip() for c in _line.split(" ; "))
    _forms = tuple(f for f in _en.split("|"))
    _capital = tuple(f for f in _cap_en.split("|") if f != "-")
    for _name in _vi.split("|"):
        EXONYMS[_name] = _forms + _capital + ANAPHORA
    for _name in _cap_vi.split("|"):
        if _name != "-":
            # a city Vietnamese writes the English way (Cape Town, Dubai) is itself before the capital's forms
            EXONYMS.setdefault(_name, ((_name,) if _name.isascii() else ()) + _capital)
    for _name in _forms[:1] + tuple(n for n in _vi.split("|") if n.isascii()):
        ENGLISH_FORMS.setdefault(_name, _forms + _capital)

_VI_COMPASS = {"North": "Bắc", "South": "Nam", "West": "Tây", "East": "Đông"}
# Canada's provinces as the Canadian Press shortens them after a town (west of Trois-Rivieres, Que.)
for _line in """Quebec Que QC|Ontario Ont ON|Alberta Alta AB|Saskatchewan Sask SK|British Columbia B.C. BC|
Nova Scotia N.S. NS|New Brunswick N.B. NB|Newfoundland Nfld NL|Prince Edward Island P.E.I. PEI""".replace("\n", "").split("|"):
    _province, _short, _code = _line.rsplit(" ", 2)
    ENGLISH_FORMS[_province] = ENGLISH_FORMS.get(_province, (_province,)) + (_short, _code)
# ...and wire copy by the AP's abbreviations, alone or after a party's letter (Houston, Tex.; Sen. Dodd, D-Conn.)
_AP: dict[str, list[str]] = {}
for _line in """Ala Alabama|Ariz Arizona|Ark Arkansas|Calif California|Colo Colorado|Conn Connecticut|Del Delaware|
Fla Florida|Ga Georgia|Ill Illinois|Ind Indiana|Kan Kansas|Kans Kansas|Ky Kentucky|La Louisiana|Md Maryland|
Mass Massachusetts|Mich Michigan|Minn Minnesota|Miss Mississippi|Mo Missouri|Mont Montana|Neb Nebraska|Nebr Nebraska|
Nev Nevada|N.H. New Hampshire|N.J. New Jersey|N.M. New Mexico|N.Y. New York|N.C. North Carolina|N.D. North Dakota|
Okla Oklahoma|Ore Oregon|Pa Pennsylvania|Penn Pennsylvania|R.I. Rhode Island|S.C. South Carolina|S.D. South Dakota|
Tenn Tennessee|Tex Texas|Vt Vermont|Va Virginia|Wash Washington|W.Va. West Virginia|Wis Wisconsin|Wisc Wisconsin|
Wyo Wyoming""".replace("\n", "").split("|"):
    _abbr, _state_name = _line.split(" ", 1)
    _AP.setdefault(_state_name, []).append(_abbr)

for _state in _STATES.replace("\n", "").split("|"):
    _name, _code = _state.rsplit(" ", 1)
    # (a state that shares its name with a country has both sets of forms: Georgia, R-Ga.)
    ENGLISH_FORMS[_name] = ENGLISH_FORMS.get(_name, (_name,)) + (_code, *_AP.get(_name, ()))
    if _name in EXONYMS:  # Georgia, Washington: a source name the table also reads as a country or a capital
        EXONYMS[_name] += (_code, *_AP.get(_name, ()))
    _compass, _, _rest = _name.partition(" ")
    if _compass in _VI_COMPASS:  # Nam Dakota, Bắc Carolina, Tây Virginia: the compass point in Vietnamese
        EXONYMS.setdefault(f"{_VI_COMPASS[_compass]} {_rest}", ENGLISH_FORMS[_name])
