"""`vietbrief run --ray`: the same briefs as a local run, failures and resume as in a local run, file:// URLs,
and an actor killed mid-run replaced by Ray without losing an article. One local Ray runtime with 2 CPUs is
shared by the module (kept on one xdist worker), and the articles are the two shortest samples."""

import json
import os
import re
import shutil
import signal
import threading
import time
from pathlib import Path, PurePosixPath

import pytest
from typer.testing import CliRunner

ray = pytest.importorskip("ray")

from pipeline.cli.main import app  # noqa: E402
from pipeline.run import ray as ray_driver  # noqa: E402
from pipeline.run.ray import RayOptions, check_resources, run_on_ray  # noqa: E402
from pipeline.run.local import RunOptions, SetupError  # noqa: E402
from pipeline.summarization import SummarizeOptions  # noqa: E402
from pipeline.translation.seq2seq import TranslateOptions  # noqa: E402

from helpers import INPUTS, SHORTEST, Quiet, cache_rows  # noqa: E402

runner = CliRunner()
pytestmark = pytest.mark.xdist_group("ray")  # one Ray runtime for the module, not one per xdist worker
TIMINGS_JSON = re.compile(r'"timings": \{[^}]*\}')
SECONDS = re.compile(r'"seconds": [0-9.]+')
TIMINGS_HTML = re.compile(r"<dt>Timings</dt><dd>[^<]*</dd>")  # the HTML brief's provenance
# Cheap decoding for a random model (one beam, short length cap): what is compared is where each step runs,
# not the decoding; the glossary and the loop retry stay on, as they change how an actor batches (run/grouped.py).
CHEAP = ["--beams", "1", "--length-ratio", "0.25"]


@pytest.fixture(scope="module")
def cluster():
    """A local Ray runtime of 2 CPUs: 1 translator actor (1 CPU), 1 summarizer actor (0.5) and article
    reading (0.25) fit in it, as they must on a 2-core machine."""
    if ray.is_initialized():
        ray.shutdown()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("articles")
    for name in SHORTEST:
        shutil.copy(INPUTS / name, src / name)
    return src


def files_without_timings(out: Path) -> dict[str, str]:
    """Every brief and index file under out, timings removed (the only bytes allowed to differ)."""
    found = {}
    for p in sorted(out.rglob("*")):
        if not p.is_file() or ".vietbrief" in p.parts:
            continue
        text = p.read_text(encoding="utf-8")
        if p.suffix == ".json":
            text = TIMINGS_JSON.sub('"timings": {}', text)
        elif p.name == "index.jsonl":
            text = SECONDS.sub('"seconds": 0', text)
        elif p.suffix == ".md":
            text = "\n".join(ln for ln in text.splitlines() if not ln.startswith("- **Timings:**"))
        elif p.suffix == ".html":
            text = TIMINGS_HTML.sub("", text)
        found[p.relative_to(out).as_posix()] = text
    return found


def summary_counts(stderr: str) -> str:
    line = next(ln for ln in stderr.splitlines() if ln.startswith("summary:"))
    return line.rsplit(";", 1)[0]  # without the seconds


@pytest.fixture(scope="module")
def local_reference(tiny, articles, tmp_path_factory):
    """The articles briefed by a local run."""
    out = tmp_path_factory.mktemp("local") / "out"
    result = runner.invoke(app, ["run", str(articles), "--out", str(out), "--translator", str(tiny["marian"]),
                                 "--summarizer", "lead", *CHEAP])
    assert result.exit_code == 0, result.output
    return out, summary_counts(result.stderr)


