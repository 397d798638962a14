"""The brief: the bilingual record of one article, and its JSON (`<name>.json`), defined once.

`to_json` and `from_json` are the only writer and the only reader of a brief's JSON: resume, the run's stages,
storage, evaluation and the digest all go through them. Both walk the dataclasses below field by field, so the
JSON has the fields' names, in their order, with these exceptions declared on the fields themselves:

* `schema_version` is written first and is always `SCHEMA_VERSION` (a brief read from an older version is
  upgraded as it is read, so it is written back in the current form);
* `title_vi` and `title_en` are written as one object, ``"title": {"vi": ..., "en": ...}`` (`nested=`), with
  the title's `score` and `checks` in it when there are;
* `removed` is written as two parallel lists, ``"removed"`` (the lines) and ``"removed_reasons"``
  (`columns=`), as vietbrief 0.1 wrote it;
* a field declared with `omitted_at_default()` is left out while it holds its default, for fields only some
  briefs use: the other briefs are written as before the field existed.

Versions: 1 is vietbrief 0.1, whose briefs carry no `schema_version`; 2 added `schema_version` and nothing
else. `from_json` refuses a version newer than `SCHEMA_VERSION` with a clear error, never a guess.

How to change the schema:

* Add a field: declare it WITH A DEFAULT (`= None`, `= field(default_factory=list)`) on the dataclass it belongs
  to - that one line is all. Its name is its JSON key; it is written after the fields declared before it;
  briefs written before it existed read with the default; older vietbriefs ignore the key. No version bump.
  A field may be a nested dataclass, a list or a dict of them, or a plain JSON value (str, int, float, bool,
  None); `encode` and `decode` follow the annotation. Add `metadata=omitted_at_default()` when most briefs
  will hold the default, so that their JSON stays as it was.
* Rename a field, change its meaning or shape, or drop one: bump `SCHEMA_VERSION` and add to `_UPGRADES` a
  function that turns a JSON object of the previous version into the new form, so old briefs keep reading.
"""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Callable

from pipeline import __version__
from pipeline.checks.base import Check
from pipeline.checks.evidence import Evidence
from pipeline.ingest.article import RemovedLine
from pipeline.models.info import ModelInfo

SCHEMA_VERSION = 2
LEGACY_VERSION = 1  # what a brief without `schema_version` (vietbrief 0.1) is read as


class SchemaError(ValueError):
    """JSON that is not a brief (or an index line, brief/digest.py) this vietbrief can read; the message says
    where and why."""


def nested(key: str, sub: str) -> dict:
    """Field metadata: the field is written as `sub` inside the JSON object `key`."""
    return {"nested": (key, sub)}


def omitted_at_default() -> dict:
    """Field metadata: the field is left out of the JSON while it holds its default - for a field that only some
    briefs use (an LLM translator's per-sentence mode), so that the others are written as before it existed."""
    return {"omit_default": True}


def columns(**keys: str) -> dict:
    """Field metadata for a list of dataclasses written as parallel lists: JSON key -> the dataclass field each
    list holds."""
    return {"columns": keys}


# --- the brief -------------------------------------------------------------------------------------------------
@dataclass
class SentencePair:
    vi: str
    en: str
    # LLM translators (translation/llm): how it was translated - paragraph, retry, sentence, or untranslated
    # (en is then empty and the brief warns). None (not written) for the NMT engines, which go sentence by sentence.
    mode: str | None = field(default=None, kw_only=True, metadata=omitted_at_default())
    # Fact checks of the English against the Vietnamese (pipeline/checks): [] when nothing is flagged; None (not
    # written) when the run's checks were off.
    checks: list[Check] | None = field(default=None, kw_only=True, metadata=omitted_at_default())
    # The translation model's own score: mean natural-log probability of the tokens it chose (defined in
    # translation/scores.py; the brief's decoding.translator.score says it in words). None (not written) when the
    # engine gave none: an LLM server without logprobs, a sentence cached before scores existed, no English.
    score: float | None = field(default=None, kw_only=True, metadata=omitted_at_default())


@dataclass
class ParagraphPair:
    vi: str
    en: str
    sentences: list[SentencePair]


@dataclass
class CaptionPair:
    """A photo or video caption the cleaner took out of the article (ingest/article.py Caption), with its English
    when the run translated captions (run --captions translate)."""
    text: str
    credit: str | None = None
    en: str | None = None
    # The model's own score of `en` (as SentencePair.score); None (not written) when untranslated or unscored.
    score: float | None = field(default=None, kw_only=True, metadata=omitted_at_default())


