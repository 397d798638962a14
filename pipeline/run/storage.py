"""Where a batch reads its articles and writes its briefs: a local folder, or - for a Ray run, whose workers may
be on other machines - any URL fsspec understands (`s3://bucket/in`, `gs://...`, `file:///shared/in`).

A local folder keeps every safeguard of a local run (ingest/read.py's checks of each file, safety.py's checks of
each target, atomic.py's writes). A URL has no symbolic links, permissions or FIFOs to guard against; its files
are written whole, to a temporary name beside the target that is then moved into place, so a reader never sees
half a brief (on object stores the move is a server-side copy, itself atomic).
"""

from __future__ import annotations

import posixpath
import secrets
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Mapping

from pipeline.run import atomic
from pipeline.brief.digest import DIGEST_FILE, INDEX_FILE, Outcome, index_texts
from pipeline.brief.schema import Brief
from pipeline.ingest.article import ArticleError, RawArticle
from pipeline.ingest import formats
from pipeline.ingest.address import Address
from pipeline.ingest.read import SUFFIXES, read_article, read_errors, size_problem
from pipeline.run.outputs import BriefFiles
from pipeline.run.resume import current_brief
from pipeline.run.safety import safe_target
from pipeline.state import PROBE_PREFIX, STATE_DIR


def is_url(location) -> bool:
    return isinstance(location, str) and "://" in location


def location(text: str) -> Path | str:
    """A command-line folder argument: a URL stays text, anything else is a local path."""
    return text.rstrip("/") if is_url(text) else Path(text)


def _brief_paths(name: PurePosixPath) -> tuple[PurePosixPath, PurePosixPath]:
    return name.with_suffix(".md"), name.with_suffix(".json")


class _Briefs:
    """What a local folder and a URL share: a brief found up to date, rendered and written, and the index, over
    each one's own `_write` and `read_text`."""

    files: BriefFiles

    def previous(self, name: PurePosixPath, fingerprint: str) -> Brief | None:
        """The brief on disk when its JSON is up to date, after writing from it the files of newly asked
        formats (outputs.py); None when the article must be (re)done."""
        brief = current_brief(self.read_text(name.with_suffix(".json")) or "", fingerprint)
        if brief is not None:
            self.write(name, self.files.missing(name, brief, self))
        return brief

    def render(self, name: PurePosixPath, brief: Brief) -> dict[str, str | bytes]:
        return self.files.render(name, brief, self)

    def write(self, name: PurePosixPath, files: Mapping[str, str | bytes]) -> None:
        """A brief's files (suffix -> content) in the order given: brief/formats.files puts the JSON last, so
        that a JSON saying "up to date" always has the brief's other files beside it."""
        for suffix, content in files.items():
            self._write(name.with_suffix(suffix), content)

    def write_index(self, outcomes: list[Outcome], final: bool = True, stories: list | None = None) -> None:
        """index.jsonl and index.md; with `final` (the run's last rewrite) the batch files too. `stories`: the
        digests of the batch's stories of several articles (run/stories.py), which organize index.md/.html."""
        jsonl, md = index_texts(outcomes, stories)
        self._write(INDEX_FILE, jsonl)
        self._write(DIGEST_FILE, md)
        if final:
            for filename, content in self.files.batch(outcomes, self, stories).items():
                self._write(filename, content)

    def keep(self, name: str, text: str) -> None:
        """A file of the run's own state (`.vietbrief/<name>`), written like any output: whole or not at all."""
        self._write(PurePosixPath(STATE_DIR) / name, text)

    def kept(self, name: str) -> str | None:
        return self.read_text(PurePosixPath(STATE_DIR) / name)

    def _write(self, rel: PurePosixPath | str, content: str | bytes) -> None:
        raise NotImplementedError

    def read_text(self, rel: PurePosixPath | str) -> str | None:
        raise NotImplementedError


