"""A batch's stories at the end of a run: every brief of the output folder grouped by event, skipped ones too (so
a rerun after adding articles regroups all of them and translates nothing again), each `ok` outcome given its
story, and each story of several articles summarized by the run's summarizer (brief/stories.py).

Local and Ray runs both do it here, in the process that writes the index: a Ray driver, which holds no model,
loads the run's summarizer for it only when a story of several articles needs a summary.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import PurePosixPath
from typing import Callable

from pipeline.brief.digest import OK, Outcome
from pipeline.brief.schema import Brief, SchemaError, decode, encode, read_text
from pipeline.brief.stories import StoryDigest, digest_story, group_briefs
from pipeline.state import STORIES_FILE
from pipeline.stories import story_of

log = logging.getLogger("vietbrief")


def read_brief(folder, outcome: Outcome) -> Brief | None:
    """The brief an `ok` outcome points to, from its JSON; None when it is missing or unreadable."""
    if not outcome.brief:
        return None
    text = folder.read_text(PurePosixPath(outcome.brief).with_suffix(".json"))
    try:
        return read_text(text) if text else None
    except (SchemaError, ValueError):
        return None


def attach_stories(outcomes: list[Outcome], folder, summarizer: Callable[[], object] | object | None
                   ) -> list[StoryDigest]:
    """Set `story` on every `ok` outcome whose brief can be read and return the digests of the stories of
    several articles. `summarizer`: the run's summarizer, or a function that loads it (called only when a story
    of several articles exists). A failure here costs the stories, never the briefs or the index."""
    try:
        ok = [(o, read_brief(folder, o)) for o in outcomes if o.status == OK]
        briefs = [b for _, b in ok if b is not None]
        if not briefs:
            return []
        stories = group_briefs(briefs)
        ids = story_of(stories)
        for o, b in ok:
            o.story = ids.get(b.source) if b is not None else None
        several = [s for s in stories if len(s.sources) > 1]
        if not several:
            return []
        by_source = {b.source: b for b in briefs}
        made = _recall(folder)
        keys = [_key(s, by_source) for s in several]
        model = summarizer
        if callable(summarizer) and not hasattr(summarizer, "summarize") and any(k not in made for k in keys):
            try:
                model = summarizer()
            except Exception as exc:  # noqa: BLE001 - the stories are still listed, without a summary
                log.warning("stories: no story summaries, the summarizer did not load (%s)", exc)
                model = None
        digests = [made[k] if k in made else digest_story(s, by_source, model) for s, k in zip(several, keys)]
        _remember(folder, dict(zip(keys, digests)))
        return digests
    except Exception as exc:  # noqa: BLE001 - the stories are an extra: the index is written without them
        log.warning("stories: not grouped (%s: %s)", type(exc).__name__, exc)
        return []


# --- story digests kept between runs --------------------------------------------------------------------------
# A story's digest follows from its articles' briefs, and each brief's fingerprint says what it was made from
# (article, models, settings - the summarizer's too): a rerun whose stories hold the same briefs takes their
# digests as the last run made them, and loads no summarizer (a rerun with nothing to do loads no model).
def _key(story, by_source: dict[str, Brief]) -> str:
    made_of = [story.id, [(source, by_source[source].fingerprint) for source in story.sources]]
    return hashlib.sha256(json.dumps(made_of, ensure_ascii=False).encode()).hexdigest()


def _recall(folder) -> dict[str, StoryDigest]:
    try:
        kept = json.loads(folder.kept(STORIES_FILE) or "{}")
        return {key: decode(StoryDigest, value) for key, value in kept.items()}
    except (ValueError, SchemaError, AttributeError, TypeError):  # unreadable: the digests are made again
        return {}


def _remember(folder, digests: dict[str, StoryDigest]) -> None:
    try:
        folder.keep(STORIES_FILE, json.dumps({key: encode(d) for key, d in digests.items()}, ensure_ascii=False))
    except OSError as exc:  # a memo must never fail a run: the next one makes the digests again
        log.debug("cannot keep the story digests: %s", exc)
