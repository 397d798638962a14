"""Lines that are page furniture wherever they stand: section labels and breadcrumbs, tags, comment counters,
CMS footers, widget tokens, URL footers, video labels and channel promos, teaser headings.

Each shape here is one that prose does not take: a label alone on its line, a URL with a few words of
preface, a token of one or two letters. A sentence that merely starts with such a word is never matched.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean import sitebox, webui
from pipeline.ingest.clean.lines import SENTENCE_END, TENSE_MARKERS, VI_LETTERS, words
from pipeline.ingest.clean.slugs import site_route
from pipeline.text.tokens import CAPITALS

TEASER_LABELS = (
    "bài liên quan|bài viết liên quan|tin liên quan|tin tức liên quan|tin cùng chuyên mục|các tin mới hơn|"
    "cùng chuyên mục|bài cùng chuyên mục|tin cùng chủ đề|các tin khác|tin khác|tin mới nhất|các bài viết khác|"
    "tin mới|mới nhất|tin nổi bật|nổi bật|đừng bỏ lỡ|xem thêm|đọc thêm|có thể bạn quan tâm|tin mới hơn|bài viết khác|"
    "có thể bạn muốn xem|bạn có thể quan tâm|tin đọc nhiều|đọc nhiều nhất|đọc nhiều|những tin cũ hơn|tin cũ hơn|"
    "xem nhiều nhất|xem nhiều|tin tiêu điểm|tiêu điểm|video nổi bật|tin nóng|tin bài liên quan|các tin cũ hơn|"
    "bài đọc thêm|tin xem thêm|bài cùng chủ đề|tin cùng loạt bài|cùng loạt bài|tin hay|tin nên đọc|những tin khác|"
    "tin mới cập nhật|bài viết cùng chủ đề|bài viết cùng chuyên mục|tin cùng danh mục|bạn đọc quan tâm|"
    "từ khóa liên quan|từ khoá liên quan|tin ảnh|tin video|chủ đề liên quan|các tin liên quan|các bài liên quan|"
    "các bài viết liên quan|video liên quan|clip liên quan|album liên quan|ảnh liên quan|các video liên quan|"
    "các album đã đăng|album đã đăng|các video đã đăng|video đã đăng|các tin đã đưa|tin đã đưa|bài đã đăng|"
    "tin tức mới nhất|tin tức nổi bật|tin tức khác|tin tức cùng chuyên mục|xem thêm video|xem thêm clip|những tin mới hơn|"
    "related posts|related articles|you may also like"  # a theme's own strings left untranslated
)
_TEASER_RE = re.compile(  # longest first ("Tin mới cập nhật" is one label); a pointing hand or arrow may lead it
    rf"^(?:[👉👇➡➤➜⏩►▶→⇒]\ufe0f?\s*)?(?:{'|'.join(sorted(TEASER_LABELS.split('|'), key=len, reverse=True))})"
    r"(?![\w])\s*(?P<sep>[:»>|\-–]*)\s*"
    r"(?P<rest>.*)$", re.IGNORECASE
)
_LINK_ONLY_RE = re.compile(r"^(?:xem thêm|đọc thêm|đọc nhiều|xem nhiều|tin liên quan|bài liên quan|bài viết liên quan|"
                           r"có thể bạn quan tâm|tin nên đọc|xem thêm (?:video|clip|ảnh|phóng sự))\s*:", re.IGNORECASE)
_GLUED_LINK_RE = re.compile(r"^(?:tin liên quan|bài liên quan|bài viết liên quan|tin tức liên quan|xem thêm|"
                            r"đọc thêm)\s", re.IGNORECASE)
# ">> Headline", ">>> Headline", "► Headline": a link to another story.
ARROW_LINK_RE = re.compile(r"^(?:>{2,3}|»{1,2}|►|▶|→|⇒)\s*(?P<rest>\S.*)$")


def teaser_label(text: str) -> str | None:
    """'label' for a bare heading, 'link' for 'Xem thêm: <headline>', else None.

    Real sentences can start with these words ("Mới nhất, Bộ Y tế ..."), so
    the label must stand alone, carry a colon, or be followed by a few words
    of a section name ("Nổi bật Một thế giới").
    """
    m = _TEASER_RE.match(text)
    if not m or text.endswith(".") and not _LINK_ONLY_RE.match(text):
        return None
    rest, sep = m.group("rest"), m.group("sep")
    if not rest:
        return "label"
    if ":" in sep or "»" in sep or ">" in sep:
        # A label that only ever points elsewhere may carry the other story's headline and its first sentence.
        reach = 60 if _LINK_ONLY_RE.match(text) else 25
        return "link" if words(rest) <= reach else None
    if words(rest) <= 4 and rest[0].isupper() and not any(p in rest for p in ",.;"):
        return "label"
    if _GLUED_LINK_RE.match(text) and rest[0].isupper() and words(rest) <= 30 \
            and not text.endswith(tuple(SENTENCE_END)):
        return "link"  # 'Tin liên quan <another story's headline>': the label glued to its link
    return None


SECTION_LABELS = {
    "theo dòng thời sự", "dòng sự kiện", "trang chủ", "chia sẻ", "share", "tweet", "in bài",
    "in bài viết", "lưu bài viết", "gửi bài viết", "quay lại", "trở lại", "về đầu trang",
    "lên đầu trang", "bình luận", "ý kiến", "ý kiến bạn đọc", "gửi bình luận", "viết bình luận",
    "gửi ý kiến", "theo dõi", "nghe bài viết", "nghe đọc bài", "tags", "tag", "từ khóa", "từ khoá",
    "chủ đề", "bài viết", "tin tức", "thời sự", "các tin đã đăng ngày", "các tin đã đưa ngày", "xem theo ngày",
    # Labels a page prints above the byline or the player, alone on their line.
    "nhà báo", "phóng viên", "tác giả", "video", "clip", "audio", "podcast", "infographic", "emagazine",
    "longform", "megastory", "photo", "ảnh", "chia sẻ bài viết", "sao chép liên kết", "copy link",
    "cỡ chữ", "lưu", "nghe", "đọc bài", "phản hồi", "gửi phản hồi", "báo lỗi", "in", "email", "zalo",
    "facebook", "twitter", "print", "theo dõi trên google news", "google news", "quảng cáo", "advertisement",
    "ad", "ads", "sponsored", "comments", "tương phản", "để lại bình luận", "để lại một bình luận", "leave a comment",
    "leave a reply", "top tags", "popular tags", "tag cloud", "tags cloud",
    "đọc nhanh", "nghe audio", "đọc tin", "thích", "bình chọn", "xem tiếp", "đọc tiếp", "liên hệ quảng cáo",
    "lưu tin", "in trang", "xem bản đầy đủ", "góp ý", "trở về trang trước", "đọc bài gốc", "đọc bài gốc tại đây", "xem bản gốc", "xem bản gốc tại đây",
    "đăng ký nhận tin", "bình luận của bạn", "multimedia", "báo in", "sao chép", "đóng", "thêm bình luận",
    "tải thêm", "đang tải", "đang tải...", "loading", "loading...", "đăng nhập để bình luận", "xem bình luận",
    "có không", "có | không", "có / không", "hữu ích không hữu ích", "xem tin theo ngày",
    # Navigation, account and page-end links
    "gửi bài", "gửi câu hỏi", "chia sẻ qua email", "đánh giá bài viết", "tin tài trợ", "nội dung tài trợ",
    "bài viết được tài trợ", "xem toàn bộ ảnh", "thông tin tòa soạn", "về chúng tôi", "chính sách bảo mật",
    "điều khoản sử dụng", "rss", "đầu trang", "trang trước", "trang sau", "bài trước", "bài sau",
    "bài tiếp theo", "tin trước", "tin sau", "tin tiếp theo", "quay lại chuyên mục", "cũ nhất", "sắp xếp theo",
    "đăng ký", "đăng nhập", "tìm kiếm", "tìm kiếm nâng cao", "menu", "video hot", "xem thêm bình luận", "gửi", "hủy", "huỷ",
    "trả lời", "hiển thị bình luận", "ẩn bình luận", "diễn đàn", "xem lại bàn thắng",
    "nghe đọc bài viết", "nghe đọc", "nghe bài", "nghe bài báo", "nghe toàn bài", "bấm để nghe", "nghe tin", "loader",
    # A masthead's search box and social links; a tab of the latest stories.
    "nhập từ khóa tìm kiếm", "nhập từ khoá tìm kiếm", "nhập từ khóa", "nhập từ khoá", "từ khóa tìm kiếm",
    "nhập nội dung tìm kiếm", "nhập nội dung cần tìm", "kết nối với chúng tôi", "theo dõi chúng tôi", "24h qua",
    # A gallery's tab beside 'Video'; a bulletin's link to its full text; 'back to top' as other themes word it.
    "hình ảnh", "chi tiết tin", "xem chi tiết", "xem chi tiết tin", "trở về đầu trang", "quay về đầu trang",
}
# A masthead's 'about us' link by the paper's name: 'Về Báo X', 'Giới thiệu Tạp chí X' (the name capitalised,
# nothing after it).
_ABOUT_RE = re.compile(r"^(?:Về|Giới thiệu)\s+(?:Báo|Tạp chí|Đài|Cổng thông tin|Trang|Truyền hình)"
                       r"(?:\s+[" + CAPITALS + r"][^\s.,;:!?]*){1,4}$")
# The buttons of a share or follow bar, flattened onto one line: "Chia sẻ Facebook Zalo In bài", "Share | Tweet |
# Email", "Facebook Twitter youtube Tiktok"; a print view's own ("- |In ra", "- |Đóng cửa sổ này", "Font Size: | Print").
_SHARE_TOKENS_RE = re.compile(
    r"chia sẻ|sao chép liên kết|copy link|in bài|gửi bài|lưu bài|bình luận|facebook|zalo|twitter|messenger|"
    r"linkedin|telegram|email|e-mail|share|tweet|print|like|thích|lưu|gửi|in ra|đóng cửa sổ(?: này)?|font size|"
    r"cỡ chữ|youtube|tiktok|instagram|[|•·/,:\-]", re.IGNORECASE)
_SHARE_PREFACE_RE = re.compile(r"^(?:chia sẻ|share)(?: bài viết| bài| tin)?(?: qua| lên| trên)?\s*:\s*", re.IGNORECASE)
# "#sao Hàn #phát ngôn": a line of hashtags; one alone if it holds a letter, the mark escaped by a crawl or not.
_HASHTAGS_RE = re.compile(r"^\\?#(?:\w*[^\W\d_]\w*|\w[^#]{0,40}(?:\s*\\?#\w[^#]{0,40})+)$")
# A market ticker flattened into text: "VN-Index 1.254,32 +6,18 (+0,49%)", "HNX 231,5 ▼ 1,2".
# Its change and percentage may stand apart by a slash ("VN-INDEX 1.228,10 -0,23/-0,02%"), several indices on one
# line between bars. A hyphen glued between two figures is a range ('NĂM HỌC 2013-2014'), no change.
_TICK = (r"[A-Z][\w-]{1,14}(?:\s[A-Z0-9][\w-]*)?\s+\d[\d.,]*(?:\s+[+\-−▲▼]|[+−▲▼])\s?\d[\d.,]*"
         r"(?:\s*(?:\(|/)?\s*[+\-−]?\d[\d.,]*\s*%\s*\)?)?")
_TICKER_RE = re.compile(rf"^{_TICK}(?:\s*\|\s*{_TICK})*$")
# The page telling its reader what they are reading: "Bạn đang đọc bài viết "<headline>" tại chuyên mục X",
# "Bạn đang xem: <headline>" (a copy site's, the headline often lower-cased); its welcome to the site's visitor,
# named or not ('Chào mừng đến với Trang Thông tin điện tử ...': over the headline it was taken for the title).
_READING_NOTICE_RE = re.compile(r"^(?:bạn|quý vị|quý độc giả) đang (?:đọc|xem)(?: (?:bài viết|bài|tin|video)\b|\s*:)|"
                                r"^chào mừng(?: (?:quý vị|quý khách|quý độc giả|bạn|các bạn))?(?: đã)? (?:đến|ghé thăm|truy "
                                r"cập)(?: với)? (?:website|trang web|trang thông tin|cổng thông tin)\b", re.IGNORECASE)
# A call for readers' letters with the address to send them to: "Bài viết gửi về banxahoi@... . Trân trọng!".
_READER_CALL_RE = re.compile(r"\bgửi\b[^@]{0,60}\b(?:về|tới|đến|qua|vào)\b[^@]{0,30}[\w.+-]+@[\w-]+\.[\w.]+",
                             re.IGNORECASE)
# Section names a page prints over its headline; a story only has them alone on a line there.
SECTION_NAMES = {
    "kinh doanh", "kinh tế", "tài chính", "chứng khoán", "bất động sản", "giáo dục", "thế giới", "quốc tế",
    "pháp luật", "sức khỏe", "sức khoẻ", "y tế", "thể thao", "bóng đá", "giải trí", "văn hóa", "văn hoá",
    "du lịch", "đời sống", "xã hội", "công nghệ", "số hóa", "khoa học", "xe", "ô tô", "xe máy", "chính trị",
    "thời sự", "trong nước", "nhịp sống", "giới trẻ", "bạn đọc", "tâm sự", "góc nhìn", "ý kiến", "địa phương",
    "môi trường", "nông nghiệp", "an ninh", "quân sự", "tin tức", "tin nóng", "tin trong ngày", "sự kiện",
    "nghệ thuật", "ẩm thực", "gia đình", "lao động", "việc làm", "tuyển sinh", "âm nhạc", "điện ảnh", "thời trang",
    "làm đẹp", "showbiz", "hình sự", "an ninh trật tự", "tiêu dùng", "thị trường", "doanh nghiệp", "nhà đất",
    "phóng sự", "điều tra", "cộng đồng", "quân đội", "biển đảo", "podcast", "video", "ảnh", "emagazine",
    "multimedia", "infographic", "thời tiết", "người việt", "kiều bào", "khoa học - công nghệ", "văn hóa - giải trí",
    "văn hoá - giải trí", "văn hóa - xã hội", "kinh tế - xã hội",
}
BREADCRUMB_SPLIT_RE = re.compile(r"\s*[>»›]{1,3}\s+|\s+[>»›]{1,3}\s*")  # doubled or half-spaced: 'A >> B', 'A> B'
TAGS_RE = re.compile(r"^(?:tags?|từ khóa|từ khoá|chủ đề|sự kiện|dòng sự kiện)\s*:\s*[^.]{1,200}$", re.IGNORECASE)
COMMENTS_RE = re.compile(
    r"^(?:\(?\d+\)?\s*(?:bình luận|ý kiến|comments?)|(?:bình luận|ý kiến|comments?)\s*\(\d+\))$",
    re.IGNORECASE,
)
# What a page prints around the story's text with a figure in it: the reading time ("Thời gian đọc: 3 phút",
# "3 phút đọc"), a relative timestamp ("15 phút trước"), an audio player's clock ("00:00 / 03:12"), a gallery's
# count ("Xem 12 ảnh", "Ảnh 1 / 12"), an own-comments box ("Ý kiến bạn đọc (0)").
_PAGE_FIGURE_RE = re.compile(
    r"^(?:(?:thời gian đọc|đọc trong)\s*:?\s*\d{1,3}\s*phút|\d{1,3}\s*phút đọc|"
    r"(?:khoảng\s+)?\d{1,3}\s*(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước|"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|"
    r"(?:xem\s+)?(?:tất cả\s+)?\d{1,3}\s+(?:ảnh|hình ảnh|bức ảnh)|(?:ảnh|hình)\s+\d{1,3}\s*/\s*\d{1,3}|"
    r"(?:ý kiến bạn đọc|ý kiến độc giả|bình luận của bạn đọc)\s*\(\d+\))$",
    re.IGNORECASE,
)
# Pages and ratings: "Trang 1", "1 2 3 4 5", "5/5 (3 bình chọn)"; a follow link cut before its platform.
_PAGER_RE = re.compile(r"^(?:trang\s+\d{1,3}|(?:\d{1,3}\s+){2,}\d{1,3}|\d(?:[.,]\d)?\s*/\s*\d{1,2}\s*"
                       r"\(\d+\s*(?:bình chọn|đánh giá|lượt đánh giá|lượt)\)|theo dõi(?: \S+){0,8} trên)$",
                       re.IGNORECASE)
# A site's own name alone on its line: "Tuổi Trẻ Online", "Báo điện tử X".
_SITE_NAME_RE = re.compile(r"^(?:[A-ZĐ][\wÀ-ỹ]*\s+){1,3}(?:Online|online|ONLINE)$|^Báo điện tử(?:\s+[A-ZĐ][\wÀ-ỹ]*){1,4}$"
                           r"|^Báo(?:\s+[A-ZĐ][\wÀ-ỹ]*){1,4}\s+(?:điện tử|online)$")  # 'Báo Đồng Nai điện tử'
# The section a page files the story under, as a field: 'Chuyên mục: Giải trí' (a name of four words or fewer).
_SECTION_FIELD_RE = re.compile(r"^(?:chuyên mục|danh mục|mục|category)\s*:\s*[" + CAPITALS + r"][^\W\d_]*(?:\s[^\W\d_]+){0,3}$",
                               re.IGNORECASE)
# A counter under the story: "Lượt xem: 1.024", "Số lần đọc: 1494", "Thích 12", "1,2K lượt xem", "Chia sẻ (5)", "• 158 Xem".
_COUNTER_RE = re.compile(
    r"^(?:(?:(?:số )?(?:lượt|lần) (?:xem|đọc|nghe|thích|chia sẻ|bình chọn)|views?|likes?|thích|chia sẻ|shares?)"
    r"\s*:?\s*\(?"
    r"\d[\d.,]*\s*[kK]?\)?|(?:[•·]\s*)?\d[\d.,]*\s*[kK]?\s*(?:lượt xem|lượt đọc|lượt thích|views?|likes?|xem))$",
    re.IGNORECASE,
)
FOOTER_RE = re.compile(
    r"(?:(?:^|\s)©|^(?:\(c\)\s|copyright\b|bản quyền\b.*\bthuộc\b|all rights reserved|"
    r"(?:phó )?tổng biên tập\s*:|cơ quan chủ quản\s*:|chịu trách nhiệm (?:nội dung|xuất bản|quản lý nội dung)\s*:|"
    r"giấy phép (?:hoạt động|số|xuất bản|thiết lập)|ghi rõ nguồn|cấm sao chép|"
    r"không được sao chép)|\bpowered by\b)",
    re.IGNORECASE,
)
SEPARATOR_RE = re.compile(r"^[\s*\-_=~#.•·+]{3,}$")
# Font-size buttons flattened into text ("A A", "A- A+", "a+"; contrast ones beside: "| Tăng tương phản"), a lone
# lowercase ASCII token ("create", "print"), a line of punctuation.
_WIDGET_RE = re.compile(r"^(?:(?:[Aa][+-]?\s*){1,3}(?:\|?\s*(?:(?:Tăng|Giảm) tương phản\s*){1,2})?|[a-z][a-z_-]{1,19}|[^\w]{1,3})$")
# What a page's template or store leaves unrendered: a placeholder in brackets ('[links(34676)]', '{{ad_top}}',
# '[gallery id=12]'), an identifier of letters and digits run together ('5b4537725dbtvh2 telx': a file or cache id,
# ten characters or more, three digits and three letters at least, with a short lower-case word or two beside it).
# A story writes neither: its codes are short or capitalised ('COVID-19', 'Su-30MK2', 'H5N1').
_PLACEHOLDER_RE = re.compile(r"^(?:\[\s*[a-z_][\w-]*(?:\s*\([\w ,=-]*\)|\s+[\w=\" ]{1,30})?\s*\]|"
                             r"\{\{?\s*[a-z_][\w.-]*\s*\}?\})$")
_ID_TOKEN_RE = re.compile(r"^(?=(?:[a-z]*\d){3})(?=(?:\d*[a-z]){3})[a-z0-9]{10,}$")
# Tiles a template printed empty, one short phrase over and over ('No title... No title... No title...'), or an
# aggregator's source strip, the source's name twice and the item's age ('Báo X Báo X 421 ngày'): a story's line
# says a thing once, and a chant or a refrain carries commas.
_RERUN_RE = re.compile(r"^(?P<p>[^\W\d][^,;!?]{4,30}?)(?:\s+(?P=p)){2,}$|"
                       r"^(?P<s>[" + CAPITALS + r"][^,;.!?\d]{2,40}?)\s+(?P=s)\s+\d{1,4}\s+(?:ngày|giờ|phút|tuần|tháng|năm)(?:\s+trước)?$")


def _id_line(text: str) -> bool:
    """A file or cache id, with a short lower-case word or two beside it and nothing else."""
    tokens = text.split()
    return 1 <= len(tokens) <= 3 and any(_ID_TOKEN_RE.match(t) for t in tokens) \
        and all(re.fullmatch(r"[a-z0-9]+", t) for t in tokens)


# A player's or reader's controls: clocks alone ('0:00 0:02:10 0:00'), a listen button with its length ('Nghe -
# 03:48'), a speed ('Tốc độ 1x'), a font size ('Cỡ chữ -A +A'), a player's error ('Không có nguồn video phù hợp').
_CONTROLS_RE = re.compile(
    r"^(?:(?:\d{1,2}:\d{2}(?::\d{2})?\s*[/|-]?\s*){2,4}|0{1,2}:00(?::00)?|"  # a player not started: '0:00'
    r"(?:nghe|nghe đọc|nghe bài(?: viết| báo)?|đọc bài|audio|podcast|thời lượng)\s*[-:|]?\s*\d{1,2}:\d{2}(?::\d{2})?|"
    r"(?:tốc độ(?: đọc| phát)?|speed)\s*:?\s*\d(?:[.,]\d{1,2})?\s*x|"
    r"(?:cỡ chữ|kích thước chữ|cỡ|font chữ|font)\s*:?\s*(?:(?:[-+]?\s*A\s*[-+]?\s*){1,3}|(?:(?:tăng|giảm) )?tương phản)|"
    r"không (?:có|tìm thấy) (?:nguồn|tệp) (?:phương tiện|video|media|âm thanh)(?: \S+){0,4}|"
    r"quét mã qr(?: \S+){0,8}|"
    # A match's score box: 'Tỷ số: Nam Định 2-1 Hải Phòng'.
    r"(?:tỷ số|hết giờ|ft)\s*:\s*[^\d:]{2,40}\s\d{1,2}\s*[-–:]\s*\d{1,2}\s[^\d:]{2,40})$",
    re.IGNORECASE,
)
# What an embedded social post leaves in the text: 'Một bài viết được chia sẻ bởi X (@handle)', a tweet's
# '— Name (@handle) March 19, 2025' and its own text, which carries a pic.twitter.com link.
_EMBED_RE = re.compile(
    r"^(?:(?:một|a) (?:bài viết|bài đăng|post|video|ảnh|photo) (?:được )?(?:chia sẻ|đăng|shared|posted) (?:bởi|by) "
    r"[^()]{1,60}\(@[\w.]{2,30}\)|[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+[\w ,.]{3,30}\d{4}|"
    r"(?:xem|view) (?:bài viết|bài đăng|this post|bài|video)(?: này)? (?:trên|on) \w+|"
    r".{0,400}\bpic\.twitter\.com/\w+.{0,40})$",
    re.IGNORECASE,
)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info)(?:/\S*)?\b",
                     re.IGNORECASE)
# "XEM CLIP:", "Xem video:", "Video:", "Mời quý vị xem video", "Video đang được xử lý".
_VIDEO_LABEL_RE = re.compile(
    r"^(?:(?:mời (?:quý vị|quý độc giả|bạn đọc|độc giả|khán giả) )?(?:xem|click xem|bấm xem|theo dõi)(?: thêm)? "
    r"(?:clip|video|phóng sự|toàn bộ (?:clip|video))(?:\s+(?:chi tiết|đầy đủ|dưới đây|sau|tại đây))?|"
    r"(?:clip|video)(?: clip)?|video đang được xử lý.*)\s*[:.…]*$",
    re.IGNORECASE,
)
# A channel or site inviting readers to watch, follow or subscribe: "Mời quý độc giả theo dõi các chương trình ...
# trên TV Online!", "Mời bạn đọc đón xem ...", "Đăng ký kênh ...", "Mời các bạn đồng hành cùng báo X trên Facebook".
_PROMO_RE = re.compile(
    r"^(?:(?:mời các bạn|hãy (?:nhấn|bấm)(?! mạnh))\b(?=.*\b(?:facebook|zalo|youtube|tiktok|fanpage|mạng xã hội)\b)|"
    r"mời (?:quý )?(?:vị|độc giả|khán giả|bạn đọc|quý vị|bạn)|quý (?:độc giả|khán giả|vị) (?:có thể|vui lòng)|"
    r"(?:đăng ký )?nhận (?:bản tin|thông báo|tin mới)|đăng ký (?:kênh|theo dõi|nhận)|"
    r"theo dõi (?:kênh|fanpage|trang|\S+(?: \S+){0,3} trên (?=google news|facebook|zalo|youtube|tiktok|fanpage|kênh))|"
    r"đón (?:xem|đọc|nghe))\b"
    r".*\b(?:theo dõi|xem|đón xem|đón đọc|nghe|đăng ký|truy cập|kênh|phát sóng|online|fanpage|youtube|"
    r"ứng dụng|app|google news|facebook|zalo|tiktok|bản tin|newsletter|email)\b",
    re.IGNORECASE,
)


# The presenter's own words to the audience about this very programme ('Mời quý vị và các bạn theo dõi chương
# trình!'): a broadcast's transcript, naming no channel, page or app to go to, as a site's promo does.
_PROGRAMME_RE = re.compile(
    r"^mời (?:quý vị|quý khán giả|khán giả|các bạn|quý vị và các bạn|quý vị khán giả)(?: và các bạn)?(?: cùng)? "
    r"(?:theo dõi|xem|đón xem|lắng nghe|nghe) (?:chương trình|bản tin|tiết mục|phần tiếp theo)"
    r"(?: (?:sau|sau đây|tiếp theo|hôm nay|của chúng tôi))?\s*[.!…]*$", re.IGNORECASE)


def programme_invitation(text: str) -> bool:
    """A presenter inviting the audience to the programme the text is the transcript of: kept, and noted."""
    return bool(_PROGRAMME_RE.match(text.strip()))


# A follow button closing a line of buttons ('Quay về E-magazine Theo dõi Báo X trên Google News'): capitalised, as
# a button is; a story's 'theo dõi ... trên YouTube' runs on in lower case and ends as a sentence.
_FOLLOW_BUTTON_RE = re.compile(r"(?:^|\s)Theo dõi(?: \S+){0,6} trên (?:Google News|Facebook|Zalo|YouTube|Youtube|TikTok|"
                               r"Tiktok|Fanpage)$")


# "Hotline: 0901 234 567", "Email: x@y.vn | Đường dây nóng: 0918.033.133", "Điện thoại CSKH: 1900 8082": contact only.
_CONTACT_LABEL = (r"(?:đường dây nóng|hotline|điện thoại|đt|tel|phone|fax|email|e-mail|thư điện tử|liên hệ|tổng đài|"
                  r"liên hệ quảng cáo|tòa soạn|toà soạn)")
_CONTACT_FIELD_RE = re.compile(
    # An address a crawl saved behind a CDN's e-mail mask reads '[email protected]'.
    rf"^{_CONTACT_LABEL}(?:\s+(?-i:[A-ZĐ]{{2,6}}))?\s*:?\s*(?:[+\d][\d .()-]{{6,}}\d|[\w.+-]+@[\w-]+\.[\w.]+|\[email\s*protected\])$",
    re.IGNORECASE,
)
_DIGITS_RE = re.compile(r"\d{3}")
# Fields printed side by side with a space only: 'Hotline: 0942 368 555 Email: toasoan@x.vn'.
_NEXT_FIELD_RE = re.compile(rf"\s+(?={_CONTACT_LABEL}\s*:)", re.IGNORECASE)


def contact_line(text: str) -> bool:
    """A line of contact fields only (a site's footer, or an advertiser's: context decides which)."""
    if words(text) > 20 or not ("@" in text or "[email" in text or _DIGITS_RE.search(text)):
        return False  # no number and no address: most lines, turned away before the split
    fields = [f.strip() for part in re.split(r"\s+[|•·]\s+|\s+-\s+(?=[^\d\s])", text)
              for f in _NEXT_FIELD_RE.split(part) if f.strip()]
    return 1 <= len(fields) <= 4 and words(text) <= 20 and all(_CONTACT_FIELD_RE.match(f) for f in fields)


# A broadcaster's channel list: 'VTV1 VTV2 VTV3 VTV4', 'HTV7 | HTV9': codes only, three or more.
_CHANNELS_RE = re.compile(r"^[A-ZĐ]{2,5}\d{1,2}(?:\s*[|•·,/-]?\s*[A-ZĐ]{2,5}\d{1,2}){2,}$")
# A clock alone: the last update's ('Cập nhật lúc: 08:30'), a post's in English ('1:40 PM'), a player's ('00:01:01').
_UPDATED_AT_RE = re.compile(r"^(?:cập nhật|đăng|đăng lúc|cập nhật lúc|xuất bản|updated|published)\s*:?\s*"
                            r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?(?:\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?$"
                            r"|^\d{1,2}:\d{2}\s*(?:AM|PM)$|^00:\d{2}:\d{2}$", re.IGNORECASE)
# A paper's organ named in its masthead: 'Cơ quan của Hội Nông dân Việt Nam', 'Tiếng nói của Đảng bộ ...'.
_ORGAN_RE = re.compile(r"^(?:cơ quan (?:ngôn luận |chủ quản |thông tin |trung ương )?(?:của|thuộc)|tiếng nói của) "
                       r"[^.!?:]{3,150}$", re.IGNORECASE)
# A poll under the story: "Bài viết có hữu ích với bạn không?" (its buttons "Có Không" are a label above); a
# rating box with nothing else on its line: "Chưa có đánh giá về bài viết", "Bài viết hay? Hãy đánh giá bài viết".
_POLL_RE = re.compile(r"^(?:bài viết|tin|tin bài|nội dung|thông tin|bài)(?: này)? có (?:hữu ích|giúp ích|bổ ích)"
                      r"(?: (?:với|cho) (?:bạn|quý vị|độc giả))?(?: không)?\s*\??$|^(?:bài viết hay\?\s*)?"
                      r"(?:chưa có (?:lượt )?|hãy |mời bạn )?đánh giá(?: nào)?(?: (?:về|cho))? (?:bài viết|tin bài|bài)"
                      r"(?: này)?\s*[.!]?$", re.IGNORECASE)


def counter(text: str) -> bool:
    """A view, like or comment count, a reading time, a gallery's count: a figure the page prints."""
    return bool(_COUNTER_RE.match(text) or _PAGE_FIGURE_RE.match(text) or COMMENTS_RE.match(text))