def test_ray_run_writes_the_local_briefs(cluster, tiny, articles, local_reference, tmp_path, monkeypatch):
    ref, ref_counts = local_reference
    out = tmp_path / "out"
    command = ["run", str(articles), "--ray", "--translator", str(tiny["marian"]), "--summarizer", "lead",
               "--out", str(out), *CHEAP]
    result = runner.invoke(app, command)
    assert result.exit_code == 0, result.output
    expected = files_without_timings(ref)
    assert len(expected) == 9  # 2 x (.md, .json, .html), index.md, index.jsonl, index.html
    assert files_without_timings(out) == expected
    # The actor translated through the sentence cache in the output folder, as the local run did.
    assert summary_counts(result.stderr) == ref_counts
    assert (out / ".vietbrief" / "cache.sqlite").is_file()

    # A rerun takes the settings digest from the memo, as a local rerun does: the driver starts no task to
    # load a model and learn it, and every brief is up to date.
    def loaded(*args, **kwargs):
        raise AssertionError("the driver had the models loaded for their settings")

    monkeypatch.setattr(ray_driver, "_described", loaded)
    again = runner.invoke(app, command)
    assert again.exit_code == 0, again.output
    assert summary_counts(again.stderr).startswith("summary: 0 briefed, 2 skipped (already up to date)")
    briefs = {k: v for k, v in expected.items() if not k.startswith("index.")}
    assert {k: v for k, v in files_without_timings(out).items() if k in briefs} == briefs


