"""Words of China's for cues.py kept out of its hand list for its size: the bodies only China has as the press
spells them out beside the short forms cues.CHINESE holds, and China's landmarks (where, never whose)."""

# The Party's Political and Legal Affairs Commission written out (cues.CHINESE has its short form, Ủy ban Chính
# pháp): Vietnam has no such commission (its counterpart is Ban Nội chính Trung ương; its assembly's committees are
# Ủy ban Pháp luật, Ủy ban Tư pháp), so the name says China with or without "Trung ương" or a province after it. The
# CMC's Political Work Department with its second word in lower case, as the press mostly writes it (Vietnam's army
# has a Tổng cục Chính trị and, under it, Cục ... công tác chính trị: never a "Bộ"). The State Council's National
# Bureau of Statistics (Vietnam's was Tổng cục Thống kê, since 2025 a Cục Thống kê of its finance ministry: never
# "Quốc gia"), and two ministries by their full names (housing and urban-rural construction; veterans' affairs as
# "Bộ Sự vụ Cựu chiến binh", beside cues' Bộ Cựu chiến binh). The Party's Central Financial and Economic Affairs
# Commission and Policy Research Office (Vietnam's remits are Ban Kinh tế Trung ương, Hội đồng Lý luận Trung ương),
# the State Grain Administration (Vietnam's is Cục Dự trữ Nhà nước) and the internet information office as the press
# shortens it (cues has Văn phòng Thông tin Mạng Internet Trung ương; Vietnam's is Cục An toàn thông tin). The People's
# Bank with no country (Thống đốc Ngân hàng Nhân dân X): China's central bank; Vietnam's is Ngân hàng Nhà nước.
SPELLED_OUT = """Ủy ban Chính trị - Pháp luật, Uỷ ban Chính trị - Pháp luật, Ủy ban Chính trị – Pháp luật,
Uỷ ban Chính trị – Pháp luật, Ủy ban Chính trị và Pháp luật, Uỷ ban Chính trị và Pháp luật,
Ủy ban Chính trị Pháp luật, Uỷ ban Chính trị Pháp luật, Bộ Công tác chính trị, Cục Thống kê Quốc gia,
Bộ Nhà ở và Xây dựng Đô thị - Nông thôn, Bộ Nhà ở và Xây dựng Đô thị – Nông thôn, Bộ Sự vụ Cựu chiến binh,
Ủy ban Tài chính và Kinh tế Trung ương, Uỷ ban Tài chính và Kinh tế Trung ương,
Văn phòng Nghiên cứu chính sách Trung ương, Văn phòng Nghiên cứu Chính sách Trung ương, Cục Lương thực nhà nước,
Cục Lương thực Nhà nước, Văn phòng Thông tin Internet, Ngân hàng Nhân dân"""

# China's landmarks: where a person goes or sees (a Vietnamese photographer at the Great Wall), never whose they
# are - the Three Gorges dam (Tam Hiệp is a Vietnamese commune too), the Yellow River, the Great Wall, Cố cung.
LANDMARKS = """đập Tam Hiệp, thủy điện Tam Hiệp, thuỷ điện Tam Hiệp, công trình Tam Hiệp, sông Hoàng Hà,
Vạn Lý Trường Thành, Cố cung, Cố Cung"""