def share_row(text: str) -> bool:
    """Two or more share buttons and nothing else on the line."""
    text = _SHARE_PREFACE_RE.sub("", text)
    return words(text) <= 12 and len(_SHARE_TOKENS_RE.findall(text)) >= 2 and not _SHARE_TOKENS_RE.sub("", text).strip()


# "Tải ứng dụng đọc báo X trên điện thoại ...": the site's app; "Bấm xem >> để cập nhật tin tức": a link's label.
_APP_PROMO_RE = re.compile(r"^(?:(?:mời bạn )?tải (?:ngay )?(?:ứng dụng|app)\b|(?:bấm|nhấn|nhấp|click) (?:xem|vào|đây)\b|"
                           # "Xem thêm các tin khác tại chuyên mục X": a link to the section
                           r"(?:xem|đọc) thêm (?:các |những )?(?:tin|bài)(?: viết)?(?: khác)? (?:tại|trong|ở|của) "
                           r"(?:chuyên mục|mục|chuyên trang|trang)\b)",
                           re.IGNORECASE)


_HOME = {"trang chủ", "home", "trang nhất"}
# What a page prints before its breadcrumb: 'Bạn đang ở: Trang chủ > Kinh tế', 'Vị trí: ...'.
_BREADCRUMB_PREFACE_RE = re.compile(r"^(?:bạn đang ở|vị trí|you are here)\s*:\s*", re.IGNORECASE)


