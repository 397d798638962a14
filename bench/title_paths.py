"""Titles on the text-file path and the metadata path: probe files built from the labelled headlines of
bench/data/clean_round2 (the splits named on the command line), each article's own lines (noise left out), then
cleaned as a batch through `vietbrief clean DIR --json`, one folder per shape.

    python bench/title_paths.py bench/data/clean_round2/test{10..46} [-v SHAPE] [--code DIR]

(`--code`: another checkout's cleaner, e.g. a `git archive` copy of an earlier commit, for a before/after.)

Text shapes (.txt): `glued` (headline, then the lead on the next line, no blank line), `blank` (a blank line
under the headline), `caps` (the headline in capitals over its lead), `twoline` (the headline cut over two
lines, then the lead), `twoblank` (cut over two lines, a blank line under). Metadata shapes: `html` (a saved page:
`<title>headline | Site</title>`, og:title, `<h1>`, the paragraphs), `html-noh1` (the headline only in <title> and
og:title), `jsonl` (a record with `title` and `text`, the text without the headline), `jsonl-head` (the record's
text opening with the headline too). Per shape: right (the title is the headline; `caps` and `twoline` compared
case- and break-blind), wrong, none, glued (the headline's words open the first paragraph).
"""

from __future__ import annotations

import html
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_eval as ce  # noqa: E402

SHAPES = ["glued", "blank", "caps", "twoline", "twoblank", "html", "html-noh1", "jsonl", "jsonl-head"]


def articles(folders: list[Path]):
    """(name, headline, the article's lines under it) for every page with a labelled headline."""
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            head, body, seen = None, [], False
            for marked in path.read_text(encoding="utf-8").splitlines():
                line, kind, is_head = ce.unmark(marked)
                if is_head and head is None:
                    head, seen = line.strip(), True
                elif seen and kind is None and line.strip():
                    body.append(line.strip())
            if head and len(body) >= 2:
                yield f"{folder.name}_{path.stem}", head, body


def write(shape: str, out: Path, name: str, head: str, body: list[str]) -> None:
    half = len(head.split()) // 2
    top, bottom = " ".join(head.split()[:half]), " ".join(head.split()[half:])
    text = {"glued": [head] + body, "blank": [head, ""] + body, "caps": [head.upper()] + body,
            "twoline": [top, bottom] + body, "twoblank": [top, bottom, ""] + body}
    if shape in text:
        lines = text[shape]
        if shape != "glued":  # a blank line between paragraphs, as most text files have
            lines = lines[: lines.index(body[0])] + [x for b in body for x in (b, "")]
        (out / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif shape.startswith("html"):
        h = html.escape(head)
        paras = "".join(f"<p>{html.escape(b)}</p>\n" for b in body)
        h1 = f"<h1>{h}</h1>\n" if shape == "html" else ""
        (out / f"{name}.html").write_text(
            f"<html><head><title>{h} | Báo Tin Mới</title><meta property=\"og:title\" content=\"{h}\"></head>"
            f"<body><article>{h1}{paras}</article></body></html>\n", encoding="utf-8")
    else:
        text = "\n\n".join(([head] if shape == "jsonl-head" else []) + body)
        with (out / "records.jsonl").open("a", encoding="utf-8") as f:
            f.write(json.dumps({"id": name, "title": head, "text": text}, ensure_ascii=False) + "\n")


def main() -> None:
    args = sys.argv[1:]
    show = args[args.index("-v") + 1] if "-v" in args else None
    code = Path(args[args.index("--code") + 1]) if "--code" in args else None
    folders = [Path(a) for a in args if a not in ("-v", "--code", show, str(code))]
    arts = list(articles(folders))
    counts = Counter()
    for shape in SHAPES:
        with tempfile.TemporaryDirectory() as tmp:
            for name, head, body in arts:
                write(shape, Path(tmp), name, head, body)
            cleaned = ce.clean_json(Path(tmp), code)
        counts[shape, "failed"] = sum("error" in out for out in cleaned.values())
        suffix = "html" if shape.startswith("html") else "txt"
        by_name = {(f"records.jsonl#{k + 1}" if shape.startswith("json") else f"{name}.{suffix}"): name
                   for k, (name, _, _) in enumerate(arts)}
        outs = {by_name.get(Path(src).name): out for src, out in cleaned.items()}
        for name, head, body in arts:
            out = outs.get(name)
            if out is None or "error" in out:
                continue
            ok, stuck = ce.title_found(head, out)
            result = "right" if ok else "none" if not out.get("title") else "wrong"
            counts[shape, result] += 1
            counts[shape, "glued"] += stuck
            if shape == show and (result != "right" or stuck):
                print(f"{name}: {head!r} -> {out.get('title')!r}{' GLUED' if stuck else ''}")
    print(f"{len(arts)} articles")
    for shape in SHAPES:
        print(f"{shape:11} right {counts[shape, 'right']:3}  wrong {counts[shape, 'wrong']:3}  "
              f"none {counts[shape, 'none']:3}  glued {counts[shape, 'glued']:3}  failed {counts[shape, 'failed']}")


if __name__ == "__main__":
    main()
