"""How well `vietbrief clean` separates page noise from article text, on labelled pages.

    python bench/clean_eval.py [--pages bench/data/clean_pages] [--labels bench/data/clean_labels.jsonl] [-v]
    python bench/clean_eval.py --annotated bench/data/clean_round2/test [-v]
    python bench/clean_eval.py --first-looks bench/data/clean_round2/first_looks.json --annotated <splits>
    python bench/clean_eval.py --first-looks bench/data/clean_round2/first_looks.json --as-first-looked \
        --annotated <splits> [-v]

An annotated folder holds pages written the way crawlers save them, labelled inline: a line `@kind|text` is
noise of that kind, `#T|text` the page's headline, any other line article text. The pages are written out
without the marks into a temporary folder and cleaned there (bench/data/clean_round2: `tune/` is what the first
rules were tuned on; every other split was measured once, held out, before rules were tuned on it: see its
README.md).

The pages are cleaned as a batch (one folder, so batch-level boilerplate is found as in a run) through
`vietbrief clean DIR --json`. Every non-blank page line is labelled noise (with its kind) or article text (the
headline included). The comparison is line by line and ignores tone-mark placement, diacritics, case and
punctuation:

- a noise line counts as removed unless half of its words (and at least two) survive in a row in the title
  or body;
- an article line counts as lost when it is missing from the title and body, allowing up to 3 leading words
  to go (an outlet tag "TTO -", an interview dash, a date counting as one) when at least 4 remain. A line
  labelled article twice (a lead printed again as the first paragraph) needs both copies; a lost copy still
  counts, and is named as one.

`--first-looks` measures titles only: each split cleaned by the commit of its first look (a `git archive` copy),
then the headline scored by shape (pipeline/ingest/clean/headscore.py) applied to the raw page over the title
that cleaner took; with `--as-first-looked`, everything (noise, loss, titles) is scored with that cleaner, the
figures each split had at its first look.

Prints noise removed % (per kind, and in all) and article lines lost %, with the misses under -v, and for pages
whose headline is labelled: how many got it as their title, and how many have it glued to the lead.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def norm(text: str) -> list[str]:
    """Words without diacritics, case or punctuation: 'Hòa' and 'Hoà' and 'hoa' are one word."""
    # Ð (eth), which some outlets type for Đ, too: the product's normalize() reads it as Đ
    text = unicodedata.normalize("NFD", text.translate(str.maketrans("đĐÐ", "ddD")))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return "".join(ch if ch.isalnum() else " " for ch in text).split()


def contains(hay: str, words: list[str]) -> bool:
    return bool(words) and f" {' '.join(words)} " in hay


# A date is one word of a tag ('(KHCN-03/11/2017):' is two), though norm splits it at its slashes.
_UNIT_RE = re.compile(r"\d+(?:[/.-]\d+)+|[^\W_]+")


def tails(line: str, words: list[str]) -> list[list[str]]:
    """The line's words, then without its first 1-3 words (an outlet tag "TTO -", an interview dash) while at
    least 4 remain, a date counting as one word."""
    starts = [m.start() for m in _UNIT_RE.finditer(line)]
    return [words] + [norm(line[starts[k]:]) for k in range(1, min(3, len(starts) - 4) + 1)]


def longest_run(hay: str, words: list[str]) -> int:
    best = 0
    for i in range(len(words)):
        for j in range(len(words), i + best, -1):
            if contains(hay, words[i:j]):
                best = j - i
                break
    return best


def clean_json(pages: Path, code: Path | None = None) -> dict[str, dict]:
    """`vietbrief clean --json` on `pages`, by source; `code`: another checkout's cleaner (its `pipeline` first on
    the path, run from there), for a first look at an older commit."""
    exe = shutil.which("vietbrief") if code is None else None
    cmd = [exe] if exe else [sys.executable, "-c", "from pipeline.cli.main import app; app()"]
    env = None if code is None else {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run(cmd + ["clean", str(pages), "--json"], capture_output=True, text=True, cwd=code or ROOT,
                          env=env)
    if done.returncode not in (0, 1):
        sys.exit(f"vietbrief clean failed ({done.returncode}): {done.stderr[-2000:]}")
    records = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return {r["source"]: r for r in records}


def unmark(line: str) -> tuple[str, str | None, bool]:
    """A labelled line as the page prints it, its noise kind (None for article text), whether it is the headline."""
    if line.startswith("#T|"):
        return line[3:], None, True
    if line.startswith("@") and "|" in line:
        kind, _, text = line[1:].partition("|")
        return text, kind, False
    return line, None, False


def load_annotated(folder: Path, out: Path) -> list[dict]:
    """Write each annotated page of `folder` without its marks into `out`; its labels as clean_labels.jsonl has."""
    labels = []
    for path in sorted(folder.glob("*.txt")):
        lines, noise, title, kinds = [], [], None, []
        for marked in path.read_text(encoding="utf-8").splitlines():
            line, kind, headline = unmark(marked)
            if headline:
                title = line
            elif kind is not None:
                noise.append({"text": line.strip(), "kind": kind})
            lines.append(line)
            kinds.append(kind)
        (out / path.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        # The label of each line by its place: a headline repeated as noise further down is told from the real one.
        labels.append({"file": path.name, "title": title, "noise": noise, "kinds": kinds})
    return labels


def printed_title(title: str | None, out: dict) -> str:
    """The article's title as the page printed it: with the site's name the cleaner cut off it and recorded as
    removed ('<HEADLINE> – HOT NEWS 24H', the suffix an `outlet-suffix` removal) put back when that gives the
    labelled headline `title`. A reader is right to get the headline without the site's name; the line is not lost
    and the title not wrong for it."""
    got = out.get("title") or ""
    if title and got:
        want = norm(title)
        for cut in (r.get("text", "") for r in out.get("removed") or [] if r.get("reason") == "outlet-suffix"):
            if norm(got) != want and norm(f"{got} {cut}") == want:
                return f"{got} {cut}"
    return got


def title_found(title: str, out: dict) -> tuple[bool, bool]:
    """(the labelled headline is the article's title, the headline glued to the lead: its words open the first
    paragraph and it is not the title). Found as the title, the headline line is out of the body: a lead opening
    with the same words is the page's own ('Chợ nổi Cái Răng (TP. Cần Thơ)' over 'Chợ nổi Cái Răng (TP. Cần Thơ)
    là chợ nổi lớn nhất ...', test42/20), no glued headline. A title that is the headline less a site's name the
    cleaner recorded cutting off is the headline (`printed_title`)."""
    got = " ".join(norm(printed_title(title, out)))
    want = " ".join(norm(title))
    first = " ".join(norm(out["paragraphs"][0])) if out.get("paragraphs") else ""
    return got == want, bool(want) and got != want and first.startswith(want + " ")


def removed_by(line: str, out: dict) -> str:
    """The rule that took a lost line: the reason of the removed entry holding most of its words in a row. Where none
    holds half of them, the entries cut off either end of it (a tag longer than `tails` forgives, a credit closing
    it): the cleaner recorded what it took, and the rest of the line stands."""
    words = norm(line)
    best, reason = 0, "not among the removed lines (rewritten or merged)"
    for item in out.get("removed", []):
        n = longest_run(" " + " ".join(norm(item.get("text", ""))) + " ", words)
        if n > best and n >= max(1, len(words) // 2):
            best, reason = n, item.get("reason", "?")
    if not best:  # a piece at either end, as the cleaner cuts a tag or a credit off
        cuts = [item.get("reason", "?") for item in out.get("removed", []) if (piece := norm(item.get("text", "")))
                and len(piece) < len(words) and piece in (words[:len(piece)], words[-len(piece):])]
        if cuts:
            reason = f"not among the removed lines: cut short, {', '.join(dict.fromkeys(cuts))} cut off it (recorded)"
    return reason


def score(pages: Path, labels: list[dict], code: Path | None = None) -> dict:
    """Clean `pages` (with `code`'s cleaner if given) and compare with `labels`: counts by kind, the misses, the lost
    lines with their rule."""
    cleaned = clean_json(pages, code)
    res = {"pages": len(labels), "titled": 0, "titles_ok": 0, "glued": 0, "title_misses": [],
           "kinds_total": Counter(), "kinds_removed": Counter(), "real_total": 0, "real_lost": 0,
           "missed": [], "lost": [], "failed": [], "lost_copies": 0}
    for rec in labels:
        out = cleaned.get(rec["file"])
        if out is None or "error" in out:
            res["failed"].append((rec["file"], out and out.get("error")))
            continue
        if rec.get("title"):
            res["titled"] += 1
            ok, stuck = title_found(rec["title"], out)
            res["titles_ok"] += ok
            res["glued"] += stuck
            if not ok:
                res["title_misses"].append((rec["file"], out.get("title"), "glued to the lead" if stuck else ""))
        title = printed_title(rec.get("title"), out)  # a site's name cut off it, recorded, is no lost word
        hay = " " + " | ".join(" ".join(norm(t)) for t in [title] + out["paragraphs"]) + " "
        whole = hay
        noise = Counter(n["text"] for n in rec["noise"])
        kind_of = {n["text"]: n["kind"] for n in rec["noise"]}
        page = (pages / rec["file"]).read_text(encoding="utf-8")
        noise_lines = []
        # Article lines first: each one found uses up its words in the output, so a noise line that repeats
        # one (a placeholder repeating the headline, a pull quote) is judged on what is left. Longest first, so
        # that a short line (a place label) does not use up words in the middle of a paragraph and leave that
        # paragraph counted as lost.
        kinds = rec.get("kinds")
        article_lines = []
        for n, line in enumerate(ln.strip() for ln in page.splitlines()):
            words = norm(line)
            if not words:
                continue
            if kinds is not None:
                if kinds[n] is not None:
                    noise_lines.append((kinds[n], line, words))
                    continue
            elif noise.get(line):
                noise[line] -= 1
                noise_lines.append((kind_of[line], line, words))
                continue
            article_lines.append((line, words))
        for line, words in sorted(article_lines, key=lambda lw: -len(lw[1])):
            res["real_total"] += 1
            found = next((rest for rest in tails(line, words) if contains(hay, rest)), None)
            if found is None:
                res["real_lost"] += 1
                # Its words all still stand in the output, used up by another article line the labels also count:
                # the page printed it twice (a lead over a first paragraph that repeats it) and one copy went.
                copy = len(words) >= 8 and contains(whole, words)  # a short line's words recur by chance
                res["lost_copies"] += copy
                res["lost"].append((rec["file"], line, removed_by(line, out) + (" (a copy: its words kept)" if copy
                                                                                 else "")))
            else:
                hay = hay.replace(f" {' '.join(found)} ", " # ", 1)
        for kind, line, words in noise_lines:
            res["kinds_total"][kind] += 1
            if longest_run(hay, words) < max(min(len(words), 2), (len(words) + 1) // 2):
                res["kinds_removed"][kind] += 1
            else:
                res["missed"].append((rec["file"], kind, line))
    return res


def report(res: dict, verbose: bool, prefix: str = "") -> None:
    kinds_total, kinds_removed = res["kinds_total"], res["kinds_removed"]
    n_noise, n_removed = sum(kinds_total.values()), sum(kinds_removed.values())
    print(f"pages: {res['pages']} ({len(res['failed'])} failed)  noise lines: {n_noise}  "
          f"article lines: {res['real_total']}")
    for kind in sorted(kinds_total, key=lambda k: -kinds_total[k]):
        print(f"  {kind:14} {kinds_removed[kind]:3}/{kinds_total[kind]:<3} removed")
    print(f"noise removed: {n_removed}/{n_noise} = {100 * n_removed / max(n_noise, 1):.1f}%")
    print(f"article lines lost: {res['real_lost']}/{res['real_total']} = "
          f"{100 * res['real_lost'] / max(res['real_total'], 1):.2f}%"
          + (f" ({res['lost_copies']} of them copies, every word still in the article)" if res.get("lost_copies")
             else ""))
    if res["titled"]:
        print(f"titles: {res['titles_ok']}/{res['titled']} found, {res['glued']} glued to the lead")
    if verbose:
        for f, got, why in res["title_misses"]:
            print(f"TITLE   {prefix}{f} got {got!r} {why}")
        for f, err in res["failed"]:
            print(f"FAILED {prefix}{f}: {err}")
        for f, kind, line in res["missed"]:
            print(f"missed  {prefix}{f} [{kind}] {line}")
        for f, line, reason in res["lost"]:
            print(f"LOST    {prefix}{f} {line}  <- {reason}")


def _raw_lines(path: Path) -> tuple[list[str], str | None]:
    """The page's lines without their marks (NFC, as the cleaner reads them), and its labelled headline."""
    texts, title = [], None
    for marked in path.read_text(encoding="utf-8").splitlines():
        line, _, headline = unmark(unicodedata.normalize("NFC", marked))
        if headline:
            title = line
        texts.append(line.strip())
    return texts, title


def first_looks(table: Path, folders: list[Path]) -> None:
    """Titles at each split's first look (the cleaner of the commit its README names, from a `git archive` copy),
    then with headscore.choose applied to the raw page over the title that cleaner took: found / titled without
    a headline, before and after. `table`: JSON of split name -> commit."""
    from pipeline.ingest.clean import headscore

    commits = json.loads(table.read_text(encoding="utf-8"))
    counts = Counter()
    for folder in folders:
        commit = commits[folder.name]
        with tempfile.TemporaryDirectory() as code, tempfile.TemporaryDirectory() as tmp:
            archive = subprocess.run(["git", "archive", commit], capture_output=True, cwd=ROOT, check=True).stdout
            subprocess.run(["tar", "-x", "-C", code], input=archive, check=True)
            load_annotated(folder, Path(tmp))
            records = {Path(k).name: r for k, r in clean_json(Path(tmp), Path(code)).items()}
            titles = {name: r.get("title") for name, r in records.items()}
        part = Counter()
        for path in sorted(folder.glob("*.txt")):
            texts, want = _raw_lines(path)
            got = titles.get(path.name)
            keys, mine = [" ".join(norm(t)) for t in texts], " ".join(norm(got or ""))
            # The line the cleaner took (its site suffix may have been cut off: then the line it opens).
            pos = next((i for i, k in enumerate(keys) if got and k == mine), None)
            if pos is None:
                pos = next((i for i, k in enumerate(keys) if got and k and k.startswith(mine)), None)
            if got and pos is None:
                after = got  # no line of the page: left as it is
            else:
                new = headscore.choose(texts, pos)
                after = None if new is None else texts[new]
            if want:
                part["headlines"] += 1
                part["before"] += norm(printed_title(want, records.get(path.name, {})) or "") == norm(want)
                part["after"] += norm(after or "") == norm(want)
            else:
                part["none"] += 1
                part["titled_before"] += bool(got)
                part["titled_after"] += bool(after)
        print(f"{folder.name} ({commit}): headlines {part['before']} -> {part['after']} of {part['headlines']}; "
              f"titled without one {part['titled_before']} -> {part['titled_after']} of {part['none']}")
        counts.update(part)
    print(f"pooled: headlines {counts['before']} -> {counts['after']} of {counts['headlines']}; "
          f"titled without one {counts['titled_before']} -> {counts['titled_after']} of {counts['none']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=Path, default=ROOT / "bench/data/clean_pages")
    ap.add_argument("--labels", type=Path, default=ROOT / "bench/data/clean_labels.jsonl")
    ap.add_argument("--annotated", type=Path, nargs="+",
                    help="folders of inline-labelled pages (see above); several are reported one by one, then pooled")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list missed noise, and lost article lines with the rule that took each")
    ap.add_argument("--first-looks", type=Path, metavar="JSON",
                    help="with --annotated: titles at each split's first-look commit (JSON: split -> commit), then "
                         "with the headline scored by shape (headscore.choose) over them")
    ap.add_argument("--as-first-looked", action="store_true",
                    help="with --first-looks: score noise, loss and titles of each split with its first-look "
                         "commit's cleaner (a git archive copy) instead, then pooled")
    args = ap.parse_args()

    if args.first_looks and not args.as_first_looked:
        first_looks(args.first_looks, args.annotated)
        return
    commits = json.loads(args.first_looks.read_text(encoding="utf-8")) if args.first_looks else {}
    if not args.annotated:
        labels = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
        report(score(args.pages, labels), args.verbose)
        return
    pooled: dict = {}
    for folder in args.annotated:
        with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as code:
            if commits:
                archive = subprocess.run(["git", "archive", commits[folder.name]], capture_output=True, cwd=ROOT,
                                         check=True).stdout
                subprocess.run(["tar", "-x", "-C", code], input=archive, check=True)
            res = score(Path(tmp), load_annotated(folder, Path(tmp)), Path(code) if commits else None)
        if len(args.annotated) > 1 or commits:
            print(f"== {folder.name}" + (f" (first look, {commits[folder.name]})" if commits else ""))
        report(res, args.verbose, f"{folder.name}/" if len(args.annotated) > 1 else "")
        for k, v in res.items():
            pooled[k] = pooled[k] + v if k in pooled else v
    if len(args.annotated) > 1:
        print(f"== pooled over {len(args.annotated)} folders")
        report(pooled, False)


if __name__ == "__main__":
    main()
