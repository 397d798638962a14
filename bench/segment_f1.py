"""Sentence-boundary precision / recall / F1 of pipeline.text.segment.split_sentences.

Gold: bench/data/segment_gold.txt (one sentence per line, blank line between
paragraphs, "# " comment lines, "##glue## " marks a sentence that followed the previous
one with no whitespace in the source). The paragraph text is rebuilt by joining its
sentences with a single space (or nothing, for glued ones), split again, and the
predicted boundaries are compared with the gold ones. A boundary is the count of
non-whitespace characters before it, so whitespace differences never matter.

Two modes, both reported:

- paragraph: each paragraph split on its own; only boundaries *inside* paragraphs
  count (paragraph ends are free and would inflate the score). This is the headline.
- document: each document's paragraphs joined with a single newline (one paragraph
  per line, as in inputs/001*.txt) and split as one text; every sentence end except the
  last counts, so this also checks the line-break rules.

Usage:
    python bench/segment_f1.py [--gold PATH] [--errors] [--underthesea]

--underthesea also scores underthesea.sent_tokenize (if importable) for comparison.
The last line printed is a JSON object.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.text.segment import split_sentences  # noqa: E402

GLUE = "##glue## "
DEFAULT_GOLD = ROOT / "bench" / "data" / "segment_gold.txt"


def load_gold(path: pathlib.Path) -> list[list[list[tuple[str, bool]]]]:
    """documents -> paragraphs -> [(sentence, glued_to_previous)]"""
    docs: list[list[list[tuple[str, bool]]]] = []
    para: list[tuple[str, bool]] = []
    doc: list[list[tuple[str, bool]]] = []

    def end_para():
        nonlocal para
        if para:
            doc.append(para)
            para = []

    def end_doc():
        nonlocal doc
        end_para()
        if doc:
            docs.append(doc)
            doc = []

    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("# ") or line == "#":
            end_doc()
            continue
        if not line.strip():
            end_para()
            continue
        glued = line.startswith(GLUE)
        if glued:
            line = line[len(GLUE):]
        para.append((line.strip(), glued))
    end_doc()
    return docs


def paragraph_text(para: list[tuple[str, bool]]) -> str:
    out = ""
    for i, (sent, glued) in enumerate(para):
        if i and not glued:
            out += " "
        out += sent
    return out


def nows_len(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


def boundaries(sentences: list[str]) -> set[int]:
    """Non-whitespace offsets of every sentence end except the last."""
    out, pos = set(), 0
    for s in sentences[:-1]:
        pos += nows_len(s)
        out.add(pos)
    return out


def context(text: str, k: int, width: int = 40) -> str:
    """Show the spot k non-whitespace chars into text."""
    seen = 0
    for i, ch in enumerate(text):
        if seen == k:
            return (text[max(0, i - width):i] + " ⟂ " + text[i:i + width]).replace("\n", "⏎")
        if not ch.isspace():
            seen += 1
    return text[-width:] + " ⟂"


class Score:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.errors: list[str] = []

    def add(self, text: str, gold: set[int], pred: set[int]):
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)
        for k in sorted(pred - gold):
            self.errors.append("FP  " + context(text, k))
        for k in sorted(gold - pred):
            self.errors.append("FN  " + context(text, k))

    def result(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def evaluate(docs, splitter) -> tuple[Score, Score, float]:
    para_score, doc_score = Score(), Score()
    t0 = time.perf_counter()
    for doc in docs:
        texts = []
        gold_doc: set[int] = set()
        offset = 0
        for para in doc:
            text = paragraph_text(para)
            texts.append(text)
            gold = boundaries([s for s, _ in para])
            pred_sents = splitter(text)
            if "".join("".join(pred_sents).split()) != "".join(text.split()):
                raise SystemExit(f"coverage broken on: {text[:80]!r}")
            para_score.add(text, gold, boundaries(pred_sents))
            gold_doc |= {offset + b for b in gold}
            offset += nows_len(text)
            gold_doc.add(offset)
        gold_doc.discard(offset)
        full = "\n".join(texts)
        doc_score.add(full, gold_doc, boundaries(splitter(full)))
    return para_score, doc_score, time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=pathlib.Path, default=DEFAULT_GOLD)
    ap.add_argument("--errors", action="store_true", help="print every FP/FN in context")
    ap.add_argument("--underthesea", action="store_true",
                    help="also score underthesea.sent_tokenize, if installed")
    args = ap.parse_args(argv)

    docs = load_gold(args.gold)
    n_sent = sum(len(p) for d in docs for p in d)
    n_para = sum(len(d) for d in docs)
    print(f"gold: {args.gold.relative_to(ROOT) if args.gold.is_relative_to(ROOT) else args.gold}: "
          f"{len(docs)} documents, {n_para} paragraphs, {n_sent} sentences")

    result: dict = {"sentences": n_sent, "paragraphs": n_para, "documents": len(docs)}
    systems = [("vietbrief", split_sentences)]
    if args.underthesea:
        try:
            from underthesea import sent_tokenize  # type: ignore
            systems.append(("underthesea", sent_tokenize))
        except ImportError:
            print("underthesea: not installed, skipped")
    for name, fn in systems:
        ps, ds, secs = evaluate(docs, fn)
        pr, dr = ps.result(), ds.result()
        print(f"{name:12s} paragraph mode (internal boundaries): P={pr['precision']:.4f} "
              f"R={pr['recall']:.4f} F1={pr['f1']:.4f}  (tp={pr['tp']} fp={pr['fp']} fn={pr['fn']})")
        print(f"{name:12s} document mode  (all boundaries):      P={dr['precision']:.4f} "
              f"R={dr['recall']:.4f} F1={dr['f1']:.4f}  (tp={dr['tp']} fp={dr['fp']} fn={dr['fn']})"
              f"  [{secs:.2f}s]")
        if args.errors:
            for e in ps.errors:
                print(f"  [{name} paragraph] {e}")
            for e in ds.errors:
                print(f"  [{name} document] {e}")
        if name == "vietbrief":
            result.update(pr)
            result["document"] = dr
        else:
            result[name] = {"paragraph": pr, "document": dr}
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
