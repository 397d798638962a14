"""Group a batch of cleaned Vietnamese articles into stories, one event each, with no model.

Two articles are compared by the cosine of their TF-IDF vectors over content syllables and syllable pairs
(title counted twice: it names the event), mixed with the cosine over the proper names and codes they cite
(scikit-learn, BSD). Stories are then cut from an average-link hierarchy (SciPy): an article joins a group
only when it is, on average, close to all of its members, so one shared paragraph (a reprinted background
box, a common quote) cannot chain two events together as single-link grouping does. A false merge hides a
story, a split only repeats one, so the cut favours precision. Articles dated further apart than
`max_days` never share a story.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

import numpy as np

from pipeline.stories.features import day, lead_day, names, terms


@dataclass
class StoryArticle:
    """One article as grouping sees it: its address and the cleaned Vietnamese."""
    source: str  # the article's address, as in the index (`a.txt`, `news.jsonl#3`)
    title: str | None
    text: str  # the cleaned body, paragraphs joined by newlines
    date: str | None = None
    outlet: str | None = None
    id: str | None = None  # a dataset record's id


@dataclass
class Story:
    """Articles that report one event. A story of one article is a story too."""
    id: str  # stable while its earliest-named article stays in the batch
    headline: str  # the title (or opening) of its most central article
    sources: list[str]  # its articles, by date then address
    cohesion: float = 1.0  # the lowest similarity of an article to the rest of its story (1.0 when alone)
    similarity: dict[str, float] = field(default_factory=dict)  # each article's mean similarity to the others


@dataclass(frozen=True)
class GroupingSettings:
    # Chosen on the tuning part of bench/stories_eval.py: precision 1.0 from 0.20 up (0.98 at 0.18: two
    # same-topic events merged), recall flat to 0.28 and falling above; 0.22 keeps a margin on both sides.
    threshold: float = 0.22  # the average similarity two groups need to merge
    name_weight: float = 0.3  # share of the similarity that comes from proper names and codes
    max_days: int = 10  # articles dated further apart never share a story
    title_repeat: int = 2
    # Second pass (`confirm`): two stories just under the cut merge only when every sign agrees. Chosen on the
    # tuning part of bench/stories_eval.py; 0 turns the pass off.
    confirm_floor: float = 0.8  # their average similarity must reach this share of `threshold`
    confirm_days: int = 3  # and their articles be dated this close, when dated


def _vectors(docs: list[list[str]]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not any(docs):
        return None
    vec = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, dtype=np.float32)
    return vec.fit_transform(docs)


@dataclass
class _Features:
    """The batch's vectors (rows L2-normalized) and publication days, from which any block of the similarity
    matrix is computed."""
    matrices: list  # (weight, sparse matrix) pairs: text terms, names
    ordinals: np.ndarray | None  # day numbers (NaN when unknown); None when no article has a date
    max_days: int | None

    def block(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Similarity of the articles `rows` to the articles `cols`, 0..1."""
        sim = np.zeros((len(rows), len(cols)), dtype=np.float32)
        for weight, m in self.matrices:
            sim += weight * (m[rows] @ m[cols].T).toarray()
        if self.ordinals is not None and self.max_days is not None:
            gap = np.abs(self.ordinals[rows][:, None] - self.ordinals[cols][None, :])
            sim[np.nan_to_num(gap, nan=0.0) > self.max_days] = 0.0
        same = rows[:, None] == cols[None, :]
        sim[same] = 1.0
        return np.clip(sim, 0.0, 1.0)


def _features(articles: list[StoryArticle], settings: GroupingSettings) -> _Features:
    text_docs, name_docs = [], []
    for a in articles:
        title = a.title or ""
        text_docs.append(terms(" \n".join([title] * settings.title_repeat + [a.text])))
        name_docs.append(names(title + "\n" + a.text))
    matrices = []
    for docs, weight in ((text_docs, 1.0 - settings.name_weight), (name_docs, settings.name_weight)):
        m = _vectors(docs)
        if m is not None and weight > 0:
            matrices.append((weight, m.tocsr()))
    days = [day(a.date) or lead_day(a.text) for a in articles]
    ordinals = np.array([d.toordinal() if d else np.nan for d in days]) if any(days) else None
    return _Features(matrices, ordinals, settings.max_days)


def similarity(articles: list[StoryArticle], settings: GroupingSettings = GroupingSettings()) -> np.ndarray:
    """The articles' pairwise similarity, 0..1, as a dense matrix (1.0 on the diagonal)."""
    every = np.arange(len(articles))
    return _features(articles, settings).block(every, every)


# Rows of the similarity matrix computed at a time: memory stays near CHUNK x batch floats, whatever the batch.
CHUNK = 1000


def _components(features: _Features, n: int, threshold: float) -> list[np.ndarray]:
    """The batch split where no pair reaches `threshold`: an average-link story never spans two parts (two
    groups merge only when their mean similarity reaches it, so some pair across them does), so each part is
    clustered alone, and memory grows with the largest part instead of the whole batch squared."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    every = np.arange(n)
    heads, tails = [], []
    for start in range(0, n, CHUNK):
        rows = every[start:start + CHUNK]
        r, c = np.nonzero(features.block(rows, every) >= threshold)
        heads.append(rows[r])
        tails.append(c)
    head, tail = np.concatenate(heads), np.concatenate(tails)
    graph = coo_matrix((np.ones(len(head), dtype=np.int8), (head, tail)), shape=(n, n))
    count, labels = connected_components(graph, directed=False)
    order = np.argsort(labels, kind="stable")
    return np.split(order, np.cumsum(np.bincount(labels, minlength=count))[:-1])


def clusters(sim: np.ndarray, threshold: float) -> list[int]:
    """A cluster label per article: average-link hierarchy cut where the mean similarity drops below
    `threshold`."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    n = sim.shape[0]
    if n < 2:
        return [0] * n
    dist = squareform(1.0 - sim, checks=False).astype(np.float64)
    tree = linkage(dist, method="average")
    return [int(c) for c in fcluster(tree, t=1.0 - threshold, criterion="distance")]