def is_breadcrumb(text: str) -> bool:
    # "Thời sự > Chính trị": short capitalised section names between arrows ("Trang chủ / Thế giới / Châu Á":
    # between slashes when there are three or more).
    text = _BREADCRUMB_PREFACE_RE.sub("", text)
    parts = BREADCRUMB_SPLIT_RE.split(text)
    slashed = re.split(r"\s+/\s+", text)
    # Between slashes: three parts or more, or two from the home page ('Trang chủ / Giao thông').
    if len(parts) == 1 and (len(slashed) >= 3 or len(slashed) == 2 and slashed[0].casefold() in _HOME):
        parts = slashed
    # A section may join two names with a dash ('Quốc phòng - An ninh > Huấn luyện - Diễn tập'): each name short.
    return 2 <= len(parts) <= 6 and all(
        p and p[0].isupper() and all(words(n) <= 4 for n in re.split(r"\s+[-–]\s+", p))
        and not p.endswith(tuple(SENTENCE_END)) for p in parts
    )


_SITE_SLOGAN_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)\s+[-–|]\s+\S", re.IGNORECASE)
_URL_PREFACE_RE = re.compile(r"\b(?:nguồn|xem|đọc|chi tiết|link|liên kết|bài gốc|gốc|theo|tại|truy cập|tham khảo|"
                             r"source|read more|more)\b", re.IGNORECASE)


