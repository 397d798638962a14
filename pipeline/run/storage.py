"""Where a batch reads its articles and writes its briefs: a local folder, or - for a Ray run, whose workers may
be on other machines - any URL fsspec understands (`s3://bucket/in`, `gs://...`, `file:///shared/in`).

A local folder keeps every safeguard of a local run (ingest.py's checks of each file, safety.py's checks of
each target, atomic.py's writes). A URL has no symbolic links, permissions or FIFOs to guard against; its files
are written whole, to a temporary name beside the target that is then moved into place, so a reader never sees
half a brief (on object stores the move is a server-side copy, itself atomic).
"""

from __future__ import annotations

import posixpath
import secrets
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath

from pipeline.run import atomic
from pipeline.brief.digest import Outcome, index_texts, write_index
from pipeline.ingest.article import ArticleError, RawArticle
from pipeline.ingest import formats
from pipeline.ingest.address import Address
from pipeline.ingest.read import STATE_DIR, SUFFIXES, read_article, read_errors, size_problem
from pipeline.run.resume import current_brief, previous_brief
from pipeline.run.safety import safe_target


def is_url(location) -> bool:
    return isinstance(location, str) and "://" in location


def location(text: str) -> Path | str:
    """A command-line folder argument: a URL stays text, anything else is a local path."""
    return text.rstrip("/") if is_url(text) else Path(text)


def _brief_paths(name: PurePosixPath) -> tuple[PurePosixPath, PurePosixPath]:
    return name.with_suffix(".md"), name.with_suffix(".json")


# --- local folders ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LocalArticles:
    folder: Path

    def read(self, source: str, max_bytes: int | None) -> RawArticle:
        address = Address.parse(source)
        return read_article(self.folder / address.path, self.folder, max_bytes=max_bytes, record=address.record)


@dataclass(frozen=True)
class LocalBriefs:
    out_dir: Path  # as the user gave it, for messages
    root: Path  # out_dir resolved

    @classmethod
    def at(cls, out_dir: Path) -> "LocalBriefs":
        return cls(out_dir, out_dir.resolve())

    def check(self, name: PurePosixPath, inputs: set[Path] | frozenset = frozenset()) -> None:
        for rel in _brief_paths(name):
            safe_target(self.root, rel, inputs)  # raises UnsafeOutput

    def previous(self, name: PurePosixPath, fingerprint: str) -> dict | None:
        md, js = _brief_paths(name)
        return previous_brief(self.root / js, self.root / md, fingerprint)

    def write(self, name: PurePosixPath, markdown: str, json_text: str) -> None:
        md, js = _brief_paths(name)
        # Markdown first: a JSON carrying the current fingerprint then always has its Markdown beside it.
        atomic.write_text(self.root / md, markdown)
        atomic.write_text(self.root / js, json_text)

    def write_index(self, outcomes: list[Outcome]) -> None:
        write_index(self.out_dir, outcomes)


# --- URLs ------------------------------------------------------------------------------------------------------
class _Remote:
    url: str

    @cached_property
    def _fs_root(self):
        import fsspec

        return fsspec.core.url_to_fs(self.url)

    @property
    def fs(self):
        return self._fs_root[0]

    @property
    def root(self) -> str:
        return self._fs_root[1].rstrip("/")

    def path(self, rel: str | PurePosixPath) -> str:
        return posixpath.join(self.root, str(rel))

    def __getstate__(self):  # the filesystem object is made again where it is unpickled (a Ray worker)
        return {"url": self.url}

    def __setstate__(self, state):
        self.url = state["url"]


