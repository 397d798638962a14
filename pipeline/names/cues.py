"""The words that say a person is Chinese or Vietnamese, and the words that introduce a person.

Country and place words are the strongest: the Vietnamese press qualifies a foreign office by its country
(``Bộ trưởng Bộ Công an Trung Quốc``) and leaves Vietnam's own unqualified (``Bộ trưởng Bộ Công an``). So an
office with no country after it counts for Vietnam, but only weakly: a country named anywhere near wins.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.names import prizes, vietnam_bodies  # (China's own prizes, giải Mao Thuẫn; Vietnam's own bodies)
from pipeline.names.china_bodies import LANDMARKS, SPELLED_OUT  # (China's landmarks; its bodies written out)
from pipeline.names.companies import CHINA_NAMED, COMPANIES, VIETNAMESE_COMPANIES
from pipeline.names.mainland_cities import NAMED_CITY, NAMED_CITY_RE  # (a city read as a name too, after its mayor)
from pipeline.names.strait import OWN, OWN_RE  # (the bodies, parties, cities only Hong Kong, Macau, Taiwan have)
from pipeline.names.tables import key, rows
from pipeline.text.lazy import LazyPattern

# China, its capital, provinces, regions and big cities (not Hà Nam, Sơn Tây, Hà Bắc: Vietnamese places too; with the
# old names Vietnam's history gives its capitals and viceroyalty: Yên Kinh, Kim Lăng, Biện Kinh, Lưỡng Quảng), and
# bodies that exist only there (as the Vietnamese press writes them), its best-known companies (companies.py; a
# company's Vietnamese arm, Xiaomi Việt Nam, is Vietnam's) and universities, and its dynasties (thời Đường; not Minh,
# for Vietnam's Minh Mạng, nor Vietnam's own dynasties). Taiwan, Hong Kong and Macau names are Chinese too (their
# romanisation differs, but the reading is still a Chinese name, not a Vietnamese one). "người Hoa" is no cue: it is
# also Vietnam's own Hoa.
# Bodies only China has, named without the country: the Politburo's Standing Committee (Vietnam has none), the
# discipline commission (Vietnam's is Ủy ban Kiểm tra Trung ương), All-China bodies, the PLA's theater commands
# (both ways the press names them: Chiến khu Miền Nam, Chiến khu Nam Bộ) and fleets (Vietnam's navy has Vùng, no
# Hạm đội), the Party's Political and Legal Affairs Commission (Vietnam's is Ban Nội chính), Publicity Department
# (Vietnam's is Ban Tuyên giáo), Party School and Cyberspace Administration, the trade-union federation (Tổng Công
# hội; Vietnam's is Tổng Liên đoàn Lao động), the coast guard (Vietnam's is Cảnh sát biển).
# The State Council's ministries and commissions, past (Ngoại thương và Hợp tác kinh tế) and present, whose names
# Vietnam's government has never had (not Bộ Ngoại giao, Bộ Tài chính, Bộ Thương mại, Bộ Thủy lợi, which Vietnam
# has or had), the NPC (Nhân đại) and its titles (Ủy viên trưởng: Vietnam's assembly has none), the PLA's services
# Vietnam's army lacks, the CMC's chair and Political Work Department (Vietnam's Quân ủy has a Bí thư, its army a Tổng
# cục Chính trị), intermediate courts (none in Vietnam), China's state broadcasters; its space programmes (Thần Châu,
# Thiên Cung - not Hạ Long's hang Thiên Cung -, Thiên Vấn) and the mainland's film and literature prizes (not Taiwan's
# Kim Mã or Hong Kong's Kim Tượng, which Vietnamese films compete for); its peoples that are none of Vietnam's 54 (Hồi,
# Choang, Mãn, Duy Ngô Nhĩ; not Hoa, Dao, Mông, Nùng, Tày).
# The Party's bodies whose Vietnamese counterparts are named otherwise: the Liaison Offices in Hong Kong and Macau,
# the International Liaison Department (Vietnam's is Ban Đối ngoại Trung ương), the Overseas Chinese Affairs Office
# (Kiều vụ), the United Front Work Department (Vietnam has Ban Dân vận), the forex administration (Vietnam's is a Vụ of
# its central bank), SASAC (Ủy ban Quản lý vốn nhà nước tại doanh nghiệp), and the Volunteers of the Korean War.
# (The departments' names are matched without their head, Ban, which a title takes lower case: Trưởng ban ...; past
# ministries Vietnam never had: Environmental Protection, Railways, Supervision.)
CHINESE = """Trung Quốc, Trung Hoa, Bắc Kinh, Thượng Hải, Thiên Tân, Trùng Khánh, Quảng Tây, Quảng Đông, Vân Nam,
Hải Nam, Phúc Kiến, Chiết Giang, Giang Tô, Sơn Đông, Hồ Bắc, Hồ Nam, Giang Tây,
An Huy, Tứ Xuyên, Quý Châu, Thiểm Tây, Cam Túc, Thanh Hải, Ninh Hạ, Tân Cương, Tây Tạng, Nội Mông, Nội Mông Cổ,
Cát Lâm, Liêu Ninh, Hắc Long Giang, Hồng Kông, Hương Cảng, Ma Cao, Đài Loan, Quảng Châu, Thâm Quyến, Nam Ninh,
Hong Kong, Macau, Đài Bắc, Côn Minh, Vũ Hán, Thành Đô, Hàng Châu, Nam Kinh, Tây An, Hạ Môn, Đông Hưng, Bằng Tường, Hà Khẩu, Phòng Thành,
Trạm Giang, Thanh Đảo, Đại Liên, Thẩm Dương, Cáp Nhĩ Tân, Trường Sa, Trịnh Châu, Tế Nam, Hợp Phì, Phúc Châu,
Quế Lâm, Sùng Tả, Bách Sắc, Hải Khẩu, Tam Á, Lhasa, Urumqi, Yên Kinh, Kim Lăng, Biện Kinh, Lưỡng Quảng,
Quốc vụ viện, Nhân Đại, Chính Hiệp, Chính hiệp, Tòa án Nhân dân Trung cấp, Toà án Nhân dân Trung cấp,
Trung Nam Hải, Tân Hoa xã, Nhân dân Nhật báo, Thời báo Hoàn cầu, Hoàn cầu Thời báo, Quân Giải phóng,
Quân Giải phóng Nhân dân, Quân khu Lan Châu, Ủy viên Quốc vụ, Uỷ viên Quốc vụ, Quân ủy Trung ương Trung Quốc, Bộ An ninh Quốc gia,
Đảng Cộng sản Trung Quốc, Cộng hòa Nhân dân Trung Hoa, Trung Cộng, Hoa Nam, Hoa Bắc, Hoa Đông, Hoa Trung, Cbiz,
ĐCSTQ, CHND Trung Hoa, Bạn Trung Quốc, tiếng Trung, nhân dân tệ, Hoa ngữ, Bát lộ quân, Bát Lộ quân, Tân Tứ quân,
Thường vụ Bộ Chính trị, Ủy ban Kiểm tra Kỷ luật Trung ương, Uỷ ban Kiểm tra Kỷ luật Trung ương, Toàn Trung Quốc,
Chiến khu Miền Đông, Chiến khu Miền Tây, Chiến khu Miền Nam, Chiến khu Miền Bắc, Chiến khu Miền Trung,
Chiến khu miền Đông, Chiến khu miền Tây, Chiến khu miền Nam, Chiến khu miền Bắc, Chiến khu miền Trung,
Chiến khu Đông Bộ, Chiến khu Tây Bộ, Chiến khu Nam Bộ, Chiến khu Bắc Bộ, Chiến khu Trung Bộ, Chiến khu Đông bộ,
Chiến khu Tây bộ, Chiến khu Nam bộ, Chiến khu Bắc bộ, Chiến khu Trung bộ, Hạm đội Đông Hải, Hạm đội Nam Hải,
Hạm đội Bắc Hải, Ủy ban Chính pháp, Uỷ ban Chính pháp, Tuyên truyền Trung ương, Trường Đảng Trung ương, Tổng Công hội,
Văn phòng Thông tin Mạng Internet Trung ương, Lực lượng Hỗ trợ Thông tin, Lực lượng Hàng không Vũ trụ, Cục Hải cảnh,
Nhân đại, Ủy viên trưởng, Uỷ viên trưởng, Ủy ban Cải cách và Phát triển Quốc gia, Uỷ ban Cải cách và Phát triển Quốc gia,
Bộ Dân chính, Bộ Công nghiệp và Công nghệ thông tin, Bộ Công nghiệp và Công nghệ Thông tin, Bộ Tài nguyên Thiên nhiên,
Bộ Nhân lực và An sinh xã hội, Bộ Nguồn nhân lực và An sinh xã hội, Bộ Sinh thái và Môi trường,
Bộ Nông nghiệp và Nông thôn, Bộ Văn hóa và Du lịch, Bộ Văn hoá và Du lịch, Ủy ban Y tế Quốc gia, Uỷ ban Y tế Quốc gia,
Bộ Cựu chiến binh, Bộ Quản lý Khẩn cấp, Bộ Quản lý khẩn cấp, Ủy ban Giám sát Quốc gia, Uỷ ban Giám sát Quốc gia,
Ủy ban Sự vụ Dân tộc Quốc gia, Văn phòng Liên lạc của Chính phủ Trung ương, Văn phòng Liên lạc Trung ương,
Liên lạc Đối ngoại Trung ương, Kiều vụ, Công tác Mặt trận Thống nhất Trung ương, Cục Quản lý Ngoại hối Nhà nước,
Bộ Bảo vệ Môi trường, Bộ Đường sắt, Bộ Giám sát, Chủ tịch Quân ủy, Chủ tịch Quân uỷ, Bộ Công tác Chính trị,
Cục Quản lý Ngoại hối Quốc gia, Ủy ban Quản lý và Giám sát tài sản nhà nước, Uỷ ban Quản lý và Giám sát tài sản nhà nước,
Ủy ban Quản lý và Giám sát Tài sản Nhà nước, Uỷ ban Quản lý và Giám sát Tài sản Nhà nước, Chí nguyện quân, Nhân dân nhật báo, Cục Hải dương Quốc gia, Tòa án Trung cấp, Toà án Trung cấp,
Lực lượng Tên lửa, Lực lượng Hỗ trợ Chiến lược, Cảnh sát Vũ trang, Bộ Tham mưu liên hợp, Bộ Tham mưu Liên hợp,
Pháo binh số 2, CCTV, CGTN, Xinhua, Ngoại thương và Hợp tác kinh tế, Ngoại thương và Hợp tác Kinh tế,
Thần Châu, trạm vũ trụ Thiên Cung, tàu Thiên Cung, Thiên Vấn,
dân tộc Hồi, dân tộc Choang, dân tộc Mãn, Duy Ngô Nhĩ,
Đại học Thanh Hoa, Đại học Phúc Đán, Đại học Phục Đán, thời Hán, đời Hán, nhà Hán, triều Hán, thời Tần, đời Tần, nhà Tần, triều Tần, thời Tùy, đời Tùy, nhà Tùy, triều Tùy, thời Tuỳ, đời Tuỳ, nhà Tuỳ, triều Tuỳ, thời Đường, đời Đường, nhà Đường, triều Đường, thời Tống, đời Tống, nhà Tống, triều Tống, thời Nguyên, đời Nguyên, nhà Nguyên, triều Nguyên, thời Thanh, đời Thanh, nhà Thanh, triều Thanh, thời Nam Tống, đời Nam Tống, nhà Nam Tống, triều Nam Tống, thời Bắc Tống, đời Bắc Tống, nhà Bắc Tống, triều Bắc Tống, thời Tây Hán, đời Tây Hán, nhà Tây Hán, triều Tây Hán, thời Đông Hán, đời Đông Hán, nhà Đông Hán, triều Đông Hán, thời Thục Hán, đời Thục Hán, nhà Thục Hán, triều Thục Hán, thời Tam Quốc, đời Tam Quốc, nhà Tam Quốc, triều Tam Quốc, thời Xuân Thu, đời Xuân Thu, nhà Xuân Thu, triều Xuân Thu, thời Chiến Quốc, đời Chiến Quốc, nhà Chiến Quốc, triều Chiến Quốc"""

VIETNAMESE = """Việt Nam, Hà Nội, TP.HCM, TP HCM, Thành phố Hồ Chí Minh, TP Hồ Chí Minh, TP. Hồ Chí Minh, Tp. Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế, Quảng Ninh,
Lạng Sơn, Cao Bằng, Lào Cai, Hà Giang, Điện Biên, Lai Châu, Sơn La, Tuyên Quang, Thái Nguyên, Bắc Ninh,
Bắc Giang, Phú Thọ, Vĩnh Phúc, Hưng Yên, Hải Dương, Thái Bình, Nam Định, Ninh Bình, Thanh Hóa, Nghệ An,
Hà Tĩnh, Quảng Bình, Quảng Trị, Quảng Nam, Quảng Ngãi, Bình Định, Phú Yên, Khánh Hòa, Ninh Thuận, Bình Thuận,
Gia Lai, Kon Tum, Đắk Lắk, Đắk Nông, Lâm Đồng, Đồng Nai, Bình Dương, Bình Phước, Tây Ninh, Long An,
Tiền Giang, Bến Tre, Vĩnh Long, Trà Vinh, Đồng Tháp, An Giang, Kiên Giang, Hậu Giang, Sóc Trăng, Bạc Liêu,
Cà Mau, Bà Rịa, Vũng Tàu, Quốc hội, Chính phủ, Ủy ban Nhân dân, Uỷ ban Nhân dân, UBND, HĐND, Mặt trận Tổ quốc,
Quân đội Nhân dân, Công an Nhân dân, Bộ Công an, Bộ Quốc phòng, Bộ Ngoại giao, Thành ủy, Tỉnh ủy, Quân khu,
Biên phòng, VNA, TTXVN, Đảng Cộng sản Việt Nam, Nhà nước Việt Nam, Thủ tướng Chính phủ, Ban Bí thư,
Văn phòng Trung ương, phía Việt Nam, người Việt, Tỉnh uỷ, Thành uỷ, Huyện ủy, Huyện uỷ, Đảng ủy, Đảng uỷ,
Bộ Công Thương, Bộ Chỉ huy Quân sự, Sở Công Thương, Công Thương, Ngân hàng Nhà nước"""

# Bodies every country has, named without a country (Vietnam's by the press's convention, but only weakly): the
# names in VIETNAMESE that are not Vietnam's name, its places or bodies only it has.
_GENERIC = {key(w) for w in """Quốc hội, Chính phủ, Ủy ban Nhân dân, Uỷ ban Nhân dân, Bộ Công an, Bộ Quốc phòng,
Bộ Ngoại giao, Thành ủy, Tỉnh ủy, Quân khu, Biên phòng, Ban Bí thư, Văn phòng Trung ương, Tỉnh uỷ, Thành uỷ,
Huyện ủy, Huyện uỷ, Đảng ủy, Đảng uỷ, Bộ Công Thương, Bộ Chỉ huy Quân sự,
Thủ tướng Chính phủ, Ngân hàng Nhà nước""".replace("\n", " ").split(", ")}

# Other countries and foreign places: never names (Hàn Quốc is Korea, not a Mr Han Guo), and no cue either way;
# so are the provinces both countries have (Hà Nam, Hà Bắc, Sơn Tây).
ELSEWHERE = """Hàn Quốc, Triều Tiên, Nhật Bản, Hà Lan, Hoa Kỳ, Mỹ, Nga, Anh, Pháp, Đức, Ý, Ấn Độ, Thái Lan, Lào,
Campuchia, Singapore, Malaysia, Indonesia, Philippines, Myanmar, Mông Cổ, Úc, Tây Ban Nha, Bồ Đào Nha, Thụy Sĩ,
Thụy Điển, Na Uy, Phần Lan, Ba Lan, Séc, Hy Lạp, Thổ Nhĩ Kỳ, Ai Cập, Nam Phi, Tân Tây Lan, Bắc Triều Tiên,
Châu Âu, Châu Á, Châu Phi, Châu Mỹ, châu Âu, châu Á, châu Phi, châu Mỹ, Trung Đông, Đông Nam Á, Liên Hợp Quốc, Liên hợp quốc, Nhà Trắng, Điện Kremlin,
Bình Nhưỡng, Seoul, Tokyo, Washington, Moscow, London, Paris, Hollywood, Đan Mạch, Bỉ, Áo, Hung, Ukraine, Israel,
Iran, Iraq, Ả Rập Xê Út, Cu Ba, Brazil, Argentina, Mexico, Canada, Pakistan, Bangladesh, Sri Lanka, Nepal,
Kazakhstan, Đông Timor, Brunei, Vatican, Ai Len, Tân Gia Ba, Miến Điện, Lục Xâm Bảo, Gia Nã Đại, Úc Đại Lợi,
Hà Nam, Hà Bắc, Sơn Tây, Hà Tây"""

# Words that introduce a person: forms of address, ranks, offices, occupations (lower case), with the
# occupation and honour nouns of a general list (sport, arms, medicine, religion, trades), less single syllables
# that are also common verbs or nouns (thợ, lính, đào) and those that head bodies' capitalised names, which a
# title may reach across a few words (trường Cảnh sát quốc gia II, tổng kho Long Bình: no person; so no cảnh
# sát, sĩ quan, kiểm lâm, du kích, quân nhân, thầy thuốc, điều dưỡng, anh hùng).
# A player's position (trung vệ, thủ thành) and the offices of the empires and warlord years (tổng đốc, thái thú,
# quân phiệt) are titles too: history and sport name persons after them and nothing else.
TITLES = """ông, bà, anh, chị, ngài, đồng chí, đ/c, cụ, nhà báo, bác sĩ, luật sư, nhà văn, nhà thơ, nhà sử học,
nhà khoa học, nhà nghiên cứu, nhà ngoại giao, nhà sản xuất, nhà hoạt động, nhà kinh tế học, nhà vật lý, nhà toán học,
doanh nhân, tỷ phú, tỉ phú, đạo diễn, diễn viên, ca sĩ, nhạc sĩ, họa sĩ, hoạ sĩ, nghệ sĩ, kiến trúc sư, kỹ sư,
giáo sư, phó giáo sư, tiến sĩ, học giả, vận động viên, võ sĩ, kỳ thủ, cầu thủ, tay vợt, huấn luyện viên, hlv,
phi hành gia, nhà du hành, người mẫu, hoa hậu, tác giả, dịch giả, nhà sáng lập, người sáng lập,
đại tướng, thượng tướng, trung tướng, thiếu tướng, đại tá, thượng tá, trung tá, thiếu tá, đại úy, thượng úy,
trung úy, thiếu úy, đô đốc, phó đô đốc, chuẩn đô đốc, tướng, nguyên soái,
bộ trưởng, thứ trưởng, chủ tịch, phó chủ tịch, chủ tịch nước, thủ tướng, phó thủ tướng, tổng bí thư, bí thư,
phó bí thư, chủ nhiệm, phó chủ nhiệm, giám đốc, phó giám đốc, tổng giám đốc, cục trưởng, phó cục trưởng,
tổng cục trưởng, vụ trưởng, viện trưởng, chánh án, đại sứ, tổng lãnh sự, lãnh sự, trưởng đoàn, phó trưởng đoàn,
người phát ngôn, phát ngôn viên, trưởng ban, phó trưởng ban, tổng thư ký, ủy viên, uỷ viên, tư lệnh, phó tư lệnh,
chính ủy, chính uỷ, tham mưu trưởng, ngoại trưởng, thị trưởng, phó thị trưởng, tỉnh trưởng, phó tỉnh trưởng,
chủ tịch tỉnh, thống đốc, tổng kiểm toán, tổng thanh tra, hiệu trưởng, trưởng phòng, trưởng công an, huyện trưởng,
đặc phái viên, đặc sứ, cố vấn, quốc vụ khanh, phó tổng lý, tổng lý, viện sĩ, giám mục, hòa thượng, thủ lĩnh,
lãnh đạo, người đứng đầu, đại diện, cựu, nguyên, gs, pgs, ts, ths, pgs.ts, gs.ts, nsnd, nsưt,
sinh viên, du học sinh, nghiên cứu sinh, học sinh, học viên, thạc sĩ, chuyên gia, tham tán, tham tán công sứ, tùy viên, tuỳ viên,
công sứ, bí thư thứ nhất, đại biểu, đại biểu quốc hội, nghị sĩ, hạ nghị sĩ, thượng nghị sĩ, trưởng đặc khu, đặc khu trưởng, tuyển thủ, thủ môn, tiền đạo, tiền vệ, hậu vệ, kình ngư,
cơ thủ, vđv, danh tướng, tướng quân, thẩm phán, kiểm sát viên, điều tra viên, giám sát viên, thanh tra viên, giáo viên, giảng viên, thầy giáo,
cô giáo, trợ lý, thư ký, phu nhân, quan chức, phóng viên, biên tập viên, bình luận viên, phát thanh viên, đội trưởng, đồn trưởng, chỉ huy trưởng,
bị cáo, bị can, nghi phạm, nghi can, đối tượng, trùm, trưởng thôn, trưởng bản, trưởng ấp, ceo, lực sĩ, tài tử,
danh hài, văn sĩ, nữ sinh, nam sinh, cô dâu, hướng dẫn viên, phiên dịch viên, tài xế, ông chủ, bà chủ, nông dân,
ngư dân, công nhân, cựu chiến binh, chiến sĩ, cán bộ, linh mục, thượng tọa, đại đức, ni sư, thiền sư,
nhà sư, sư thầy, trụ trì, phi công, nghệ nhân, trọng tài, trưởng nhóm, thành viên, thuyền trưởng, game thủ, nhiếp ảnh gia,
ngôi sao, siêu sao, sao nữ, sao nam, thần tượng, minh tinh, ảnh đế, ảnh hậu, thị đế, thị hậu, tiểu hoa đán, hoa đán, thiên hậu, nam chính, nữ chính, biên kịch, biên đạo, vũ công,
người dẫn chương trình, dẫn chương trình, mc, danh thủ, huyền thoại, danh họa, danh hoạ, nhà quân sự, nhà chính trị, nhà tư tưởng, nhà triết học, nhà giáo dục,
nhà hóa học, nhà sinh học, nhà thiên văn, nhà soạn nhạc, nhà biên kịch, nhà thiết kế, nhà đầu tư, nhà lãnh đạo,
nhà cách mạng, nhà lập pháp, nhà bình luận, nhà phê bình, nhà tài phiệt, nhà thám hiểm, nhà khảo cổ, nhà giáo, nhà thư pháp, chủ công, phụ công, chuyền hai, đối chuyền, tay đua, xạ thủ, cung thủ, kiện tướng,
đại kiện tướng, sử gia, triết gia, thi sĩ, văn hào, tiểu thuyết gia, nhạc trưởng, chính trị gia, lãnh tụ,
hoàng đế, hoàng hậu, thái hậu, tể tướng, thừa tướng, quân sư, nữ quan, danh y, trưởng khoa, phó trưởng khoa,
bí thư thành ủy, bí thư tỉnh ủy, bí thư thành uỷ, bí thư tỉnh uỷ, đương kim vô địch, tân vô địch, cựu vô địch,
á quân, cặp đôi, bộ đôi, vợ chồng, nhà vô địch, chỉ huy, tổng chỉ huy, công trình sư, tổng công trình sư,
kỹ sư trưởng, nhà du hành vũ trụ, công dân, du khách, thương nhân, trưởng phái đoàn, phó trưởng phái đoàn, blogger, vlogger, youtuber, tiktoker, streamer, người dẫn bản tin,
trưởng đại diện, đại diện thường trực, tổng biên tập, phó tổng biên tập, ủy viên trưởng, uỷ viên trưởng,
nhà soạn kịch, nhà viết kịch, soạn giả, chân chạy, nữ hoàng, cao tăng, tay cơ, lập trình viên,
đô cử, đô vật, đấu thủ, cao thủ, hung thủ, võ sư, thủy thủ, thuỷ thủ, thủ quỹ, liệt sĩ, dũng sĩ, hiệp sĩ,
kỵ sĩ, nghĩa sĩ, chí sĩ, nhân sĩ, ẩn sĩ, tu sĩ, đạo sĩ, cư sĩ, y sĩ, nha sĩ, dược sĩ, binh sĩ, hạ sĩ, trung sĩ,
thượng sĩ, binh nhất, binh nhì, y tá, lương y, kế toán, đầu bếp, bếp trưởng, đại gia, tiểu thương, nhà buôn,
chủ doanh nghiệp, cổ động viên, nhạc công, diễn viên múa, nhà tạo mẫu, ca nương, thợ cả, đồng sáng lập,
thần đồng, xã trưởng, mỹ nam, mỹ nhân, giọng ca, quán quân, golf thủ, đôi nam, đôi nữ, đôi nam nữ, danh ca, thiếu niên, thiếu nữ,
trung vệ, trung phong, thủ thành, hộ công, thầy, quân phiệt, tổng đốc, tuần phủ, tri phủ, tri huyện, thái thú,
tổng binh, đề đốc, thống chế, hội trưởng, phó hội trưởng, tổng tài, phó tổng tài, cặp, cô gái, chàng trai,
cậu bé, cô bé, thái phó, thái sư, thái úy, thái uý, tiết độ sứ, đại thần, thượng thư, sĩ quan, hạ sĩ quan,
tiểu đội trưởng, trung đội trưởng, đại đội trưởng, tiểu đoàn trưởng, trung đoàn trưởng, lữ đoàn trưởng,
sư đoàn trưởng, quân đoàn trưởng, thiết kế sư, tổng thiết kế sư, tổng thiết kế, lãnh binh, thủ trưởng, phó thủ trưởng,
chánh văn phòng, phó chánh văn phòng, chánh thanh tra, phó chánh thanh tra, diva, kiếm thủ, tay chèo, tay bơi,
tay đấm, viên quan, thi hào, cây bút, học trò, đồng nghiệp, cộng sự, người kế nhiệm, người tiền nhiệm,
giọng nam cao, giọng nữ cao, giọng nam trung, giọng nữ trung, giọng nam trầm, trưởng tổ, tổ trưởng, phó trưởng tổ,
hoạn quan, quyền thần, danh gia, thi nhân, nữ sĩ, nho sĩ, danh nho, danh sĩ, mưu sĩ, sứ thần, văn nhân"""

# Capitalised heads of bodies and titles that also read as surnames (Bộ Chính trị, Ban Chấp hành, Bộ An ninh):
# a run starting with one is not a person. Not Thành: its bodies (Thành ủy, Thành phố, Thành đoàn) go on in lower
# case, so a capitalised run it opens is a name (Thành Long, a surname 成).
NOT_NAMES = {key(w) for w in "Bộ Ban Sở Cục Viện Vụ Hội Đảng Tổng Ủy Uỷ Quân Trường Học Tòa Toà Khu Chi Đội "
             "Nhà Công Tỉnh Huyện Quận Xã Phường Cửa Cảng Sân Đài Báo Liên Mặt Trung Chủ Trạm Đồn".split()}

# Words right before a capitalised run that make it a place or a thing named, not a person (Hà Nội after tại,
# giải Kim Mã, chùa Trấn Quốc).
PLACE_BEFORE = """tại, ở, tỉnh, thành phố, tp, tp., huyện, quận, xã, phường, thị xã, thị trấn, khu, vùng, đảo, sông,
biển, núi, cửa khẩu, cảng, sân bay, thủ đô, đến, tới, thăm, từ, về, đường, phố, khu tự trị, châu, bang, miền,
giải, giải thưởng, cúp, chùa, đền, đình, tàu, hãng, thương hiệu, khách sạn, quỹ, chiến dịch, vịnh, hồ, hang, đèo, thác"""


def _phrases(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\n", " ").split(",") if p.strip()]


def _pattern(phrases: list[str], case: bool) -> LazyPattern:
    alts = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True)
    return LazyPattern(r"(?<![^\W\d_])(?:" + "|".join(alts) + r")(?![^\W\d_])", 0 if case else re.IGNORECASE)


def _places(kind: str | None = None) -> list[str]:
    """China's provinces, cities and mountains that no Vietnamese place or name shares (data/places.tsv, built by
    bench/names_places.py from CC-CEDICT): cues like the hand list, but never blocking a name (spans); with
    `kind` "vietnam-too", the hand list's places that are Vietnamese places as well."""
    return [r[0] for r in rows("places.tsv") if (r[3] == kind if kind else r[3] not in ("vietnam-too", "office"))]


