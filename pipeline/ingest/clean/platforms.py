"""The furniture of the platforms thousands of small sites are built on: a blog's (Blogger, WordPress, Joomla), a
forum engine's (XenForo, vBulletin, phpBB) and a comment plugin's, as their language packs print it in Vietnamese
(and in English, where a site left the pack untranslated).

The same strings recur on every site built on the same platform, whatever the outlet and whatever the story: a
comment box's label and its empty state (`Đăng nhận xét`, `Không có nhận xét nào:`, `VIẾT BÌNH LUẬN CỦA BẠN:`,
`Ý kiến ()`, `Bình luận nhanh bằng tài khoản Facebook`), a blog's pager and archive (`Bài đăng Mới hơn`, `Các bài
mới`, `Các bài đã đăng`), Blogger's post footer (`Đăng bởi X vào lúc 23/05/2023`), a forum thread's header (`Chủ
đề trong 'Du lịch' bởi X, 30/09/2006.`), its viewers (`0 người đang xem box này (Thành viên: 0, Khách: 0)`) and
the member card beside each post (`Tham gia ngày:` over a date, `Đã được thích:` over a count, a user's rank).
A story reports a comment, a member or a post in a sentence of its own: it names who and what, where these
strings are only the platform's words and a slot (a count, a date, a user name) filled by it.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.credits import is_name
from pipeline.ingest.clean.dates import TIME
from pipeline.ingest.clean.lines import Line, Page, iso_date, words

_COMMENT = r"(?:bình luận|nhận xét|phản hồi|ý kiến|góp ý|comments?)"
# A comment box's label over its form or its count, and the box's empty state. 'Không có ý kiến nào' is left: a
# meeting's minutes say it.
_COMMENT_BOX_RE = re.compile(
    rf"^(?:{_COMMENT}(?: (?:bạn đọc|độc giả|của bạn))?\s*\(\s*\)"  # an empty count: 'Ý kiến ()'
    rf"|(?:viết|gửi|đăng|thêm|để lại|post a|leave a|add a)(?: một)? {_COMMENT}(?: (?:mới|của bạn|của bạn đọc))?"
    r"|(?:hiện )?(?:không|chưa) có (?:bình luận|nhận xét|phản hồi) nào"  # Blogger's 'Không có nhận xét nào:'
    rf"|{_COMMENT}(?: nhanh)? (?:bằng|qua|với) (?:tài khoản )?facebook)"  # a plugin's 'Bình luận bằng Facebook'
    r"\s*[:.]?$", re.IGNORECASE)
# A blog's pager and archive links: Blogger's 'Bài đăng Mới hơn' / 'Bài đăng Cũ hơn', its feed and profile links, its
# note on a members-only comment form ('Note: Only a member of this blog may post a comment.');
# Joomla's Vietnamese 'Các bài mới' / 'Các bài đã đăng' under the story (the English pack's 'Newer news items' is
# webui's).
_BLOG_RE = re.compile(
    r"^(?:bài đăng (?:mới hơn|cũ hơn)|các bài (?:mới|đã đăng)|(?:đăng ký|subscribe to)\s*:\s*(?:đăng )?"
    r"(?:nhận xét|bài đăng)(?: \(atom\))?|được tạo bởi blogger|xem hồ sơ (?:hoàn chỉnh )?của tôi|lưu trữ blog|"
    r"gửi email bài đăng này|blogthis!?|"
    # the line a feed-to-blog service appends to every post it copies
    r"let['’]s block ads!? \(why\?\)|"
    # Blogger's note over a members-only comment form, in its English pack and its Vietnamese one.
    r"(?:note|lưu ý)\s*:\s*(?:only a member of this blog may post a comment|chỉ thành viên của blog này mới "
    r"(?:có thể |được )?(?:đăng|gửi) nhận xét))\s*[:.]?$", re.IGNORECASE)
# Blogger's post footer, 'Posted by X at <time>' in its Vietnamese pack (the theme may print the date instead).
_DATE = r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
_OTHER_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"  # the footer's second stamp: the first dates the page
_BLOG_FOOTER_RE = re.compile(rf"^(?:được )?đăng bởi (?P<who>[^\d:;|]{{2,40}}?) vào lúc\s*(?:{_DATE}|{TIME})"
                             rf"(?:\s*,?\s*(?:{TIME}|{_OTHER_DATE}))?$", re.IGNORECASE)
# A forum thread's header: XenForo's 'Discussion in 'X' started by Y, <date>' as the Vietnamese pack words it.
_THREAD_RE = re.compile(rf"^(?:chủ đề|thảo luận) trong ['‘\"“][^'’\"”]{{1,60}}['’\"”] (?:bắt đầu |được đăng )?bởi "
                        rf"(?P<who>[^,]{{1,40}}),\s*{_DATE}\.?$", re.IGNORECASE)
# Who is reading the thread or the box: '0 người đang xem box này (Thành viên: 0, Khách: 0)'.
_VIEWERS_RE = re.compile(r"^\d+ (?:người|thành viên|users?) (?:đang xem|are viewing) (?:box|chủ đề|diễn đàn|bài|"
                         r"topic|this thread|this forum) ?(?:này)?(?:\s*\([^()]{0,80}\))?\.?$", re.IGNORECASE)
# A member card's fields beside a post: vBulletin's, XenForo's and phpBB's in either language.
_CARD_LABEL_RE = re.compile(
    r"^(?P<label>tham gia(?: ngày)?|ngày tham gia|bài viết|bài gửi|đã được thích|được thích|điểm thành tích|"
    r"giới tính|nơi ở|đến từ|đã cảm ơn|được cảm ơn|đã được cảm ơn|posts|joined|join date|location|gender|"
    r"has thanked|been thanked|likes received|messages|trophy points|reputation)\s*:\s*(?P<value>.*)$", re.IGNORECASE)
# A profile's fields a card may show, which a notice of a wanted or missing person lists too: only beside two of the
# forum's own fields (joined, posts, likes) are they a card's.
_PROFILE_FIELDS = {"giới tính", "nơi ở", "đến từ", "location", "gender"}
# A field's value set on the line under its label: a count or a date (and a clock).
_CARD_VALUE_RE = re.compile(r"^[\d.,]+$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s+\d{1,2}:\d{2})?$")
# A member's rank under or after their name: 'IPTV Thành viên mới', 'Senior Member'.
_RANK_RE = re.compile(r"(?:^|\s)(?:thành viên(?: mới| tích cực| chính thức| năng nổ| vip)?|quản trị viên|"
                      r"điều hành viên|(?:new |junior |senior |full |active )?member|moderator|administrator)$",
                      re.IGNORECASE)
_LIST_MARK_RE = re.compile(r"^\d{1,2}\.\s+")  # a crawler's '1. ' before each item of the page's lists


def _bare(text: str) -> str:
    return _LIST_MARK_RE.sub("", text.strip())


def platform_string(text: str) -> bool:
    """A comment box's label or empty state, a blog's pager or archive link, a forum's viewers line (see above)."""
    bare = _bare(text)
    return words(bare) <= 16 and any(r.match(bare) for r in (_COMMENT_BOX_RE, _BLOG_RE, _VIEWERS_RE))


