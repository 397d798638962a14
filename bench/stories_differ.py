""""Where outlets differ" (pipeline/stories/differ.py) on the dev set: what it reports for the real multi-article
events (each listed, for reading), and how it does on derived copies of the vi-news articles:
- a copy with one figure changed (a count of people, a sum of money or a day moved by 1-3): found or not (recall
  on the shape of the problem);
- an unchanged copy with the last paragraphs cut: anything reported there is a false report.

    python bench/stories_differ.py
"""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from pipeline.stories import StoryArticle  # noqa: E402
from pipeline.stories.differ import differences, mentions  # noqa: E402
from stories_eval import ntrex, vims, vinews  # noqa: E402


def changed_copy(article: StoryArticle, rng: random.Random) -> tuple[StoryArticle, str] | None:
    """A copy with one figure changed (the first mention of a randomly chosen one), or None without figures."""
    found = mentions(article)
    if not found:
        return None
    m = rng.choice(found)
    digits = re.search(r"\d+(?:[.,]\d+)*", m.text)
    if m.kind == "date":
        day = re.search(r"\d{1,2}", m.text)
        new_text = m.text[:day.start()] + str(max(1, int(day.group(0)) % 28 + rng.randint(1, 3))) + m.text[day.end():]
    else:
        num = digits.group(0)
        new_text = m.text.replace(num, str(int(re.sub(r"\D", "", num)) + rng.randint(1, 9)), 1)
    new_sentence = m.sentence.replace(m.text, new_text, 1)
    return StoryArticle(article.source + "#changed", article.title,
                        article.text.replace(m.sentence, new_sentence, 1)), f"{m.text} -> {new_text}"


def main() -> None:
    rng = random.Random(7)
    events = defaultdict(list)
    for a, s, _ in vinews():
        events[s].append(a)
    for a, s in vims():
        events[s].append(a)
    for a, s, _ in ntrex():
        events[s].append(a)
    print("Real events of several articles (every report listed):")
    reports = 0
    for s, arts in events.items():
        if len(arts) < 2:
            continue
        for d in differences(arts):
            reports += 1
            print(f"  {s} [{d.kind}, {d.unit}]")
            for m in d.mentions:
                print(f"    {m.source}: {m.text} | {m.sentence[:160]}")
    print(f"  {reports} report(s) in {sum(1 for a in events.values() if len(a) > 1)} events")
    singles = [a[0] for a in events.values() if len(a) == 1] + [a for s, arts in events.items() if len(arts) > 1
                                                                  for a in arts]
    found = tried = false = 0
    for a in singles:
        cut = a.text.split("\n")
        copy = StoryArticle(a.source + "#copy", a.title, "\n".join(cut[: max(2, len(cut) - 2)]))
        false += len(differences([a, copy]))
        changed = changed_copy(a, rng)
        if changed is None:
            continue
        tried += 1
        hit = differences([a, changed[0]])
        found += bool(hit)
    print(f"\nDerived copies of {len(singles)} articles: unchanged copies, {false} false report(s); "
          f"one figure changed, found in {found} of {tried} ({found / max(tried, 1):.0%})")


if __name__ == "__main__":
    main()
