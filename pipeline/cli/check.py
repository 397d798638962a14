"""`vietbrief eval check`: the fact checks of a brief on any system's translations, one segment per line.

No model and no torch: it reads two text files and runs pipeline.checks. stdout carries the result only (a
table, or with --json one object); a bad input exits 2 with a one-line message.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Optional

import typer

from pipeline.checks import CONTEXT_SENTENCES, KINDS, check_pair, describe, preceding, totals
from pipeline.checks.base import SEVERITIES
from pipeline.cli.common import choices, err, fail, out

Kind = choices("Kind", tuple(KINDS))

KIND_HELP = "Run only this kind of check (repeat for several); default every kind: " + \
    "; ".join(f"{k}: {d}" for k, d in describe().items()) + "."


def _lines(path: Path, option: str) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        fail(f"{option} {str(path)!r}: {exc.strerror or exc}", 2)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        fail(f"{option} {str(path)!r} is not UTF-8 (byte {exc.start}); convert it first", 2)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line opens no segment
    return [unicodedata.normalize("NFC", line.rstrip("\r")) for line in lines]


def check(
    src: Path = typer.Option(..., "--src", help="Vietnamese source, one segment per line, UTF-8."),
    hyp: Path = typer.Option(..., "--hyp", help="English translation, line for line with --src, UTF-8."),
    kind: Optional[list[Kind]] = typer.Option(None, "--kind", help=KIND_HELP),  # type: ignore[valid-type]
    glossary: Optional[list[Path]] = typer.Option(None, "--glossary", metavar="FILE",
                                                  help="A glossary TSV whose terms also count as names "
                                                       "(merged over the built-in one)."),
    context: int = typer.Option(CONTEXT_SENTENCES, "--context", min=0, metavar="N",
                                help="Read the N lines of --src before a segment as its article so far: a name "
                                     "they already named may be left out of its English (a blank line parts two "
                                     "documents; 0: each line alone)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object: segments (line, checks, each "
                                                       "with its severity), totals per kind and severity, and the "
                                                       "context window used."),
) -> None:
    """Flag numbers, dates and names of each Vietnamese segment that its English lacks or changes, Vietnamese
    left untranslated, lengths out of line and loops. Works on any system's output (Google's, an LLM's, a
    human's)."""
    vi, en = _lines(src, "--src"), _lines(hyp, "--hyp")
    if len(vi) != len(en):
        fail(f"--src has {len(vi)} line(s) and --hyp {len(en)}; they must pair line for line", 2)
    terms = None
    if glossary:
        from pipeline.glossary.terms import Glossary

        try:
            terms = Glossary.from_files(glossary)
        except (ValueError, OSError) as exc:  # the glossary's GlossaryError is a ValueError
            fail(str(exc), 2)
    kinds = [k.value for k in kind] if kind else list(KINDS)
    results = [check_pair(v, e, glossary=terms, kinds=kinds, context=preceding(vi, i, context))
               for i, (v, e) in enumerate(zip(vi, en))]
    counts = {k: n for k, n in totals(results).items() if k in kinds}
    flagged = sum(1 for r in results if r)
    # segments per strongest severity of their flags (a segment with a likely error counts there only)
    by_severity = {s: sum(1 for r in results if r and min(SEVERITIES.index(c.severity) for c in r) == i)
                   for i, s in enumerate(SEVERITIES)}
    if as_json:
        typer.echo(json.dumps({
            "segments": [{"line": i, "checks": [c.to_dict() for c in r]} for i, r in enumerate(results, 1)],
            "totals": counts,
            "segments_total": len(results),
            "segments_flagged": flagged,
            "segments_by_severity": by_severity,
            "context_sentences": context,
        }, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table(title=f"{flagged} of {len(results)} segment(s) flagged", title_justify="left")
    for column in ("line", "kind", "severity", "check"):
        table.add_column(column, overflow="fold")
    for i, r in enumerate(results, 1):
        for c in r:
            table.add_row(str(i), c.kind, c.severity, c.note)
    if flagged:
        out.print(table)
    else:
        out.print(f"0 of {len(results)} segment(s) flagged")
    err.print("totals: " + ", ".join(f"{k} {n}" for k, n in counts.items()) + "; segments: " +
              ", ".join(f"{n} {s}" for s, n in by_severity.items()) +
              f"; context: {context} line(s) before each segment", highlight=False)
