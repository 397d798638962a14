"""Titles on pages whose head is printed the way other outlets print it: every labelled page of
bench/data/clean_round2 (splits numbered FIRST_HELD_OUT and up left out: held out) rewritten by shape, then cleaned
alone.

    python bench/title_shapes.py [-v SHAPE] [--shapes A,B,...]

Shapes: orig (as labelled), glued (no blank line anywhere), crumb (a breadcrumb over the headline), section (a
section's name over it), today (the site's date of the day on top), crumb+today, repeat (the headline printed
twice), browser ('<headline> | Báo Tin Mới' over it), dated (a date glued after it; the title counts as found when
it opens with the headline), twoline (the headline cut over two lines; found only if joined), skip (a screen reader's
'Skip to main content' atop the page), slogan (a banner's slogan in capitals closed by '!' atop it), nohead (the
headline removed: any title is wrong, none is right -- the brief then shows a generated one, labelled).
Round 17's crawler layouts around the headline (each applied to every labelled page): menu20 / menu60 (a site's
menu, one section name a line, 20 or 60 lines over the headline), links (a list of 25 other stories' headlines over
it, as a 'most read' box saves), midmenu (the page starting mid-menu: the menu's last 12 names then the headline),
sitedate (the site's name and the day's date on their own lines over it), share (a share bar under it: 'Chia sẻ',
'Facebook', 'Zalo', 'In bài'), related (the headline again at the page's end in a 'Tin liên quan' list), caps (the
headline in capitals), kicker (a short kicker line over it), meta (the headline only as a 'Title: ...' line on top
and removed from the body: found when taken from that line), htmltitle ('<headline> - Báo Tin Mới' on the first
line, as a saved <title>).
Round 18's trails ending on the headline: trail ('Trang chủ » Thời sự » <headline>' right over it), trailtime (the
hour the story was posted, '08:30', between the trail and the headline), trailday (its day and hour, 'Thứ Hai,
12/05/2025 08:30', there), pathday (a trail with no home step, 'Tin tức » Xã hội » <headline>', over its date).
Round 20's: bullets (the headline as the last item of a bulleted breadcrumb, '  • Trang chủ', '  • Thời sự', '  •
<headline>'), tagged (the first line of 12 words or more under the headline opened by an outlet's tag, '(Báo Tin Mới)
- ', the lines between dropped and no blank line over it: a lead glued to its headline; pages with no such line are
left out).
Counts per shape: right, wrong, none, glued (the headline's words open the first paragraph).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_eval as ce  # noqa: E402

from pipeline.ingest.article import RawArticle  # noqa: E402
from pipeline.ingest.clean import clean_article  # noqa: E402

SPLITS = Path(__file__).resolve().parent / "data/clean_round2"
# Splits from this number up are test sets being written or measured (every split below it is development data):
# left out by number, so that a split added later is never read by mistake.
FIRST_HELD_OUT = 162


def held_out(name: str) -> bool:
    m = re.fullmatch(r"test(\d+)", name)
    return m is not None and int(m.group(1)) >= FIRST_HELD_OUT


SLOGAN = "NHIỆT LIỆT CHÀO MỪNG KỶ NIỆM 80 NĂM NGÀY QUỐC KHÁNH 2/9!"
SHAPES = ["orig", "glued", "crumb", "section", "today", "crumb+today", "repeat", "browser", "dated", "twoline",
          "skip", "slogan", "nohead", "menu20", "menu60", "links", "midmenu", "sitedate", "share", "related", "caps",
          "kicker", "meta", "htmltitle", "trail", "trailtime", "trailday", "pathday", "bullets", "tagged"]
# A news site's menu as a crawler saves it: one section a line (the names are the common sections of Vietnamese
# outlets, repeated to length).
MENU = ["Trang chủ", "Thời sự", "Chính trị", "Xã hội", "Kinh tế", "Thế giới", "Pháp luật", "Giáo dục", "Sức khỏe",
        "Văn hóa", "Giải trí", "Thể thao", "Công nghệ", "Xe", "Du lịch", "Bất động sản", "Đời sống", "Bạn đọc",
        "Video", "Podcast", "Tiêu điểm", "Quốc phòng", "Môi trường", "Khoa học", "Nhịp sống trẻ", "Tài chính",
        "Chứng khoán", "Doanh nghiệp", "Giới trẻ", "Ẩm thực"]
# Other stories' headlines as a 'most read' box lists them (made up, in the shape of headlines).
LINKS = ["Giá vàng hôm nay tăng mạnh sau phiên giảm sâu", "Hà Nội công bố lịch cắt điện tuần tới",
         "Tuyển Việt Nam chốt danh sách dự vòng loại", "Mưa lớn gây ngập nhiều tuyến phố ở TP.HCM",
         "Thủ tướng chỉ đạo đẩy nhanh giải ngân vốn đầu tư công", "Bắt tạm giam nguyên giám đốc sở",
         "Xăng dầu đồng loạt giảm giá từ chiều nay", "Học sinh cả nước bước vào kỳ thi tốt nghiệp",
         "Cháy nhà dân trong đêm, ba người thoát nạn", "Nông dân miền Tây trúng mùa lúa đông xuân"]


def variants(lines: list[str], hi: int):
    head = lines[hi]
    half = len(head.split()) // 2
    yield "orig", lines
    yield "glued", [ln for ln in lines if ln.strip()]
    yield "crumb", lines[:hi] + ["Trang chủ > Thời sự > Xã hội"] + lines[hi:]
    yield "section", lines[:hi] + ["Xã hội"] + lines[hi:]
    yield "today", ["Thứ Hai, 12/05/2025"] + lines
    yield "crumb+today", ["Thứ Hai, 12/05/2025", "Trang chủ > Thời sự"] + lines[:hi] + [""] + lines[hi:]
    yield "repeat", lines[:hi] + [head] + lines[hi:]
    yield "browser", lines[:hi] + [head + " | Báo Tin Mới"] + lines[hi:]
    yield "dated", lines[:hi] + [head + " 12/05/2025 08:30"] + lines[hi + 1:]
    yield "twoline", lines[:hi] + [" ".join(head.split()[:half]), " ".join(head.split()[half:])] + lines[hi + 1:]
    yield "skip", ["Skip to main content"] + lines
    yield "slogan", [SLOGAN] + lines
    yield "nohead", lines[:hi] + lines[hi + 1:]
    menu = (MENU * 3)
    yield "menu20", lines[:hi] + menu[:20] + lines[hi:]
    yield "menu60", lines[:hi] + menu[:60] + lines[hi:]
    yield "links", lines[:hi] + ["Đọc nhiều"] + LINKS + lines[hi:]
    yield "midmenu", MENU[-12:] + lines[hi:]
    yield "sitedate", lines[:hi] + ["Báo Tin Mới", "Thứ Hai, 12/05/2025 08:30 (GMT+7)"] + lines[hi:]
    yield "share", lines[:hi + 1] + ["Chia sẻ", "Facebook", "Zalo", "In bài"] + lines[hi + 1:]
    yield "related", lines + ["", "Tin liên quan", head, LINKS[0], LINKS[1]]
    yield "caps", lines[:hi] + [head.upper()] + lines[hi + 1:]
    yield "kicker", lines[:hi] + ["Vụ việc nóng"] + lines[hi:]
    yield "meta", ["Title: " + head, ""] + lines[:hi] + lines[hi + 1:]
    yield "htmltitle", [head + " - Báo Tin Mới"] + lines[:hi] + lines[hi:]
    yield "trail", lines[:hi] + ["Trang chủ » Thời sự » " + head] + lines[hi:]
    yield "trailtime", lines[:hi] + ["Trang chủ » Thời sự » " + head, "08:30"] + lines[hi:]
    yield "trailday", lines[:hi] + ["Trang chủ » Thời sự » " + head, "Thứ Hai, 12/05/2025 08:30"] + lines[hi:]
    yield "pathday", lines[:hi] + ["Tin tức » Xã hội » " + head, "12/05/2025"] + lines[hi:]
    yield "bullets", lines[:hi] + ["  • Trang chủ", "  • Thời sự", "  • " + head] + lines[hi + 1:]
    lead = next((k for k in range(hi + 1, len(lines)) if len(lines[k].split()) >= 12), None)
    if lead is not None:
        yield "tagged", [ln for ln in lines[:hi + 1] if ln.strip()] + ["(Báo Tin Mới) - " + lines[lead].strip()] \
            + lines[lead + 1:]


def main() -> None:
    args = sys.argv[1:]
    show = args[args.index("-v") + 1] if "-v" in args else None
    only = set(args[args.index("--shapes") + 1].split(",")) if "--shapes" in args else set(SHAPES)
    counts = Counter()
    for split in sorted(p for p in SPLITS.iterdir() if p.is_dir() and not held_out(p.name)):
        for path in sorted(split.glob("*.txt")):
            marked = path.read_text(encoding="utf-8").splitlines()
            want = next((ln[3:] for ln in marked if ln.startswith("#T|")), None)
            if not want:
                continue
            hi = next(i for i, ln in enumerate(marked) if ln.startswith("#T|"))
            raw = [ce.unmark(ln)[0] for ln in marked]
            for name, lines in variants(raw, hi):
                if name not in only:
                    continue
                try:
                    art = clean_article(RawArticle(path.name, "\n".join(lines) + "\n", "utf-8"))
                except Exception:  # noqa: BLE001 -- a page the cleaner rejects counts as failed
                    counts[name, "failed"] += 1
                    continue
                ok, stuck = ce.title_found(want, {"title": art.title, "paragraphs": art.paragraphs, "removed": [
                    {"text": r.text, "reason": r.reason} for r in art.removed]})
                if name == "dated" and art.title and ce.norm(art.title)[:len(ce.norm(want))] == ce.norm(want):
                    ok = True
                result = "right" if ok and name != "nohead" else "none" if art.title is None else "wrong"
                counts[name, result] += 1
                counts[name, "glued"] += stuck
                if name == show and (result != "right" or stuck):
                    print(f"{split.name}/{path.name}: {art.title!r}{' GLUED' if stuck else ''}")
    for name in (n for n in SHAPES if n in only):
        print(f"{name:12} right {counts[name, 'right']:3}  wrong {counts[name, 'wrong']:3}  "
              f"none {counts[name, 'none']:3}  glued {counts[name, 'glued']:3}  failed {counts[name, 'failed']}")


if __name__ == "__main__":
    main()