_LANDMARKS_RE = _pattern(_phrases(LANDMARKS), case=True)


def _ministers(phrases: list[str]) -> list[str]:
    """A ministry only China has, as a minister's title names it without "Bộ" (Bộ trưởng Dân chính, Thứ trưởng
    Bảo vệ Môi trường): the same cue."""
    return [f"{title} {p[3:]}" for p in phrases if p.startswith("Bộ ") and not p.startswith("Bộ Tham mưu")
            for title in ("Bộ trưởng", "Thứ trưởng")]


# The Ming dynasty (nhà / triều / thời (nhà) / đời Minh; not thời Minh thuộc, Vietnam under its rule) is no China cue:
# Vietnam's history names it as the invader, the court its envoys went to and the one some of its people served
# (kháng chiến chống nhà Minh, đi sứ nhà Minh, làm quan cho nhà Minh). It says whose only in a person's own words,
# closing the title before the name or next to it after (clause.ming_own), and it is never part of a name
# (Tướng nhà Minh Trương Phụ).
MING_RE = re.compile(r"(?<![^\W\d_])(?:[Tt]hời|[Đđ]ời|[Nn]hà|[Tt]riều)\s+(?:nhà\s+)?Minh(?![^\W\d_])(?!\s+thuộc)")
_CORE = _phrases(CHINESE + "," + SPELLED_OUT) + prizes.phrases() + _phrases(COMPANIES) + _ministers(_phrases(CHINESE)) + _phrases(LANDMARKS)
# tiếng Trung gives way to Trung Quốc: Quốc never leads the name after (nổi tiếng Trung Quốc X: famous, whose)
_NOT_LANGUAGE = r"(?!(?i:tiếng)\s+Trung\s+(?:Quốc|Hoa)(?![^\W\d_]))"
_CORE_RE, CHINESE_RE = LazyPattern(_NOT_LANGUAGE + _pattern(_CORE, case=True).pattern), LazyPattern(
    f"(?:{_NOT_LANGUAGE}{_pattern(_CORE + _places(), True).pattern}|{OWN}|{NAMED_CITY}|{CHINA_NAMED})")
