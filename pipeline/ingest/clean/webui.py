"""A site's own interface, as a text extractor keeps it from real HTML: comment forms and their prompts ('Tối
đa: 1500 ký tự', 'Hiện chưa có bình luận nào, hãy là người đầu tiên bình luận', 'Email của bạn sẽ không được
hiển thị công khai...'), copy and share buttons ('Link bài gốcCopy Link', 'Đã copy thành công!'), ad slots
('ADQuảng cáo'), an embed's fallback ('Không hỗ trợ iframe'), a follow link ('Theo dõi trên').

No outlet owns these words: they are the web's. A line is interface when it is short and made only of that
closed vocabulary, the grammar words that join it, and numbers or marks: not one word of its own about the
world. A story line that uses such a word ('Ông A bình luận rằng ...', 'Bài đăng thu hút 2.000 lượt thích')
names a person, a thing or a place beside it, and stays.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.ingest.clean.lines import PROSE_END, Page, words

# Words of a site's interface that a story line does not stand on alone: comment, share, copy, follow, ad,
# subscribe, characters, e-mail, embed, browser, download, related, views; a copy button's answer ('Đã copy') and
# the link to the original ('Link gốc') are two such syllables, alone as they stand.
_STRONG = (
    "bình luận|chia sẻ|copy|sao chép|đã copy|đã sao chép|link|link gốc|liên kết|theo dõi|quảng cáo|ad|ads|advertisement|đăng ký|đăng nhập|"
    "ký tự|kí tự|email|e-mail|iframe|trình duyệt|tải về|xem thêm|lượt xem|lượt thích|bài gốc|"
    "ban biên tập|javascript|cookie|cookies|tiếng việt có dấu|icon|cỡ chữ|kích thước chữ|font size|"
    "đánh giá bài viết|lượt đánh giá|tặng sao|lời bình|mã xác thực"
)
# Interface words that stories use too, counted only beside a strong one.
_WEAK = (
    "thông báo|hiển thị|công khai|bắt buộc|đánh dấu|trường|duyệt|gửi|nội dung|vui lòng|nhập|tối đa|tối thiểu|chữ|"
    "thành công|hỗ trợ|nhận tin|thích|trả lời|xếp theo|sắp xếp|mặc định|mới nhất|cũ nhất|liên quan|bài viết|tin bài|"
    "bài|"
    "tin|video|ảnh|bạn đọc|độc giả|đường dẫn|thất bại|lỗi|đăng|tải|xem|báo|biên tập|ý kiến|xét duyệt|xin|gõ|trở thành|"
    "facebook|gmail|youtube|zalo|twitter|tiktok|instagram|phone|liên hệ|mạng xã hội|"
    "công bố|click|bấm|nhấn|bắt đầu|không đúng|trung bình"
)
# The grammar that joins interface words into a prompt.
_FILLER = set(
    "của bạn sẽ không được và các để với hãy là đã chưa có nào này sau khi bởi hiện người đầu tiên theo trên tại "
    "cho đây vào ra ở một những bị rồi đang vẫn còn đó thì mà nhé ạ chứa lên qua".split()
)


def _phrases(spec: str) -> list[tuple[str, ...]]:
    return sorted((tuple(p.split()) for p in spec.split("|")), key=len, reverse=True)


def _by_first(spec: str) -> dict[str, list[tuple[str, ...]]]:
    """The phrases by their first syllable, longest first (one look-up per token)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _phrases(spec):
        table.setdefault(phrase[0], []).append(phrase)
    return table


_STRONG_P = _by_first(_STRONG)
_WEAK_P = _by_first(_WEAK)
MAX_WORDS = 24


def _unglue(text: str) -> str:
    """Buttons glued by the extractor apart: 'gốcCopy' -> 'gốc Copy', 'ADQuảng' -> 'AD Quảng'."""
    out = []
    for i, ch in enumerate(text):
        if i and ch.isupper() and (text[i - 1].islower() or i >= 2 and text[i - 1].isupper()
                                   and text[i - 2].isupper() and text[i + 1:i + 2].islower()):
            out.append(" ")
        out.append(ch)
    return "".join(out)


def _tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[^\w-]+", _unglue(text).casefold()) if t.strip("-")]


