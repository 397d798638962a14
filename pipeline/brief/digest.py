"""The batch-level outputs: `index.jsonl` (one line per article) and `index.md` (the digest)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.run import atomic


@dataclass
class Outcome:
    source: str
    status: str  # "ok" | "failed"
    error: str | None = None
    brief: str | None = None  # Markdown brief, relative to the output folder
    title_en: str | None = None
    summary_en: str | None = None
    seconds: float = 0.0
    skipped: bool = False  # ok, and already up to date from an earlier run: nothing was redone
    encoding: str | None = None  # what the file was decoded from, e.g. "utf-8", "windows-1258"


def index_texts(outcomes: list[Outcome]) -> tuple[str, str]:
    """(index.jsonl, index.md) of a batch."""
    ordered = sorted(outcomes, key=lambda o: o.source)
    return ("".join(json.dumps(asdict(o), ensure_ascii=False) + "\n" for o in ordered),
            digest_markdown(ordered))


def write_index(out_dir: Path, outcomes: list[Outcome]) -> None:
    jsonl, md = index_texts(outcomes)
    atomic.write_text(out_dir / "index.jsonl", jsonl)
    atomic.write_text(out_dir / "index.md", md)


def digest_markdown(outcomes: list[Outcome]) -> str:
    ok = [o for o in outcomes if o.status == "ok"]
    failed = [o for o in outcomes if o.status != "ok"]
    lines = ["# vietbrief digest", "", f"{len(ok)} article(s) briefed, {len(failed)} failed.", ""]
    for o in ok:
        lines += [f"## [{o.title_en or o.source}]({o.brief})", "", f"`{o.source}`", "", o.summary_en or "", ""]
    if failed:
        lines += ["## Failed", ""] + [f"- `{o.source}`: {o.error}" for o in failed] + [""]
    return "\n".join(lines)
