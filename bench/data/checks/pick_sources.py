"""Pick the Vietnamese sentences of the checks calibration set (run once; the English is written by hand).

Real news sentences from ../shared/corpus/vi-news (Dân trí, 2019-2021) and inputs/, stratified so the set has
plenty of numbers, dates, money, percentages, names and long sentences. Writes sources.tsv: id <TAB> vi.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from pipeline.text.normalize import normalize  # noqa: E402
from pipeline.text.segment import split_paragraphs, split_sentences  # noqa: E402

CORPUS = [ROOT.parent / "shared" / "corpus" / "vi-news", ROOT / "inputs"]
STRATA = {  # label: (test, how many)
    "money": (lambda s: re.search(r"\d.*(đồng|USD|tỷ|triệu)", s), 60),
    "percent": (lambda s: "%" in s, 40),
    "date": (lambda s: re.search(r"\b(ngày|tháng|năm) \d|\d{1,2}/\d{1,2}", s), 70),
    "number": (lambda s: re.search(r"\d", s), 70),
    "name": (lambda s: len(re.findall(r"\b[A-ZĐ][a-zà-ỹ]+ [A-ZĐ][a-zà-ỹ]+", s)) >= 1, 60),
    "long": (lambda s: len(s.split()) >= 35, 40),
    "plain": (lambda s: True, 20),
}
# the held-out pick adds months written as "tháng 6", "tháng tư" (the calibration pick had mostly 19/2 dates)
MONTHS = ("month", lambda s: re.search(r"\btháng\s+(\d{1,2}|giêng|tư|sáu|bảy|tám|chín|mười)\b(?!\s*[/.]\d)", s))


def main() -> None:
    # python pick_sources.py [SEED OUT COUNT_SCALE MONTHS]: a held-out pick excludes every sentence of pairs.tsv
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 14
    name_out = sys.argv[2] if len(sys.argv) > 2 else "sources.tsv"
    scale = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    rng = random.Random(seed)
    used = set()
    pairs = Path(__file__).with_name("pairs.tsv")
    if seed != 14 and pairs.is_file():
        used = {line.split("\t")[3] for line in pairs.read_text(encoding="utf-8").splitlines()[1:]}
    sentences = []
    for folder in CORPUS:
        for path in sorted(folder.glob("*.txt")):
            for para in split_paragraphs(normalize(path.read_text(encoding="utf-8"))):
                for s in split_sentences(para):
                    if 8 <= len(s.split()) <= 70 and not s.startswith(("(", "Ảnh", "Nguồn")):
                        sentences.append((path.name, s))
    rng.shuffle(sentences)
    taken, seen, per_file = [], set(), {}
    strata = dict(STRATA)
    if len(sys.argv) > 4:
        strata[MONTHS[0]] = (MONTHS[1], int(int(sys.argv[4]) / scale))
    for label, (test, count) in strata.items():
        n = 0
        for name, s in sentences:
            if n >= round(count * scale):
                break
            if s in seen or s in used or per_file.get(name, 0) >= 5 or not test(s):
                continue
            seen.add(s)
            per_file[name] = per_file.get(name, 0) + 1
            taken.append((label, name, s))
            n += 1
    out = Path(__file__).parent / name_out
    with out.open("w", encoding="utf-8") as f:
        for i, (label, name, s) in enumerate(taken, 1):
            f.write(f"{i:03d}\t{label}\t{name}\t{s}\n")
    print(len(taken), "sentences ->", out)


if __name__ == "__main__":
    main()