@dataclass
class GlossaryTerm:
    """One glossary entry found in the source (glossary/report.py `report`)."""
    vi: str
    en: str  # the English the entry asks for
    count: int  # occurrences of `vi` in the source
    found: int  # of those, how many have `en` in their translation
    enforced: bool  # found == count: the English is everywhere it should be
    method: str  # how it was enforced, methods joined by "+" ("replace", "constrained+replace", ...)
    # "inferred": not a glossary entry but a Chinese name's pinyin inferred from its Sino-Vietnamese reading
    # (pipeline/names; the sentence carries a `name` flag with the Hanzi and the other candidates). Written only then.
    origin: str | None = field(default=None, kw_only=True, metadata=omitted_at_default())


@dataclass
class Stats:
    sentences: int = 0  # sent to the translator, title included
    source_tokens: int = 0
    target_tokens: int = 0
    split_at_clauses: int = 0  # sentences too long for the model, translated in pieces
    retried: int = 0  # translations retried with stricter settings because they repeated themselves
    still_looping: int = 0  # of those, still repeating after the retry
    # Sentences left without English (each named in a warning; never filled with the source). Written when > 0.
    untranslated: int = field(default=0, metadata=omitted_at_default())


@dataclass(kw_only=True)
class Brief:
    schema_version: int = SCHEMA_VERSION  # the version it was read as (from_json); always written as the current
    source: str
    title_vi: str | None = field(metadata=nested("title", "vi"))
    title_en: str | None = field(metadata=nested("title", "en"))
    # The model's own score of `title_en` (as SentencePair.score; a title of several sentences: their scores
    # weighted by their English tokens). None (not written) when there is no title or no score.
    title_score: float | None = field(default=None, metadata=nested("title", "score") | omitted_at_default())
    # Fact checks of `title_en` against `title_vi` (as SentencePair.checks; a title of several sentences: theirs
    # together): [] when nothing is flagged; None (not written) when the run's checks were off or there is no title.
    title_checks: list[Check] | None = field(default=None, metadata=nested("title", "checks") | omitted_at_default())
    # An English headline made from the content when the article has no title of its own (brief/headline.py):
    # never the outlet's, always shown labelled as generated. Written only when there is one.
    title_generated: str | None = field(default=None, metadata=omitted_at_default())
    date: str | None
    outlet: str | None
    author: str | None
    summary_en: str
    summary_method: str  # "abstractive", "abstractive map-reduce (N chunks)", "extractive (lead)"
    # Per summary sentence, the article sentences that support it (pipeline/checks/evidence.py); None (not
    # written) when the run's checks were off.
    evidence: list[Evidence] | None = field(default=None, metadata=omitted_at_default())
    paragraphs: list[ParagraphPair]
    removed: list[RemovedLine] = field(metadata=columns(removed="text", removed_reasons="reason"))
    captions: list[CaptionPair] = field(default_factory=list, metadata=omitted_at_default())  # also in `removed`
    models: dict[str, ModelInfo]  # role ("translator", "summarizer") -> model
    # role -> its decoding settings, as the translator's and summarizer's decoding() give them (any mapping;
    # written as a JSON object in its own order).
    decoding: dict[str, dict]
    timings: dict[str, float]  # stage -> seconds, and "total"
    warnings: list[str]
    stats: Stats = field(default_factory=Stats)
    glossary: list[GlossaryTerm] = field(default_factory=list)  # per entry found in the source
    vietbrief: str = __version__  # the release that wrote it
    fingerprint: str | None = None  # what the brief was made from (text, models, settings); see run/resume.py


# --- JSON ------------------------------------------------------------------------------------------------------
def to_json(brief: Brief) -> dict:
    """The brief as the JSON object written to `<name>.json`."""
    out = encode(brief)
    out["schema_version"] = SCHEMA_VERSION
    return out


def json_text(brief: Brief) -> str:
    return json.dumps(to_json(brief), ensure_ascii=False, indent=2) + "\n"