# --- local folders ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LocalArticles:
    folder: Path
    follow_links: bool = False  # read what symbolic links lead to outside the folder (ingest/read.py)

    def read(self, source: str, max_bytes: int | None) -> RawArticle:
        address = Address.parse(source)
        return read_article(self.folder / address.path, self.folder, max_bytes=max_bytes, record=address.record,
                            follow_links=self.follow_links)


@dataclass(frozen=True)
class LocalBriefs(_Briefs):
    out_dir: Path  # as the user gave it, for messages
    root: Path  # out_dir resolved
    files: BriefFiles = field(default_factory=BriefFiles)  # the formats written (brief/formats, outputs.py)

    @classmethod
    def at(cls, out_dir: Path, output_formats: tuple[str, ...] | None = None) -> "LocalBriefs":
        return cls(out_dir, out_dir.resolve(), BriefFiles(output_formats))

    def check(self, name: PurePosixPath, inputs: set[Path] | frozenset = frozenset()) -> None:
        for rel in dict.fromkeys([*_brief_paths(name), *self.files.targets(name)]):
            safe_target(self.root, rel, inputs)  # raises UnsafeOutput

    def _write(self, rel: PurePosixPath | str, content: str | bytes) -> None:
        (atomic.write_bytes if isinstance(content, bytes) else atomic.write_text)(self.root / rel, content)

    # What outputs.BriefFiles reads of the folder.
    def exists(self, rel: PurePosixPath | str) -> bool:
        return (self.root / rel).is_file()

    def stamp(self, rel: PurePosixPath | str):
        try:
            st = (self.root / rel).stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    def read_text(self, rel: PurePosixPath | str) -> str | None:
        try:
            return (self.root / rel).read_text(encoding="utf-8")
        except (OSError, ValueError):
            return None  # missing or unreadable: the article is redone


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


class UrlBriefs(_Remote, _Briefs):
    def __init__(self, url: str, output_formats: tuple[str, ...] | None = None):
        self.url = url
        self.files = BriefFiles(output_formats)  # the formats written (brief/formats, outputs.py)

    def __getstate__(self):
        return {"url": self.url, "formats": self.files.names}

    def __setstate__(self, state):
        self.url = state["url"]
        self.files = BriefFiles(state.get("formats"))

    @property
    def out_dir(self) -> str:
        return self.url

    def check(self, name: PurePosixPath, inputs=frozenset()) -> None:
        pass  # no symbolic links in a URL's namespace; names come from the listing, never `..`

    def probe(self) -> None:
        """Write and delete a small file: missing credentials or permissions show before any work."""
        probe = self.path(f"{PROBE_PREFIX}{secrets.token_hex(4)}")
        self.fs.makedirs(self.root, exist_ok=True)
        self.fs.pipe_file(probe, b"\0")
        self.fs.rm_file(probe)

    def _read(self, rel: PurePosixPath) -> str | None:
        try:
            return self.fs.cat_file(self.path(rel)).decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    # What outputs.BriefFiles reads of the folder.
    def exists(self, rel: PurePosixPath | str) -> bool:
        try:
            return self.fs.isfile(self.path(rel))
        except OSError:
            return False

    def stamp(self, rel: PurePosixPath | str):
        try:
            return self.fs.ukey(self.path(rel))
        except Exception:  # not every filesystem can say: read it again
            return None

    def read_text(self, rel: PurePosixPath | str) -> str | None:
        return self._read(rel)

    def _write(self, rel: PurePosixPath | str, content: str | bytes) -> None:
        target = self.path(rel)
        parent, base = posixpath.split(target)
        # Named as atomic.py names its temporary files, so that the same clean-up recognizes them.
        tmp = posixpath.join(parent, f".{base}.{secrets.token_hex(4)}.tmp")
        self.fs.makedirs(parent, exist_ok=True)
        try:
            self.fs.pipe_file(tmp, content.encode("utf-8") if isinstance(content, str) else content)
            self.fs.mv(tmp, target)
        except BaseException:
            try:
                self.fs.rm_file(tmp)
            except OSError:
                pass
            raise

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

