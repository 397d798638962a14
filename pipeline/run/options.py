"""What a run is asked to do: the options of a local run (RunOptions) and of a Ray run's actors (RayOptions).

Plain dataclasses with their defaults, apart from the runners, so that the command line reads the defaults
without loading the models' libraries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.brief import formats as brief_formats
from pipeline.checks import DEFAULT_LEVEL
from pipeline.ingest.read import FOLLOW_LINKS
from pipeline.summarization.base import SummarizeOptions
from pipeline.translation.base import TranslateOptions
from pipeline.translation.llm.translator import LLMOptions


@dataclass
class RunOptions:
    # Local folders; a Ray run (ray.py) also takes fsspec URLs (s3://bucket/in), kept as text.
    input_dir: Path | str
    out_dir: Path | str
    translator: str = "opus"
    summarizer: str = "distilbart"
    device: str = "auto"
    engine: str = "auto"
    threads: int | None = None
    translate: TranslateOptions = field(default_factory=TranslateOptions)
    summarize: SummarizeOptions = field(default_factory=SummarizeOptions)
    force: bool = False  # redo every article, and translate every sentence again (refreshing the cache)
    max_file_mb: float = 2.0  # larger files are refused: no news article comes near it
    follow_links: bool = FOLLOW_LINKS  # read files and folders that symbolic links lead to outside the input folder
    glossary: list[Path] = field(default_factory=list)  # user glossaries merged over the built-in one (glossary/terms.py)
    glossary_method: str = "auto"  # auto | placeholder | constrained | replace | off
    names: str = "ascii"  # Vietnamese personal names in English: ascii (To Lam) or keep (Tô Lâm)
    chinese_names: str = "pinyin"  # Chinese persons the glossary lacks: pinyin (inferred) or keep
    captions: str = "keep"  # photo captions in the brief: keep (as they are) or translate (brief/assemble.py)
    checks: str = DEFAULT_LEVEL  # fact checks on every sentence and evidence for the summary: off | basic (checks/)
    formats: tuple[str, ...] = brief_formats.DEFAULT  # files per brief (brief/formats; JSON always): run --format
    # Upcoming articles whose sentences share the translator's token-budget batches (run/grouped.py),
    # as a Ray actor's `articles_per_call`: short articles fill batches together; a small group keeps what a
    # Ctrl-C costs small (the group's shared translations not yet stored). 1: each article alone.
    articles_together: int = 4
    # An LLM translator behind an OpenAI-compatible server (--translator openai:MODEL; translation/llm/server.py).
    api_base: str | None = None  # its base URL (http://host:8000/v1); None: OPENAI_BASE_URL
    api_concurrency: int = LLMOptions.concurrency  # requests in flight at most
    api_patience: float = LLMOptions.patience  # seconds it may stay unavailable before the batch stops


@dataclass(frozen=True)
class RayOptions:
    # None: the cluster RAY_ADDRESS names (as `ray job submit` sets it), else a new local runtime;
    # "auto" (the cluster `ray start` made on this machine), "host:6379", "ray://host:10001" (Ray Client).
    address: str | None = None
    translator_actors: int = 1
    translator_cpus: float = 1.0
    translator_gpus: float = 0.0
    summarizer_actors: int = 1
    summarizer_cpus: float = 0.5
    summarizer_gpus: float = 0.0
    articles_per_call: int = 4  # articles an actor is handed at once
