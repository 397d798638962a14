"""What the blocks stage (pipeline/ingest/clean/blocks.py) changes, in process, with and without it.

    python bench/block_diff.py <split or folder> ...

A clean_round2 split name (or `clean_pages`) is scored as bench/clean_eval.py does, both ways: noise removed and
article lines lost; any other argument is a folder of pages (vi-news, inputs/), where each line the stage takes is
printed. Prints each line taken with its page, and for labels each article line newly lost. Where the driver does
not call the stage yet, `with` runs it right after span.outside_story (where the driver calls it).
"""

from __future__ import annotations

import inspect
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import loss_guard_eval as lg  # noqa: E402

from pipeline.ingest.clean import blocks, driver, span  # noqa: E402


def _both(folder: Path) -> tuple[dict, dict]:
    hooked = "blocks.furniture_blocks" in inspect.getsource(driver)
    real_blocks, real_span = blocks.furniture_blocks, span.outside_story
    if hooked:
        blocks.furniture_blocks = lambda page: None
        try:
            without = lg._clean_dir(folder, True)
        finally:
            blocks.furniture_blocks = real_blocks
        return without, lg._clean_dir(folder, True)

    def span_then_blocks(page):
        real_span(page)
        real_blocks(page)
    without = lg._clean_dir(folder, True)
    span.outside_story = span_then_blocks
    try:
        return without, lg._clean_dir(folder, True)
    finally:
        span.outside_story = real_span


def main() -> None:
    taken = noise = lost = changed = 0
    for arg in sys.argv[1:]:
        with tempfile.TemporaryDirectory() as tmp:
            labelled = (lg.SPLITS / arg).is_dir() or arg == "clean_pages"
            folder, labels = lg._labelled(arg, Path(tmp)) if labelled else (Path(arg), None)
            without, with_blocks = _both(folder)
            for name, rec in with_blocks.items():
                if rec != without.get(name):
                    changed += 1
                for item in rec.get("removed", []):
                    if item["reason"] == blocks.REASON:
                        taken += 1
                        print(f"  {arg}/{name} [{item['reason']}] {item['text'][:110]}")
            if labels is not None:
                a, b = lg._score(folder, labels, without), lg._score(folder, labels, with_blocks)
                dn = sum(b["kinds_removed"].values()) - sum(a["kinds_removed"].values())
                dl = b["real_lost"] - a["real_lost"]
                noise += dn
                lost += dl
                print(f"{arg}: noise removed {sum(a['kinds_removed'].values())} -> {sum(b['kinds_removed'].values())}"
                      f" of {sum(a['kinds_total'].values())}, article lost {a['real_lost']} -> {b['real_lost']}"
                      f" of {a['real_total']}, titles {a['titles_ok']} -> {b['titles_ok']}")
                for f, line, reason in b["lost"]:
                    if (f, line) not in {(g, ln) for g, ln, _ in a["lost"]}:
                        print(f"  LOST {arg}/{f} {line}  <- {reason}")
    print(f"lines taken {taken}; pages changed {changed}; noise removed +{noise}; article lines lost +{lost}")


if __name__ == "__main__":
    main()
