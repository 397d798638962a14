"""The article formats vietbrief reads, each recognized by its content as well as its name.

One entry of FORMATS per format: the suffixes discovery lists, whether the content says a file is in it (a
Word file renamed .txt is still read as Word, HTML saved as .txt as a page, a .html file of plain text as
text), and its reader. The first entry that claims a file reads it, so a new format is one entry (and its
module). Every reader turns any problem with its file into an ArticleError that says why.

A dataset (dataset.py) holds many articles: discovery lists each record as an article of its own (`records`),
and `read` reads one record from the dataset, parsed once per process however many records are read.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Callable, Hashable

from pipeline.ingest.address import Address
from pipeline.ingest.article import ArticleError, RawArticle
from pipeline.ingest.formats import dataset, docx, html, text


@dataclass(frozen=True)
class Format:
    name: str
    suffixes: tuple[str, ...]  # the names discovery lists, lower case
    claims: Callable[[str, bytes], bool]  # (suffix, content): this format reads the file
    read: Callable[[str, bytes], RawArticle] | None = None  # one article per file
    dataset: bool = False  # many articles per file, read through dataset.py
    # How much larger than one article's text the file may be: markup and pictures come with the text.
    size_factor: int = 1


def _is_docx(suffix: str, data: bytes) -> bool:
    # By content whatever the name; a .docx that is not a Word file is the Word reader's to refuse with the
    # reason - unless it is a page (Word's "save as web page" output, named .docx by hand).
    return docx.sniff(data) or suffix in docx.SUFFIXES and not html.sniff(data)


def _is_dataset(suffix: str, data: bytes) -> bool:
    # By name only: an article is never mistaken for one, and a bad dataset still fails record by record.
    return suffix in dataset.SUFFIXES


def _is_html(suffix: str, data: bytes) -> bool:
    # A page source whatever its name (HTML saved as .txt); a .html file without markup is plain text.
    return html.sniff(data) or suffix in html.SUFFIXES and html.has_markup(data)


FORMATS = (
    Format("docx", docx.SUFFIXES, _is_docx, docx.read, size_factor=20),
    Format("dataset", dataset.SUFFIXES, _is_dataset, dataset=True),
    Format("html", html.SUFFIXES, _is_html, html.read, size_factor=10),
    Format("text", text.SUFFIXES, lambda suffix, data: True, text.read),
)
SUFFIXES = frozenset(s for f in FORMATS for s in f.suffixes)


def _suffix(name: str) -> str:
    return PurePosixPath(name).suffix.lower()


def detect(name: str, data: bytes) -> Format:
    suffix = _suffix(name)
    return next(f for f in FORMATS if f.claims(suffix, data))


def size_limit(name: str, max_bytes: int | None) -> int | None:
    """The most bytes a file of this name may hold, checked before it is read."""
    suffix = _suffix(name)
    if suffix in dataset.SUFFIXES:
        return dataset.MAX_DATASET_BYTES  # each record is held to max_bytes
    if max_bytes is None:
        return None
    return max_bytes * max((f.size_factor for f in FORMATS if suffix in f.suffixes), default=1)


def size_problem(size: int, limit: int | None) -> str | None:
    if limit is not None and size > limit:
        return (f"file is {size / 1e6:.1f} MB, over the {limit / 1e6:g} MB limit for one article (news "
                f"articles are well under 0.5 MB; a saved page or a Word file may be larger); split it, or raise "
                f"--max-file-mb")
    return None


def is_dataset_name(name: str) -> bool:
    return _suffix(name) in dataset.SUFFIXES


# Parsed datasets by a key that changes with the file (its path, size and modification time): a run reads
# every record of a dataset, one by one, and must not parse the file again for each.
_PARSED: OrderedDict[Hashable, dataset.Dataset | ArticleError] = OrderedDict()
_KEEP = 2


def _parsed(name: str, load: Callable[[], bytes], key: Hashable | None) -> dataset.Dataset:
    found = _PARSED.get(key) if key is not None else None
    if found is None:
        try:
            found = dataset.parse(name, load())
        except ArticleError as exc:
            found = exc
        if key is not None:
            _PARSED[key] = found
            while len(_PARSED) > _KEEP:
                _PARSED.popitem(last=False)
    else:
        _PARSED.move_to_end(key)
    if isinstance(found, ArticleError):
        raise ArticleError(str(found))
    return found


def records(name: str, load: Callable[[], bytes], key: Hashable | None = None) -> list[Address]:
    """The articles in the file `name` (relative to the input folder): one per record of a dataset, else the
    file itself. A dataset that cannot be parsed, or a file named like one that is another format, is the
    file itself, so that reading it reports why."""
    try:
        data = load()
    except (OSError, ArticleError):
        return [Address(name)]
    if not detect(name, data).dataset:
        return [Address(name)]
    try:
        parsed = _parsed(name, lambda: data, key)
    except ArticleError:
        return [Address(name)]
    return [Address(name, r.number, r.key) for r in parsed.records]


def read(address: Address, load: Callable[[], bytes], max_bytes: int | None = None,
         key: Hashable | None = None) -> RawArticle:
    """The article at `address`; `load` gives the file's bytes (called at most once), `key` identifies the
    file's current version for the dataset cache."""
    if address.record is not None:
        return dataset.article(_parsed(address.path, load, key), address.source, address.record, max_bytes)
    data = load()
    fmt = detect(address.path, data)
    if fmt.dataset:
        parsed = _parsed(address.path, lambda: data, key)  # raises the file's problem
        raise ArticleError(f"a dataset of {len(parsed.records)} records; they are read one by one "
                           f"(run again to list them)")
    problem = size_problem(len(data), max_bytes and max_bytes * fmt.size_factor)
    if problem:
        raise ArticleError(problem)
    raw = fmt.read(address.source, data)
    if max_bytes is not None and len(raw.text.encode("utf-8")) > max_bytes:
        raise ArticleError(f"the article's text is {len(raw.text.encode('utf-8')) / 1e6:.1f} MB, over the "
                           f"{max_bytes / 1e6:g} MB limit for one article; raise --max-file-mb")
    return raw