def _cohesion(sim: np.ndarray, idx: np.ndarray) -> float:
    """The lowest mean similarity of an article of `idx` to the others (1.0 for one article)."""
    if len(idx) < 2:
        return 1.0
    sub = sim[np.ix_(idx, idx)]
    return float(((sub.sum(axis=1) - 1.0) / (len(idx) - 1)).min())


def confirm(sim: np.ndarray, labels: list[int], gaps: np.ndarray | None,
             settings: GroupingSettings) -> list[int]:
    """Merge pairs of stories that the average-link cut left apart by a little, when every sign agrees: each is
    the other's nearest story, their average similarity reaches `confirm_floor` x the cut, every article of the
    smaller one has a partner in the other at the cut itself (so one shared paragraph is not enough: the whole
    smaller story must match), each story of several articles is itself cohesive well above the cut (by as much
    as the link is allowed under it), and no two of their articles are dated more than `confirm_days` apart. A story
    written from another angle (a follow-up, a short wire item against a long report) is rescued; two events of
    one topic, which meet through one or two articles at most, are not."""
    from scipy.sparse import csr_matrix

    if settings.confirm_floor <= 0:
        return labels
    labels = list(labels)
    floor = settings.confirm_floor * settings.threshold
    # What the link gives up under the cut, each story must hold above it: a story that is itself one borderline
    # pair is no firm ground to add to.
    core = (2.0 - settings.confirm_floor) * settings.threshold
    while True:
        names = sorted(set(labels))
        if len(names) < 2:
            return labels
        code = np.searchsorted(names, labels)
        members = [np.flatnonzero(code == k) for k in range(len(names))]
        # Stories x articles, sparse: the mean link of every pair of stories costs one pass over `sim`, in place.
        onehot = csr_matrix((np.ones(len(labels), dtype=np.float32), (code, np.arange(len(labels)))),
                            shape=(len(names), len(labels)))
        sizes = np.array([len(m) for m in members], dtype=np.float64)
        link = (onehot @ (onehot @ sim).T) / np.outer(sizes, sizes)
        np.fill_diagonal(link, -1.0)
        nearest = link.argmax(axis=1)
        merged = False
        for a, b in enumerate(nearest):
            if a >= b or nearest[b] != a or link[a, b] < floor:
                continue
            small, large = (members[a], members[b]) if len(members[a]) <= len(members[b]) else (members[b], members[a])
            if sim[np.ix_(small, large)].max(axis=1).min() < settings.threshold:
                continue
            if min(_cohesion(sim, small), _cohesion(sim, large)) < core:
                continue
            if gaps is not None:
                cross = gaps[np.ix_(small, large)]
                if np.nan_to_num(cross, nan=0.0).max() > settings.confirm_days:
                    continue
            for i in members[b]:
                labels[i] = names[a]
            merged = True
        if not merged:
            return labels


def _natural(source: str) -> list:
    """`news.jsonl#9` before `news.jsonl#10`."""
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", source)]


def story_id(sources: list[str]) -> str:
    """A story's id from its first article by address: adding articles later keeps it unless one of them
    sorts first."""
    return "s" + hashlib.sha1(min(sources, key=_natural).encode("utf-8")).hexdigest()[:10]


def _headline(article: StoryArticle) -> str:
    if article.title:
        return article.title
    first = article.text.strip().split("\n", 1)[0]
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "..."


def group(articles: list[StoryArticle], settings: GroupingSettings = GroupingSettings()) -> list[Story]:
    """The stories of a batch, largest first (then by first date and address). Every article is in exactly
    one story."""
    if not articles:
        return []
    features = _features(articles, settings)
    stories = []
    for part in _components(features, len(articles), settings.threshold):
        sim = features.block(part, part)
        members: dict[int, list[int]] = {}
        gaps = None
        if features.ordinals is not None:
            days = features.ordinals[part]
            gaps = np.abs(days[:, None] - days[None, :])
        for k, label in enumerate(confirm(sim, clusters(sim, settings.threshold), gaps, settings)):
            members.setdefault(label, []).append(k)
        for local in members.values():
            stories.append(_story([int(part[k]) for k in local], sim[np.ix_(local, local)], articles))
    stories.sort(key=lambda s: (-len(s.sources), _natural(s.sources[0])))
    return stories


def _story(idx: list[int], sub: np.ndarray, articles: list[StoryArticle]) -> Story:
    """A story of the articles `idx`, `sub` their similarity matrix."""
    mean = ((sub.sum(axis=1) - 1.0) / (len(idx) - 1)) if len(idx) > 1 else np.ones(1)
    central = idx[int(np.argmax(mean))]
    order = sorted(idx, key=lambda i: (str(day(articles[i].date) or ""), _natural(articles[i].source)))
    sources = [articles[i].source for i in order]
    return Story(
        id=story_id(sources), headline=_headline(articles[central]), sources=sources,
        cohesion=float(mean.min()) if len(idx) > 1 else 1.0,
        similarity={articles[i].source: round(float(m), 3) for i, m in zip(idx, mean)} if len(idx) > 1 else {},
    )


def story_of(stories: list[Story]) -> dict[str, str]:
    """Each article's story id by source."""
    return {src: s.id for s in stories for src in s.sources}