def url_footer(text: str) -> bool:
    """A URL alone, or with a short preface ("Tin tức nguồn: URL", "Xem tiếp tại: URL", "Link gốc URL")."""
    if not _URL_RE.search(text) or "@" in text:  # an e-mail address is a contact, given as content
        return False
    rest = _URL_RE.sub(" ", text).strip(" :-–|>»()[].,")
    if not rest:
        return True
    if _SITE_SLOGAN_RE.match(text) and words(text) <= 12 and not text.endswith("."):
        return True  # "Znews.vn - Tin tức, sự kiện 24h": the site and its slogan
    # The preface says where the story came from or goes on; "Website: X" in a contact block is content.
    return words(rest) <= 6 and bool(_URL_PREFACE_RE.search(rest))


# Syllables that written Vietnamese always marks (đọc/dọc, tức, mới, nhất, điện, thời, người, được, ...): in a
# page written with its marks they come only from a site's unaccented slogan or widget ("doc tin tuc moi nhat").
_NEEDS_MARKS = set(
    "doc tuc moi nhat dien thoi gioi phap luat lich truc tuyen nguoi duoc viet tieu diem nhieu hom tong hop "
    "xa hoi kinh te the thao suc khoe cong nghe giao duc tin tuc".split()
) - {"xa", "hoi", "kinh", "te", "the", "thao", "suc", "khoe", "cong", "nghe", "giao", "duc", "tin"}


