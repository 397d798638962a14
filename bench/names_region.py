"""How often `vietbrief names` places a person in Hong Kong, Macau or Taiwan (Person.region, pipeline/names/region.py)
rightly and wrongly (issue 25).

precision: every development names set (names_eval.CHOOSING_SETS, with and without the built-in glossary): how
    many labelled Chinese persons get a region (the sets are mainland persons: each one is listed to be judged) and
    how many labelled Vietnamese persons do (must be 0); plus mainland sentences that name a region in what the
    person does or as Beijing's office there (NEGATIVE below: must be 0).
recall: probe sentences written for this script, in the press's shapes (a title and the place before the name, an
    apposition naming an office or body, a party, "người <region>", a company or team of theirs), for the persons of
    the generated legislatures section of the glossary (legco-hk, al-mo, ly-tw) and CC-CEDICT's persons whose first
    sense places them in Hong Kong, Macau or Taiwan (bench/glossary_romanise.py), each run with no built-in
    glossary: found, given the right region, given another.
held apart: HELD_APART below, written after the rules were final and measured once.

    python bench/names_region.py [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import glossary_romanise  # noqa: E402
import names_eval  # noqa: E402

from pipeline.glossary.terms import Glossary  # noqa: E402
from pipeline.names.persons import find_in_text  # noqa: E402
from pipeline.names.region import HONG_KONG, MACAU, TAIWAN  # noqa: E402

PROBES = {
    HONG_KONG: [
        "Nghị sĩ Hồng Kông {n} cho biết dự luật sẽ được thông qua trong tháng tới.",
        "Ông {n}, thành viên Hội đồng Lập pháp Hồng Kông, phát biểu tại cuộc họp báo hôm qua.",
        "Phát biểu với báo giới, {n}, nhà lập pháp của Đặc khu Hành chính Hồng Kông (Trung Quốc), nhấn mạnh "
        "nền kinh tế đang phục hồi.",
        "Theo bà {n}, một doanh nhân Hồng Kông, thị trường bất động sản vẫn còn nhiều khó khăn.",
        "Nam diễn viên Hồng Kông {n} vừa xuất hiện tại liên hoan phim.",
        "Chủ tịch Hội đồng Lập pháp {n} chủ trì phiên họp về ngân sách của Hồng Kông.",
    ],
    MACAU: [
        "Trưởng Đặc khu Hành chính Ma Cao {n} tiếp đoàn doanh nghiệp nước ngoài.",
        "Ông {n}, nghị sĩ Hội đồng Lập pháp Ma Cao, cho biết ngành du lịch đang phục hồi.",
        "Theo {n}, một doanh nhân Ma Cao, các sòng bạc đã thu hút nhiều khách trở lại.",
        "Đại biểu Ma Cao {n} đề xuất tăng ngân sách cho giáo dục.",
        "Phát biểu tại hội nghị, bà {n}, thành viên chính quyền Đặc khu Ma Cao, nhấn mạnh hợp tác khu vực.",
    ],
    TAIWAN: [
        "Nghị sĩ Đài Loan {n} cho biết sẽ chất vấn về ngân sách quốc phòng.",
        "Ông {n}, Chủ tịch Quốc dân Đảng, phát biểu trước những người ủng hộ.",
        "Thị trưởng Đài Bắc {n} thông báo kế hoạch giao thông mới.",
        "Theo bà {n}, thành viên Viện Lập pháp Đài Loan, dự luật cần được sửa đổi.",
        "Phát biểu tại cuộc mít tinh, {n}, nghị sĩ Đảng Dân Tiến, kêu gọi cử tri đi bỏ phiếu.",
        "Nữ ca sĩ Đài Loan {n} sẽ biểu diễn tại Hà Nội vào tháng tới.",
    ],
}
# Mainland persons whose sentence names a region: as where they go, as Beijing's office there, as their remit.
NEGATIVE = [
    "Phó Thủ tướng Trung Quốc {n} đến Hồng Kông dự lễ kỷ niệm ngày trao trả.",
    "Ông {n}, Chủ nhiệm Văn phòng Liên lạc của Chính phủ Trung ương tại Hồng Kông, cho biết sẽ ủng hộ chính quyền.",
    "Ông {n}, Chủ nhiệm Văn phòng Các vấn đề Hồng Kông và Ma Cao của Quốc vụ viện Trung Quốc, phát biểu.",
    "Người phát ngôn Văn phòng Sự vụ Đài Loan của Quốc vụ viện Trung Quốc {n} cảnh báo các lực lượng ly khai.",
    "Bộ trưởng Thương mại Trung Quốc {n} thăm Ma Cao và gặp các doanh nghiệp địa phương.",
    "Ông {n}, Tư lệnh Chiến khu Miền Đông, chỉ đạo cuộc tập trận quanh Đài Loan.",
    "Thứ trưởng Ngoại giao Trung Quốc {n} cho biết Bắc Kinh phản đối việc Mỹ bán vũ khí cho Đài Loan.",
]
# Held apart: written after the rules were final and measured once (not tuned on): persons of none of the
# lists above, in shapes the probes do not use (a dateline, a ministry of the region, the party of Ko Wen-je, a
# sports player, a tycoon), and mainland persons whose sentences name a region. (sentence, name, region or None)
HELD_APART = [
    ("Hôm 12/3, Chánh Văn phòng Chính quyền Hồng Kông Trần Quốc Cơ cho biết thành phố sẽ mở cửa trở lại.",
     "Trần Quốc Cơ", HONG_KONG),
    ("Ông Trác Vinh Thái, Viện trưởng Viện Hành chính Đài Loan, trình bày kế hoạch ngân sách.", "Trác Vinh Thái",
     TAIWAN),
    ("Bộ trưởng Tài chính Hồng Kông Trần Mậu Ba công bố ngân sách năm nay.", "Trần Mậu Ba", HONG_KONG),
    ("Sầm Hạo Huy, tân Trưởng Đặc khu Ma Cao, nhậm chức ngày 20/12.", "Sầm Hạo Huy", MACAU),
    ("Thị trưởng Đài Bắc Tưởng Vạn An cho biết thành phố sẽ tăng cường phòng chống thiên tai.", "Tưởng Vạn An",
     TAIWAN),
    ("Ông Hầu Hữu Nghi, Thị trưởng thành phố Tân Bắc, thăm các khu dân cư bị ảnh hưởng bởi bão.", "Hầu Hữu Nghi",
     TAIWAN),
    ("Bộ trưởng Tư pháp Hồng Kông Trương Quốc Quân bác bỏ các chỉ trích của phương Tây.", "Trương Quốc Quân",
     HONG_KONG),
    ("Chủ tịch Đảng Dân chúng Đài Loan Kha Văn Triết bị truy tố vì cáo buộc tham nhũng.", "Kha Văn Triết", TAIWAN),
    ("Ông Lý Gia Siêu, người đứng đầu chính quyền Hồng Kông, tuyên bố sẽ thúc đẩy kinh tế.", "Lý Gia Siêu",
     HONG_KONG),
    ("Cựu Bộ trưởng Quốc phòng Đài Loan Khâu Quốc Chính nói quân đội sẵn sàng.", "Khâu Quốc Chính", TAIWAN),
    ("Tỷ phú Hồng Kông Lý Triệu Cơ qua đời ở tuổi 97.", "Lý Triệu Cơ", HONG_KONG),
    ("Tay vợt Đài Loan Tạ Thục Vi giành chức vô địch đôi nữ Wimbledon.", "Tạ Thục Vi", TAIWAN),
    ("Theo ông Lương Chấn Anh, cựu Trưởng Đặc khu Hồng Kông, luật an ninh là cần thiết.", "Lương Chấn Anh",
     HONG_KONG),
    ("Ông Hà Hậu Hoa, cựu Trưởng Đặc khu Hành chính Ma Cao, được bầu làm Phó Chủ tịch Chính hiệp.", "Hà Hậu Hoa",
     MACAU),
    ("Ông Vương Định Vũ, nghị sĩ Đảng Dân Tiến, kêu gọi tăng ngân sách quốc phòng cho Đài Loan.", "Vương Định Vũ",
     TAIWAN),
    ("Chủ tịch Trung Quốc Tập Cận Bình tới Hồng Kông dự lễ nhậm chức của Trưởng Đặc khu.", "Tập Cận Bình", None),
    ("Ông Lạc Huệ Ninh, Chủ nhiệm Văn phòng Liên lạc của Chính phủ Trung ương tại Hồng Kông, gặp các doanh nhân.",
     "Lạc Huệ Ninh", None),
    ("Người phát ngôn Văn phòng Công tác Đài Loan Chu Phụng Liên chỉ trích chính quyền Đài Bắc.", "Chu Phụng Liên",
     None),
    ("Thứ trưởng Bộ Công an Trung Quốc Vương Tiểu Hồng thăm Ma Cao và làm việc với cảnh sát địa phương.",
     "Vương Tiểu Hồng", None),
    ("Bộ trưởng Quốc phòng Trung Quốc Đổng Quân cảnh báo về các cuộc tập trận quanh Đài Loan.", "Đổng Quân", None),
    ("Ông Lý Cường, Thủ tướng Trung Quốc, gặp các đại biểu Hồng Kông và Ma Cao tại Bắc Kinh.", "Lý Cường", None),
]
_LEGISLATURES = {"legco-hk": HONG_KONG, "al-mo": MACAU, "ly-tw": TAIWAN}


def probe_persons(glossary: Glossary) -> list[tuple[str, str, str, str]]:
    """(source, vi, region, en) for the legislators and CC-CEDICT's Hong Kong / Macau / Taiwan persons."""
    out = [("legislatures", e.vi, _LEGISLATURES[e.category], e.en) for e in glossary
           if e.category in _LEGISLATURES]
    by_en = {e.en.casefold(): e.vi for e in glossary if e.category == "cc-cedict"}
    for _, _, _, senses in glossary_romanise.rows():
        goal = glossary_romanise.targets(senses)
        vi = next((v for en, v in by_en.items() if glossary_romanise._fold(en) in goal), None)
        if vi is not None:
            first = senses.split(" / ")[0]
            place = TAIWAN if "Taiwan" in first else MACAU if "Maca" in first else HONG_KONG
            out.append(("cc-cedict", vi, place, senses.split(" / ")[0][:60]))
    return out


