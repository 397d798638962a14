"""A batch's briefs by story: the articles that report one event (pipeline/stories, grouped on the briefs'
cleaned Vietnamese, no model), each story of several articles with an English summary made by the run's
summarizer over its articles' English (map-reduce when it exceeds the summarizer's input, as for a long article),
evidence for each summary sentence naming the article and sentence behind it, and the figures its outlets give
differently (pipeline/stories/differ.py) in Vietnamese and English side by side.

The briefs are what a run has written, skipped ones included, so a rerun after adding articles regroups the whole
folder and translates nothing again; a Ray run does this in the driver, from the briefs its actors wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.brief import headline
from pipeline.brief.schema import Brief
from pipeline.checks import evidence as support
from pipeline.stories import GroupingSettings, Story, StoryArticle, group
from pipeline.stories.differ import differences
from pipeline.summarization.base import Summarizer


@dataclass
class StorySupport:
    source: str  # the article
    paragraph: int  # 1-based, as its brief numbers them
    sentence: int  # 1-based within the paragraph
    vi: str
    en: str
    score: float


@dataclass
class StoryEvidence:
    summary: str  # one sentence of the story summary
    support: list[StorySupport] = field(default_factory=list)
    score: float = 0.0
    unsupported: list[str] = field(default_factory=list)  # numbers, months, names no support has


@dataclass
class Figure:
    """One article's version of a figure the story's articles disagree on."""
    source: str
    text: str  # the figure as written in Vietnamese, e.g. "66 người"
    vi: str  # its sentence
    en: str  # the brief's English of that sentence ("" when the brief has none)


@dataclass
class StoryDifference:
    kind: str  # people | money | date
    unit: str
    figures: list[Figure]


@dataclass
class StoryDigest:
    id: str
    headline_vi: str
    headline_en: str | None  # the English title of its most central article
    sources: list[str]  # its articles, by date then address
    titles: dict[str, str | None] = field(default_factory=dict)  # source -> English title (Vietnamese when none)
    meta: dict[str, str] = field(default_factory=dict)  # source -> "outlet · date", what the briefs say
    summary_en: str = ""
    summary_method: str = ""
    evidence: list[StoryEvidence] = field(default_factory=list)
    differences: list[StoryDifference] = field(default_factory=list)


def story_article(brief: Brief) -> StoryArticle:
    """A brief's cleaned Vietnamese as grouping reads it."""
    return StoryArticle(brief.source, brief.title_vi, "\n".join(p.vi for p in brief.paragraphs),
                        brief.date, brief.outlet)


def group_briefs(briefs: list[Brief], settings: GroupingSettings = GroupingSettings()) -> list[Story]:
    return group([story_article(b) for b in briefs], settings)


def _central_first(story: Story) -> list[str]:
    if not story.similarity:
        return list(story.sources)
    central = max(story.sources, key=lambda s: story.similarity.get(s, 0.0))
    return [central] + [s for s in story.sources if s != central]


def _inputs(order: list[str], briefs: dict[str, Brief]) -> list[tuple[str, int, int, str, str]]:
    """(source, paragraph, sentence, vi, en) of the story's English, its central article first; a sentence
    already given by an earlier article (a reprint) once."""
    seen: set[str] = set()
    out = []
    for src in order:
        for p, para in enumerate(briefs[src].paragraphs, 1):
            for k, s in enumerate(para.sentences, 1):
                key = " ".join(s.en.split()).casefold()
                if s.en.strip() and key not in seen:
                    seen.add(key)
                    out.append((src, p, k, s.vi, s.en))
    return out


def _evidence(text: str, method: str, inputs: list[tuple[str, int, int, str, str]]) -> list[StoryEvidence]:
    if method.startswith("extractive"):
        for k in range(1, len(inputs) + 1):
            if " ".join(x[4] for x in inputs[:k]) == text:
                return [StoryEvidence(en, [StorySupport(src, p, s, vi, en, 1.0)], 1.0)
                        for src, p, s, vi, en in inputs[:k]]
    # One "paragraph" per input sentence: the link's numbering then names the input, which names the article.
    linked = support.link(support.split_summary(text), [(i, 1, x[3], x[4]) for i, x in enumerate(inputs, 1)])
    out = []
    for ev in linked:
        sup = [StorySupport(inputs[s.paragraph - 1][0], inputs[s.paragraph - 1][1], inputs[s.paragraph - 1][2],
                            s.vi, s.en, s.score) for s in ev.support]
        out.append(StoryEvidence(ev.summary, sup, ev.score, list(ev.unsupported)))
    return out


def _english(brief: Brief) -> dict[str, str]:
    return {" ".join(s.vi.split()): s.en for para in brief.paragraphs for s in para.sentences}


def _differences(order: list[str], briefs: dict[str, Brief]) -> list[StoryDifference]:
    english = {src: _english(briefs[src]) for src in order}
    out = []
    for d in differences([story_article(briefs[src]) for src in order]):
        figures = [Figure(m.source, m.text, m.sentence, english[m.source].get(" ".join(m.sentence.split()), ""))
                   for m in d.mentions]
        out.append(StoryDifference(d.kind, d.unit, figures))
    return out