def unaccented_widget(text: str) -> bool:
    """A short line carrying Vietnamese written without its marks ("Báo X doc tin tuc", "Tin 24h - doc bao
    online"), on a page whose text has them: an aggregator's or a site's widget, not a line of the story."""
    if words(text) > 15 or text.endswith(tuple(SENTENCE_END)):
        return False
    if site_route(text):  # 'noi-dung-tin'
        return True
    tokens = [t for t in re.split(r"[^\w]+", text.casefold()) if t]
    marked = sum(1 for t in tokens if t in _NEEDS_MARKS)
    bare = [t for t in tokens if t.isascii() and t.isalpha()]
    return marked >= 2 or (marked == 1 and words(text) <= 8 and 2 * len(bare) >= len(tokens))


# "ads by ants", "powered by x": a few lower-case words of English left by an ad or a widget; a page that writes
# Vietnamese with its marks has no line of lower-case unaccented words of its own.
_LOWER_ASCII_RE = re.compile(r"^[a-z]+(?: [a-z]+){1,3}$")
# ">> <another story's headline>": a link set out under the story, in any site's arrows.
_ARROW_LINK_RE = re.compile(r"^(?:>>|»»|>{3})\s*[" + CAPITALS + r"\d\"“]")


def arrow_link(text: str) -> bool:
    return bool(_ARROW_LINK_RE.match(text)) and words(text) <= 40 and not text.endswith(".")