def _dated_post(page: Page, line: Line) -> bool:
    """Blogger's post footer and a forum thread's header: who posted it, when. The poster is the author where
    their handle reads as a name."""
    bare = _bare(line.text)
    m = _BLOG_FOOTER_RE.match(bare) or _THREAD_RE.match(bare)
    if m is None:
        return False
    who = m.group("who").strip()
    if is_name(who):
        page.set_author(who)
    if m.group("d"):
        page.set_date(iso_date(m.group("d"), m.group("m"), m.group("y")))
    page.drop(line, "dateline")
    return True


def member_cards(page: Page) -> None:
    """A member card: two different fields of a forum's own or more within six lines, each with its value on its line or on
    the line under it; the fields, their values and the member's name-and-rank line right over them go. One
    field alone ('Bài viết: 12' under a story) stays. Read once the headline is known: over the headline the card
    is one of the head's lines to the title rules (a forum's menu, a poster's name), which read it as a block."""
    lines = [ln for ln in page.lines if ln.text.strip()]
    fields = [i for i, ln in enumerate(lines) if _CARD_LABEL_RE.match(_bare(ln.text)) and words(ln.text) <= 10]
    for i in fields:
        near = {_CARD_LABEL_RE.match(_bare(lines[j].text)).group("label").casefold() for j in fields if abs(j - i) <= 6}
        if len(near - _PROFILE_FIELDS) < 2:  # a notice of a wanted or missing person lists sex and address too
            continue
        card = [lines[i]]
        if not _CARD_LABEL_RE.match(_bare(lines[i].text)).group("value").strip() and i + 1 < len(lines) \
                and _CARD_VALUE_RE.match(lines[i + 1].text.strip()):
            card.append(lines[i + 1])
        if i == fields[0] or fields[fields.index(i) - 1] < i - 6:
            for j in range(i - 1, max(i - 4, -1), -1):  # the name and rank over the card's first field
                if _RANK_RE.search(lines[j].text.strip()) and words(lines[j].text) <= 6:
                    card.append(lines[j])
                    break
        for ln in card:
            if ln.kept and ln.text != page.title:
                page.drop(ln, "widget")


def platform_furniture(page: Page) -> None:
    """The platform's strings wherever they stand (see above), after the line rules: a post's footer dates the page
    and names its poster."""
    for line in page.lines:
        if line.kept and line.text.strip() and not _dated_post(page, line) and platform_string(line.text):
            page.drop(line, "widget")