_COMPANIES = {key(c) for c in _phrases(COMPANIES)}
# A place of CHINESE that Vietnam has too, after the unit Vietnam gives it or its committee's (Huyện ủy: the huyện's),
# is Vietnam's (UBND huyện Trùng Khánh, Cao Bằng; not Chongqing, which no Vietnamese text calls a huyện).
_SHARED = {key(p) for p in _places("vietnam-too")}
_UNIT_BEFORE = re.compile(r"(?<![^\W\d_])(huyện|xã|phường|thị trấn|thị xã|quận|đặc khu)(?:\s+[ủu][yỷ])?\s+$", re.I)


def vietnamese_place(text: str, m: re.Match) -> bool:
    """Whether the place `m` is Vietnam's namesake, after the unit Vietnam gives it (huyện Trùng Khánh)."""
    unit = _UNIT_BEFORE.search(text, max(0, m.start() - 12), m.start())
    return bool(unit) and key(f"{unit.group(1)} {m.group()}") in _SHARED


_VN, _CN, _AND = r"(?:Việt Nam|Việt)", r"(?:Trung Quốc|Trung|Hoa(?!\s+Kỳ))", r"\s*(?:-|–|và)\s*"
_BILATERAL = re.compile(r"(?<![^\W\d_])(?:" + _VN + _AND + _CN + "|" + _CN + _AND + _VN + r")(?![^\W\d_])")
# (Mỹ before a lower-case syllable of a Sino-Vietnamese word is 'beauty', no America: Học viện Mỹ thuật Trung ương,
# Mỹ phẩm, Mỹ nghệ)
ELSEWHERE_RE = re.compile(r"(?!Mỹ\s+(?:thuật|nghệ|phẩm|học|cảm|quan|nhân|vị|mãn|lệ|miều)(?![^\W\d_]))"
                          + _pattern(_phrases(ELSEWHERE), case=True).pattern)
