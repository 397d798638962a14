"""Where an article is: a file under the input folder, or one record of a dataset file in it.

One representation for discovery, reading, output naming, resume and the index. Its text form, `source`, is
what the index, the briefs and every message show: the file's path relative to the input folder (POSIX
separators), with `#N` after a dataset file for its N-th record (`news.jsonl#17`), the number a user finds
the record by in an editor (JSON Lines: the line; CSV: the row after the header).

The text form parses back without ambiguity: discovery only lists files whose name ends in a known suffix,
so no listed file's own name ends in `#<digits>`, and a folder named `x.jsonl#1` puts a `/` after the digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

DATASET_SUFFIXES = (".jsonl", ".ndjson", ".csv")

_RECORD = re.compile(r"^(?P<path>.+)#(?P<record>[1-9][0-9]*)$")


@dataclass(frozen=True)
class Address:
    path: str  # the file, relative to the input folder, POSIX separators
    record: int | None = None  # a dataset file's record number, from 1
    key: str | None = None  # a record's `id`, which names its brief (None: its number does)

    @property
    def source(self) -> str:
        return self.path if self.record is None else f"{self.path}#{self.record}"

    def __str__(self) -> str:
        return self.source

    @classmethod
    def parse(cls, source: str) -> "Address":
        """The address a `source` names (the record's `key` is not part of it: reading does not need it)."""
        m = _RECORD.match(source)
        if m and PurePosixPath(m["path"]).suffix.lower() in DATASET_SUFFIXES:
            return cls(m["path"], int(m["record"]))
        return cls(source)


# A file name that is not valid UTF-8 reaches Python with each undecodable byte as a lone surrogate
# (U+DC80-U+DCFF, os.fsdecode's surrogateescape), which no UTF-8 output can hold: every output would fail on
# it. Sources carry such bytes percent-encoded (`caf%E9.txt`); `on_disk` maps the text back to the file.
_ESCAPED = re.compile("[\udc80-\udcff]")
_PERCENT = re.compile(r"%(25|[89A-F][0-9A-F])")


def shown(name: str) -> str:
    """`name` (as os.fsdecode gives it) as text any output can hold: an undecodable byte becomes `%XX`, and in
    such a name a literal `%` becomes `%25`, so that the text maps back to the bytes. A valid name is unchanged."""
    if not _ESCAPED.search(name):
        return name
    return _ESCAPED.sub(lambda m: f"%{ord(m.group()) - 0xDC00:02X}", name.replace("%", "%25"))


def on_disk(name: str) -> str:
    """The file name `shown` gave `name` for (its undecodable bytes as surrogates again)."""
    return _PERCENT.sub(lambda m: "%" if m.group(1) == "25" else chr(0xDC00 + int(m.group(1), 16)), name)


_UNSAFE = re.compile(r"[^\w\- ]+")


def _safe_id(key: str) -> str:
    """A record's id as one path component: whatever the id holds (`/`, `..`), nothing but letters, digits,
    `-`, `_` and spaces. No dots either: the brief's suffix is added with `with_suffix`, which would cut
    `v1.2` to `v1`."""
    return _UNSAFE.sub("_", key).strip("_ ")[:100]


def brief_names(addresses: list[Address], reserved: frozenset[str] | set[str] = frozenset()
                ) -> dict[str, PurePosixPath]:
    """Each article's brief path (without suffix) by source, mirroring the input tree; all distinct.

    A file's brief is named after it without its extension (`sub/a.txt` -> `sub/a`; dots inside the name
    become `_`, as `with_suffix` would cut `10.1.2024` to `10.1`); a dataset's records go in a folder named
    after the dataset (`news.jsonl` -> `news/`), each named by its `id`, or by its record number when it has
    none or shares it with another record of the file. Names that would still clash - `a.txt` and `a.md`
    side by side, a dataset and a folder of the same name, names equal but for case (one file on macOS and
    Windows) - keep their file's extension (`a_txt`, `news_jsonl/`); any clash left gets a number.
    `reserved` are names the batch writes beside the briefs (`index`, `briefs`): an article named so at the
    top of the folder is renamed around them in the same way (`index.txt` -> `index_txt`).
    """
    taken_by_batch = {r.casefold() for r in reserved}
    keys: dict[str, list[str]] = {}
    for a in addresses:
        if a.key and _safe_id(a.key):
            keys.setdefault(a.path, []).append(_safe_id(a.key))

    def name(a: Address, keep_extension: bool) -> str:
        p = PurePosixPath(a.path)
        stem = p.stem.replace(".", "_") or "_"
        if keep_extension and p.suffix:
            stem = f"{stem}_{p.suffix[1:]}"
        base = str(p.parent / stem)
        if a.record is None:
            return base
        key = _safe_id(a.key) if a.key else ""
        return f"{base}/{key if key and keys[a.path].count(key) == 1 else a.record}"

    def clashes(names: dict[str, str]) -> set[str]:
        folded = [n.casefold() for n in names.values()]
        return {n for n in folded if folded.count(n) > 1 or n in taken_by_batch}

    names = {a.source: name(a, False) for a in addresses}
    clashing = clashes(names)
    # A dataset's records stay together: one clash moves the whole dataset to the longer folder name.
    moved = {a.path for a in addresses if names[a.source].casefold() in clashing}
    names = {a.source: name(a, a.path in moved) for a in addresses}
    if clashes(names):
        taken: set[str] = set(taken_by_batch)
        for a in addresses:
            n, k = names[a.source], 2
            while n.casefold() in taken:
                n, k = f"{names[a.source]}-{k}", k + 1
            taken.add(n.casefold())
            names[a.source] = n
    return {s: PurePosixPath(n) for s, n in names.items()}
