"""Resume and skip: a rerun redoes only the articles whose brief is missing or was made differently.

Each brief's JSON carries a `fingerprint`: a hash of the article's normalized text (and the encoding it was
read from), the source path, both models' names, revisions and kinds, every decoding setting, any other run
option that can change a brief, and the vietbrief version. A rerun skips an article when its `.json` exists,
reads as a brief (brief/schema.py `from_json`, any schema version up to the current one) and its fingerprint is
the one this run would write. Every other file of a brief is written before the `.json`, so a JSON with the
current fingerprint has them beside it; a format asked for later is made from the JSON (run/outputs.py).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, fields, is_dataclass
from pathlib import Path

from pipeline import __version__
from pipeline.brief.digest import read_index
from pipeline.brief.schema import Brief, SchemaError, read_text
from pipeline.ingest.article import RawArticle
from pipeline.translation.decoding import FINGERPRINT, Settings

# RunOptions fields that cannot change a brief (where things are, how fast, what to redo), or that are
# already covered by the models' info and decoding().
_NOT_IN_FINGERPRINT = {"input_dir", "out_dir", "threads", "force", "max_file_mb", "translator", "summarizer",
                       "device", "engine", "translate", "summarize", "formats",
                       # How many articles share translation batches: a sentence translates the same in any
                       # (run/grouped.py).
                       "articles_together",
                       # Where an LLM server is and how hard it is pushed: the same model elsewhere (the server
                       # restarted on another port) makes the same briefs; its decoding record says what does.
                       "api_base", "api_concurrency", "api_patience",
                       # Whether links out of the input folder are read: what is read is fingerprinted itself.
                       "follow_links"}


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def option_value(value):
    """A JSON-able picture of one option; a path to a file (a glossary, say) stands for its content."""
    if isinstance(value, Path):
        try:
            return {"path": str(value), "sha256": _file_digest(value)} if value.is_file() else str(value)
        except OSError:
            return str(value)
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, (list, tuple)):
        return [option_value(v) for v in value]
    return value


def _fingerprinted(decoding):
    """The decoding settings a fingerprint covers: for a typed record (translation/decoding.py), the fields
    declared to; a plain dict (the summarizers') whole."""
    return decoding.covering(FINGERPRINT) if isinstance(decoding, Settings) else decoding


def settings_digest(translator, summarizer, opts) -> str:
    """Everything about this run that shapes every brief; computed once per run."""
    other = {f.name: option_value(getattr(opts, f.name)) for f in fields(opts) if f.name not in _NOT_IN_FINGERPRINT}
    payload = {
        "vietbrief": __version__,
        "models": {"translator": asdict(translator.info), "summarizer": asdict(summarizer.info)},
        "decoding": {"translator": _fingerprinted(translator.decoding()),
                     "summarizer": _fingerprinted(summarizer.decoding())},
        "options": other,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def article_fingerprint(settings: str, raw: RawArticle) -> str:
    h = hashlib.sha256()
    for part in (settings, raw.source, raw.encoding, raw.text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    if raw.meta is not None:  # a page's or a record's title, date and captions shape its brief too
        h.update(json.dumps(asdict(raw.meta), sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]


def current_brief(json_text: str, fingerprint: str) -> Brief | None:
    """The brief in `json_text` when it was made with `fingerprint` and has English for every sentence, else
    None. A brief with sentences left untranslated (an LLM server that answered nothing usable) is redone: the
    cache never holds those sentences, so only they are asked for again."""
    try:
        brief = read_text(json_text)
    except SchemaError:
        return None  # half-written by something else, not a brief, or from a newer vietbrief: redo it
    if brief.stats.untranslated:
        return None
    return brief if brief.fingerprint == fingerprint else None


INDEX_FILE = "index.jsonl"
BRIEFS_LOOKED_AT = 20  # enough to find one brief by the same translator; a large folder is not read through


def _brief_jsons(briefs) -> list[str]:
    """The briefs' JSON files in an output folder: from its index, or, without one, found on disk (a local
    folder only: `briefs.root`)."""
    try:
        outcomes = read_index(briefs.read_text(INDEX_FILE) or "")
    except SchemaError:
        outcomes = []
    names = [str(Path(o.brief).with_suffix(".json").as_posix()) for o in outcomes if o.brief]
    root = getattr(briefs, "root", None)
    if not names and isinstance(root, Path) and root.is_dir():
        names = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.json")
                       if not any(part.startswith(".") for part in p.relative_to(root).parts))
    return names[:BRIEFS_LOOKED_AT]


def recorded_engine(briefs, translator: str) -> str | None:
    """The engine (\"transformers\", \"ctranslate2\") that translated the briefs already in an output folder
    (storage.LocalBriefs/UrlBriefs) with the translator `translator`, as their JSON records it; None when no
    brief there was made by that translator.

    The two engines translate a sentence differently (int8 against float32), so the resume fingerprint and the
    sentence cache of a folder hold for one of them only: an `auto` run keeps the engine a folder was made with."""
    for name in _brief_jsons(briefs):
        try:
            brief = read_text(briefs.read_text(name) or "")
        except SchemaError:
            continue
        made_by = brief.models.get("translator")
        if made_by is not None and made_by.name == translator:
            engine = (brief.decoding.get("translator") or {}).get("engine")
            if engine:
                return engine
    return None


@dataclass
class RunSummary:
    total: int = 0  # articles found
    ok: int = 0  # briefed in this run
    skipped: int = 0  # already up to date
    failed: int = 0
    translated: int = 0  # sentences sent to the model
    cached: int = 0  # sentences served from the cache
    # Of `translated` and `cached`, a glossary layer's lookups (cache.glossary_lookups); None: not counted apart.
    lookups_translated: int | None = None
    lookups_cached: int | None = None
    seconds: float = 0.0
    interrupted: int | None = None  # the signal that stopped the run
    stopped: str | None = None  # why the run could not go on (output disk full)
    remedy: str = "free some space and rerun the same command to resume"  # what to do about `stopped`

    @property
    def done(self) -> int:
        return self.ok + self.skipped + self.failed


class BatchResult(list):
    """The outcomes, as the list run_batch always returned, with the run's summary attached."""

    def __init__(self, outcomes=(), summary: RunSummary | None = None):
        super().__init__(outcomes)
        self.summary = summary or RunSummary()