def digest_story(story: Story, briefs: dict[str, Brief], summarizer: Summarizer | None) -> StoryDigest:
    """A story of several articles, summarized (when a summarizer is given) with evidence and differences."""
    order = _central_first(story)
    central = briefs[order[0]]
    out = StoryDigest(story.id, story.headline, central.title_en, list(story.sources),
                      titles={s: headline.shown(briefs[s]) for s in story.sources},
                      meta={s: " · ".join(x for x in (briefs[s].outlet, briefs[s].date) if x) for s in story.sources})
    if summarizer is not None:
        inputs = _inputs(order, briefs)
        if inputs:
            summary = summarizer.summarize([x[4] for x in inputs])
            out.summary_en = summary.text
            out.summary_method = summary.method + (f" ({summary.chunks} chunks, {summary.levels} levels)"
                                                   if summary.chunks > 1 else "")
            out.evidence = _evidence(summary.text, summary.method, inputs)
    out.differences = _differences(order, briefs)
    return out


def digest_stories(briefs: list[Brief], summarizer: Summarizer | None,
                   settings: GroupingSettings = GroupingSettings()) -> tuple[list[Story], list[StoryDigest]]:
    """The stories of a batch's briefs (every brief in one), and a digest of each story of several articles."""
    stories = group_briefs(briefs, settings)
    by_source = {b.source: b for b in briefs}
    return stories, [digest_story(s, by_source, summarizer) for s in stories if len(s.sources) > 1]


# --- the stories in the batch's digests ------------------------------------------------------------------------
KIND_NAMES = {"people": "people", "money": "money", "date": "date"}


def _where(s: StorySupport) -> str:
    return f"{s.source} ¶{s.paragraph} sentence {s.sentence}"


def story_markdown(story: StoryDigest, links: dict[str, str]) -> list[str]:
    """A story of several articles in `index.md`: headline, summary with its evidence, its articles (linked to
    their briefs, with outlet and date), and where they differ. `links`: source -> brief path."""
    from pipeline.brief.escape import href, md_code, md_text

    head = story.headline_en or story.headline_vi
    lines = [f"## Story: {md_text(head)} ({len(story.sources)} articles)", ""]
    if story.headline_en:
        lines += [f"*{md_text(story.headline_vi)}*", ""]
    if story.summary_en:
        lines += [f"**Story summary** ({md_text(story.summary_method)}): {md_text(story.summary_en)}", ""]
        if story.evidence:
            lines += ["Evidence (the article sentences behind each summary sentence):", ""]
            for i, e in enumerate(story.evidence, 1):
                where = "; ".join(f"{md_code(s.source)} ¶{s.paragraph} sentence {s.sentence}" for s in e.support)
                lines.append(f"{i}. {md_text(e.summary)} — {where or 'none found'}"
                             + (f" — **unsupported:** {md_text(', '.join(e.unsupported))}" if e.unsupported else ""))
            lines.append("")
    lines += ["Articles:", ""]
    for src in story.sources:
        title = md_text(story.titles.get(src) or src)
        link = f"[{title}]({href(links[src])})" if links.get(src) else title
        meta = story.meta.get(src)
        lines.append(f"- {link}" + (f" — {md_text(meta)}" if meta else "") + f" — {md_code(src)}")
    lines.append("")
    if story.differences:
        lines += ["Where outlets differ:", ""]
        for d in story.differences:
            lines.append(f"- {KIND_NAMES.get(d.kind, d.kind)} ({md_text(d.unit)}):")
            for f in d.figures:
                lines.append(f"  - {md_code(f.source)}: **{md_text(f.text)}** — *{md_text(f.vi)}*"
                             + (f" — {md_text(f.en)}" if f.en else ""))
        lines.append("")
    return lines


def story_html(story: StoryDigest, links: dict[str, str]) -> list[str]:
    """The same story as a section of `index.html`."""
    from pipeline.brief.formats.html import esc

    head = story.headline_en or story.headline_vi
    out = [f'<section class="story" id="{esc(story.id)}"><h3>{esc(head)} '
           f'<span class="muted">({len(story.sources)} articles)</span></h3>']
    if story.headline_en:
        out.append(f'<p class="vi">{esc(story.headline_vi)}</p>')
    if story.summary_en:
        out.append(f'<p><strong>Story summary</strong> <span class="muted">({esc(story.summary_method)})</span></p><ol>')
        for e in story.evidence:
            where = "; ".join(_where(s) for s in e.support) or "none found"
            extra = f' <span class="flagged">unsupported: {esc(", ".join(e.unsupported))}</span>' if e.unsupported else ""
            out.append(f'<li>{esc(e.summary)} <span class="muted">— {esc(where)}</span>{extra}</li>')
        if not story.evidence:
            out.append(f"<li>{esc(story.summary_en)}</li>")
        out.append("</ol>")
    out.append("<ul>")
    for src in story.sources:
        title = esc(story.titles.get(src) or src)
        link = f'<a href="{esc(links[src])}">{title}</a>' if links.get(src) else title
        out.append(f"<li>{link} <span class=\"muted\">{esc(story.meta.get(src, ''))}</span> <code>{esc(src)}</code></li>")
    out.append("</ul>")
    if story.differences:
        out.append("<p><strong>Where outlets differ</strong></p><ul>")
        for d in story.differences:
            rows = "".join(f"<li><code>{esc(f.source)}</code>: <strong>{esc(f.text)}</strong> — "
                           f'<span class="vi">{esc(f.vi)}</span>' + (f" — {esc(f.en)}" if f.en else "") + "</li>"
                           for f in d.figures)
            out.append(f"<li>{esc(KIND_NAMES.get(d.kind, d.kind))} ({esc(d.unit)})<ul>{rows}</ul></li>")
        out.append("</ul>")
    out.append("</section>")
    return out
