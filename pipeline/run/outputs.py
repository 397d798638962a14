"""Which files a brief has in which formats (brief/formats), for the run's storage (storage.py): what to write
for a new brief, what a finished brief is missing, and the batch files (index.html, briefs.xlsx, briefs.tmx).

Resume knows a brief's formats by its files: a brief whose JSON is up to date keeps every file it has, and gets
the files of newly asked formats made from that JSON - nothing is translated again. A brief that is (re)made
gets the asked formats and every other format it already had a file in, so that no file beside a JSON is left
from an older brief. Batch files likewise: those asked for, and those already in the folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Iterable, Protocol

from pipeline.brief import formats
from pipeline.brief.digest import Outcome
from pipeline.brief.formats import BatchArticle
from pipeline.brief.schema import Brief, read_text


class Folder(Protocol):
    """An output folder as BriefFiles reads it (storage.LocalBriefs, storage.UrlBriefs); paths are relative."""

    def exists(self, rel: PurePosixPath | str) -> bool: ...

    def stamp(self, rel: PurePosixPath | str) -> object: ...  # changes when the file does; None when unknown

    def read_text(self, rel: PurePosixPath | str) -> str | None: ...


@dataclass
class BriefFiles:
    names: tuple[str, ...] | None = None  # the formats asked for (formats.parse); None: formats.DEFAULT
    # Briefs read back for the batch files: JSON path -> (the file's stamp when read, the brief).
    _read: dict[str, tuple[object, Brief]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self):
        self.names = formats.ordered(formats.DEFAULT if self.names is None else self.names)

    def targets(self, name: PurePosixPath) -> list[PurePosixPath]:
        """Every file a brief may have in the asked formats (to check before any work)."""
        return [name.with_suffix(formats.FORMATS[n].suffix) for n in self.names]

    def render(self, name: PurePosixPath, brief: Brief, folder: Folder) -> dict[str, str | bytes]:
        """Suffix -> content of every file to write for a new brief: the asked formats and those it already has
        a file in; the JSON last."""
        have = tuple(n for n, f in formats.FORMATS.items() if folder.exists(name.with_suffix(f.suffix)))
        return formats.files(brief, self.names + have)

    def missing(self, name: PurePosixPath, brief: Brief, folder: Folder) -> dict[str, str | bytes]:
        """Suffix -> content of the asked formats' files that an up-to-date brief lacks (never its JSON)."""
        todo = [formats.FORMATS[n] for n in self.names if n != formats.ALWAYS]
        return {f.suffix: f.render(brief) for f in todo if not folder.exists(name.with_suffix(f.suffix))}

    def batch(self, outcomes: Iterable[Outcome], folder: Folder, stories: list | None = None
              ) -> dict[str, str | bytes]:
        """Filename -> content of the batch files: those of the asked formats and those already written.
        `stories`: the digests of the stories of several articles (run/stories.py), at the end of a run."""
        wanted = set(self.names) | {n for n, b in formats.BATCH.items() if folder.exists(b.filename)}
        if not wanted & set(formats.BATCH):
            return {}
        ordered = sorted(outcomes, key=lambda o: o.source)
        entries = [self._entry(o, folder) for o in ordered]
        digest_of = {src: d for d in stories or [] for src in d.sources}
        for entry, outcome in zip(entries, ordered):
            entry.story, entry.story_digest = outcome.story, digest_of.get(outcome.source)
        return formats.batch_files(entries, wanted)

    def _entry(self, outcome: Outcome, folder: Folder) -> BatchArticle:
        if outcome.status != "ok" or not outcome.brief:
            return BatchArticle(outcome.source, "failed", outcome.error, None, {}, None)
        name = PurePosixPath(outcome.brief).with_suffix("")
        links = {n: str(name.with_suffix(f.suffix)) for n, f in formats.FORMATS.items()
                 if n in self.names or folder.exists(name.with_suffix(f.suffix))}
        brief = self._brief(name.with_suffix(".json"), folder)
        if brief is None:  # its JSON went missing or unreadable since it was written: listed, not described
            return BatchArticle(outcome.source, "failed", "the brief's JSON cannot be read", None, {}, None)
        return BatchArticle(outcome.source, "ok", None, str(name), links, brief)

    def _brief(self, path: PurePosixPath, folder: Folder) -> Brief | None:
        stamp = folder.stamp(path)
        cached = self._read.get(str(path))
        if cached is not None and stamp is not None and cached[0] == stamp:
            return cached[1]
        text = folder.read_text(path)
        try:
            brief = read_text(text) if text is not None else None
        except ValueError:  # the schema's error: not a brief (any more)
            brief = None
        if brief is not None:
            self._read[str(path)] = (stamp, brief)
        return brief