_CLAUSE_RE = re.compile(rf"\b(?:{'|'.join(TENSE_MARKERS + ('vừa', 'cho biết'))})\b", re.IGNORECASE)


def _tells(text: str) -> bool:
    """Whether the line tells something (a verb's marker): an organ's name in a masthead does not."""
    return bool(_CLAUSE_RE.search(text))


# A server's error printed into the page by its CMS: 'Deprecated function: ... (line 579 of /home/x/menu.inc).',
# 'Warning: ... in /var/www/x.php on line 12'.
_SERVER_ERROR_RE = re.compile(r"^(?:deprecated function|deprecated|warning|notice|strict warning|fatal error|parse error)"
                              r"\s*:.*\bline \d+\b.*|^(?:deprecated|warning|notice|fatal error).*/[\w./-]+\.(?:php|inc|module)\b.*",
                              re.IGNORECASE)
# A picture's file name cut to its tail, no word left ('(1).jpg)'); the caption under it is the story's own line.
_FILE_TAIL_RE = re.compile(r"^[\W\d_]*\.(?:jpe?g|png|gif|webp)\W*$", re.IGNORECASE)


def _keyword_links(text: str) -> bool:
    """Search keywords linked side by side between bars, one phrase varied ('cân ô tô điện tử 60 tấn | cân ô tô
    điện tử 80 tấn | ...'): four or more short parts opening on the same two words, no sentence among them (a
    table row's cells say different things)."""
    parts = [p.strip() for p in text.split("|") if p.strip()]
    if len(parts) < 4 or any(words(p) > 10 or p.endswith(tuple(".!?")) for p in parts):
        return False
    return len({" ".join(p.casefold().split()[:2]) for p in parts}) == 1