def from_json(obj: Any) -> Brief:
    """The brief in a JSON object of any version up to SCHEMA_VERSION; raises SchemaError otherwise."""
    if not isinstance(obj, dict):
        raise SchemaError(f"a brief is a JSON object, not {_kind(obj)}")
    version = obj.get("schema_version", LEGACY_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < LEGACY_VERSION:
        raise SchemaError(f"schema_version: expected a whole number from {LEGACY_VERSION}, found {version!r}")
    if version > SCHEMA_VERSION:
        raise SchemaError(f"the brief has schema version {version}, newer than this vietbrief ({__version__}) "
                         f"reads (up to {SCHEMA_VERSION}); read it with a newer vietbrief")
    for v in range(version, SCHEMA_VERSION):
        obj = _UPGRADES[v](obj)
    brief = decode(Brief, obj)
    brief.schema_version = version
    return brief


def read_text(text: str) -> Brief:
    """The brief in a `<name>.json` file's text; raises SchemaError when it is not one."""
    try:
        obj = json.loads(text)
    except ValueError as exc:
        raise SchemaError(f"not valid JSON ({exc})") from None
    return from_json(obj)


# Version n -> a function turning a JSON brief of version n into version n + 1.
_UPGRADES: dict[int, Callable[[dict], dict]] = {
    1: lambda obj: obj,  # 2 only added `schema_version`, which is not read as a field
}


# --- the generic part: dataclasses <-> JSON values -------------------------------------------------------------
def encode(value: Any) -> Any:
    """A dataclass (and what it holds) as JSON values, fields in declared order, shaped by their metadata."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if "nested" in f.metadata:
                key, sub = f.metadata["nested"]
                if not (f.metadata.get("omit_default") and item == _default(f)):
                    out.setdefault(key, {})[sub] = encode(item)
            elif "columns" in f.metadata:
                for key, attr in f.metadata["columns"].items():
                    out[key] = [encode(getattr(x, attr)) for x in item]
            elif not (f.metadata.get("omit_default") and item == _default(f)):
                out[f.name] = encode(item)
        return out
    if isinstance(value, Mapping):
        return {k: encode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    return value


def _default(f: dataclasses.Field) -> Any:
    return f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default


def decode(cls: type, obj: Any, where: str = "") -> Any:
    """An instance of dataclass `cls` from the JSON object `obj`, checked against the annotations; a field
    missing from `obj` takes its default (SchemaError when it has none). Keys `cls` does not declare are left."""
    if not isinstance(obj, dict):
        raise SchemaError(f"{where or 'the brief'}: expected a JSON object, found {_kind(obj)}")
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        here = f"{where}.{f.name}" if where else f.name
        if "nested" in f.metadata:
            key, sub = f.metadata["nested"]
            outer = obj.get(key, {})
            if not isinstance(outer, dict):
                raise SchemaError(f"{where + '.' if where else ''}{key}: expected a JSON object, found {_kind(outer)}")
            present, raw = sub in outer, outer.get(sub)
            here = f"{where + '.' if where else ''}{key}.{sub}"
        elif "columns" in f.metadata:
            present, raw = _zip_columns(obj, f.metadata["columns"], where)
        else:
            present, raw = f.name in obj, obj.get(f.name)
        if not present:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise SchemaError(f"{here}: missing")
            continue
        if f.init:
            values[f.name] = _value(hints[f.name], raw, here)
    return cls(**values)


def _zip_columns(obj: dict, keys: dict[str, str], where: str) -> tuple[bool, list | None]:
    present = [k for k in keys if k in obj]
    if not present:
        return False, None
    lists = []
    for key in keys:
        column = obj.get(key)
        if not isinstance(column, list):
            raise SchemaError(f"{where + '.' if where else ''}{key}: expected a list, found {_kind(column)}")
        lists.append(column)
    if len({len(c) for c in lists}) > 1:
        raise SchemaError(f"{', '.join(keys)}: lists of different lengths ({', '.join(str(len(c)) for c in lists)})")
    return True, [dict(zip(keys.values(), row)) for row in zip(*lists)]


def _value(tp: Any, raw: Any, where: str) -> Any:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if raw is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        if len(inner) == 1:
            return _value(inner[0], raw, where)
        raise TypeError(f"{where}: unions other than X | None are not supported")  # a schema bug, not a file's
    if dataclasses.is_dataclass(tp):
        return decode(tp, raw, where)
    if origin is list:
        if not isinstance(raw, list):
            raise SchemaError(f"{where}: expected a list, found {_kind(raw)}")
        return [_value(args[0], x, f"{where}[{i}]") for i, x in enumerate(raw)] if args else raw
    if origin is dict or tp is dict:
        if not isinstance(raw, dict):
            raise SchemaError(f"{where}: expected a JSON object, found {_kind(raw)}")
        return {k: _value(args[1], v, f"{where}.{k}") for k, v in raw.items()} if args else raw
    if tp is Any:
        return raw
    if tp is float:
        if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw):
            raise SchemaError(f"{where}: expected a number, found {_kind(raw)}")
        return raw  # an int stays an int, so that the brief is written back as it was read
    if tp in (str, int, bool):
        if not isinstance(raw, tp) or (tp is int and isinstance(raw, bool)):
            raise SchemaError(f"{where}: expected {_NAMES[tp]}, found {_kind(raw)}")
        return raw
    raise TypeError(f"{where}: field type {tp!r} is not supported by the brief schema")


_NAMES = {str: "a string", int: "a whole number", bool: "true or false"}


def _kind(raw: Any) -> str:
    if raw is None:
        return "null"
    return {bool: "true/false", int: "a number", float: "a number", str: "a string", list: "a list",
            dict: "a JSON object"}.get(type(raw), type(raw).__name__)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)
