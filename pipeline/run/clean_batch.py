"""`vietbrief clean`: articles to clean Vietnamese text, without translating. The articles are found, read
and cleaned as a run does it (discovery, `LocalArticles.read`, cleaning.py), so what `clean` shows is what
`run` would translate. Nothing here loads a model (nor the libraries models need): cleaning starts at once."""

from __future__ import annotations

import logging
import traceback
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from typing import Iterator

from pipeline.ingest.address import brief_names
from pipeline.ingest.article import ArticleError, CleanArticle
from pipeline.ingest.read import FOLLOW_LINKS, SUFFIXES, discover, list_articles
from pipeline.run.atomic import write_text
from pipeline.run.cleaning import batch_boilerplate, clean
from pipeline.run.safety import UnsafeOutput, folder_problem, safe_target
from pipeline.run.storage import LocalArticles

log = logging.getLogger("vietbrief")


class SetupError(Exception):
    """Nothing can be cleaned (no such path, no article in it, an output folder that would overwrite inputs)."""


@dataclass
class Cleaned:
    source: str
    name: PurePosixPath  # where its .txt goes under --out, without suffix (as a brief's name)
    article: CleanArticle | None = None
    error: str | None = None
    key: str | None = None  # a dataset record's `id`


def clean_path(path: Path, max_bytes: int | None = None, out_dir: Path | None = None,
               follow_links: bool = FOLLOW_LINKS) -> Iterator[Cleaned]:
    """Every article under `path` (a file or a folder), cleaned; a failure is reported per article. With
    `out_dir`, each cleaned article is also written there as `<name>.txt` (never over an input file).
    `follow_links`: read what symbolic links in the folder lead to outside it (a file named itself is read)."""
    path = Path(path)
    if path.is_dir():
        folder, files = path, discover(path, exclude=out_dir, follow_links=follow_links)
        if not files:
            raise SetupError(f"No articles found under {path} (read: {', '.join(sorted(SUFFIXES))}).")
    elif path.exists():
        folder, files, follow_links = path.parent, [path], True
    else:
        raise SetupError(f"{path} does not exist.")
    if out_dir is not None:
        problem = folder_problem(folder, out_dir) if path.is_dir() else None
        if problem:
            raise SetupError(problem)
        out_dir.mkdir(parents=True, exist_ok=True)
    inputs = {p.resolve() for p in files if p.is_file()}
    addresses = list_articles(folder, files, follow_links)
    names = brief_names(addresses)
    sources = [str(a) for a in addresses]
    keys = {str(a): a.key for a in addresses}
    articles = LocalArticles(folder, follow_links)
    boilerplate = batch_boilerplate(articles, sources, max_bytes)
    for source in sources:
        item = Cleaned(source, names[source], key=keys[source])
        try:
            item.article = clean(articles.read(source, max_bytes), boilerplate.get(source, frozenset()))
            if out_dir is not None:
                target = safe_target(out_dir.resolve(), item.name.with_suffix(".txt"), inputs)
                target.parent.mkdir(parents=True, exist_ok=True)
                write_text(target, as_text(item.article))
        except (ArticleError, UnsafeOutput) as exc:
            item.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - one article's bug must not cost the others
            log.debug("article %s failed:\n%s", source, traceback.format_exc())
            item.error = f"internal error: {type(exc).__name__}: {exc}"
        yield item


def as_json(item: Cleaned) -> dict:
    """The record `clean --json` prints for one article (one line each)."""
    if item.article is None:
        return {"source": item.source, "error": item.error}
    a = item.article
    return {
        "source": item.source, "title": a.title, "date": a.date, "outlet": a.outlet, "author": a.author,
        "paragraphs": a.paragraphs,
        "removed": [{"text": r.text, "reason": r.reason} for r in a.removed],
        "captions": [asdict(c) for c in a.captions],
        "unsure": [{"text": r.text, "reason": r.reason} for r in a.unsure],
    }


def as_text(article: CleanArticle) -> str:
    """The cleaned article as a text file `run` reads back the same: headline, then one paragraph a block."""
    return "\n\n".join(([article.title] if article.title else []) + article.paragraphs) + "\n"


def report(item: Cleaned) -> list[str]:
    """What `clean` prints for one article: metadata, paragraphs, and what was removed and why."""
    lines = [f"== {item.source}"]
    if item.article is None:
        return lines + [f"error: {item.error}", ""]
    a = item.article
    meta = [("Tiêu đề / title", a.title), ("Ngày / date", a.date), ("Nguồn / outlet", a.outlet),
            ("Tác giả / author", a.author)]
    lines += [f"{k}: {v}" for k, v in meta if v] + [""]
    lines += [p for para in a.paragraphs for p in (para, "")]
    if a.removed:
        lines += [f"Removed ({len(a.removed)}):"] + [f"  [{r.reason}] {r.text}" for r in a.removed]
    if a.captions:
        lines += [f"Captions ({len(a.captions)}):"] + [
            f"  {c.text}" + (f"  ({c.credit})" if c.credit else "") for c in a.captions]
    if a.unsure:
        lines += [f"Kept, unsure ({len(a.unsure)}):"] + [f"  {r.text}  <- {r.reason}" for r in a.unsure]
    return lines + [""]
