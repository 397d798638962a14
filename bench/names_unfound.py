"""The Chinese persons of the development sets that `find_in_text` does not find at all, in either mode, with what
the finder made of the capitalised run holding the name (issue 25, round 84): the spans blocked in it (places,
countries, glossary terms), the run, the name runs.name_in took from it (None: no surname opens it), and for that name
whether a place word stands before it and whether a title or an apposition introduces it. The sets never shown
(names_eval.NEVER_SHOWN) are counted, never printed; the test sets are never read. Usage:

    python bench/names_unfound.py [--sets held-out91,held-out112]   # default: every CHOOSING_SET

Round 92 added --groups: every labelled person not found, Chinese and Vietnamese, in the sets asked for (with
--probes every probes_round*.tsv too), grouped by what stands right before the name, with the items, the sets and
the sessions each group holds (the sessions read from bench/data/names/README.md: a set's entry, a round's heading;
a set with none takes the nearest earlier set's). Never-shown sets are counted in the table, never listed.

    python bench/names_unfound.py --groups --probes [--list GROUP]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline.glossary.persons import is_person  # noqa: E402
from pipeline.glossary.terms import Glossary  # noqa: E402
from pipeline.names import cues, introduced, runs  # noqa: E402
from pipeline.names.persons import find_in_text  # noqa: E402
from pipeline.text.segment import split_sentences  # noqa: E402
import names_eval as ne  # noqa: E402


def _runs(sentence: str, vi: str, glossary: Glossary) -> list[str]:
    """What the finder made of each capitalised run overlapping the name, in the sentences holding it."""
    out = []
    for s in (s for line in sentence.splitlines() if line.strip() for s in split_sentences(line)):
        at = s.find(vi)
        if at < 0:
            continue
        # (as persons.find_persons blocks them, near enough for a look: its own test of a person's entry is private)
        blocked = cues.spans(s) + [(m.start, m.end) for m in glossary.find(s) if not is_person(m.entry)]
        out.append("blocked " + str([s[a:b] for a, b in blocked if a < at + len(vi) and at < b]))
        for a, b, run in runs.capitalised_runs(s, blocked):
            if not (a < at + len(vi) and at < b):
                continue
            words = runs.name_in(run, s) or runs.pen_name(run, s)
            name = " ".join(w.group() for w in words) if words else None
            line = f"run {s[a:b]!r} -> name {name!r}"
            if words:
                start, end = words[0].start(), words[-1].end()
                line += f", place word before {bool(runs.place_before(s, start, words))}, introduced " \
                        f"{bool(introduced.introduced(s, start, end))}"
            out.append(line)
    return out


_UNIT = {"tỉnh", "huyện", "xã", "quận", "phường", "phố"}
_BEFORE = (("in a list or pair (và / với / giữa / comma / dash)", {"và", "với", "giữa"}),
           ("after a work's or owner's word (của / do / thơ / phim)", {"của", "do", "thơ", "phim", "truyện", "tác"}),
           ("after a memorial or place of a person (di tích / bảo tàng / lăng / mộ / tượng đài)",
            {"tích", "tàng", "lăng", "mộ", "đài", "niệm", "cư", "đường", "hương"}),
           ("after a verb or preposition (phạt / đưa / chém / là / quen mặt ...)",
            {"phạt", "đưa", "chém", "buộc", "thua", "tới", "mặt", "là", "giúp", "giữ", "lại", "nơi", "tình", "chuyện",
             "tiếng", "án"}))


def group(vi: str, sentence: str) -> str:
    """What stands right before the name, as round 92 grouped the persons not found."""
    at = sentence.find(vi)
    before = sentence[:at].rstrip()
    raw = before.split()
    last = raw[-1].lower().strip('"“”,') if raw else ""
    if at == 0:
        return f"opens the sentence, {'full name (3+ syllables)' if len(vi.split()) >= 3 else 'one or two syllables'}"
    if last in _UNIT:
        return "after a unit ending in a place word (tỉnh / huyện / xã / thành phố)"
    if before.endswith((",", "-")):
        return _BEFORE[0][0]
    if before.endswith(('"', "“", "”")):
        return "after quotes"
    for title, words in _BEFORE:
        if last in words:
            return title
    if raw[-1][:1].isupper():
        return "after a capitalised title, body or place the finder does not read as introducing"
    return "after a lower-case title or occupation (ca sĩ / diễn viên / kỳ thủ / thương lái / vua / đạo diễn ...)"


def _sessions() -> dict[str, int]:
    """Each set's and each round's session, as bench/data/names/README.md records them."""
    out = {}
    for line in (ne.DATA / "README.md").read_text(encoding="utf-8").splitlines():
        entry = re.match(r"\* ((?:held-out|dev|glossary-held-out|vietnamese-in-china)\d*)\b[^:]*:.*?session (\d+)",
                         line)
        heading = re.match(r"## Round (\d+)\w* \(session (\d+)\)", line)
        if entry:
            out.setdefault(entry.group(1), int(entry.group(2)))
        elif heading:
            out.setdefault("probes_round" + heading.group(1), int(heading.group(2)))
    return out


def _session(name: str, sessions: dict[str, int]) -> str:
    probe = re.match(r"(probes_round\d+)", name)
    if probe:
        return str(sessions.get(probe.group(1), "?"))
    number = re.match(r"held-out(\d+)$", name)
    if number:
        earlier = [sessions[f"held-out{k}"] for k in range(int(number.group(1)), 0, -1) if f"held-out{k}" in sessions]
        return str(earlier[0]) if earlier else "<=7"
    return str(sessions.get(name, "<=7"))


def groups(wanted: list[str], probes: bool, listed: str | None) -> None:
    builtin = Glossary.from_files()
    sets = [(name, ne.items(name)) for name in wanted]
    if probes:
        sets += [(path.name, ne.labelled(path)) for path in sorted(ne.DATA.glob("probes_round*.tsv"))]
    found = defaultdict(list)
    for name, rows in sets:
        for vi, _, origin, sentence in rows:
            missed = "".join(m for m, g in (("g", builtin), ("a", Glossary()))
                             if not any(p.vi == vi for p in find_in_text(sentence, g)))
            if missed:
                found[group(vi, sentence)].append((name, missed, origin, vi, sentence))
    sessions = _sessions()
    print("| what stands before the name | items (Vietnamese, Chinese) | not found in both modes | sets | sessions |")
    for title, rows in sorted(found.items(), key=lambda kv: -len(kv[1])):
        chinese = sum(r[2] == "chinese" for r in rows)
        names = {r[0] for r in rows}
        print(f"| {title} | {len(rows)} ({len(rows) - chinese}, {chinese}) | {sum(r[1] == 'ga' for r in rows)} | "
              f"{len(names)} | {len({_session(n, sessions) for n in names})} |")
    for name, missed, origin, vi, sentence in found.get(listed, []):
        print(f"{name}\t{missed}\t{origin}\t" + ("(never shown)" if name in ne.NEVER_SHOWN else f"{vi}\t{sentence}"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(s for s in ne.CHOOSING_SETS if s != "vietnamese-in-china"))
    ap.add_argument("--groups", action="store_true", help="every labelled person not found, grouped (round 92)")
    ap.add_argument("--probes", action="store_true", help="with --groups: every probes_round*.tsv too")
    ap.add_argument("--list", help="with --groups: list the items of this group")
    args = ap.parse_args()
    wanted = args.sets.split(",")
    if any(w not in ne.CHOOSING_SETS for w in wanted):
        ap.error("only the development sets (names_eval.CHOOSING_SETS)")
    if args.groups:
        groups(wanted, args.probes, args.list)
        return
    builtin = Glossary.from_files()
    modes = Counter()
    hidden = Counter()
    for name in wanted:
        for vi, en, origin, sentence in ne.items(name):
            if origin != "chinese":
                continue
            missed = [m for m, g in (("glossary", builtin), ("alone", Glossary()))
                      if not any(p.vi == vi for p in find_in_text(sentence, g))]
            if not missed:
                continue
            modes[" and ".join(missed)] += 1
            if name in ne.NEVER_SHOWN:
                hidden[name] += 1
                continue
            print(f"{name}\t{vi} -> {en}\tnot found: {', '.join(missed)}\n  {sentence}")
            for line in _runs(sentence, vi, builtin):
                print("    " + line)
    print(f"not found: {dict(modes)}; of them in sets never shown (counted only): {dict(hidden)}")


if __name__ == "__main__":
    main()
