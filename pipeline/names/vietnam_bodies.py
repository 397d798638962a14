"""Bodies only Vietnam has by the name the Vietnamese press gives them: a Vietnamese cue as strong as Vietnam's
name (cues.VIETNAMESE_RE), unlike the bodies every country has (Bộ Công an, Tỉnh ủy), which count only weakly.

A Vietnamese official's title names no country (the press's convention for Vietnam's own offices), so the body
itself is all that says whose the office is. These are the Party's, the government's and the army's bodies whose
Chinese counterparts bear other names: the Party's commissions (China's liaison department is Ban Liên lạc Đối ngoại,
its discipline commission Ủy ban Kiểm tra Kỷ luật, its propaganda department Ban Tuyên truyền), the ministries China
has never had under that name (China's are Bộ Nông nghiệp và Nông thôn, Bộ Sinh thái và Môi trường, Bộ Giáo dục,
Bộ Dân chính), the numbered military regions (China's were named for a city, its theatres are Chiến khu) and the
capital command, the trade-union confederation (China's is Tổng Công hội). Not the bodies both have by one name (Bộ
Giao thông vận tải, Bộ Khoa học và Công nghệ, Bộ Tư pháp, Bộ Tổng Tham mưu, Ban Tổ chức Trung ương), nor those
another country's may open (Bộ Nội vụ, Taiwan's too; Ủy ban Dân tộc, the first words of the CPPCC's Ủy ban Dân tộc
và Tôn giáo)."""

from __future__ import annotations

BODIES = """Ban Đối ngoại Trung ương, Ban Tuyên giáo Trung ương, Ban Tuyên giáo và Dân vận Trung ương,
Ban Dân vận Trung ương, Ban Nội chính Trung ương, Ban Kinh tế Trung ương, Ủy ban Kiểm tra Trung ương,
Uỷ ban Kiểm tra Trung ương, Bộ Nông nghiệp và Môi trường, Bộ Nông nghiệp và Phát triển nông thôn,
Bộ Nông nghiệp và Phát triển Nông thôn, Bộ Tài nguyên và Môi trường, Bộ Kế hoạch và Đầu tư,
Bộ Lao động - Thương binh và Xã hội, Bộ Thông tin và Truyền thông, Bộ Giáo dục và Đào tạo,
Bộ Dân tộc và Tôn giáo, Quân khu 1, Quân khu 2, Quân khu 3, Quân khu 4, Quân khu 5,
Quân khu 7, Quân khu 9, Quân khu Thủ đô, Bộ Tư lệnh Thủ đô, Bộ Tư lệnh Cảnh sát biển, Tổng Liên đoàn Lao động"""
