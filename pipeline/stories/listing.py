"""The articles of a batch and their stories as `vietbrief stories` shows them: one record per article (the
JSON Lines form), or a text listing, story by story."""

from __future__ import annotations

from pipeline.ingest.article import CleanArticle
from pipeline.stories.group import Story, StoryArticle


def from_clean(article: CleanArticle, record_id: str | None = None) -> StoryArticle:
    """A cleaned article as grouping reads it."""
    return StoryArticle(source=article.source, title=article.title, text="\n".join(article.paragraphs),
                        date=article.date, outlet=article.outlet, id=record_id)


def records(stories: list[Story], articles: list[StoryArticle]) -> list[dict]:
    """One object per article, story by story: source, id, title, outlet, date, story (and the story's size
    and headline, so a reader of one line knows what it belongs to)."""
    by_source = {a.source: a for a in articles}
    out = []
    for s in stories:
        for src in s.sources:
            a = by_source[src]
            out.append({"source": a.source, "id": a.id, "title": a.title, "outlet": a.outlet, "date": a.date,
                        "story": s.id, "story_size": len(s.sources), "story_headline": s.headline})
    return out


def listing(stories: list[Story], articles: list[StoryArticle]) -> list[str]:
    """A text listing: each story of several articles with its headline and articles (outlet, date, title),
    then the stories of one article, one line each."""
    by_source = {a.source: a for a in articles}
    multi = [s for s in stories if len(s.sources) > 1]
    single = [s for s in stories if len(s.sources) == 1]
    lines = [f"{len(stories)} stories in {len(articles)} articles: {len(multi)} reported by several articles, "
             f"{len(single)} by one", ""]

    def row(src: str) -> str:
        a = by_source[src]
        meta = " · ".join(x for x in (a.outlet, a.date) if x)
        return f"  {src}" + (f"  [{meta}]" if meta else "") + (f"  {a.title}" if a.title else "")

    for s in multi:
        lines += [f"== {s.id} ({len(s.sources)} articles): {s.headline}"] + [row(src) for src in s.sources] + [""]
    if single:
        lines += ["== single-article stories"] + [f"{s.id} " + row(s.sources[0]).strip() for s in single]
    return lines