def foreign_label(text: str) -> bool:
    """A short line with a word in a script other than Latin (a Korean or Chinese site template's '작성일', '본문',
    '分类' left around the Vietnamese edition's text): at most five words, none ending a sentence."""
    tokens = text.split()
    return 1 <= len(tokens) <= 5 and not text.rstrip().endswith(PROSE_END) and any(
        all(ch.isalpha() and "LATIN" not in unicodedata.name(ch, "LATIN") for ch in t) for t in tokens)


# Strings a CMS ships in its language pack, the same on every site built on it: NukeViet's rating box ('Tổng số
# điểm của bài viết là: 0 trong 0 đánh giá') and its idle-session notice ('... để duy trì trạng thái đăng nhập.
# Thời gian chờ: 60 giây'); Blogger's comment count over its form ('0 nhận xét:'); a comment form's messages to
# the reader, whole or cut where the page wrapped them ('Bạn cần đăng nhập để ...!', 'Bạn không thể gửi bình luận
# liên tục.', 'Xin hãy đợi 60 giây nữa.'): a story reports what someone must do, not what "you" must do to comment.
_CMS_STRING_RE = re.compile(
    r"^(?:tổng số điểm của bài (?:viết|báo) là\s*:?\s*[\d.,]+\s*trong\s*\d+\s*đánh giá|"
    r".{0,80}duy trì trạng thái đăng nhập\.?\s*thời gian chờ\s*:?\s*\d+\s*giây|"
    r"(?:bạn (?:cần|phải|vui lòng) )?đăng nhập để (?:tham gia )?bình luận\s*[.!]?|"
    r"bạn (?:cần|phải|vui lòng) đăng nhập(?: để (?:thực hiện|sử dụng) chức năng này)?\s*[.!]?|"
    r"bạn không thể gửi bình luận liên tục(?:\.\s*xin hãy đợi(?:\s*\d+\s*giây nữa)?)?|"
    r"(?:xin hãy đợi\s*)?\d+\s*giây nữa|"
    r"\d+\s*nhận xét\s*:)\.?$", re.IGNORECASE)


# What a page shows a browser that runs no scripts (its noscript text), in either language: 'Vui lòng kích hoạt
# javascript trong trình duyệt của bạn', 'Please enable JavaScript in your browser ...'. A story on the web names
# JavaScript in a sentence of its own, not as a request to the reader to switch it on.
_NOSCRIPT_RE = re.compile(r"\b(?:(?:please |vui lòng |hãy |xin )?(?:enable|turn on|activate|bật|kích hoạt|cho phép)"
                          r"(?: the)? javascript|javascript (?:is|must be|is required|is disabled|bị tắt|đã bị tắt))\b",
                          re.IGNORECASE)


def noscript_notice(text: str) -> bool:
    """A request to switch JavaScript on (see above), thirty words at most, addressed to the reader or their
    browser."""
    return words(text) <= 30 and bool(_NOSCRIPT_RE.search(text)) and bool(
        re.search(r"\b(?:browser|trình duyệt|bạn|please|vui lòng|website)\b", text, re.IGNORECASE))


# A player's message where its clip did not load, in either language: 'Video không hợp lệ', 'Trình duyệt của bạn
# không hỗ trợ video', "Your browser doesn't support HTML5 video". Round 65: on 4 pages of 4 hosts, folders of 3
# sessions, never an article line; a story tells of a clip taken down with who took it and why, at more length.
_PLAYER_FALLBACK_RE = re.compile(
    r"^(?:(?:trình duyệt(?: của bạn)?|your browser|this browser) (?:không|chưa|does not|doesn[’']t) (?:hỗ trợ|support)"
    r"(?: (?:the )?(?:video|html5|html 5|audio|iframe|thẻ video|video tag|trình phát)){0,2}"
    r"|(?:video|clip|audio)(?: này)? (?:không hợp lệ|không khả dụng|không tồn tại|is unavailable|is not available))"
    r"\s*[.!]?$", re.IGNORECASE)


