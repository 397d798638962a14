"""Which place in the cleaner took each line, priced by the labels: bench/rule_price.py's count (noise taken, article
lines lost, copies, headlines) with each removal's reason split by the code that dropped it.

    python bench/drop_sites.py [-v] <split> ...    # clean_round2 names or clean_pages, listed by name

One reason is written by many rules ('photo-caption' by a dozen functions; captions.captions_between alone drops
by several branches): a reason's price hides which of its rules loses article lines. Here each final removal's
reason reads 'reason @ module.function:line', the call to Page.drop that made it (for a helper that drops on a
rule's behalf, captions.drop_unit or credits.drop_captioned, the rule's call to the helper), at the current rules
in process with the loss guard on, as `rule_price.py --now` cleans. Line numbers are the tree's as it stands.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import loss_guard_eval as lge  # noqa: E402
import rule_price  # noqa: E402

from pipeline.ingest.clean import lines  # noqa: E402

# Helpers that drop a line for the rule that calls them: the rule's call is the site.
_HELPERS = frozenset({"drop_unit", "drop_captioned"})


def site(stack: list[traceback.FrameSummary]) -> str:
    """The cleaner's innermost frame on the stack that is not a helper: 'module.function:line'."""
    ours = [f for f in stack if "/ingest/clean/" in Path(f.filename).as_posix() and f.name not in _HELPERS]
    frame = ours[-1] if ours else stack[-1]
    return f"{Path(frame.filename).stem}.{frame.name}:{frame.lineno}"


@contextmanager
def recording() -> Iterator[dict[str, list[tuple[str, str, str]]]]:
    """While open, Page.drop notes each drop by page source, in order: (the line's text, reason, site)."""
    drops: dict[str, list[tuple[str, str, str]]] = {}
    real = lines.Page.drop

    def drop(page: lines.Page, line: lines.Line, reason: str, caption=None) -> None:
        drops.setdefault(page.raw.source, []).append((line.text.strip(), reason,
                                                      site(traceback.extract_stack()[:-1])))
        real(page, line, reason, caption)

    lines.Page.drop = drop
    try:
        yield drops
    finally:
        lines.Page.drop = real


def sited(cleaned: dict[str, dict], drops: dict[str, list[tuple[str, str, str]]]) -> dict[str, dict]:
    """The records with each removal's reason followed by its site: the last drop of that text for that reason (a
    line put back and taken again stands by its second taking). A piece cut off a line (a tag, a credit) is no
    drop: its reason stays alone."""
    for name, rec in cleaned.items():
        for item in rec.get("removed", []):
            where = [s for text, reason, s in drops.get(name, ()) if reason == item["reason"]
                     and text == item["text"].strip()]
            if where:
                item["reason"] = f"{item['reason']} @ {where[-1]}"
    return cleaned


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="each article line lost and headline taken")
    ap.add_argument("splits", nargs="+")
    args = ap.parse_args()
    total: Counter = Counter()
    for split in args.splits:
        with tempfile.TemporaryDirectory() as tmp:
            folder, labels = lge._labelled(split, Path(tmp))
            with recording() as drops:
                cleaned = lge._clean_dir(folder, True)
            counts, shown = rule_price.price(split, folder, labels, sited(cleaned, drops))
        total.update(counts)
        for line in shown if args.verbose else ():
            print(line)
    rule_price.table(total, width=72)


if __name__ == "__main__":
    main()