VIETNAMESE_RE = _pattern(_phrases(VIETNAMESE) + _phrases(VIETNAMESE_COMPANIES) + _phrases(vietnam_bodies.BODIES), True)
TITLE_KEYS = {key(t) for t in _phrases(TITLES)}
PLACE_BEFORE_KEYS = {key(t) for t in _phrases(PLACE_BEFORE)}
# A place after these says where something happens or goes (chuyến thăm Trung Quốc của ông X, Đại sứ Trung Quốc
# tại Việt Nam), not whose a person is: it is not counted.
_WHERE = {key(w) for w in "tại ở sang đến tới thăm về từ giáp".split()}  # (giáp: bordering)
_WORDS = re.compile(r"[^\W\d_]+")


# A country after these is what someone studies or knows (Viện Nghiên cứu Trung Quốc), not whose they are. Not
# after "nhà" (nhà nghiên cứu Trung Quốc is a Chinese researcher).
_TOPIC = {key(w) for w in ("dạy", "nghiên cứu", "tìm hiểu", "thạo", "giỏi", "biết")}


# A field an expert knows or writes about (chuyên gia về chính sách đối ngoại của Trung Quốc): a topic, not whose;
# an office's remit is whose (Đặc phái viên về khí hậu của Trung Quốc).
_STUDY = r"(?<![^\W\d_])(?i:chuyên gia|nghiên cứu|am hiểu|hiểu biết|sách|bài viết|viết|giảng dạy)"
_TOPIC_OF = re.compile(_STUDY + r"\s+về\s[^,.;:()]{0,50}$")
# ... but the place of work that closes the phrase is whose (nhà nghiên cứu về Việt Nam của Viện Khoa học Xã hội
# Trung Quốc: a researcher of the Chinese academy, Vietnam the topic)
_ABOUT = re.compile(_STUDY + r"\s+$")
_EMPLOYER = re.compile(r"\scủa\s+(?:Viện|Học viện|Đại học|Trường|Trung tâm|Hội|Tạp chí|Báo)\s")