def ui_line(text: str) -> bool:
    """A short line made only of interface words, the grammar joining them, and numbers or marks: at least
    two syllables of interface vocabulary, one of them a word stories do not stand on alone."""
    if _CMS_STRING_RE.match(text.strip()) or noscript_notice(text) or _PLAYER_FALLBACK_RE.match(text.strip()):
        return True
    if len(text.split()) > MAX_WORDS or not 2 <= len(_tokens(text)) <= MAX_WORDS:
        return False
    strong, weak, own = ui_words(text)
    # A long prompt (twelve words or more, most of them its grammar) may carry one word of its own (a site's typo,
    # 'cho bài biết này'); a story line naming a person, a thing or a place carries more, or is short ('Bình luận
    # viên chia sẻ video trên Facebook').
    return (own == 0 or own == 1 and strong >= 3 and strong + weak >= 6 and len(_tokens(text)) >= 12) \
        and strong >= 1 and strong + weak >= 2


# A theme's interface left in English on a Vietnamese page: a search box ('Search', 'No Result', 'View All Result'),
# a forum's or blog's links ('View Single Post', 'No comments:', 'Share this post:'), a language switch ('English').
# The theme ships the strings, not the newsroom, so no outlet owns them; a Vietnamese story quoting English writes
# words of its own beside these (a name, a title, a place). (A banner's 'Flag' is left: taking it over a government
# banner made the banner's next line the title.) The platforms' own strings too: a SharePoint portal's 'Skip Ribbon
# Commands', a player's 'No media source currently available', a copy-protection plugin's 'error: Content is
# protected !!'. Joomla's pager under the story ('Newer news items:', 'Older news items:'), a feedback button. A
# picture's placeholder where the theme's banner or an avatar did not load ('Site banner', 'image banner', 'user image').
# A theme's ticker label and menu item ('Breaking News', 'About') and a commenter's 'User avatar'.
_ENGLISH_UI = frozenset(
    "search share this post posts article articles view all single result results no comments comment english reply "
    "read more next previous prev home menu login log sign up subscribe follow us print email back to top skip content "
    "close load loading posted tags tag related news latest older newer entries page of "
    "ribbon commands media source currently available error is protected "
    "published by recent user other versions this items feedback banner site image about breaking avatar".split())
# WordPress's post meta under the story, its category names in the site's language: 'This entry was posted in Thế
# giới. Bookmark the permalink.'
_POSTED_IN_RE = re.compile(r"^(?:this entry was posted in [^.]{1,80}\.\s*)?bookmark the permalink\.?$", re.IGNORECASE)


def english_ui(text: str) -> bool:
    """A line of twelve words or fewer made only of that English interface vocabulary (and figures), one word at
    least (a print-and-share row prints its buttons' labels twice: 'Print: Print this Article Email: ...'), or
    WordPress's post meta: asked on pages that write Vietnamese with its marks, where such a line is not the
    story's."""
    if _POSTED_IN_RE.match(text.strip()):
        return True
    tokens = [t for t in re.split(r"[^\w]+", text.casefold()) if t]
    return 1 <= len(tokens) <= 12 and any(not t.isdigit() for t in tokens) \
        and all(t in _ENGLISH_UI or t.isdigit() for t in tokens)


def english_interface(page: Page) -> None:
    """Lines of a theme's English interface (`english_ui`) on a page that writes Vietnamese with its marks, taken
    once the headline is known: a search box's 'No Result' closing a site menu is one of the menu's lines to the
    rules that read the page's head (a run of short lines over the headline), and leaves them as they were."""
    if page.accented:
        page.drop_where(english_ui, "widget")


def ui_words(text: str) -> tuple[int, int, int]:
    """(syllables of strong interface words, of weak ones, of words of the line's own)."""
    tokens = _tokens(text)
    counts = {"strong": 0, "weak": 0, "own": 0}
    i = 0
    while i < len(tokens):
        for table, kind in ((_STRONG_P, "strong"), (_WEAK_P, "weak")):
            hit = next((p for p in table.get(tokens[i], ()) if tuple(tokens[i:i + len(p)]) == p), None)
            if hit:
                counts[kind] += len(hit)
                i += len(hit)
                break
        else:
            if tokens[i] not in _FILLER and not tokens[i].replace(".", "").isdigit():
                counts["own"] += 1
            i += 1
    return counts["strong"], counts["weak"], counts["own"]