def test_failures_and_resume_as_in_a_local_run_through_file_urls(cluster, tiny, tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(INPUTS / SHORTEST[0], src / "sub" / "a.txt")
    shutil.copy(INPUTS / SHORTEST[1], src / "b.txt")
    (src / "bad.txt").write_bytes("Hà Nội".encode("cp1258", errors="replace") + b"\xe9\xff hello")
    (src / "empty.md").write_text("  \n", encoding="utf-8")
    (src / "big.txt").write_text("Hà Nội " * 300_000, encoding="utf-8")  # 3 MB, over --max-file-mb 2
    # A dataset: each record is an article of its own, listed, read and failing alone through URLs too.
    record = {"id": "r1", "title": "Tin một", "text": (INPUTS / SHORTEST[0]).read_text(encoding="utf-8")}
    (src / "news.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    common = ["--translator", str(tiny["marian"]), "--summarizer", "lead", *CHEAP, "--glossary-method", "off"]
    local, remote = tmp_path / "local", tmp_path / "remote"

    assert runner.invoke(app, ["run", str(src), "--out", str(local), *common]).exit_code == 1
    # An earlier run got as far as b.txt: its brief is up to date and must be kept, not redone.
    remote.mkdir()
    for done in ("b.md", "b.json"):
        shutil.copy2(local / done, remote / done)
    kept = {p.name: p.stat().st_mtime_ns for p in remote.iterdir()}
    result = runner.invoke(app, ["run", src.as_uri(), "--out", remote.as_uri(), "--ray", *common])
    assert result.exit_code == 1, result.output
    assert "4 of 7 article(s) failed" in result.stderr
    assert summary_counts(result.stderr).startswith("summary: 2 briefed, 1 skipped (already up to date), 4 failed")
    assert {p: remote.joinpath(p).stat().st_mtime_ns for p in kept} == kept

    index = {r["source"]: r for r in map(json.loads, (remote / "index.jsonl").read_text().splitlines())}
    assert [(index[s]["status"], index[s]["skipped"]) for s in ("b.txt", "sub/a.txt")] == [("ok", True),
                                                                                            ("ok", False)]
    assert "UTF-8" in index["bad.txt"]["error"] and "empty" in index["empty.md"]["error"]
    assert "limit for one article" in index["big.txt"]["error"]
    assert index["news.jsonl#1"]["brief"] == "news/r1.md" and "not valid JSON" in index["news.jsonl#2"]["error"]
    # Written through fsspec, briefs, failures and index are those of the local run (b.txt marked skipped).
    expected = files_without_timings(local)
    expected["index.jsonl"] = "\n".join(ln.replace('"skipped": false', '"skipped": true')
                                        if ln.startswith('{"source": "b.txt"') else ln
                                        for ln in expected["index.jsonl"].split("\n"))
    assert files_without_timings(remote) == expected
    assert not list(remote.rglob("*.tmp"))


def test_a_local_runtime_too_small_for_the_pools_is_a_setup_error(cluster):
    with pytest.raises(SetupError, match="lower --translator-actors"):
        check_resources(RayOptions(translator_actors=2), started_here=True, reporter=Quiet())
    check_resources(RayOptions(), started_here=True, reporter=Quiet())  # 1 + 0.5 + 0.25 CPUs of 2: fits


# --- fault tolerance ---------------------------------------------------------------------------------------------


def _parent(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


def translator_actors() -> set[int]:
    """PIDs of this runtime's translator actors: Ray names an actor's process after its class, and starts it
    from the raylet that this process (which called ray.init) started."""
    pids = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if "TranslateActor" in (entry / "cmdline").read_bytes().decode(errors="replace") \
                        and _parent(_parent(int(entry.name))) == os.getpid():
                    pids.add(int(entry.name))
            except (OSError, ValueError, IndexError):
                continue  # gone meanwhile
    return pids


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="finds the actor's process through /proc")
def test_a_killed_translator_actor_is_replaced_and_no_article_is_lost(cluster, tiny, articles, local_reference,
                                                                     tmp_path):
    ref, _ = local_reference
    out = tmp_path / "out"
    opts = RunOptions(articles, out, translator=str(tiny["marian"]), summarizer="lead",
                      translate=TranslateOptions(beams=1, length_ratio=0.25), summarize=SummarizeOptions(beams=1))

    outcome = {}
    # One article per actor call: the actor holds one article, and has more to come, when it is killed.
    worker = threading.Thread(target=lambda: outcome.setdefault(
        "result", run_on_ray(opts, RayOptions(articles_per_call=1), Quiet())))
    worker.start()
    cache = out / ".vietbrief" / "cache.sqlite"
    deadline = time.monotonic() + 300
    killed = None
    # Kill it once it has committed some translations to the cache, that is, in the middle of its work. The cache
    # is read every 5 ms, /proc scanned for the actor only once it has: a scan reads every process's command line,
    # and one every 5 ms kept this process busy beside the actors it waited on (its CPU in this test: 13.0 s, 8.7 s
    # scanning only then).
    while killed is None and worker.is_alive() and time.monotonic() < deadline:
        pids = translator_actors() if cache_rows(cache) >= 1 else set()
        if pids:
            killed = pids.pop()
            briefed_then = len(list(out.glob("*.json")))
            os.kill(killed, signal.SIGKILL)
        time.sleep(0.005)
    assert killed is not None, "the run ended before the actor could be killed"
    replacements = set()
    while worker.is_alive() and time.monotonic() < deadline:
        replacements |= translator_actors() - {killed}
        time.sleep(0.05)
    worker.join(timeout=1)
    assert not worker.is_alive()

    assert briefed_then < 2  # work was left when the actor died ...
    assert replacements  # ... a new actor process took it over ...
    result = outcome["result"]
    assert (result.summary.ok, result.summary.failed, result.summary.stopped) == (2, 0, None)
    assert files_without_timings(out) == files_without_timings(ref)  # ... and every brief is the local run's


def test_actors_meeting_only_finished_articles_load_no_model(monkeypatch, tmp_path):
    # A rerun with nothing to do hands the actors rows that are final Outcomes already (prepare found each
    # brief up to date): they pass them on without loading a model; the first Job loads it.
    from pipeline.brief.digest import OK, Outcome
    from pipeline.run import ray_workers, stages

    def loaded(*args, **kwargs):
        raise AssertionError("a model was loaded")

    monkeypatch.setattr(ray_workers, "load_translator", loaded)
    monkeypatch.setattr(ray_workers, "load_summarizer", loaded)
    done = [Outcome("a.txt", OK, skipped=True), Outcome("b.txt", OK, skipped=True)]
    opts = RunOptions(tmp_path, tmp_path / "out")
    translated = ray_workers.TranslateActor(opts, None, None)(ray_workers.to_rows(done))
    summarized = ray_workers.SummarizeActor(opts, None)(translated)
    assert ray_workers.steps_of(summarized) == done
    assert list(summarized["stopped"]) == [b"", b""]

    job = stages.Job("c.txt", PurePosixPath("c"))
    with pytest.raises(AssertionError, match="a model was loaded"):
        ray_workers.SummarizeActor(opts, None)(ray_workers.to_rows(done + [job]))