# A field of study named right before the country, after the study (nhà nghiên cứu văn học Trung Quốc, giảng dạy
# lịch sử Trung Quốc, dịch giả văn học Trung Quốc): the country is the field's, a topic, even after "nhà" (the
# person's own country would stand right after "nhà nghiên cứu", or after "người").
_FIELD_OF = re.compile(r"(?<![^\W\d_])(?i:nghiên cứu|giảng dạy|dạy|dịch|dịch giả|tìm hiểu|am hiểu)\s+"
                       r"(?i:văn học|văn hóa|văn hoá|lịch sử|sử học|triết học|ngôn ngữ|ngôn ngữ học|Hán học|Hán Nôm|"
                       r"nghệ thuật|kinh tế|chính trị|chính sách|quân sự|tư tưởng|thơ|tiểu thuyết|văn chương)"
                       r"(?:\s+(?:cổ điển|cổ đại|hiện đại|đương đại|cận đại))?\s+$")


# Where a person comes from is whose, not where: xuất thân từ một làng quê ở tỉnh Hà Bắc, Trung Quốc; sinh ra ở
# Trùng Khánh; quê ở Phúc Kiến; sinh năm 2005 ở Bắc Kinh (within the clause, a few words back).
_ORIGIN = re.compile(r"(?<![^\W\d_])(?:xuất thân|sinh ra|quê|sinh\s+năm\s+\d{4}\s+(?:ở|tại))(?![^\W\d_])[^.;:!?]{0,60}$", re.I)