def in_a_form(text: str) -> bool:
    """A line that, set between two lines of a site's interface, belongs to it: one that speaks of the
    interface (a comment form's rules: 'Ban biên tập giữ quyền biên tập nội dung bình luận ...'), or a word or
    two of it ('Thông báo', a pop-up's title)."""
    strong, weak, own = ui_words(text)
    n = len(_tokens(text))
    return 1 <= n <= 30 and (strong >= 2 and strong + weak >= own or n <= 3 and own == 0 and strong + weak >= 1)


# A comment list's sort control or a font-size control: 'Xếp theo:', 'Cỡ chữ' and its options, one a line ('Thời
# gian', 'Mặc định', 'Số người thích').
SORT_LABEL_RE = re.compile(r"^(?:(?:sắp xếp|xếp|lọc|sort)(?: bình luận)? theo|sort by|cỡ chữ|kích thước chữ)\s*:?$",
                           re.IGNORECASE)
_SORT_OPTION_RE = re.compile(r"^(?:thời gian|mặc định|nhỏ|vừa|lớn|mới nhất|cũ nhất|hay nhất|nổi bật|được thích nhất|"
                             r"(?:số )?(?:người|lượt) thích|lượt thích|newest|oldest|top)$", re.IGNORECASE)


def sort_options(texts: list[str], start: int) -> int:
    """How many lines from `start` are the options under a sort label."""
    n = 0
    while start + n < len(texts) and _SORT_OPTION_RE.match(texts[start + n].strip()):
        n += 1
    return n


# The label a site prints under or over an ad: 'Ad', 'Quảng cáo', 'Advertisement', 'Tài trợ'.
# A reward scheme's offer to the reader ('Nhanh tay nhận ngay quà tặng 300k!', 'Gói quà 300k dành riêng cho bạn khi
# đăng ký tích điểm ...'): a gift, points or a voucher, an amount, and a call to take it now or the reader addressed.
# A story on a promotion reports it in the third person ('khách hàng sẽ được tặng quà 300.000 đồng'), with no call.
_OFFER_RE = re.compile(r"\b(?:quà tặng|gói quà|phần quà|voucher|mã giảm giá|tích điểm|điểm thưởng|hoàn tiền|ưu đãi)\b",
                       re.IGNORECASE)
_CALL_RE = re.compile(r"^(?:nhanh tay|nhận ngay|đăng ký ngay|tải (?:ngay|app|ứng dụng)|bấm|nhấn|click)\b|"
                      r"\b(?:cho bạn|của bạn|bạn nhé)\b|\bngay\s*!$", re.IGNORECASE)
_AMOUNT_RE = re.compile(r"\b\d+\s?(?:k|nghìn|triệu)\b|\d\s?%|\bmiễn phí\b", re.IGNORECASE)


def reward_offer(text: str) -> bool:
    """An advert of a reward scheme (see above): offer, amount and call, forty words at most."""
    return words(text) <= 40 and all(r.search(text) for r in (_OFFER_RE, _CALL_RE, _AMOUNT_RE))


_AD_LABELS = {"ad", "ads", "quảng cáo", "advertisement", "tài trợ", "được tài trợ", "sponsored", "adquảng cáo"}
# An ad slot's or a tracker's identifier: 'Brand_T10.MNG', 'div-gpt-ad-123'.
_SLOT_ID_RE = re.compile(r"\S+_\S+|\S*\d\S*-\S*-\S+")


def ad_units(page: Page) -> None:
    """The lines an ad shows right over its label, up to the paragraph above: a sponsor's slogan printed twice
    (its title and its text), the sponsor's name or the slot's identifier. Short lines with no final stop, and
    one of them printed twice or an identifier among them: a paragraph's own sub-heading is neither."""
    for pos, label in enumerate(page.lines):
        if label.kept or label.text.casefold().strip(" :") not in _AD_LABELS:
            continue
        unit = []
        for line in reversed(page.lines[max(0, pos - 5):pos]):
            if not line.text:
                continue
            if not line.kept or words(line.text) > 15 or line.text.endswith(PROSE_END):
                break
            unit.append(line)
        texts = [ln.text for ln in unit]
        if 2 <= len(unit) <= 4 and (len(set(texts)) < len(texts) or any(_SLOT_ID_RE.fullmatch(t.split()[-1])
                                                                          for t in texts)):
            for line in unit:
                page.drop(line, "advert")

