"""The batch-level outputs: `index.jsonl` (one `Outcome` per line, one line per article) and `index.md` (the
digest). `read_index` is the one reader of `index.jsonl`; like the briefs, its lines go through brief/schema.py."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from pipeline.brief.escape import href, md_code, md_text
from pipeline.brief.headline import labelled
from pipeline.brief import review
from pipeline.brief.schema import Brief, SchemaError, decode, encode, omitted_at_default

INDEX_FILE = "index.jsonl"
DIGEST_FILE = "index.md"

OK = "ok"
FAILED = "failed"
STATUSES = (OK, FAILED)  # every status vietbrief writes


@dataclass
class Outcome:
    source: str
    status: str  # one of STATUSES
    error: str | None = None
    brief: str | None = None  # Markdown brief, relative to the output folder
    title_en: str | None = None
    summary_en: str | None = None
    seconds: float = 0.0
    skipped: bool = False  # ok, and already up to date from an earlier run: nothing was redone
    encoding: str | None = None  # what the file was decoded from, e.g. "utf-8", "windows-1258"
    # Sentences of the brief its checks flagged, the summary's included (brief/review.py); None (not written) when
    # they were off.
    flagged: int | None = field(default=None, metadata=omitted_at_default())
    # Sentences the brief has no English for (an LLM translator gave none usable; each named in its warnings).
    untranslated: int = field(default=0, metadata=omitted_at_default())
    # Sentences the brief's English was made of, title and captions included (Stats.sentences): what
    # `untranslated` is counted out of ("4 of 4 untranslated").
    sentences: int = field(default=0, metadata=omitted_at_default())
    # The story the article belongs to (pipeline/stories: its articles report one event), set at the end of a run;
    # None (not written) for a failed article and in the index rewritten while the run goes on.
    story: str | None = field(default=None, metadata=omitted_at_default())
    # The brief's generated headline (brief/headline.py) when the article has no title, shown labelled. Last:
    # callers pass the first fields by position.
    title_generated: str | None = field(default=None, metadata=omitted_at_default())


def flagged(brief: Brief) -> int | None:
    """How many of the brief's sentences the fact checks flagged; None when the brief was made without them."""
    sentences = [s for p in brief.paragraphs for s in p.sentences]
    if brief.title_checks is None and all(s.checks is None for s in sentences):
        return None
    return review.flagged_total(brief)  # the summary's flagged sentences too


def index_texts(outcomes: list[Outcome], stories: list | None = None) -> tuple[str, str]:
    """(index.jsonl, index.md) of a batch; `stories`: the digests of its stories of several articles
    (brief/stories.py), given at the end of a run."""
    ordered = sorted(outcomes, key=lambda o: o.source)
    return ("".join(json.dumps(encode(o), ensure_ascii=False) + "\n" for o in ordered),
            digest_markdown(ordered, stories))


def outcome_from_json(obj) -> Outcome:
    """One line of `index.jsonl`; raises SchemaError when it is not an Outcome vietbrief writes."""
    outcome = decode(Outcome, obj)
    if outcome.status not in STATUSES:
        raise SchemaError(f"status: expected one of {', '.join(STATUSES)}, found {outcome.status!r}")
    return outcome


def read_index(text: str) -> list[Outcome]:
    """The outcomes in an `index.jsonl` file's text; raises SchemaError naming the first line that is not one."""
    outcomes = []
    for n, line in enumerate(text.split("\n"), 1):  # not splitlines: U+2028 may sit inside a JSON string
        if not line.strip():
            continue
        try:
            outcomes.append(outcome_from_json(json.loads(line)))
        except (ValueError, SchemaError) as exc:  # json's errors are ValueErrors too
            raise SchemaError(f"line {n}: {exc}") from None
    return outcomes


def digest_markdown(outcomes: list[Outcome], stories: list | None = None) -> str:
    """The digest: the stories reported by several articles first (headline, story summary with its evidence,
    the articles with outlet and date, where outlets differ: brief/stories.py), then every other article as a
    story of its own, as it always was, then the failed ones."""
    ok = [o for o in outcomes if o.status == OK]
    failed = [o for o in outcomes if o.status != OK]
    lines = ["# vietbrief digest", "", f"{len(ok)} article(s) briefed, {len(failed)} failed.", ""]
    grouped: set[str] = set()
    if stories:
        from pipeline.brief.stories import story_markdown

        links = {o.source: o.brief for o in ok if o.brief}
        lines += [f"{len(stories)} stor{'y' if len(stories) == 1 else 'ies'} reported by several articles "
                  f"({sum(len(s.sources) for s in stories)} articles); every other article is a story of its own.", ""]
        for story in stories:
            lines += story_markdown(story, links)
            grouped.update(story.sources)
    for o in ok:
        if o.source in grouped:
            continue
        title = md_text(o.title_en or labelled(o.title_generated) or o.source)
        lines += [f"## [{title}]({href(o.brief)})" if o.brief else f"## {title}", "", md_code(o.source), "",
                  md_text(o.summary_en), ""]
        if o.flagged is not None:
            lines += [f"Fact checks: {o.flagged} sentence(s) flagged" + (" - see the brief." if o.flagged else "."),
                      ""]
        if o.untranslated:
            lines += [f"Untranslated: {o.untranslated} sentence(s) have no English - see the brief's warnings.", ""]
    if failed:
        lines += ["## Failed", ""] + [f"- {md_code(o.source)}: {md_text(o.error)}" for o in failed] + [""]
    return "\n".join(lines)