def where(text: str, start: int) -> bool:
    """Whether the cue at `start` says where something happens or goes, not whose a person is."""
    if _LANDMARKS_RE.match(text, start):
        return True
    origin = _ORIGIN.search(text, max(0, start - 70), start)
    if origin and not any(w[:1].islower() for w in _WORDS.findall(origin.group().rsplit(",", 1)[-1])
                          if "," in origin.group()):
        # (across a comma only the rest of a place's name: quê ở tỉnh Hà Bắc, Trung Quốc; not another clause:
        # người sinh ra ở Thái Lan, từng được cử sang Quảng Châu)
        return False
    topic = _TOPIC_OF.search(text, max(0, start - 80), start)
    if topic and not _EMPLOYER.search(topic.group()):
        return True
    words = _WORDS.findall(text[max(0, start - 40):start])
    if words[-1:] and key(words[-1]) in (key("của"), key("phía")):
        # Đặc phái viên về khí hậu của Trung Quốc: whose; về phía Trung Quốc: a side, not where; but a place
        # of Vietnam gone to is where (a Chinese envoy thăm nhiều tỉnh của Việt Nam; China's side of this is
        # already no evidence after the name, and a text filmed in provinces of China is still about China)
        of = text.rfind(words[-1], 0, start)
        place = list(_WORDS.finditer(text, max(0, of - 30), of))
        return bool(key(words[-1]) == key("của") and place and key(place[-1].group()) in _PLACE_OF
                    and VIETNAMESE_RE.match(text, start) and _after_a_where_word(text, place[-1].start()))
    if _after_a_where_word(text, start):
        return True
    last = [key(w) for w in words[-4:]]
    if last[-1:] == [key("tiếng")] and last[-2:-1] != [key("nổi")] or key(text[start:start + 5]) == key("tiếng"):
        # a language is what someone speaks, teaches or interprets (phiên dịch viên tiếng Trung X); "nổi tiếng"
        # is famous (nhà văn nổi tiếng Trung Quốc X, nữ quan nổi tiếng thời Đường): whose
        return True
    if _FIELD_OF.search(text, max(0, start - 60), start):
        return True
    for n in (2, 1):
        if len(last) >= n and " ".join(last[-n:]) in _TOPIC:
            # ("cho biết Bắc Kinh ..." is "said Beijing ...", not "knows China", but it stays out too: a
            # spokesperson saying what China should do is no more Chinese than Vietnamese, and a Vietnamese one
            # was kept only so)
            return last[-n - 1:-n] != [key("nhà")]
    return False