def precision(show: bool) -> None:
    for builtin in (True, False):
        glossary = Glossary.from_files([], builtin=builtin)
        counts = Counter()
        for name in names_eval.CHOOSING_SETS:
            for vi, en, origin, sentence in names_eval.items(name):
                person = next((p for p in find_in_text(sentence, glossary) if p.vi == vi), None)
                counts[origin] += 1
                if person is not None and person.region:
                    counts[origin, "region"] += 1
                    if show or origin == "vietnamese":
                        print(f"  {name}: {vi} [{origin}] -> {person.region}: {sentence}")
        print(f"development sets ({len(names_eval.CHOOSING_SETS)}), {'with' if builtin else 'without'} the "
              f"built-in glossary: Chinese persons given a region {counts['chinese', 'region']} of "
              f"{counts['chinese']}, Vietnamese {counts['vietnamese', 'region']} of {counts['vietnamese']}")


def recall(glossary_all: Glossary, show: bool) -> None:
    bare = Glossary.from_files([], builtin=False)
    people = probe_persons(glossary_all)
    stats = Counter()
    for source, vi, place, en in people:
        for k, template in enumerate(PROBES[place]):
            sentence = template.format(n=vi)
            person = next((p for p in find_in_text(sentence, bare) if p.vi == vi), None)
            key = (source, place)
            stats[key, "n"] += 1
            stats[key, "found"] += person is not None
            stats[key, "inferred"] += person is not None and person.origin == "inferred"
            stats[key, "right"] += person is not None and person.region == place
            stats[key, "vietnamese"] += person is not None and person.origin == "vietnamese"
            stats[key, "wrong"] += person is not None and person.region not in (None, place)
            stats[key, "right", k] += person is not None and person.region == place
            if show and (person is None or person.region != place):
                got = f"{person.en} {person.origin} {person.region}" if person else "not found"
                print(f"  miss: {vi} ({en}) [{place}] shape {k}: {got}")
    print("probes (no built-in glossary): source, region, persons x shapes: found / inferred / right region / "
          "wrong region; right by shape; decided Vietnamese")
    for key in sorted({k[0] for k in stats}):
        n = stats[key, "n"]
        shapes = " ".join(str(stats[key, "right", k]) for k in range(len(PROBES[key[1]])))
        print(f"  {key[0]:13} {key[1]:9} {n:5}: {stats[key, 'found']} / {stats[key, 'inferred']} / "
              f"{stats[key, 'right']} ({100 * stats[key, 'right'] / n:.1f}%) / {stats[key, 'wrong']}; {shapes}; "
              f"{stats[key, 'vietnamese']}")
    total = sum(stats[k, "n"] for k in {k[0] for k in stats})
    right = sum(stats[k, "right"] for k in {k[0] for k in stats})
    found = sum(stats[k, "found"] for k in {k[0] for k in stats})
    vietnamese = sum(stats[k, "vietnamese"] for k in {k[0] for k in stats})
    print(f"  all: {right} of {total} ({100 * right / total:.1f}%); found {found}, decided Vietnamese {vietnamese}")
    mainland = [(vi, en) for vi, en, origin, _ in names_eval.items("dev") if origin == "chinese"][:40]
    wrong = 0
    for vi, _ in mainland:
        for template in NEGATIVE:
            person = next((p for p in find_in_text(template.format(n=vi), bare) if p.vi == vi), None)
            wrong += person is not None and person.region is not None
            if show and person is not None and person.region:
                print(f"  mainland given a region: {template.format(n=vi)} -> {person.region}")
    print(f"mainland probes (dev's first 40 Chinese persons x {len(NEGATIVE)} shapes): given a region {wrong} of "
          f"{len(mainland) * len(NEGATIVE)}")


def held_apart() -> None:
    bare = Glossary.from_files([], builtin=False)
    counts = Counter()
    for sentence, vi, place in HELD_APART:
        person = next((p for p in find_in_text(sentence, bare) if p.vi == vi), None)
        got = None if person is None else person.region
        kind = "region" if place else "mainland"
        counts[kind] += 1
        counts[kind, "right"] += got == place
        counts[kind, "wrong"] += got not in (None, place)
        print(f"  {vi}: want {place}, got {got} ({person.en + ' ' + person.origin if person else 'not found'})")
    print(f"held apart (no glossary): region persons right {counts['region', 'right']} of {counts['region']} "
          f"(wrong region {counts['region', 'wrong']}); mainland persons given none {counts['mainland', 'right']} "
          f"of {counts['mainland']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="list every miss and every region given")
    parser.add_argument("--only", choices=("precision", "recall", "held-apart"))
    args = parser.parse_args()
    if args.only in (None, "precision"):
        precision(args.show)
    if args.only in (None, "recall"):
        recall(Glossary.from_files([]), args.show)
    if args.only in (None, "held-apart"):
        held_apart()


if __name__ == "__main__":
    main()
