"""Which shapes of real article text the cleaner takes as noise, on pages no rule was written for them.

    python bench/loss_shapes.py [--pages 240] [--seed 6] [--shapes qa,table] [-v]

The labelled splits (bench/data/clean_round2, every development split, never the held-out ones:
title_shapes.FIRST_HELD_OUT and up) hold some article shapes rarely: a list of short items, an interview's questions
and answers, a sub-heading, a quote on its own line, a table printed as lines, a list of names with their posts,
dated timeline items, a line of figures, a closing line, verse (lục bát, lines of one length, a song's lines, a
parallel couplet), a story cut into sections (three sub-headings, each over its paragraph), a paragraph wrapped by
hand at a fixed width. Each shape is written here (several variants, drawn by a seeded generator) and inserted as
article text into a seeded sample of labelled pages, in the story's middle (between two article lines, the page's
own blank-line spacing kept) - a closing line and a closing poem at the story's end - and each page is cleaned in
process as the batch cleans it (the batch's boilerplate found on the split's pages as they were: the inserted text
is no page's furniture). Per shape: the inserted lines lost (missing from the title and body, as bench/clean_eval.py
counts a lost line) of those inserted, by the rule that took them, and the page's own article lines lost beside the
inserted block that the plain page kept.
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
import title_shapes as ts  # noqa: E402


SPLITS = ce.ROOT / "bench/data/clean_round2"

_PEOPLE = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Quốc Bảo", "Hoàng Thị Lan", "Võ Thành Nam",
           "Đặng Hữu Phúc", "Bùi Thị Thu Hà", "Đỗ Quang Vinh", "Huỳnh Ngọc Sơn", "Phan Thanh Bình", "Ngô Thị Hạnh"]
_POSTS = ["Chủ tịch UBND huyện", "Phó Giám đốc Sở Nông nghiệp và PTNT", "Bí thư Đảng ủy xã", "Trưởng phòng Tài chính",
          "Giám đốc Trung tâm Y tế huyện", "Phó Chủ tịch HĐND tỉnh", "Trưởng Ban Tuyên giáo Huyện ủy",
          "Chủ tịch Hội Nông dân tỉnh", "Hiệu trưởng Trường THPT Lê Lợi", "Giám đốc Công ty CP Xây dựng số 5"]
_ITEMS = ["Hỗ trợ vay vốn ưu đãi cho hộ nghèo", "Nâng cấp 12 km đường giao thông nông thôn",
          "Tập huấn kỹ thuật trồng lúa cho 300 nông dân", "Xây mới 2 phòng học tại điểm trường Bản Phủ",
          "Cấp thẻ bảo hiểm y tế cho người cao tuổi", "Kiểm tra an toàn thực phẩm tại các chợ",
          "Nạo vét kênh mương phục vụ tưới tiêu", "Tổ chức ngày hội việc làm cho thanh niên",
          "Sửa chữa nhà văn hóa thôn", "Trồng mới 15 ha rừng phòng hộ", "Phát quà cho học sinh khó khăn",
          "Lắp đặt đèn chiếu sáng tuyến đường liên xã"]
_LEADINS = ["Cụ thể, kế hoạch năm nay tập trung vào các nhiệm vụ sau:", "Các giải pháp được đề ra gồm:",
            "Trong đó, địa phương ưu tiên thực hiện những việc sau:", "Đoàn đã kiến nghị một số nội dung:"]
_QUESTIONS = ["Xin ông cho biết những khó khăn lớn nhất hiện nay của địa phương?",
              "Bà đánh giá thế nào về kết quả đạt được sau một năm triển khai?",
              "Thời gian tới, ngành sẽ có những giải pháp gì để hỗ trợ người dân?",
              "Vì sao dự án chậm tiến độ so với kế hoạch ban đầu?",
              "Anh có lời khuyên nào cho các bạn trẻ muốn khởi nghiệp?"]
_ANSWERS = ["Khó khăn lớn nhất là nguồn vốn còn hạn chế, trong khi nhu cầu đầu tư hạ tầng rất lớn.",
            "Chúng tôi đã phối hợp với các sở, ngành tháo gỡ từng vướng mắc, nhờ vậy tiến độ được cải thiện rõ rệt.",
            "Ngành sẽ tiếp tục rà soát, bổ sung cơ chế chính sách và đẩy mạnh chuyển đổi số trong thủ tục hành chính.",
            "Việc giải phóng mặt bằng gặp nhiều vướng mắc do một số hộ dân chưa đồng thuận với mức bồi thường.",
            "Hãy bắt đầu từ những việc nhỏ, kiên trì và đừng ngại thất bại."]
_SUBHEADS = ["Nỗ lực tháo gỡ khó khăn", "Nhiều mô hình hiệu quả", "Cần sự vào cuộc của cả hệ thống",
             "Người dân đồng thuận", "Hướng đi mới cho nông sản địa phương", "Chưa đáp ứng yêu cầu",
             "Bài học từ thực tiễn", "Kỳ vọng vào năm 2024"]
_QUOTES = ["Chúng tôi sẽ làm hết sức mình để người dân yên tâm sản xuất.", "Không để ai bị bỏ lại phía sau.",
           "Đây là niềm vui lớn của cả gia đình tôi.", "Mọi sai phạm phải được xử lý nghiêm, không có vùng cấm.",
           "Tôi chưa bao giờ nghĩ mình có thể làm được điều này."]
_THINGS = [("Gạo tẻ", "tấn"), ("Xi măng", "bao"), ("Thuốc kháng sinh", "hộp"), ("Áo ấm", "chiếc"),
           ("Sách giáo khoa", "bộ"), ("Mì tôm", "thùng"), ("Cây giống", "cây"), ("Nước sạch", "bình")]
_EVENTS = ["Khởi công xây dựng cầu mới", "Hoàn thành giải phóng mặt bằng", "Thông xe kỹ thuật",
           "Đoàn kiểm tra của tỉnh làm việc tại công trình", "Hợp long nhịp chính", "Bàn giao đưa vào sử dụng",
           "Xảy ra sự cố sạt lở tại km 12", "Tổ chức lễ ký kết hợp đồng"]
_TEAMS = ["Hà Nội FC", "Hoàng Anh Gia Lai", "Sông Lam Nghệ An", "Becamex Bình Dương", "Thép Xanh Nam Định",
          "Công an Hà Nội"]
_CLOSINGS = ["Xin cảm ơn!", "Xin trân trọng cảm ơn ông!", "Trân trọng.", "Xin cảm ơn bà về cuộc trò chuyện!",
             "Chúc mừng năm mới!", "Cảm ơn anh!"]

# Verse as stories quote it (a festival's poem, an obituary's, a folk couplet in a feature), written for this bench or
# folk and classical verse long in the public domain (ca dao, Truyện Kiều, Bà Huyện Thanh Quan): no text of any split.
# Lục bát (six and eight syllables, rhymed as the form rhymes, sometimes loosely: 'Sơn' over 'nguồn').
_LUC_BAT = [
    ["Công cha như núi Thái Sơn", "Nghĩa mẹ như nước trong nguồn chảy ra", "Một lòng thờ mẹ kính cha",
     "Cho tròn chữ hiếu mới là đạo con"],
    ["Nhiễu điều phủ lấy giá gương", "Người trong một nước phải thương nhau cùng"],
    ["Trong đầm gì đẹp bằng sen", "Lá xanh bông trắng lại chen nhị vàng", "Nhị vàng bông trắng lá xanh",
     "Gần bùn mà chẳng hôi tanh mùi bùn"],
    ["Đường vô xứ Huế quanh quanh", "Non xanh nước biếc như tranh họa đồ"],
    ["Trăm năm trong cõi người ta", "Chữ tài chữ mệnh khéo là ghét nhau", "Trải qua một cuộc bể dâu",
     "Những điều trông thấy mà đau đớn lòng"],
    ["Quê hương mùa lúa chín vàng", "Cánh cò chở nắng qua làng chiều nay", "Mẹ ngồi vá áo bên cây",
     "Nghe trong gió thổi heo may gọi về"],
    ["Thầy đi giữa những mùa mưa", "Con đò đưa khách năm xưa đã về", "Bảng đen phấn trắng tóc thề",
     "Bao nhiêu thế hệ vẫn nghe lời thầy"],
    ["Ông đi để lại nỗi buồn", "Cháu con thương nhớ lệ tuôn nghẹn lời", "Một đời vất vả không ngơi",
     "Giờ đây yên nghỉ nơi trời xa xăm"],
]
# Lines of one length: seven syllables (a regulated quatrain), five, four; rhymed at line ends, the last one enclosed
# (ABBA: no two rhymes within two lines).
_SAME_LENGTH = [
    ["Bước tới Đèo Ngang bóng xế tà", "Cỏ cây chen đá lá chen hoa", "Lom khom dưới núi tiều vài chú",
     "Lác đác bên sông chợ mấy nhà"],
    ["Xuân về trên khắp nẻo quê hương", "Đào thắm mai vàng rực ngõ đường", "Con cháu sum vầy bên bếp lửa",
     "Chúc nhau năm mới vạn điều thương"],
    ["Chiều nay trên bến sông", "Mẹ ngồi chờ con mãi", "Bên kia trời mênh mông", "Con thuyền xa chưa lại"],
    ["Mùa xuân đã về", "Trên khắp làng quê", "Hoa đào nở thắm", "Em cười say mê"],
    ["Sáng nay trời trong xanh", "Bé đi học rất sớm", "Trên cây chim hót vang", "Đường về nhà ngắn lắm"],
]
# A song's lines (no fixed length, seldom rhymed at a fixed place) and a parallel couplet (câu đối: one length, no
# rhyme).
_LYRICS = [
    ["Ai đã về thăm quê hương tôi", "Con sông nhỏ hiền hòa chảy mãi", "Chiều buông xuống trên những cánh đồng xa",
     "Tiếng sáo diều vẫn còn vang trong gió"],
    ["Mẹ ơi con sẽ về", "Khi mùa hoa gạo nở đỏ bến sông quê", "Con sẽ về bên mẹ",
     "Nghe lời ru ngày xưa còn ấm mãi"],
]
_COUPLETS = [["Tết đến trăm nhà vui đón Tết", "Xuân sang vạn nẻo rộn ràng xuân"],
             ["Đất nước thanh bình muôn việc tốt", "Nhân dân no ấm vạn nhà vui"]]
_VERSE_LEADINS = ["Tại buổi lễ, cụ đọc tặng mọi người bài thơ:", "Ông xúc động nhắc lại mấy câu ca dao quen thuộc:",
                  "Bài thơ được các em học sinh ngâm trong buổi lễ:"]


def _quoted(rng: random.Random, lines: list[str]) -> list[str]:
    """A poem as the page prints it: in quotation marks or not, under a lead-in or not."""
    if rng.random() < 0.4:
        lines = [f"“{lines[0]}"] + lines[1:-1] + [f"{lines[-1]}”"]
    return ([rng.choice(_VERSE_LEADINS)] if rng.random() < 0.3 else []) + lines


def _luc_bat(rng: random.Random) -> list[str]:
    return _quoted(rng, [line for stanza in rng.sample(_LUC_BAT, rng.randint(1, 2)) for line in stanza])


def _verse_same(rng: random.Random) -> list[str]:
    return _quoted(rng, rng.choice(_SAME_LENGTH))


def _lyrics(rng: random.Random) -> list[str]:
    return _quoted(rng, rng.choice(_LYRICS))


def _couplet(rng: random.Random) -> list[str]:
    return list(rng.choice(_COUPLETS))


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)}/{rng.randint(1, 12)}"


def _bullet(rng: random.Random) -> list[str]:
    mark = rng.choice(["-", "+", "•", "*"])
    end = rng.choice([";", ".", ""])
    lines = [f"{mark} {item}{end}" for item in rng.sample(_ITEMS, rng.randint(3, 5))]
    return ([rng.choice(_LEADINS)] if rng.random() < 0.5 else []) + lines


def _numbered(rng: random.Random) -> list[str]:
    style = rng.choice(["{}.", "{})", "{}/", "{} -"])
    end = rng.choice([";", ".", ""])
    lines = [f"{style.format(k)} {item}{end}" for k, item in enumerate(rng.sample(_ITEMS, rng.randint(3, 5)), 1)]
    return ([rng.choice(_LEADINS)] if rng.random() < 0.5 else []) + lines


def _qa(rng: random.Random) -> list[str]:
    ask, answer = rng.choice([("PV:", None), ("Hỏi:", "Đáp:"), ("-", "-"), ("PV:", "-")])
    who = rng.choice(_PEOPLE).split()[-1]
    out = []
    for q, a in zip(rng.sample(_QUESTIONS, 2), rng.sample(_ANSWERS, 2)):
        out.append(f"{ask} {q}")
        out.append(f"{answer or ('Ông ' + who + ':')} {a}")
    return out


def _subhead(rng: random.Random) -> list[str]:
    return [rng.choice(_SUBHEADS)]


def _subhead_caps(rng: random.Random) -> list[str]:
    return [rng.choice(_SUBHEADS).upper()]


def _quote(rng: random.Random) -> list[str]:
    left, right = rng.choice([("“", "”"), ('"', '"')])
    return [f"{left}{rng.choice(_QUOTES)}{right}"]


def _table(rng: random.Random) -> list[str]:
    rows = rng.sample(_THINGS, rng.randint(3, 4))
    out = ["Tên | Số lượng | Đơn vị" if rng.random() < 0.5 else "Mặt hàng | Số lượng | Đơn vị tính"]
    return out + [f"{name} | {rng.randint(2, 950)} | {unit}" for name, unit in rows]


# Tables a crawler flattened one cell a line (a medal, price or league table, a schedule, a results list): a header
# row of labels maybe, then rows of one period whose cells are names and figures; each cell closed by the table's bar
# or bare, under the table's title or not.
_PROVINCES = ["Bắc Giang", "Sơn La", "Bắc Kạn", "Phú Thọ", "Hòa Bình", "Lạng Sơn", "Cao Bằng", "Lai Châu"]
_GOODS = [("Thịt lợn hơi", 52), ("Gạo tẻ thường", 14), ("Cà phê nhân", 118), ("Hồ tiêu", 146), ("Cao su mủ nước", 12),
          ("Thịt bò thăn", 280)]
_VENUES = ["Thiên Trường", "Hàng Đẫy", "Pleiku", "Vinh", "Gò Đậu", "Lạch Tray"]


def _cell_rows(rng: random.Random) -> tuple[str, list[str], list[list[str]]]:
    kind = rng.choice(["medals", "prices", "league", "schedule", "results"])
    if kind == "medals":
        rows = [[str(i), p, *(str(rng.randint(0, 9)) for _ in range(3))]
                for i, p in enumerate(rng.sample(_PROVINCES, rng.randint(3, 5)), 1)]
        return "BẢNG TỔNG SẮP HUY CHƯƠNG NGÀY 11/5", ["Hạng", "Đoàn", "HCV", "HCB", "HCĐ"], rows
    if kind == "prices":
        rows = [[g, f"{p + rng.randint(0, 5)}.{rng.randint(0, 9)}00", rng.choice(["+500", "-200", "0", "+1.000"])]
                for g, p in rng.sample(_GOODS, rng.randint(3, 4))]
        return "Giá một số mặt hàng ngày 5/12", ["Mặt hàng", "Giá (đồng/kg)", "Thay đổi"], rows
    if kind == "league":
        rows = [[str(i), t, "11", str(25 - 2 * i - rng.randint(0, 1))]
                for i, t in enumerate(rng.sample(_TEAMS, rng.randint(3, 5)), 1)]
        return "Bảng xếp hạng sau vòng 11", ["TT", "Đội", "Trận", "Điểm"], rows
    if kind == "schedule":
        rows = [[f"{rng.randint(15, 19)}:{rng.choice(['00', '15', '30'])}", " - ".join(rng.sample(_TEAMS, 2)),
                 rng.choice(_VENUES)] for _ in range(rng.randint(3, 4))]
        return "Lịch thi đấu vòng 12", ["Giờ", "Trận đấu", "Sân"], rows
    rows = [[a, f"{rng.randint(0, 4)}-{rng.randint(0, 4)}", b]
            for a, b in zip(*[iter(rng.sample(_TEAMS, 6))] * 2)]
    return "Kết quả vòng 11", [], rows


def _cells(rng: random.Random) -> list[str]:
    """A table flattened one cell a line (test91/05's medal table, and its kin)."""
    title, header, rows = _cell_rows(rng)
    bar = " |" if rng.random() < 0.5 else ""
    cells = [c + bar for row in ([header] if header else []) + rows for c in row]
    return ([title + bar] if rng.random() < 0.5 else []) + cells


def _names(rng: random.Random) -> list[str]:
    end = rng.choice([";", ".", ""])
    pairs = zip(rng.sample(_PEOPLE, 3), rng.sample(_POSTS, 3))
    return [f"- {rng.choice(['Ông', 'Bà'])} {name}, {post}{end}" for name, post in pairs]


def _timeline(rng: random.Random) -> list[str]:
    opener = rng.choice(["Ngày {}:", "{}:", "Ngày {} -"])
    return [f"{opener.format(_date(rng))} {event}." for event in rng.sample(_EVENTS, rng.randint(3, 4))]


def _figures(rng: random.Random) -> list[str]:
    a, b = rng.sample(_TEAMS, 2)
    return [rng.choice([f"Kết quả: {a} {rng.randint(0, 4)}-{rng.randint(0, 4)} {b}",
                        f"Tỷ số chung cuộc: {rng.randint(0, 4)}-{rng.randint(0, 4)}",
                        f"Giá vàng SJC: {rng.randint(70, 80)},{rng.randint(0, 9)} - {rng.randint(81, 85)},"
                        f"{rng.randint(0, 9)} triệu đồng/lượng",
                        f"Tổng vốn đầu tư: {rng.randint(12, 900)} tỷ đồng"])]


def _closing(rng: random.Random) -> list[str]:
    return [rng.choice(_CLOSINGS)]


def _subheads(rng: random.Random) -> list[str]:
    """A story cut into sections: three sub-headings, each over a paragraph of its own."""
    return [line for head, para in zip(rng.sample(_SUBHEADS, 3), rng.sample(_ANSWERS, 3)) for line in (head, para)]


def _wrapped(rng: random.Random) -> list[str]:
    """A paragraph wrapped by hand at a fixed width (a text file's, a forum post's): its sentences run on over
    lines cut wherever the width fell, some of which read alone as a headline or a caption."""
    words = " ".join(rng.sample(_ANSWERS, 3)).split()
    width, lines, line = rng.randint(45, 70), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


SHAPES = {"numbered": _numbered, "bullets": _bullet, "qa": _qa, "subhead": _subhead, "subhead-caps": _subhead_caps,
          "quote": _quote, "table": _table, "names": _names, "timeline": _timeline, "figures": _figures,
          "closing": _closing, "luc-bat": _luc_bat, "luc-bat-end": _luc_bat, "verse-same": _verse_same,
          "lyrics": _lyrics, "couplet": _couplet, "subheads": _subheads, "wrapped": _wrapped, "cells": _cells,
          "cells-end": _cells}
# Shapes set under the story's last line, not in its middle: a closing line, a poem an obituary or a feature ends on.
END_SHAPES = frozenset({"closing", "luc-bat-end", "cells-end"})


def dev_splits() -> list[Path]:
    def dev(p: Path) -> bool:
        # the held-out splits (numbered title_shapes.FIRST_HELD_OUT and up) are never read here
        return p.name == "tune" or re.fullmatch(r"(?:test|dev)\d*", p.name) is not None and not ts.held_out(p.name)
    return sorted(p for p in SPLITS.iterdir() if p.is_dir() and dev(p))


def insert(marked: list[str], block: list[str], at_end: bool) -> list[str] | None:
    """The page's marked lines with `block` (article text) set between two article lines in the story's middle (at
    its end: after the last article line), spaced as the page spaces its paragraphs; None for a page with fewer
    than three article lines."""
    article = [i for i, m in enumerate(marked) if m.strip() and ce.unmark(m)[1] is None and not m.startswith("#T|")]
    if len(article) < 3:
        return None
    at = article[-1] if at_end else article[len(article) // 2 - 1]
    spaced = at + 1 < len(marked) and not marked[at + 1].strip()
    lines = [x for line in block for x in ([line, ""] if spaced else [line])]
    return marked[:at + 1] + ([""] if spaced else []) + lines + marked[at + 1 + spaced:]


def lost_lines(lines: list[str], out: dict) -> list[tuple[str, str]]:
    hay = " " + " | ".join(" ".join(ce.norm(t)) for t in [out.get("title") or ""] + out["paragraphs"]) + " "
    lost = []
    for line in lines:
        words = ce.norm(line)
        if words and not any(ce.contains(hay, rest) for rest in ce.tails(line, words)):
            lost.append((line, ce.removed_by(line, out)))
    return lost


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=240)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("-v", "--verbose", action="store_true", help="each inserted line lost, with its page and rule")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pages = [p for split in dev_splits() for p in sorted(split.glob("*.txt"))]
    sample = sorted(rng.sample(pages, min(args.pages, len(pages))))
    marked = {p: unicodedata.normalize("NFC", p.read_text(encoding="utf-8")).splitlines() for p in sample}
    by_split, originals, plain = lg.sampled_splits(sample)
    total_in = total_lost = 0
    for shape in args.shapes.split(","):
        make = SHAPES[shape]
        inserted = lost = own_lost = 0
        reasons: Counter = Counter()
        for split, ps in by_split.items():
            blocks, texts = {}, {}
            for p in ps:
                block = make(random.Random(f"{args.seed}:{shape}:{split.name}/{p.name}"))
                page = insert(marked[p], block, shape in END_SHAPES)
                if page is None:
                    continue
                blocks[p.name] = block
                texts[p.name] = "\n".join(ce.unmark(m)[0] for m in page) + "\n"
            cleaned = lg.clean_split(texts, originals[split])
            for name, block in blocks.items():
                if "error" in cleaned[name] or "error" in plain[split][name]:
                    continue
                inserted += len(block)
                for line, reason in lost_lines(block, cleaned[name]):
                    lost += 1
                    reasons[reason] += 1
                    if args.verbose:
                        print(f"  lost  [{shape}] {split.name}/{name} {line!r} <- {reason}")
                own = [ce.unmark(m)[0].strip() for m in marked[split / name]
                       if m.strip() and ce.unmark(m)[1] is None]
                before = {line for line, _ in lost_lines(own, plain[split][name])}
                for line, reason in lost_lines(own, cleaned[name]):
                    if line not in before:
                        own_lost += 1
                        if args.verbose:
                            print(f"  own   [{shape}] {split.name}/{name} {line[:80]!r} <- {reason}")
        total_in += inserted
        total_lost += lost
        top = ", ".join(f"{r} {n}" for r, n in reasons.most_common(4))
        print(f"{shape:13} lost {lost:4} of {inserted:4} ({100 * lost / max(inserted, 1):5.1f}%)  "
              f"own lines lost beside it {own_lost:3}  {top}")
    print(f"{'all':13} lost {total_lost:4} of {total_in:4} ({100 * total_lost / max(total_in, 1):5.1f}%) "
          f"on {len(sample)} pages (seed {args.seed})")


if __name__ == "__main__":
    main()