def whole_line_noise(text: str, accented_page: bool = False) -> str | None:
    """Reason for lines that are noise whatever their position (`accented_page`: the page writes Vietnamese
    with its marks, so a line without them stands out)."""
    folded = text.casefold().rstrip(":").strip()
    # 'Tìm kiếm...': a box's placeholder trails off; a label does not end a sentence.
    if folded in SECTION_LABELS or folded.rstrip(".… ") in SECTION_LABELS or is_breadcrumb(text):
        return "section-label"
    if TAGS_RE.match(text):
        return "tags"
    if _HASHTAGS_RE.match(text):
        return "tags"
    if share_row(text):
        return "share-bar"
    if _SERVER_ERROR_RE.match(text) or _FILE_TAIL_RE.match(text):
        return "widget"
    if _keyword_links(text):
        return "tags"
    if _TICKER_RE.match(text):
        return "market-ticker"
    if _READER_CALL_RE.search(text) and words(text) <= 30:
        return "reader-call"
    if _READING_NOTICE_RE.match(text) and words(text) <= 40:
        return "widget"
    if COMMENTS_RE.match(text):
        return "comment-counter"
    if _COUNTER_RE.match(text) or _PAGE_FIGURE_RE.match(text):
        return "counter"
    if _SITE_NAME_RE.match(text):
        return "site-name"
    if _SECTION_FIELD_RE.match(text) or _ABOUT_RE.match(text):
        return "section-label"
    if _POLL_RE.match(text) or _PAGER_RE.match(text):
        return "widget"
    if FOOTER_RE.search(text) and words(text) <= 40:
        return "cms-footer"
    if _ORGAN_RE.match(text) and words(text) <= 30 and not _tells(text):
        return "masthead"
    if sitebox.weather_line(text):
        return "widget"
    if _UPDATED_AT_RE.match(text):
        return "dateline"
    if _CHANNELS_RE.match(text):
        return "widget"
    if SEPARATOR_RE.match(text):
        return "separator"
    if _WIDGET_RE.match(text) or _CONTROLS_RE.match(text.strip()) or _PLACEHOLDER_RE.match(text.strip()) \
            or _id_line(text) or _RERUN_RE.match(text.strip()):
        return "widget"
    if _EMBED_RE.match(text.strip()):
        return "social-embed"
    if url_footer(text):
        return "url-footer"
    if _VIDEO_LABEL_RE.match(text):
        return "video-label"
    if (_PROMO_RE.match(text) and not programme_invitation(text) or _APP_PROMO_RE.match(text)) and words(text) <= 45 \
            or _FOLLOW_BUTTON_RE.search(text) and words(text) <= 16:
        return "promo"
    if accented_page and _LOWER_ASCII_RE.match(text):
        return "widget"
    if accented_page and unaccented_widget(text):
        # Wholly unaccented, it names the site ("Bao X dien tu"); with a marked word beside it, a widget.
        return "widget" if any(ch in VI_LETTERS for ch in text.lower()) else "site-footer"
    kind = teaser_label(text)
    if kind is not None:
        return "teaser-link" if kind == "link" else "teaser-label"
    m = ARROW_LINK_RE.match(text)
    if m and words(m.group("rest")) <= 30:
        return "teaser-link"
    if webui.ui_line(text) or webui.SORT_LABEL_RE.match(text.strip()):
        return "widget"
    if webui.reward_offer(text):
        return "advert"
    return None