class UrlArticles(_Remote):
    def __init__(self, url: str):
        self.url = url

    def list(self, exclude: str | None = None) -> list[Address]:
        """The articles under the URL: every file in a format vietbrief reads, each record of a dataset file,
        sorted by relative path; as in ingest.discover, hidden files and folders, `exclude` (the output URL) and
        earlier runs' output folders are left out."""
        fs, root = self.fs, self.root
        skip = None
        if exclude is not None:
            other = UrlArticles(exclude)
            if type(other.fs) is type(fs):
                skip = other.root
        found = fs.find(root, withdirs=False)
        outputs = {posixpath.dirname(posixpath.dirname(p)) for p in found
                   if posixpath.basename(posixpath.dirname(p)) == STATE_DIR}
        sources = []
        for path in found:
            rel = posixpath.relpath(path, root)
            parts = rel.split("/")
            if any(p.startswith(".") for p in parts) or PurePosixPath(rel).suffix.lower() not in SUFFIXES:
                continue
            if skip is not None and (path == skip or path.startswith(skip + "/")):
                continue
            if any(path.startswith(o + "/") for o in outputs):
                continue
            sources.append(rel)
        found = []
        for rel in sorted(sources):
            if formats.is_dataset_name(rel):
                found.extend(formats.records(rel, self._loader(rel), self._version(rel)))
            else:
                found.append(Address(rel))
        return found

    def _loader(self, rel: str):
        def load() -> bytes:
            with read_errors():
                return self.fs.cat_file(self.path(rel))
        return load

    def _version(self, rel: str):
        """What tells this version of the file from another, for the parsed-dataset cache."""
        try:
            return (self.url, rel, self.fs.ukey(self.path(rel)))
        except Exception:  # not every filesystem can say: parse the dataset again
            return None

    def read(self, source: str, max_bytes: int | None) -> RawArticle:
        address = Address.parse(source)
        with read_errors():
            size = self.fs.size(self.path(address.path))
        problem = size_problem(size, formats.size_limit(address.path, max_bytes)) if size is not None else None
        if problem:
            raise ArticleError(problem)
        return formats.read(address, self._loader(address.path), max_bytes, self._version(address.path))


class UrlBriefs(_Remote):
    def __init__(self, url: str):
        self.url = url

    @property
    def out_dir(self) -> str:
        return self.url

    def check(self, name: PurePosixPath, inputs=frozenset()) -> None:
        pass  # no symbolic links in a URL's namespace; names come from the listing, never `..`

    def probe(self) -> None:
        """Write and delete a small file: missing credentials or permissions show before any work."""
        probe = self.path(f".vietbrief-probe-{secrets.token_hex(4)}")
        self.fs.makedirs(self.root, exist_ok=True)
        self.fs.pipe_file(probe, b"\0")
        self.fs.rm_file(probe)

    def _read(self, rel: PurePosixPath) -> str | None:
        try:
            return self.fs.cat_file(self.path(rel)).decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def previous(self, name: PurePosixPath, fingerprint: str) -> dict | None:
        md, js = _brief_paths(name)
        text = self._read(js)
        try:
            if text is None or not self.fs.isfile(self.path(md)):
                return None
        except OSError:
            return None
        return current_brief(text, fingerprint)

    def _put(self, rel: PurePosixPath | str, text: str) -> None:
        target = self.path(rel)
        parent, base = posixpath.split(target)
        # Named as atomic.py names its temporary files, so that the same clean-up recognizes them.
        tmp = posixpath.join(parent, f".{base}.{secrets.token_hex(4)}.tmp")
        self.fs.makedirs(parent, exist_ok=True)
        try:
            self.fs.pipe_file(tmp, text.encode("utf-8"))
            self.fs.mv(tmp, target)
        except BaseException:
            try:
                self.fs.rm_file(tmp)
            except OSError:
                pass
            raise

    def write(self, name: PurePosixPath, markdown: str, json_text: str) -> None:
        md, js = _brief_paths(name)
        self._put(md, markdown)
        self._put(js, json_text)

    def write_index(self, outcomes: list[Outcome]) -> None:
        jsonl, md = index_texts(outcomes)
        self._put("index.jsonl", jsonl)
        self._put("index.md", md)

    def remove_stale(self) -> int:
        """Temporary files left by writes that were killed mid-way (see atomic.remove_stale)."""
        removed = 0
        try:
            found = self.fs.find(self.root, withdirs=False)
        except FileNotFoundError:
            return 0
        for path in found:
            if atomic.is_temporary(posixpath.basename(path)):
                try:
                    self.fs.rm_file(path)
                    removed += 1
                except OSError:
                    pass
        return removed