# Places that belong to a country (tỉnh của Việt Nam): after a where-word, where, not whose.
_PLACE_OF = {key(w) for w in "tỉnh thành phố địa phương vùng khu nơi miền huyện xã".split()}


# Lower-case words inside a place's name (Phượng Hoàng cổ trấn, tỉnh Hồ Nam; thành phố Nam Ninh, khu tự trị ...).
PLACE_WORDS = {key(w) for w in "tỉnh thành phố huyện quận xã thị trấn khu tự trị".split()}


def _after_a_where_word(text: str, start: int) -> bool:
    """A where-word a few words back (sang thăm Trung Quốc, làm việc ở xưởng Trung Quốc), or before a place the
    country or region completes (tại Đại học Phúc Đán, Thượng Hải; ở Nam Ninh (Quảng Tây, Trung Quốc)). The walk
    back crosses capitalised words, place words, commas and brackets and at most three other words; a title in
    between (Phát biểu tại Tokyo, Đại sứ Trung Quốc) means the country is the title's, not where."""
    pos, loose = start, 0
    found = list(_WORDS.finditer(text, max(0, start - 100), start))
    for k in range(len(found) - 1, -1, -1):
        w = found[k]
        if text[w.end():pos].strip(" ,()–-"):
            return False
        word = key(w.group())
        prev = found[k - 1] if k else None
        pair = f"{key(prev.group())} {word}" if prev and text[prev.end():w.start()] == " " else ""
        if word == key("về") and _ABOUT.search(text, max(0, w.start() - 20), w.start()):
            return False  # nghiên cứu về Việt Nam của Viện ... Trung Quốc: about, not gone to
        if word in _WHERE and pair != key("nhà ở") and _office_at_body(found, k):
            return False  # Trưởng Tổ kiểm tra tại Bộ Công an Trung Quốc: the body the office is held at is whose
        if word in _WHERE and pair != key("nhà ở"):  # Bộ Nhà ở và Phát triển Đô thị: housing, not where
            # ... and where a person was born or comes from is whose (sinh ra ở Trùng Khánh, quê ở Phúc Kiến)
            before = [key(w.group()) for w in found[max(0, k - 2):k]]
            return not (before[-1:] == [key("quê")] or before[-2:] in ([key("sinh"), key("ra")], [key("sinh")]))
        if word in TITLE_KEYS or pair in TITLE_KEYS:
            return False
        if not (w.group()[:1].isupper() or word in PLACE_WORDS):
            loose += 1
            if loose > 3:
                return False
        pos = w.start()
    return False


_BODY_HEADS = {key(w) for w in "Bộ Cục Ban Sở Vụ Ủy Uỷ Tổng".split()}


def _office_at_body(found: list[re.Match], k: int) -> bool:
    """An office held at a body (Trưởng Tổ kiểm tra kỷ luật tại Bộ Công an ...): a capitalised body's head after
    the where-word, a title (or a unit's head: Trưởng, Phó) a few words before it."""
    after = found[k + 1] if k + 1 < len(found) else None
    if after is None or not after.group()[:1].isupper() or key(after.group()) not in _BODY_HEADS:
        return False
    before = found[max(0, k - 8):k]
    keys = [key(w.group()) for w in before]
    if _VISITS & set(keys) or _VISITS & {" ".join(keys[j:j + 2]) for j in range(len(keys) - 1)}:
        return False  # làm việc tại Bộ Thương mại Trung Quốc: where a visitor is, whose office it is not
    heads = [w for w in before if w.group()[:1].isupper() and key(w.group()) in {key("Trưởng"), key("Phó")}]
    return bool(heads) or any(" ".join(keys[j:j + n]) in TITLE_KEYS - {key("ông"), key("bà"), key("anh"), key("chị")}
                              for n in (1, 2, 3) for j in range(len(keys) - n + 1))


_VISITS = {key(w) for w in ("làm việc", "thăm", "họp", "hội đàm", "hội kiến", "gặp", "dự", "phát biểu", "ký",
                            "đàm phán", "trình bày", "buổi", "chuyến", "học", "tu nghiệp", "thực tập", "công tác")}


def _bilateral(text: str) -> str:
    """`text` with both countries of a bilateral name blanked (Hội Hữu nghị Việt Nam - Trung Quốc, Ủy ban Liên
    hợp Trung Quốc - Việt Nam, quan hệ Việt - Trung): it is neither side's."""
    return _BILATERAL.sub(lambda m: _blank_bilateral(text, m), text)


_CN_FIRST = re.compile(_CN + _AND)
_FRIENDSHIP = re.compile(r"(?<![^\W\d_])Hội\s+[Hh]ữu\s+nghị\s+$")


def _blank_bilateral(text: str, m: re.Match) -> str:
    """Each side's friendship association names its own country first (Hội Hữu nghị Trung Quốc - Việt Nam is
    China's, Hội Hữu nghị Việt Nam - Trung Quốc Vietnam's): there the first country is kept; any other
    bilateral name is blanked whole (a replacement of its own, not text.spans.blank, for the kept country)."""
    if _CN_FIRST.match(m.group()) and _FRIENDSHIP.search(text[max(0, m.start() - 30):m.start()]):
        china = re.match(_CN, m.group()).group()
        return china + " " * (len(m.group()) - len(china))
    return " " * len(m.group())


