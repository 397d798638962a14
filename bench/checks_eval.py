"""How well the fact checks separate clean translations from corrupted ones.

    python bench/checks_eval.py [--pairs bench/data/checks/pairs.tsv] [--seed 14] [--show KIND]
    python bench/checks_eval.py --ntrex ../shared/corpus/ntrex-vi-en-dev --half tune|report|all

Clean pairs: real Vietnamese news sentences with professional English (bench/data/checks/pairs.tsv, see its
README). Corrupted copies, one fact changed per pair, made here programmatically:
- number: one number of the English changed (a digit, or the value moved), digits or words;
- month: one month name of the English swapped for another;
- name: one proper name the English shares with the source replaced by a name from another pair;
- drop: the second half of a long English sentence (20+ words) cut off;
- swap (no target of its own; the worst case for the article context): a name replaced by another name of the
  same article's English.
Each pair is checked with its context, the source lines before it (`--context`, as `eval check` does).
A corrupted pair counts as caught when it is flagged and its clean original is not ("newly flagged"). Each
pair's corruption is drawn from its own random stream (seed, kind, pair id), so a change to the checks changes
which pairs are flagged, never which corruptions the others get.

`--ntrex DIR` reads a NTREX-style folder (news.vi, news.en, news.docs: professional translations of English news)
instead; `--half tune` takes its 1st, 3rd, 5th... documents, `--half report` the others (the checks were tuned on
`tune` only; `report` measures them on documents nobody looked at).
`--parallel PREFIX` reads line-aligned PREFIX.vi / PREFIX.en files in the tokenised form of IWSLT/Moses releases
(HTML entities, spaces around punctuation), restores plain text, and with `--part tune|held` takes alternate blocks
of 25 lines (1-25 tune, 26-50 held, ...): bench/data/checks/ted_tst2013_head and ted_tst2013_next, whose held
parts are read for totals only. `--pairs FILE --part tune|held` does the same for a TSV with a `part` column
(bench/data/checks/news_unseen.tsv: its articles alternate between the parts).
Prints a table, the length calibration, and as its last line one JSON object with the numbers.
"""

from __future__ import annotations

import argparse
import html
import json
import math
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.checks import KINDS, check_pair  # noqa: E402
from pipeline.checks.base import LIKELY, SEVERITIES, fold  # noqa: E402
from pipeline.checks.context import CONTEXT_SENTENCES, preceding  # noqa: E402
from pipeline.checks.date import MONTHS  # noqa: E402
from pipeline.checks.length import log_ratio  # noqa: E402

NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_COMMON_CAPS = {"The", "A", "An", "In", "On", "At", "Of", "And", "For", "But", "As", "After", "Before", "With",
                "From", "This", "That", "These", "Those", "Mr", "Ms", "Mrs", "Dr", "I", "It", "He", "She", "They",
                "We", "You", "His", "Her", "Their", "Our", "According", "However", "Meanwhile", "Earlier"}


def load_ntrex(folder: Path, half: str) -> list[dict]:
    read = lambda name: (folder / name).read_text(encoding="utf-8").split("\n")  # noqa: E731
    vi, en, docs = read("news.vi"), read("news.en"), read("news.docs")
    order = list(dict.fromkeys(d for d in docs if d))
    keep = {d for i, d in enumerate(order) if half == "all" or (i % 2 == 0) == (half == "tune")}
    return [{"id": str(i), "label": "ntrex", "file": d, "vi": v, "en": e, "keep": d in keep}
            for i, (v, e, d) in enumerate(zip(vi, en, docs), 1)]


def detok(line: str) -> str:
    """Plain text from an IWSLT/Moses-tokenised line: entities decoded, spaces around punctuation removed."""
    text = html.unescape(html.unescape(line.strip())).replace("& amp ;", "&")
    text = re.sub(r"(\w) (['’](?:s|t|re|ve|ll|d|m)\b)", r"\1\2", text)  # it 's, don 't
    text = re.sub(r"(\w) ' (\w)", r"\1'\2", text)
    quotes = iter(range(10_000))
    text = re.sub(r'"', lambda m: '"\x00' if next(quotes) % 2 == 0 else '\x01"', text)
    text = re.sub(r"\x00 ", "", text).replace("\x00", "")
    text = re.sub(r" \x01", "", text).replace("\x01", "")
    text = re.sub(r" ([,.;:?!%)\]])", r"\1", text)
    text = re.sub(r"([(\[]) ", r"\1", text)
    text = re.sub(r"(\d) : (\d)", r"\1:\2", text)
    return text


