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


def main() -> None:
    rng = random.Random(14)
    sentences = []
    for folder in CORPUS:
        for path in sorted(folder.glob("*.txt")):
            for para in split_paragraphs(normalize(path.read_text(encoding="utf-8"))):
                for s in split_sentences(para):
                    if 8 <= len(s.split()) <= 70 and not s.startswith(("(", "Ảnh", "Nguồn")):
                        sentences.append((path.name, s))
    rng.shuffle(sentences)
    taken, seen, per_file = [], set(), {}
    for label, (test, count) in STRATA.items():
        n = 0
        for name, s in sentences:
            if n >= count:
                break
            if s in seen or per_file.get(name, 0) >= 5 or not test(s):
                continue
            seen.add(s)
            per_file[name] = per_file.get(name, 0) + 1
            taken.append((label, name, s))
            n += 1
    out = Path(__file__).with_name("sources.tsv")
    with out.open("w", encoding="utf-8") as f:
        for i, (label, name, s) in enumerate(taken, 1):
            f.write(f"{i:03d}\t{label}\t{name}\t{s}\n")
    print(len(taken), "sentences ->", out)


if __name__ == "__main__":
    main()
