"""Which page noise the cleaner removes only where it was written for it: dev noise moved onto other pages, and the
tails whole pages carry.

    python bench/noise_transplant.py transplant [--pages 240] [--seed 49] [-v]
    python bench/noise_transplant.py tail [--pages 240] [--seed 49] [--kinds related,tags] [-v]

Both benches take a seeded sample of labelled pages (bench/data/clean_round2, every development split, never
the held-out ones) as hosts, insert labelled noise into each, clean each page in process as the batch cleans it
(the batch's boilerplate found on the split's pages as they were: an inserted block recurs on no other page, so a
rule that needs the batch to repeat a line cannot take it here) and count per kind: inserted noise lines removed (as
bench/clean_eval.py counts one: fewer than half of its words, and fewer than two, survive in a row in the title and
body), and the host's own article lines lost that the plain page kept.

`transplant`: every block of labelled noise on the dev pages (a run of `@kind|` lines with only blank lines between:
a related list, a tail, a gallery of captions, a header's dateline and section) is a donor; each host gets one block
from another split (outlets differ across splits far more than within one) and from a page whose position for it is
the host's too: a block that stood before the page's first article line goes to the host's top, one after its last
article line to its end, one between paragraphs between two of the host's article lines. A rule that holds only by
its outlet's position, neighbour or wording shows as a kind removed at home (bench/clean_eval.py) and not here.

`tail`: the tails Vietnamese sites print under a story (related lists, tags, share bars, comment boxes, newsletter and
app lines, copyright and licence lines, contact blocks, 'Xem thêm'/'Đọc tiếp', ratings, the two-line reprint credit),
written here in several variants per kind drawn by a seeded generator (made up in the shapes sites use; none copied
from a test split), set in a seeded order after the host's last article line, as a crawler saves the page's end.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_eval as ce  # noqa: E402
import loss_guard_eval as lg  # noqa: E402
import loss_shapes as ls  # noqa: E402

_HEADLINES = ["Hà Nội công bố 12 dự án giao thông trọng điểm năm 2025", "Giá xăng dầu đồng loạt giảm từ chiều nay",
              "Cháy nhà trọ lúc rạng sáng, 3 người thoát nạn", "Học sinh cả nước bước vào kỳ thi tốt nghiệp THPT",
              "Xuất khẩu rau quả lập kỷ lục mới", "Đội tuyển Việt Nam chốt danh sách dự AFF Cup",
              "Bắt giữ nhóm đối tượng lừa đảo qua mạng xã hội", "Nắng nóng gay gắt kéo dài ở Bắc Bộ",
              "Thủ tướng chỉ đạo đẩy nhanh giải ngân vốn đầu tư công", "Ngân hàng đồng loạt hạ lãi suất cho vay",
              "Phát hiện loài thực vật mới tại vườn quốc gia", "Khánh thành cầu dân sinh cho bà con vùng cao",
              "Tai nạn liên hoàn trên cao tốc, giao thông ùn tắc nhiều giờ", "Giá vàng hôm nay tăng mạnh",
              "Tìm thấy thi thể nam thanh niên mất tích khi tắm sông", "Mở rộng đối tượng được miễn học phí"]
_TOPICS = ["giao thông", "Hà Nội", "giá vàng", "thời tiết", "tai nạn", "giáo dục", "bóng đá", "bất động sản",
           "kinh tế", "y tế", "lừa đảo", "xuất khẩu", "TP.HCM", "an toàn thực phẩm"]
_PAPERS = ["Báo Tin Mới", "Báo Đời sống Việt", "Tạp chí Kinh tế Sông Hồng", "Báo điện tử Phương Nam",
           "Thông tin Miền Trung", "Tuổi Trẻ Thủ Đô"]
_SOURCES = ["Công an nhân dân", "An ninh Thủ đô", "Người Lao Động", "Tiền Phong", "Dân trí", "Thanh Niên",
            "VnExpress", "TTXVN", "Vietnamplus", "Lao Động"]
_WRITERS = ["Minh Anh", "Hoàng Long", "Thu Trang", "Quốc Việt", "Ngọc Hà", "Đức Thắng", "Lan Hương", "Tuấn Kiệt"]
_STREETS = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Điện Biên Phủ", "Lý Thường Kiệt"]


def _when(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2022, 2023, 2024])}"


def _phone(rng: random.Random) -> str:
    return rng.choice([f"0{rng.randint(20, 29)} {rng.randint(3000, 3999)} {rng.randint(1000, 9999)}",
                       f"09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                       f"1900 {rng.randint(1000, 9999)}"])


def _related(rng: random.Random) -> list[str]:
    head = rng.choice(["Tin liên quan", "TIN LIÊN QUAN", "Bài viết liên quan", "Tin cùng chuyên mục", "Đọc thêm",
                       "Tin khác", "CÁC TIN KHÁC", "Có thể bạn quan tâm", "Tin mới nhất", "Xem nhiều nhất"])
    style = rng.choice(["{}", "{} ({})", "{} - {}", "- {}", "• {}", "{}  {}"])
    lines = []
    for h in rng.sample(_HEADLINES, rng.randint(3, 6)):
        lines.append(style.format(h, _when(rng)) if style.count("{}") == 2 else style.format(h))
    return [head + rng.choice(["", ":"])] + lines


def _tags(rng: random.Random) -> list[str]:
    words = rng.sample(_TOPICS, rng.randint(2, 5))
    return [rng.choice([f"Tags: {', '.join(words)}", f"Từ khóa: {', '.join(words)}", f"Từ khoá: {' '.join(words)}",
                        " ".join("#" + w.replace(" ", "") for w in words), f"Chủ đề: {', '.join(words)}",
                        f"TAG: {' | '.join(words)}"])]


def _share(rng: random.Random) -> list[str]:
    return rng.sample(["Chia sẻ", "Chia sẻ bài viết", "Facebook", "Twitter", "Zalo", "Chia sẻ Facebook",
                       "Thích | Chia sẻ", "Like", "Share", "Gửi email", "In bài viết", "Bản in", "Lưu bài viết",
                       "Sao chép liên kết", "Copy link", "Về đầu trang", "Quay lại", f"{rng.randint(2, 900)} lượt xem",
                       f"Thích ({rng.randint(0, 99)})"], rng.randint(2, 4))


def _comments(rng: random.Random) -> list[str]:
    pool = [f"Bình luận ({rng.randint(0, 40)})", "Ý kiến bạn đọc", "Gửi bình luận", "Bình luận của bạn",
            "Viết bình luận của bạn...", "Họ và tên", "Email", "Gửi",
            "Bình luận của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.",
            "Mời bạn thảo luận, vui lòng nhập tiếng Việt có dấu",
            "Chưa có bình luận nào. Hãy là người đầu tiên bình luận!", "Xem thêm bình luận",
            "Ý kiến của bạn", "Vui lòng đăng nhập để bình luận", "Sắp xếp theo: Mới nhất | Hay nhất"]
    return rng.sample(pool, rng.randint(2, 4))


def _newsletter(rng: random.Random) -> list[str]:
    paper = rng.choice(_PAPERS)
    return rng.sample(["Đăng ký nhận bản tin", "Đăng ký nhận tin tức mới nhất qua email", "Nhập email của bạn",
                       "Đăng ký", f"Tải ứng dụng {paper}", "Tải ứng dụng trên App Store | Google Play",
                       f"Theo dõi {paper} trên Google News", f"Đăng ký kênh Youtube {paper}",
                       "Theo dõi chúng tôi trên mạng xã hội", "Quét mã QR để tải ứng dụng"], rng.randint(1, 3))


def _copyright(rng: random.Random) -> list[str]:
    paper, year = rng.choice(_PAPERS), rng.randint(2015, 2025)
    num = f"{rng.randint(10, 599)}/GP-BTTTT"
    pool = [f"© {year} {paper}. All rights reserved.", f"© Bản quyền thuộc về {paper}",
            f"Copyright © {year} {paper}", f"Giấy phép số {num} do Bộ Thông tin và Truyền thông cấp ngày {_when(rng)}",
            f"Giấy phép hoạt động báo điện tử số {num}", f"Tổng Biên tập: {rng.choice(_WRITERS)}",
            f"Cơ quan chủ quản: {rng.choice(['UBND tỉnh', 'Hội Nhà báo Việt Nam', 'Bộ Công Thương'])}",
            f"Chịu trách nhiệm nội dung: {rng.choice(_WRITERS)}",
            f"Ghi rõ nguồn \"{paper}\" khi phát hành lại thông tin từ website này.",
            "Không được sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản."]
    return rng.sample(pool, rng.randint(1, 4))


def _contact(rng: random.Random) -> list[str]:
    host = rng.choice(["baotinmoi", "doisongviet", "phuongnam", "ttmientrung"])
    pool = [f"Địa chỉ: {rng.randint(1, 300)} {rng.choice(_STREETS)}, {rng.choice(['Quận 1, TP.HCM', 'Hoàn Kiếm, Hà Nội', 'TP. Đà Nẵng'])}",
            f"Điện thoại: {_phone(rng)}", f"Hotline: {_phone(rng)}", f"Đường dây nóng: {_phone(rng)}",
            f"Email: toasoan@{host}.vn", f"Fax: {_phone(rng)}", f"Liên hệ quảng cáo: {_phone(rng)}",
            f"Tòa soạn: {rng.randint(1, 300)} {rng.choice(_STREETS)}, Hà Nội", f"Website: www.{host}.vn"]
    return rng.sample(pool, rng.randint(2, 4))


def _more(rng: random.Random) -> list[str]:
    return [rng.choice([f"Xem thêm: {rng.choice(_HEADLINES)}", "Đọc tiếp", "Xem tiếp >>", "Xem thêm >>",
                        f"Đọc thêm: {rng.choice(_HEADLINES)}", "Xem thêm", ">> Xem thêm", "Đọc tiếp >>",
                        f">> {rng.choice(_HEADLINES)}"])]


def _rating(rng: random.Random) -> list[str]:
    n = rng.randint(2, 300)
    return rng.sample(["Đánh giá bài viết", "Bạn thấy bài viết này thế nào?", f"{n} lượt thích",
                       f"Bình chọn: {rng.randint(1, 5)} sao", f"{rng.randint(1, 4)}.{rng.randint(0, 9)}/5 ({n} bình chọn)",
                       "★★★★☆", "Hữu ích | Không hữu ích", "Bài viết có hữu ích với bạn không?"], rng.randint(1, 2))


def _reprint(rng: random.Random) -> list[str]:
    who, src = rng.choice(_WRITERS), rng.choice(_SOURCES)
    return rng.choice([[f"Theo {who}", src], [f"Theo {who}", f"({src})"], [f"{who} (theo {src})"],
                       [f"Nguồn: {src}"], [f"Theo {src}"], [f"{who}", f"Theo {src}"]])


TAILS = {"related": _related, "tags": _tags, "share": _share, "comments": _comments, "newsletter": _newsletter,
         "copyright": _copyright, "contact": _contact, "more": _more, "rating": _rating, "reprint": _reprint}
# The order a page's end takes them in: the credit under the story, then what surrounds it, the footer last.
_ORDER = ["reprint", "more", "rating", "tags", "share", "related", "comments", "newsletter", "contact", "copyright"]


def removed(line: str, hay: str) -> bool:
    """As bench/clean_eval.py counts a noise line removed: fewer than half its words (at least two; one of one)
    survive in a row in what the host's own article lines left of the title and body."""
    words = ce.norm(line)
    return ce.longest_run(hay, words) < max(min(len(words), 2), (len(words) + 1) // 2)


def leftover(own: list[str], out: dict) -> str:
    """The title and body with each of the host's article lines used up, longest first, as bench/clean_eval.py
    scores a page: a noise line is judged on what the article did not account for."""
    hay = " " + " | ".join(" ".join(ce.norm(t)) for t in [out.get("title") or ""] + out["paragraphs"]) + " "
    for line in sorted(own, key=lambda x: -len(ce.norm(x))):
        words = ce.norm(line)
        found = next((rest for rest in ce.tails(line, words) if ce.contains(hay, rest)), None) if words else None
        if found is not None:
            hay = hay.replace(f" {' '.join(found)} ", " # ", 1)
    return hay


def _article(marked: list[str]) -> list[int]:
    return [i for i, m in enumerate(marked) if m.strip() and ce.unmark(m)[1] is None and not m.startswith("#T|")]


def donor_blocks(marked: list[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each run of labelled noise on the page (blank lines inside it dropped), with where it stands: 'top' before
    the first article line, 'end' after the last, 'mid' between."""
    article = _article(marked)
    if not article:
        return []
    blocks, run, start = [], [], None
    for i, m in enumerate(marked + ["§"]):
        text, kind, head = ce.unmark(m) if m != "§" else ("", None, False)
        if kind is not None and text.strip():
            start = i if not run else start
            run.append((kind, text.strip()))
        elif m.strip() or m == "§":
            if run:
                where = "top" if start < article[0] else "end" if start > article[-1] else "mid"
                blocks.append((where, run))
            run = []
    return blocks


def place(marked: list[str], lines: list[str], where: str, rng: random.Random) -> list[str] | None:
    """The host's marked lines with `lines` at its top (over the headline or first article line), its end (after the
    last article line) or between two article lines, spaced as the page spaces its paragraphs."""
    article = _article(marked)
    if len(article) < 3:
        return None
    if where == "top":
        heads = [i for i, m in enumerate(marked) if m.startswith("#T|")]
        at = (heads[0] if heads and rng.random() < 0.5 else article[0]) - 1
    elif where == "end":
        at = article[-1]
    else:
        at = article[rng.randint(0, len(article) - 2)]
    spaced = at + 1 < len(marked) and not marked[at + 1].strip()
    block = [x for line in lines for x in ([line, ""] if spaced else [line])]
    return marked[:at + 1] + ([""] if spaced else []) + block + marked[at + 1 + spaced:]


def donor_held(split: str) -> bool:
    """The transplant's held-out half: donors from odd-numbered test splits. A rule is chosen on what the other
    half's kept lines show and reported on both, so that one fitted to the bench's own donors shows as a gap."""
    m = re.fullmatch(r"test(\d+)", split)
    return m is not None and int(m.group(1)) % 2 == 1


def _sample(args) -> tuple[list[Path], dict[Path, list[str]]]:
    pages = [p for split in ls.dev_splits() for p in sorted(split.glob("*.txt"))]
    marked = {p: unicodedata.normalize("NFC", p.read_text(encoding="utf-8")).splitlines() for p in pages}
    rng = random.Random(args.seed)
    return sorted(rng.sample(pages, min(args.pages, len(pages)))), marked


def run(args, make) -> None:
    """Insert make(host, rng) -> [(kind, line)] into each sampled host, clean by split, count per kind."""
    sample, marked = _sample(args)
    by_split, originals, plain = lg.sampled_splits(sample)
    inserted: Counter = Counter()
    taken: Counter = Counter()
    own_lost: Counter = Counter()
    reasons: dict[str, Counter] = {}
    placed: Counter = Counter()  # (kind, where): inserted, and removed
    placed_taken: Counter = Counter()
    halves: Counter = Counter()  # by the donor's split: 'held' (odd-numbered) and 'fit' (the rest)
    halves_taken: Counter = Counter()
    for split, ps in by_split.items():
        texts, blocks = {}, {}
        for p in ps:
            rng = random.Random(f"{args.seed}:{split.name}/{p.name}")
            got = make(p, marked, rng)
            if got is None:
                continue
            where, block, donor = got if len(got) == 3 else (*got, "")
            page = place(marked[p], [line for _, line in block], where, rng)
            if page is None:
                continue
            blocks[p.name] = (where, block, donor)
            texts[p.name] = "\n".join(ce.unmark(m)[0] for m in page) + "\n"
        cleaned = lg.clean_split(texts, originals[split])
        for name, (where, block, donor) in blocks.items():
            half = "held" if donor_held(donor) else "fit"
            out = cleaned[name]
            if "error" in out or "error" in plain[split][name]:
                continue
            own = [ce.unmark(m)[0].strip() for m in marked[split / name] if m.strip() and ce.unmark(m)[1] is None]
            hay = leftover(own, out)
            for kind, line in block:
                if not ce.norm(line):
                    continue  # no word to find ('|', '★★★★☆'): bench/clean_eval.py counts no such line either
                inserted[kind] += 1
                placed[kind, where] += 1
                halves[half] += 1
                if removed(line, hay):
                    taken[kind] += 1
                    placed_taken[kind, where] += 1
                    halves_taken[half] += 1
                    reasons.setdefault(kind, Counter())[ce.removed_by(line, out)] += 1
                elif args.verbose:
                    print(f"  kept  [{kind}] [{where} {half} {donor}] {split.name}/{name} {line!r}")
            before = {line for line, _ in ls.lost_lines(own, plain[split][name])}
            for line, reason in ls.lost_lines(own, out):
                if line not in before:
                    own_lost[block[0][0]] += 1
                    if args.verbose:
                        print(f"  LOST  [{block[0][0]}] {split.name}/{name} {line!r} <- {reason}")
    for kind in sorted(inserted, key=lambda k: -inserted[k]):
        top = ", ".join(f"{r} {n}" for r, n in reasons.get(kind, Counter()).most_common(3))
        print(f"{kind:12} removed {taken[kind]:4} of {inserted[kind]:4} ({100 * taken[kind] / inserted[kind]:5.1f}%)"
              f"  host lines lost {own_lost[kind]:3}  {top}")
        if args.bench == "transplant":
            print("             " + "  ".join(f"{w} {placed_taken[kind, w]}/{placed[kind, w]}"
                                          for w in ("top", "mid", "end") if placed[kind, w]))
    n, t = sum(inserted.values()), sum(taken.values())
    print(f"{'all':12} removed {t:4} of {n:4} ({100 * t / max(n, 1):5.1f}%)  host lines lost "
          f"{sum(own_lost.values())} on {len(sample)} pages (seed {args.seed})")
    if halves["held"]:
        print("  by donor split: " + "  ".join(f"{h} {halves_taken[h]}/{halves[h]} "
                                              f"({100 * halves_taken[h] / halves[h]:.1f}%)" for h in ("fit", "held")))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bench", choices=["transplant", "tail"])
    ap.add_argument("--pages", type=int, default=240)
    ap.add_argument("--seed", type=int, default=49)
    ap.add_argument("--kinds", default=",".join(TAILS), help="tail: the kinds to set under the story")
    ap.add_argument("-v", "--verbose", action="store_true", help="each inserted line kept, each host line lost")
    args = ap.parse_args()
    if args.bench == "tail":
        kinds = args.kinds.split(",")

        def make(host, marked, rng):
            chosen = [k for k in _ORDER if k in kinds and rng.random() < 0.5] or [rng.choice(kinds)]
            return "end", [(k, line) for k in chosen for line in TAILS[k](rng)]
        run(args, make)
        return
    pages = [p for split in ls.dev_splits() for p in sorted(split.glob("*.txt"))]
    donors = [(p, where, block) for p in pages
              for where, block in donor_blocks(unicodedata.normalize("NFC", p.read_text(encoding="utf-8")).splitlines())]

    def make(host, marked, rng):
        fit = [d for d in donors if d[0].parent != host.parent]
        donor, where, block = rng.choice(fit)
        return where, block, donor.parent.name
    run(args, make)


if __name__ == "__main__":
    main()