def load_parallel(prefix: Path, part: str) -> list[dict]:
    vi = prefix.with_suffix(".vi").read_text(encoding="utf-8").splitlines()
    en = prefix.with_suffix(".en").read_text(encoding="utf-8").splitlines()
    if len(vi) != len(en):
        raise SystemExit(f"{prefix}: {len(vi)} Vietnamese lines but {len(en)} English ones")
    return [{"id": str(i), "label": prefix.name, "file": prefix.name, "vi": detok(v), "en": detok(e),
             "keep": part == "all" or ((i - 1) // 25 % 2 == 0) == (part == "tune")}
            for i, (v, e) in enumerate(zip(vi, en), 1)]


def add_context(rows: list[dict], window: int, scope: str) -> None:
    """Each row's `context`: the source lines before it, as `eval check` reads a file (scope `lines`: across
    articles, whose bounds a SRC file does not give) or within its own article only (scope `article`)."""
    sources = [x["vi"] for x in rows]
    for i, r in enumerate(rows):
        before = preceding(sources, i, window)
        if scope == "article":
            before = before[max((k + 1 for k, x in enumerate(rows[i - len(before):i]) if x["file"] != r["file"]),
                                default=0):]
        r["context"] = before


def load(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    return rows


# --------------------------------------------------------------------------- corruptions


def change_number(en: str, rng: random.Random) -> str | None:
    spots = [m for m in re.finditer(r"(?<![\w.,])\d+(?:[.,]\d+)*", en)]
    words = [m for m in re.finditer(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", en)]
    if not spots and not words:
        return None
    if spots and (not words or rng.random() < 0.85):
        m = rng.choice(spots)
        raw = m.group(0)
        digits = [i for i, c in enumerate(raw) if c.isdigit()]
        how = rng.random()
        if how < 0.6:  # one digit changed
            i = rng.choice(digits[1:] if len(digits) > 1 and rng.random() < 0.7 else digits)
            new_digit = rng.choice([d for d in "0123456789" if d != raw[i] and not (i == 0 and d == "0")])
            new = raw[:i] + new_digit + raw[i + 1:]
        elif how < 0.8:  # value moved by a little
            value = int(raw.replace(",", "").replace(".", ""))
            new = str(value + rng.choice([1, 2, 3, 5, 10]) * rng.choice([-1, 1]) or value + 1)
            if new == raw.replace(",", "").replace(".", "") or new.startswith("-"):
                new = str(value + 1)
            new = _regroup(new, raw)
        else:  # an order of magnitude
            new = raw + "0" if rng.random() < 0.5 or len(raw) == 1 else raw[:-1]
        if _value(new) == _value(raw) or not re.fullmatch(r"\d+(?:[.,]\d+)*", new):
            return None
        return en[:m.start()] + new + en[m.end():]
    m = rng.choice(words)
    new = rng.choice([w for w in NUMBER_WORDS if w != m.group(1)])
    return en[:m.start()] + new + en[m.end():]


def _value(raw: str) -> float:
    return float(raw.replace(",", "")) if re.fullmatch(r"\d{1,3}(,\d{3})*(\.\d+)?", raw) else \
        float(raw.replace(",", "."))  if raw.count(",") == 1 and "." not in raw else float(re.sub(r"[.,]", "", raw))


def _regroup(digits: str, like: str) -> str:
    if "," in like and len(digits) > 3:
        return f"{int(digits):,}"
    return digits


def swap_month(en: str, rng: random.Random) -> str | None:
    spots = list(re.finditer(r"\b(" + "|".join(MONTHS) + r")\b", en))
    spots = [m for m in spots if m.group(1) != "May" or re.match(r"\s+\d", en[m.end():])]
    if not spots:
        return None
    m = rng.choice(spots)
    new = rng.choice([x for x in MONTHS if x != m.group(1)])
    return en[:m.start()] + new + en[m.end():]


def english_names(vi: str, en: str) -> list[re.Match]:
    """Runs of capitalised English words (not opening the sentence) that the source also writes."""
    vi_words = {fold(w) for w in re.findall(r"[^\W\d_]+", vi)}
    out = []
    for m in re.finditer(r"(?<![\w'’-])([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)", en):
        words = [w for w in re.findall(r"[^\W\d_]+", m.group(1))]
        if m.start() == 0 or words[0] in _COMMON_CAPS:
            continue
        if words and all(fold(w) in vi_words for w in words) and len(m.group(1)) > 2:
            out.append(m)
    return out


def replace_name(vi: str, en: str, pool: list[str], rng: random.Random) -> str | None:
    """One name the English shares with the source replaced by one of `pool` the source does not have (of as many
    words where there is one)."""
    spots = english_names(vi, en)
    if not spots:
        return None
    m = rng.choice(spots)
    vi_folded = fold(vi)
    choices = [p for p in pool if fold(p) != fold(m.group(1)) and fold(p) not in vi_folded
               and len(p.split()) == len(m.group(1).split())] or [p for p in pool if fold(p) not in vi_folded]
    if not choices:
        return None
    return en[:m.start()] + rng.choice(choices) + en[m.end():]


def drop_half(en: str) -> str | None:
    words = en.split()
    if len(words) < 20:
        return None
    cut = len(words) // 2
    return " ".join(words[:cut]).rstrip(",;:-") + "."


# --------------------------------------------------------------------------- evaluation


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", type=Path, action="append",
                    help="TSV of pairs (repeatable; default: bench/data/checks/pairs.tsv and heldout.tsv)")
    ap.add_argument("--ntrex", type=Path, help="a NTREX-style folder (news.vi, news.en, news.docs) instead of TSVs")
    ap.add_argument("--half", choices=("tune", "report", "all"), default="all",
                    help="with --ntrex: odd documents (tune), even ones (report) or all")
    ap.add_argument("--parallel", type=Path, help="PREFIX of line-aligned PREFIX.vi / PREFIX.en (tokenised form)")
    ap.add_argument("--part", choices=("tune", "held", "all"), default="all",
                    help="with --parallel: alternate 25-line blocks, tune (1-25, 51-75...) or held (26-50...); "
                         "with --pairs: the rows whose `part` column says so (news_unseen.tsv)")
    ap.add_argument("--context", type=int, default=CONTEXT_SENTENCES,
                    help=f"source lines before a pair the checks read as its article (default {CONTEXT_SENTENCES}, "
                         "as `eval check`; 0: each pair alone)")
    ap.add_argument("--context-scope", choices=("lines", "article"), default="lines",
                    help="lines: the lines before, across articles, as `eval check` reads a file; article: only "
                         "those of the pair's own article (the `file` column, NTREX's news.docs)")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--show", default=None, help="print the clean pairs flagged (all) or misses of a corruption")
    args = ap.parse_args()
    paths = args.pairs or [ROOT / "bench/data/checks/pairs.tsv", ROOT / "bench/data/checks/heldout.tsv"]
    if args.parallel:
        rows = load_parallel(args.parallel, args.part)
        print(f"pairs: {args.parallel} ({args.part} part)")
    elif args.ntrex:
        rows = load_ntrex(args.ntrex, args.half)
        print(f"pairs: {args.ntrex} ({args.half} half of its documents)")
    else:
        rows = []
        for p in paths:  # (each file its own SRC: no context crosses from one into the next)
            add_context(file_rows := load(p), args.context, args.context_scope)
            rows += file_rows
        if args.part != "all":
            if any("part" not in r for r in rows):
                raise SystemExit("--part with --pairs needs a `part` column in every file")
            for r in rows:
                r["keep"] = r["part"] == args.part
        part = "" if args.part == "all" else f" ({args.part} part)"
        print("pairs: " + ", ".join(f"{p.name}" for p in paths) + part)
    if args.parallel or args.ntrex:
        add_context(rows, args.context, args.context_scope)  # the whole file in order, as `eval check` reads it
    rows = [r for r in rows if r.get("keep", True)]
    print(f"context: the {args.context} source line(s) before each pair"
          + (" of its own article" if args.context_scope == "article" else ", as `eval check` reads a file"))
    if args.part == "held" and args.show:
        raise SystemExit("the held part is read for its totals only: --show is refused with --part held")

    check_pair(rows[0]["vi"], rows[0]["en"])  # loads the built-in glossary once, as a run does
    t0 = time.perf_counter()
    clean = [check_pair(r["vi"], r["en"], context=r["context"]) for r in rows]
    seconds = time.perf_counter() - t0
    flagged = [bool(c) for c in clean]
    per_kind = {k: sum(any(c.kind == k for c in cs) for cs in clean) for k in KINDS}
    per_severity = {s: sum(any(c.severity == s for c in cs) for cs in clean) for s in SEVERITIES}
    print(f"clean pairs: {len(rows)}, flagged {sum(flagged)} ({sum(flagged) / len(rows):.1%}); "
          f"{seconds / len(rows) * 1000:.2f} ms per pair")
    print("  flagged per kind: " + ", ".join(f"{k} {n}" for k, n in per_kind.items()))
    print("  pairs with a flag of this severity: " + ", ".join(f"{k} {n}" for k, n in per_severity.items()))
    if args.show == "clean":
        for r, cs in zip(rows, clean):
            if cs:
                print(f"  {r['id']} ({r['file']}): {[f'{c.severity}: {c.note}' for c in cs]}\n"
                      f"    VI: {r['vi']}\n    EN: {r['en']}")

    pool = sorted({m.group(1) for r in rows for m in english_names(r["vi"], r["en"])})
    same_article: dict[str, list[str]] = {}
    for r in rows:
        same_article.setdefault(r["file"], []).extend(m.group(1) for m in english_names(r["vi"], r["en"]))
    same_article = {f: sorted(set(names)) for f, names in same_article.items()}
    makers = {
        "number": lambda r, rng: change_number(r["en"], rng),
        "month": lambda r, rng: swap_month(r["en"], rng),
        "name": lambda r, rng: replace_name(r["vi"], r["en"], pool, rng),
        "drop": lambda r, rng: drop_half(r["en"]),
        # not one of the four targets: the worst case for the context, a name replaced by another of its own article
        "swap": lambda r, rng: replace_name(r["vi"], r["en"], same_article[r["file"]], rng),
    }
    results = {}
    flagged_corrupt: dict[str, list] = {}  # label -> the checks of each corrupted pair
    for label, make in makers.items():
        total = caught = 0
        by_kind: dict[str, int] = {}
        likely = 0
        misses = []
        for r, was_flagged in zip(rows, flagged):
            bad = make(r, random.Random(f"{args.seed}:{label}:{r['file']}:{r['id']}"))
            if bad is None or bad == r["en"] or was_flagged:
                continue
            total += 1
            checks = check_pair(r["vi"], bad, context=r["context"])
            flagged_corrupt.setdefault(label, []).append(checks)
            if checks:
                caught += 1
                likely += any(c.severity == LIKELY for c in checks)
                for k in sorted({c.kind for c in checks}):  # sorted: the same order on every run
                    by_kind[k] = by_kind.get(k, 0) + 1
            else:
                misses.append((r, bad))
        rate = caught / total if total else float("nan")
        results[label] = {"pairs": total, "caught": caught, "rate": round(rate, 4), "by_kind": by_kind,
                          "likely_error": likely}
        print(f"corrupted ({label}): {total} pairs, newly flagged {caught} ({rate:.1%}), {likely} of them as a "
              f"likely error; by kind {by_kind}")
        if args.show == label:
            for r, bad in misses:
                print(f"  miss {r['id']}:\n    VI: {r['vi']}\n    EN: {bad}")

    # length calibration: the log ratio English/Vietnamese letters per source length band
    bands = [(0, 12), (12, 20), (20, 30), (30, 45), (45, 10_000)]
    print("length calibration (log English/Vietnamese letters):")
    table = []
    for lo, hi in bands:
        logs = [log_ratio(r["vi"], r["en"]) for r in rows if lo <= len(r["vi"].split()) < hi]
        logs = [x for x in logs if x is not None]
        if len(logs) > 2:
            row = {"words": f"{lo}-{hi if hi < 10_000 else ''}", "n": len(logs),
                   "mean": round(statistics.mean(logs), 3), "sd": round(statistics.pstdev(logs), 3)}
            table.append(row)
            print(f"  {row['words']:>7} words: n={row['n']:3d} mean {row['mean']:+.3f} sd {row['sd']:.3f}")
    # Severity per kind: what not raising a kind's `worth a look` flags at all would gain (clean pairs no longer
    # flagged) and cost (corruptions no longer caught)
    weak = {}
    print("if a kind raised no 'worth a look' flag: clean pairs cleared / corruptions no longer caught")
    for k in KINDS:
        strong = lambda cs: [c for c in cs if not (c.kind == k and c.severity != LIKELY)]  # noqa: E731
        cleared = sum(bool(cs) and not strong(cs) for cs in clean)
        lost = {label: sum(bool(cs) and not strong(cs) for cs in res) for label, res in flagged_corrupt.items()}
        weak[k] = {"clean_cleared": cleared, "corruptions_lost": lost}
        print(f"  {k}: {cleared} / " + ", ".join(f"{label} {n}" for label, n in lost.items()))
    summary = {"context_sentences": args.context, "context_scope": args.context_scope,
               "clean_pairs": len(rows), "clean_flagged": sum(flagged), "weak_flags": weak,
               "clean_rate": round(sum(flagged) / len(rows), 4), "clean_by_kind": per_kind,
               "clean_by_severity": per_severity,
               "corrupted": results, "ms_per_pair": round(seconds / len(rows) * 1000, 3), "length": table,
               "finite": all(not math.isnan(v["rate"]) for v in results.values())}
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
