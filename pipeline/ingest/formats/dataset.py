"""Datasets: JSON Lines (.jsonl, .ndjson) and CSV files with one article per record.

The text comes from the first of `text`, `content` or `body` that holds any; `title`, `date`, `url`, `id` and
`outlet` are read when present. Each record is an article of its own: listed apart by discovery, briefed
apart, and failing apart - a record that is not JSON, or has no text, is reported with its number
(`news.jsonl#17: ...`) and the others are still briefed. Decoding is record by record too: a record with a
byte that is not UTF-8 fails alone. A problem with the whole file (binary, a legacy encoding, a CSV without a
text column, no records at all) is the file's error, as for any other article file.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from pipeline.ingest.address import DATASET_SUFFIXES
from pipeline.ingest.article import ArticleError, PageMeta, RawArticle
from pipeline.ingest.decode import InvalidUTF8, decode_bytes
from pipeline.text.normalize import normalize

SUFFIXES = DATASET_SUFFIXES
TEXT_FIELDS = ("text", "content", "body")
META_FIELDS = ("title", "date", "url", "id", "outlet")
# A dataset holds many articles, so the one-article size limit is for each record; this one is for the file.
MAX_DATASET_BYTES = 1_000_000_000


@dataclass(frozen=True)
class Record:
    number: int  # the line (JSON Lines) or the row after the header (CSV), from 1
    fields: dict[str, str] | None  # the known fields found, as text; None for a record that cannot be read
    problem: str | None = None  # why the record cannot be briefed

    @property
    def key(self) -> str | None:
        return (self.fields or {}).get("id")


@dataclass(frozen=True)
class Dataset:
    encoding: str
    records: list[Record]


def _text_value(value) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        value = normalize(value).strip()
        return value or None
    return None


def _record(number: int, row: dict) -> Record:
    """One record's known fields, by name (case and surrounding spaces ignored, as spreadsheet headers vary)."""
    named = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    fields = {}
    for name in META_FIELDS:
        value = _text_value(named.get(name))
        if value is not None:
            fields[name] = value
    for name in TEXT_FIELDS:
        value = named.get(name)
        if isinstance(value, str) and normalize(value).strip():
            fields["text"] = normalize(value)
            break
    if "text" not in fields:
        present = [n for n in TEXT_FIELDS if n in named]
        why = (f"its {', '.join(f'`{n}`' for n in present)} field is empty or not text" if present
               else "it has no `text`, `content` or `body` field")
        return Record(number, fields, f"no article text: {why}")
    return Record(number, fields)


# Bytes that were not UTF-8, kept by the surrogateescape error handler as U+DC80-U+DCFF until their record is
# read: such a record fails alone.
_UNDECODED = re.compile("[\udc80-\udcff]")


def _undecoded(number: int, text: str) -> Record | None:
    m = _UNDECODED.search(text)
    if m is None:
        return None
    return Record(number, None, f"not valid UTF-8 (byte 0x{ord(m.group()) - 0xDC00:02x} at character "
                                f"{m.start() + 1} of the record); save the file as UTF-8")


def _jsonl(text: str) -> list[Record]:
    records = []
    # Only "\n" ends a record: U+2028 and the like are valid inside a JSON string.
    for number, line in enumerate(text.split("\n"), 1):
        line = line.strip()
        if not line:
            continue
        bad = _undecoded(number, line)
        if bad is not None:
            records.append(bad)
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            records.append(Record(number, None, f"not valid JSON ({exc})"))
            continue
        if not isinstance(row, dict):
            records.append(Record(number, None, f"not a JSON object but a JSON {type(row).__name__}"))
            continue
        records.append(_record(number, row))
    return records


def _csv(text: str) -> list[Record]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        raise ArticleError(f"not a readable CSV file ({exc})") from None
    names = {str(h).strip().lower() for h in header}
    if not names & set(TEXT_FIELDS):
        shown = ", ".join(str(h) for h in header[:8]) or "none"
        raise ArticleError(f"no `text`, `content` or `body` column in the CSV header (columns: {shown})")
    records = []
    number = 0
    limit = csv.field_size_limit()
    csv.field_size_limit(MAX_DATASET_BYTES)  # an article is longer than csv's 128 KB default for a field
    try:
        while True:
            number += 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                records.append(Record(number, None, f"not a readable CSV row ({exc})"))
                continue
            bad = _undecoded(number, "\x1f".join(str(v) for v in row.values() if v is not None))
            records.append(bad or _record(number, row))
    finally:
        csv.field_size_limit(limit)
    return records


def parse(name: str, data: bytes) -> Dataset:
    """Every record of a dataset file; ArticleError for a problem with the whole file."""
    if len(data) > MAX_DATASET_BYTES:
        raise ArticleError(f"dataset file is {len(data) / 1e6:.0f} MB, over the {MAX_DATASET_BYTES / 1e6:g} MB "
                           f"limit; split it")
    try:
        text, encoding = decode_bytes(data)
    except InvalidUTF8:
        # UTF-8 with a bad byte somewhere (neither binary nor a legacy encoding: decode_bytes ruled those out):
        # the records without one are still articles.
        text, encoding = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "surrogateescape"), "utf-8"
    text = text.replace("\r\n", "\n").replace("\r", "\n") if PurePosixPath(name).suffix.lower() != ".csv" else text
    records = _csv(text) if PurePosixPath(name).suffix.lower() == ".csv" else _jsonl(text)
    if not records:
        raise ArticleError("empty dataset: no records")
    return Dataset(encoding, records)


def article(dataset: Dataset, source: str, number: int, max_bytes: int | None) -> RawArticle:
    """The record `number` of a parsed dataset as an article; ArticleError says why it cannot be one."""
    record = next((r for r in dataset.records if r.number == number), None)
    if record is None:
        raise ArticleError(f"no record {number} in the dataset (it changed since the run started?)")
    if record.problem:
        raise ArticleError(record.problem)
    fields = record.fields
    size = len(fields["text"].encode("utf-8"))
    if max_bytes is not None and size > max_bytes:
        raise ArticleError(f"record text is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit for one "
                           f"article; raise --max-file-mb")
    meta = PageMeta(title=fields.get("title"), date=fields.get("date"), outlet=fields.get("outlet"),
                    url=fields.get("url"))
    return RawArticle(source=source, text=fields["text"], encoding=dataset.encoding, meta=meta,
                      format=PurePosixPath(source.split("#")[0]).suffix.lstrip(".").lower())
