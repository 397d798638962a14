"""What one stage of the cleaner's driver changes, in process, with and without it.

    python bench/stage_diff.py <module.function> <split or folder> ...
    python bench/stage_diff.py span.outside_story test10 test11 ... neg1 neg2 clean_pages ../shared/corpus/vi-news inputs

The stage is a function of a module of pipeline/ingest/clean (`span.outside_story`, `blocks.furniture_blocks`); it is
switched off by replacing it with a no-op for the run without it. A clean_round2 split name (or `clean_pages`) is
scored as bench/clean_eval.py does, both ways: noise removed, article lines lost and titles, with each article line
newly lost; any other argument is a folder of pages (vi-news, inputs/). Every line removed with the stage and not
without it is printed with its page and reason.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import loss_guard_eval as lg  # noqa: E402


def _both(folder: Path, module, name: str) -> tuple[dict, dict]:
    real = getattr(module, name)
    setattr(module, name, lambda page: None)
    try:
        without = lg._clean_dir(folder, True)
    finally:
        setattr(module, name, real)
    return without, lg._clean_dir(folder, True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stage", help="module.function of pipeline/ingest/clean, e.g. span.outside_story")
    ap.add_argument("where", nargs="+", help="clean_round2 split names, clean_pages, or folders of pages")
    args = ap.parse_args()
    module_name, _, function = args.stage.partition(".")
    module = importlib.import_module(f"pipeline.ingest.clean.{module_name}")
    taken = noise = lost = changed = 0
    for arg in args.where:
        with tempfile.TemporaryDirectory() as tmp:
            labelled = (lg.SPLITS / arg).is_dir() or arg == "clean_pages"
            folder, labels = lg._labelled(arg, Path(tmp)) if labelled else (Path(arg), None)
            without, with_stage = _both(folder, module, function)
            for name, rec in with_stage.items():
                if rec != without.get(name):
                    changed += 1
                before = {(item["text"], item["reason"]) for item in without.get(name, {}).get("removed", [])}
                for item in rec.get("removed", []):
                    if (item["text"], item["reason"]) not in before:
                        taken += 1
                        print(f"  {arg}/{name} [{item['reason']}] {item['text'][:110]}")
            if labels is not None:
                a, b = lg._score(folder, labels, without), lg._score(folder, labels, with_stage)
                noise += sum(b["kinds_removed"].values()) - sum(a["kinds_removed"].values())
                lost += b["real_lost"] - a["real_lost"]
                print(f"{arg}: noise removed {sum(a['kinds_removed'].values())} -> {sum(b['kinds_removed'].values())}"
                      f" of {sum(a['kinds_total'].values())}, article lost {a['real_lost']} -> {b['real_lost']}"
                      f" of {a['real_total']}, titles {a['titles_ok']} -> {b['titles_ok']}")
                for f, line, reason in b["lost"]:
                    if (f, line) not in {(g, ln) for g, ln, _ in a["lost"]}:
                        print(f"  LOST {arg}/{f} {line}  <- {reason}")
    print(f"lines taken {taken}; pages changed {changed}; noise removed {noise:+d}; article lines lost {lost:+d}")


if __name__ == "__main__":
    main()