@lru_cache(maxsize=8192)  # the same sentences are read once per person and mention
def count(text: str, bilateral: bool = False, generic: bool = True) -> tuple[int, int]:
    """(Chinese cues, Vietnamese cues) in `text`, leaving out places named as where something happens and, in a
    person's own words, bilateral names (`bilateral` keeps them: around a person they say both countries are
    there). A Vietnamese body with a Chinese cue right after it is China's (Bộ Công an Trung Quốc): it counts
    for China."""
    text = text if bilateral else _bilateral(text)
    chinese = sum(1 for m in CHINESE_RE.finditer(text) if not where(text, m.start()) and not _arm(text, m)
                  and not vietnamese_place(text, m))
    vietnamese = sum(1 for m in VIETNAMESE_RE.finditer(text)
                     if not where(text, m.start()) and not qualified(text, m.end())
                     and (generic or key(m.group()) not in _GENERIC))
    return chinese, vietnamese


# Words that may stand between a body and the country it belongs to (Quân khu Nam Bộ Chiến của Trung Quốc,
# Ủy ban Nhân dân tỉnh Vân Nam).
_BODY_LINK = {key(w) for w in ("của", "tỉnh", "thành", "phố", "khu", "tự", "trị")}


_NOT_INSIDE = {key(w) for w in "và với cho cùng tại ở là đã sẽ đang".split()}
# An ordinal right after a body is its office's (Bí thư Tỉnh ủy đầu tiên của tỉnh Hải Nam, the province's first
# party secretary): the place after it is still the body's.
_ORDINAL = re.compile(r"(?:đầu tiên|cuối cùng|thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+))\s+(?=của\s)")
_AT = {key("ở"), key("tại")}
_CENTRAL = re.compile(r"(?<![^\W\d_])Trung ương\s+$")


def qualified(text: str, pos: int) -> bool:
    """A Chinese cue closes the body that ends at `pos`: right after it, or after the rest of the body's
    capitalised name and của/tỉnh: the body is China's, whatever its name shares with a Vietnamese one."""
    if any(m.start() < pos < m.end() for m in CHINESE_RE.finditer(text, max(0, pos - 60), pos + 60)):
        return True  # the body's words open one of China's own bodies (Quân khu Lan Châu)
    pos = _skip_space(text, pos)
    if (ordinal := _ORDINAL.match(text, pos)) is not None:
        pos = ordinal.end()
    after_capital = False  # one lower-case word may follow a capitalised one: Ngân hàng Nhân dân, Bộ Ngoại giao
    for _ in range(9):
        if (cue := CHINESE_RE.match(text, pos)) is not None:
            return not _arm(text, cue)  # Huawei Việt Nam: the company's Vietnamese arm, no body of China's
        w = _WORDS.match(text, pos)
        if not w:
            return False
        capital = w.group()[:1].isupper()
        inside = after_capital and key(w.group()) not in _NOT_INSIDE
        if key(w.group()) in _AT and _CENTRAL.search(text, 0, pos):
            inside = True  # a central body placed in a city (Nhạc viện Trung ương ở Bắc Kinh) is that country's
        if not (capital or key(w.group()) in _BODY_LINK or inside):
            return False
        after_capital = capital
        pos = _skip_space(text, w.end())
    return False


def _arm(text: str, m: re.Match) -> bool:
    """A Chinese name right before Vietnam's (Huawei Việt Nam, Tập đoàn Alibaba Việt Nam), or a company's before
    where in Vietnam it works (đại diện Oppo tại Việt Nam, đại lý DJI ở Hà Nội; a gloss of the company's name, or the
    gloss's own close, may come between: Tập đoàn Hoa Vi (Huawei) tại Việt Nam), is the company's Vietnamese arm."""
    company = key(m.group()) in _COMPANIES or re.fullmatch(CHINA_NAMED, m.group())  # (Air China's office too)
    gloss = re.match(r"\s*\([^()]{1,30}\)|\)", text[m.end():]) if company else None
    end = m.end() + (gloss.end() if gloss else 0)
    at = re.match(r"\s+(?:tại|ở)\s+", text[end:]) if company else None
    return bool(VIETNAMESE_RE.match(text, _skip_space(text, end + (at.end() if at else 0))))


@lru_cache(maxsize=8192)  # the same sentences are read once per person and mention
def names_china(text: str) -> bool:
    """Whether `text` names China other than as where something happens (a bilateral name counts here)."""
    return any(not where(text, m.start()) and not vietnamese_place(text, m) for m in CHINESE_RE.finditer(text))


def located(pattern: re.Pattern | LazyPattern, text: str) -> list[re.Match]:
    """The matches of `pattern` in `text` that say whose, not where (nor a bilateral name's)."""
    text = _bilateral(text)
    return [m for m in pattern.finditer(text) if not where(text, m.start())
            and not (pattern is CHINESE_RE and (_arm(text, m) or vietnamese_place(text, m)))]


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " (":
        pos += 1
    return pos


def spans(text: str) -> list[tuple[int, int]]:
    """Where the country, place and body cues of `text` are (so that they are never read as a name)."""
    return list(_spans(text))


@lru_cache(maxsize=8192)  # a sentence is read once per person found and once per mention's clause
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for pattern in (_CORE_RE, VIETNAMESE_RE, ELSEWHERE_RE, _BILATERAL, MING_RE, OWN_RE,
                                          NAMED_CITY_RE) for m in pattern.finditer(text))


# A scholar's word ending in "học" before "sinh" (born: nhà toán học sinh ở Trùng Khánh) makes no pupil (học sinh), a
# stranger's post in China or a party: scholar_born writes the seam as a comma (same length, offsets kept).
_SCHOLAR_BORN = re.compile(r"(?<![^\W\d_])((?i:nhà)(?:\s+[^\W\d_]+){1,2}\s+học)\s(sinh(?:\s+ra)?\s+(?:ở|tại|năm)"
                           r"(?![^\W\d_]))")


def scholar_born(text: str) -> str:
    return _SCHOLAR_BORN.sub(r"\1,\2", text)
