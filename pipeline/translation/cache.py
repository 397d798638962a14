"""Sentence-level translation cache: a sentence already translated with the same model and settings is not
translated again.

`CachedTranslator` wraps a translator (composition, like argos-translate's `CachedTranslation`) and is one
itself (base.SentenceTranslator). Repeated boilerplate,
an edited article and an article interrupted half-way all cost only the sentences not seen before.

The store is SQLite in the output folder (`.vietbrief/cache.sqlite`): WAL journal, one transaction per
generate() batch, so a `kill -9` at any moment loses at most the batch in flight and never corrupts the file.
A cached entry holds everything a translation reports (text, token counts, pieces, retried, looping, the model's
score; an entry stored before a field existed reads with its default), so a brief is byte-identical whether its
sentences came from the cache or from the model.

The key is a hash of the vietbrief version, the model's name, revision and kind, every decoding setting that
can change the output (the fields of the wrapped translator's decoding record declared so: decoding.py), and
the sentence.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from pipeline import __version__
from pipeline.stops import OutputFull, StopFlag, is_full
from pipeline.models.info import ModelInfo
from pipeline.translation.base import OnBatch, Progress, SentenceTranslator, Translation
from pipeline.translation.decoding import CACHE_KEY, Settings

log = logging.getLogger("vietbrief")

SCHEMA = 1
_RESULT_FIELDS = [f.name for f in fields(Translation) if f.name != "source"]


class SentenceCache:
    """(key -> translation) in SQLite. Errors other than a full disk disable it with a warning: a cache must
    never be the reason a batch fails."""

    def __init__(self, path: Path):
        self.path = path
        self.db: sqlite3.Connection | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._open()
        except sqlite3.DatabaseError as exc:  # not a database, or malformed: keep it aside, start afresh
            if is_full(exc):
                raise OutputFull(f"cannot open the translation cache {path}: {exc}") from None
            self.close()
            aside = path.with_name(f"{path.name}.broken-{int(time.time())}")
            for suffix in ("", "-wal", "-shm"):
                p = Path(f"{path}{suffix}")
                if p.exists():
                    p.replace(Path(f"{aside}{suffix}"))
            log.warning("translation cache %s was unreadable (%s); moved it to %s and started a new one",
                        path, exc, aside.name)
            self._open()

    def _open(self) -> None:
        # check_same_thread off: a Ray actor opens it in its constructor's thread and uses it in another, one
        # call at a time (its calls never overlap); a local run has one thread anyway.
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable against process kills, never corrupt
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, model TEXT NOT NULL, "
                        "result TEXT NOT NULL, created REAL NOT NULL) WITHOUT ROWID")
        row = self.db.execute("SELECT v FROM meta WHERE k = 'schema'").fetchone()
        if row is None:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
        elif row[0] != str(SCHEMA):  # written by another vietbrief: its entries may not fit ours
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("DELETE FROM translations")
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
            self.db.execute("COMMIT")
        self.db.execute("SELECT key FROM translations LIMIT 1").fetchall()

    def _disable(self, exc: Exception, doing: str) -> None:
        log.warning("translation cache disabled for this run: %s failed: %s", doing, exc)
        self.close()

    def get_many(self, keys: list[str]) -> dict[str, dict]:
        found: dict[str, dict] = {}
        if self.db is None:
            return found
        unique = list(dict.fromkeys(keys))
        try:
            for k in range(0, len(unique), 500):
                part = unique[k:k + 500]
                rows = self.db.execute(f"SELECT key, result FROM translations WHERE key IN "
                                       f"({','.join('?' * len(part))})", part).fetchall()
                for key, result in rows:
                    try:
                        found[key] = json.loads(result)
                    except ValueError:
                        pass  # an entry that does not parse is a miss
        except sqlite3.DatabaseError as exc:
            self._disable(exc, "reading")
        return found

    def put_many(self, rows: list[tuple[str, str, dict]]) -> None:
        """(key, model, result) rows in one transaction, committed before returning."""
        if self.db is None or not rows:
            return
        now = time.time()
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?)",
                                [(k, m, json.dumps(r, ensure_ascii=False), now) for k, m, r in rows])
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            try:
                self.db.execute("ROLLBACK")
            except sqlite3.DatabaseError:
                pass
            if is_full(exc):
                raise OutputFull(f"cannot save translations to {self.path}: {exc}") from None
            self._disable(exc, "writing")

    def close(self) -> None:
        if self.db is not None:
            try:
                self.db.close()
            except sqlite3.DatabaseError:
                pass
            self.db = None


def _digest(payload) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


# Set while a glossary layer translates on its own account (glossary_lookups): its calls are counted apart.
_LOOKUP: ContextVar[bool] = ContextVar("vietbrief_glossary_lookup", default=False)


@contextmanager
def glossary_lookups():
    """The translate() calls made inside are a glossary layer's lookups - terms translated alone, sentences
    translated again without placeholders - not sentences of an article: the run counts them apart, so that
    its counts say what they count."""
    token = _LOOKUP.set(True)
    try:
        yield
    finally:
        _LOOKUP.reset(token)


@dataclass
class CacheCounters:
    """Sentences of a run so far: sent to the model, and served from the cache (or repeated within one call).
    The stack builder makes it and hands it to the cache layer and to whoever reports the run. `translated`
    and `cached` count every call; `lookups_*` the part of them that were glossary lookups."""
    translated: int = 0
    cached: int = 0
    lookups_translated: int = 0
    lookups_cached: int = 0

    def add(self, translated: int = 0, cached: int = 0, lookup: bool = False) -> None:
        self.translated += translated
        self.cached += cached
        if lookup:
            self.lookups_translated += translated
            self.lookups_cached += cached


class CachedTranslator:
    """A translator whose finished sentences are kept in (and served from) a SentenceCache.

    `read=False` (--force) translates everything again and refreshes the stored entries. `stop` is checked
    after each batch has been committed: that is where an interrupted run stops. `counters` is added to as
    sentences are translated or served.

    `translate_ahead` translates in one call what several later translate() calls will ask for (a run's group
    of articles, run/grouped.py), so that generate() batches span them; those calls are then served from it,
    each sentence counted as translated by the first call that uses it and as a later call would count it
    had it been translated alone, so the counts are those of one-by-one translation without correction.
    """

    def __init__(self, underlying: SentenceTranslator, cache: SentenceCache | None, stop: StopFlag | None = None,
                 read: bool = True, counters: CacheCounters | None = None):
        self.underlying = underlying
        self.cache = cache
        self.stop = stop
        self.read = read
        self.counters = counters if counters is not None else CacheCounters()
        self.ahead: dict[str, dict] = {}  # sentence key -> result, translated by translate_ahead
        self.claimed: set[str] = set()  # keys of `ahead` a translate() call has used (and counted)

    @property
    def info(self) -> ModelInfo:
        return self.underlying.info

    def decoding(self) -> Settings:
        return self.underlying.decoding()  # the cache changes no translation

    def count_tokens(self, text: str) -> int:
        return self.underlying.count_tokens(text)

    # --- caching ---------------------------------------------------------------------------------------
    def model_key(self) -> str:
        settings = self.underlying.decoding().covering(CACHE_KEY)
        return _digest({"vietbrief": __version__, "schema": SCHEMA, "model": asdict(self.underlying.info),
                        "decoding": settings})

    @staticmethod
    def sentence_key(model_key: str, sentence: str) -> str:
        return hashlib.sha256(f"{model_key}\0{sentence}".encode()).hexdigest()

    def missing(self, sentences: list[str]) -> list[str]:
        """The distinct sentences translate() would send to the model (none blank, none in the cache, none
        translated ahead)."""
        model = self.model_key()
        unique = [s for s in dict.fromkeys(sentences) if s.strip() and self.sentence_key(model, s) not in self.ahead]
        if self.cache is None or not self.read:
            return unique
        keys = [self.sentence_key(model, s) for s in unique]
        stored = self.cache.get_many(keys)
        return [s for s, k in zip(unique, keys) if k not in stored]

    def served(self, sentences: list[str]) -> list[Translation | None]:
        """What translate() would serve each of `sentences` without asking the model - translated ahead, or
        stored in the cache (when it reads one) - else None. Counts nothing: no article has used them yet."""
        model = self.model_key()
        keys = [self.sentence_key(model, s) for s in sentences]
        stored = self.cache.get_many([k for k in keys if k not in self.ahead]) \
            if self.cache is not None and self.read else {}
        out: list[Translation | None] = []
        for s, key in zip(sentences, keys):
            result = self.ahead.get(key) or stored.get(key)
            try:
                out.append(Translation(s, **{f: result[f] for f in _RESULT_FIELDS if f in result})
                           if result is not None and s.strip() else None)
            except (KeyError, TypeError):  # an entry from an older layout: translate() translates it again
                out.append(None)
        return out

    def translate_ahead(self, sentences: list[str], progress: Progress | None = None) -> int:
        """Translate the `missing` ones of `sentences` now, in one call (token-budget batches across all of
        them), for later translate() calls to serve. Each generate() batch is stored as it is done and a
        requested stop happens after it, as in translate(). Returns how many went to the model; they are
        counted when a translate() call uses them."""
        todo = self.missing(sentences)
        if not todo:
            return 0
        model = self.model_key()
        keys = [self.sentence_key(model, s) for s in todo]

        def keep(done: list[tuple[int, Translation]]) -> None:
            rows = []
            for u, t in done:
                result = {f: getattr(t, f) for f in _RESULT_FIELDS}
                self.ahead[keys[u]] = result
                rows.append((keys[u], model[:16], result))
            if self.cache is not None:
                self.cache.put_many(rows)
            if progress:
                progress(len(done))
            if self.stop is not None:
                self.stop.check()

        out = self.underlying.translate(todo, on_batch=keep)
        late = [(u, t) for u, t in enumerate(out) if keys[u] not in self.ahead]  # see translate()
        if late:
            keep(late)
        return len(todo)

    def clear_ahead(self) -> None:
        self.ahead.clear()
        self.claimed.clear()

    def translate(self, sentences: list[str], progress: Progress | None = None,
                  on_batch: OnBatch | None = None) -> list[Translation]:
        lookup = _LOOKUP.get()  # now: a translator may report its batches from threads of its own
        model = self.model_key()
        keys = [self.sentence_key(model, s) for s in sentences]
        results: list[Translation | None] = [None] * len(sentences)
        for i, s in enumerate(sentences):
            if not s.strip():
                results[i] = Translation(s, "", 0, 0, pieces=0)  # what the translator gives a blank sentence
        # Translated ahead for this call: the first call to use one counts it as translated; a later one as
        # it would count a sentence translated before it (from the cache when it reads one, else translated).
        fresh, seen = 0, set()
        for i, key in enumerate(keys):
            if results[i] is None and key in self.ahead:
                results[i] = Translation(sentences[i], **self.ahead[key])
                if key not in seen and (key not in self.claimed or self.cache is None or not self.read):
                    fresh += 1
                seen.add(key)
                self.claimed.add(key)
        stored = self.cache.get_many([k for k, r in zip(keys, results) if r is None]) \
            if self.cache is not None and self.read else {}
        for i, key in enumerate(keys):
            if results[i] is None and key in stored:
                try:
                    # A field added since the entry was stored takes its default (a missing required one
                    # is a TypeError: translate again).
                    results[i] = Translation(sentences[i], **{f: stored[key][f] for f in _RESULT_FIELDS
                                                              if f in stored[key]})
                except (KeyError, TypeError):
                    pass  # an entry from an older layout: translate again

        # Each distinct missing sentence once; repeats within the call are served from the first.
        todo: dict[str, list[int]] = {}
        for i, r in enumerate(results):
            if r is None:
                todo.setdefault(sentences[i], []).append(i)
        unique = list(todo)
        missing = sum(len(v) for v in todo.values())
        blank = sum(1 for s in sentences if not s.strip())
        self.counters.add(fresh, (len(sentences) - blank - missing - fresh) + (missing - len(unique)), lookup)
        if progress and missing < len(sentences):
            progress(len(sentences) - missing)
        if on_batch:
            served = [(i, r) for i, r in enumerate(results) if r is not None and sentences[i].strip()]
            if served:
                on_batch(served)

        def keep(done: list[tuple[int, Translation]]) -> None:
            rows = []
            for u, t in done:
                result = {f: getattr(t, f) for f in _RESULT_FIELDS}
                for i in todo[unique[u]]:
                    results[i] = Translation(sentences[i], **result)
                rows.append((keys[todo[unique[u]][0]], model[:16], result))
            self.counters.add(len(done), lookup=lookup)
            if self.cache is not None:
                self.cache.put_many(rows)
            if progress:
                progress(sum(len(todo[unique[u]]) for u, _ in done))
            if on_batch:
                on_batch([(i, results[i]) for u, _ in done for i in todo[unique[u]]])
            if self.stop is not None:
                self.stop.check()  # the batch is safe on disk: a requested stop happens here

        if unique:
            out = self.underlying.translate(unique, on_batch=keep)
            # The interface has every sentence reported before translate() returns; one that was not (a
            # translator breaking it) is still kept rather than lost.
            late = [(u, t) for u, t in enumerate(out) if results[todo[unique[u]][0]] is None]
            if late:
                keep(late)
        return results  # type: ignore[return-value]
