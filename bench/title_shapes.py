"""Titles on pages whose head is printed the way other outlets print it: every labelled page of
bench/data/clean_round2 (splits numbered FIRST_HELD_OUT and up left out: held out) rewritten by shape, then cleaned
alone.

    python bench/title_shapes.py [-v SHAPE]

Shapes: orig (as labelled), glued (no blank line anywhere), crumb (a breadcrumb over the headline), section (a
section's name over it), today (the site's date of the day on top), crumb+today, repeat (the headline printed
twice), browser ('<headline> | Báo Tin Mới' over it), dated (a date glued after it; the title counts as found when
it opens with the headline), twoline (the headline cut over two lines; found only if joined), skip (a screen reader's
'Skip to main content' atop the page), slogan (a banner's slogan in capitals closed by '!' atop it), nohead (the
headline removed: any title is wrong, none is right -- the brief then shows a generated one, labelled).
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
FIRST_HELD_OUT = 81


def held_out(name: str) -> bool:
    m = re.fullmatch(r"test(\d+)", name)
    return m is not None and int(m.group(1)) >= FIRST_HELD_OUT


SHAPES = ["orig", "glued", "crumb", "section", "today", "crumb+today", "repeat", "browser", "dated", "twoline",
          "skip", "slogan", "nohead"]
SLOGAN = "NHIỆT LIỆT CHÀO MỪNG KỶ NIỆM 80 NĂM NGÀY QUỐC KHÁNH 2/9!"


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


def main() -> None:
    show = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "-v" else None
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
                try:
                    art = clean_article(RawArticle(path.name, "\n".join(lines) + "\n", "utf-8"))
                except Exception:  # noqa: BLE001 -- a page the cleaner rejects counts as failed
                    counts[name, "failed"] += 1
                    continue
                ok, stuck = ce.title_found(want, {"title": art.title, "paragraphs": art.paragraphs})
                if name == "dated" and art.title and ce.norm(art.title)[:len(ce.norm(want))] == ce.norm(want):
                    ok = True
                result = "right" if ok and name != "nohead" else "none" if art.title is None else "wrong"
                counts[name, result] += 1
                counts[name, "glued"] += stuck
                if name == show and (result != "right" or stuck):
                    print(f"{split.name}/{path.name}: {art.title!r}{' GLUED' if stuck else ''}")
    for name in SHAPES:
        print(f"{name:12} right {counts[name, 'right']:3}  wrong {counts[name, 'wrong']:3}  "
              f"none {counts[name, 'none']:3}  glued {counts[name, 'glued']:3}  failed {counts[name, 'failed']}")


if __name__ == "__main__":
    main()
