"""End to end through the public CLI: every architecture on the sample inputs, exit codes, missing models."""

import json
import os
import subprocess
import sys
from enum import Enum

import pytest
import typer
from typer.testing import CliRunner

from pipeline.cli import common
from pipeline.cli.main import app
from pipeline.glossary.methods import METHODS, NAME_STYLES
from pipeline.models.convert import QUANTIZATIONS
from pipeline.models.ct2 import ENGINES
from pipeline.models.device import DEVICES
from pipeline.run.options import RunOptions
from pipeline.run.options import RayOptions
from pipeline.summarization.base import SummarizeOptions
from pipeline.translation.base import TranslateOptions

from helpers import INPUTS, ROOT, SHORTEST, check_briefs

runner = CliRunner()


def run_cli(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


# Marian briefs all of inputs/; the other architectures differ only in special tokens and prefixes, so the
# two shortest articles show their handling at a quarter of the cost. A tiny random model always runs to the
# length cap and is retried: a lower cap (--length-ratio) makes that cheaper without changing what is tested.
CHEAP_CAP = ["--length-ratio", "0.5"]


@pytest.mark.parametrize("arch", ["marian", "mbart", "t5", "m2m100"])
def test_run_every_translator_on_inputs(tiny, tmp_path, arch):
    src, out = INPUTS, tmp_path / "out"
    if arch != "marian":
        src = tmp_path / "in"
        src.mkdir()
        for name in SHORTEST:
            (src / name).write_bytes((INPUTS / name).read_bytes())
    n = len(list(src.glob("*.txt")))
    # Glossary enforcement multiplies generate() calls and has its own tests; here it would only cost time.
    result = run_cli("run", str(src), "--out", str(out), "--translator", str(tiny[arch]),
                     "--summarizer", "lead", "--beams", "2" if arch == "marian" else "1", "--glossary-method", "off",
                     *CHEAP_CAP)
    assert result.exit_code == 0, result.output
    briefs = check_briefs(out, n)
    assert all(b["summary_method"] == "extractive (lead)" for b in briefs)
    assert all(any("extractive" in w for w in b["warnings"]) for b in briefs)  # the fallback is labelled
    assert f"{n} article(s) briefed, 0 failed" in (out / "index.md").read_text(encoding="utf-8")


def test_run_with_seq2seq_summarizer(tiny, tmp_path):
    out = tmp_path / "out"
    result = run_cli("run", str(INPUTS), "--out", str(out), "--translator", str(tiny["marian"]),
                     "--summarizer", str(tiny["bart"]), "--beams", "1", "--summary-words", "20",
                     "--glossary-method", "off", "--engine", "transformers", *CHEAP_CAP)
    assert result.exit_code == 0, result.output
    briefs = check_briefs(out)
    for b in briefs:
        assert b["summary_en"] and b["summary_method"].startswith("abstractive")
        assert b["models"]["summarizer"]["kind"] == "bart"
    # 000 is longer than the tiny BART's 256-token input: it must go through map-reduce, and say so.
    long = next(b for b in briefs if b["source"].startswith("000"))
    assert "map-reduce" in long["summary_method"]


def test_output_mirrors_tree_and_bad_file_fails_alone(tiny, tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text((INPUTS / "001_217e83315b95950c.txt").read_text(encoding="utf-8"),
                                       encoding="utf-8")
    (src / "bad.txt").write_bytes("Hà Nội".encode("cp1258", errors="replace") + b"\xe9\xff hello")
    (src / "empty.md").write_text("  \n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("run", str(src), "--out", str(out), "--translator", str(tiny["marian"]),
                     "--summarizer", "lead", "--beams", "1")
    assert result.exit_code == 1
    assert (out / "sub" / "a.md").is_file() and (out / "sub" / "a.json").is_file()
    index = {r["source"]: r for r in map(json.loads, (out / "index.jsonl").read_text().splitlines())}
    assert index["sub/a.txt"]["status"] == "ok"
    assert index["bad.txt"]["status"] == "failed" and "UTF-8" in index["bad.txt"]["error"]
    assert index["empty.md"]["status"] == "failed" and "empty" in index["empty.md"]["error"]
    assert "Failed" in (out / "index.md").read_text(encoding="utf-8")
    assert not list(out.rglob("*.tmp"))


def test_usage_errors_exit_2(tmp_path):
    assert run_cli("run", str(tmp_path / "missing")).exit_code == 2
    assert run_cli("run", "--beams", "zero").exit_code == 2
    assert run_cli("run", "--device", "tpu").exit_code == 2


def test_ray_options_are_checked_before_any_work(tmp_path):
    out = tmp_path / "out"
    for args, says in ((["--translator-actors", "2"], "add --ray"),
                       (["--ray", "--translator-actors", "0"], "at least 1"),
                       (["--ray", "--translator-gpus", "-1"], "zero or more")):
        result = run_cli("run", str(INPUTS), "--out", str(out), *args)
        assert result.exit_code == 2 and says in result.output, (args, result.output)
    # A URL is for a Ray run, whose workers may be on machines that see no local folder of this one.
    result = run_cli("run", INPUTS.as_uri(), "--out", str(out))
    assert result.exit_code == 2 and "--ray" in result.output
    assert not out.exists()


def test_missing_model_message_offline(tmp_path):
    """With HF_HUB_OFFLINE=1 and an empty cache, the default model is named, with the fix, and no traceback."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf"),
           "VIETBRIEF_MODELS": str(tmp_path / "store")}
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "run", str(INPUTS), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 2
    assert "Helsinki-NLP/opus-mt-vi-en" in proc.stderr and "vietbrief models pull opus" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


def test_translate_command_keeps_paragraphs(tiny, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Ngày 19/2, hội nghị diễn ra tại Hà Nội. Hai bên ký biên bản.\n\nĐoạn thứ hai.\n\nĐoạn ba.",
                       encoding="utf-8")
    result = runner.invoke(app, ["translate", str(article), "--translator", str(tiny["t5"]), "--beams", "1"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip("\n").split("\n\n")) == 3


def test_translate_reads_stdin(tiny):
    result = runner.invoke(app, ["translate", "-", "--translator", str(tiny["marian"]), "--beams", "1"],
                           input="Một câu.\n\nHai câu. Ba câu.".encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip("\n").split("\n\n")) == 2


def test_models_list_tab_separated_when_piped_table_on_a_terminal(monkeypatch):
    result = run_cli("models", "list")  # CliRunner's stdout is not a terminal, as in `vietbrief models list | grep`
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows and all(len(r) == 7 for r in rows)  # role, name, model, licence, size, local, description
    names = {r[1] for r in rows}
    assert {"opus", "vinai", "envit5", "nllb", "distilbart", "bart", "lead"} <= names
    assert ["summarizer", "lead", "-"] == next(r for r in rows if r[1] == "lead")[:3]
    assert "┃" not in result.stdout

    monkeypatch.setattr(common, "to_terminal", lambda: True)
    table = run_cli("models", "list").stdout
    assert "\t" not in table and "┃ role" in table and "opus" in table


def test_glossary_show_tab_separated_when_piped_table_on_a_terminal(monkeypatch):
    piped = run_cli("glossary", "show", "--grep", "to lam").stdout
    assert piped.splitlines()[0].split("\t")[:3] == ["Tô Lâm", "To Lam", "vna-english"]
    assert all(len(line.split("\t")) == 4 for line in piped.splitlines())
    monkeypatch.setattr(common, "to_terminal", lambda: True)
    table = run_cli("glossary", "show", "--grep", "to lam").stdout
    assert "Glossary: " in table and "┃ Vietnamese" in table and "Tô Lâm" in table and "\t" not in table
    assert run_cli("glossary", "show", "--grep", "to lam", "--plain").stdout == piped  # --plain: lines anyway


def test_cli_choices_are_the_librarys():
    assert [c.value for c in common.Device] == list(DEVICES)
    assert [c.value for c in common.Engine] == list(ENGINES)
    assert [c.value for c in common.Quantization] == list(QUANTIZATIONS)
    assert [c.value for c in common.GlossaryMethod] == list(METHODS)
    assert [c.value for c in common.NameStyle] == list(NAME_STYLES)
    # one spelling of each engine, in every command
    for args in (["run", str(INPUTS)], ["translate", "-"], ["eval", "translate", "--ref", str(INPUTS)]):
        result = runner.invoke(app, [*args, "--engine", "ctranslate2"])
        assert result.exit_code == 2 and "ctranslate2" in result.output and "ct2" in result.output, args


def _defaults(*command: str) -> dict:
    cmd = typer.main.get_command(app)
    for name in command:
        cmd = cmd.commands[name]
    return {p.name: p.default for p in cmd.params}


def test_cli_defaults_are_the_librarys():
    run, tr = RunOptions(INPUTS, INPUTS), TranslateOptions()
    expected = {"translator": run.translator, "summarizer": run.summarizer, "device": run.device,
                "engine": run.engine, "threads": run.threads, "force": run.force, "max_file_mb": run.max_file_mb,
                "glossary_method": run.glossary_method, "names": run.names, "beams": tr.beams,
                "batch_tokens": tr.batch_tokens, "length_ratio": tr.length_ratio, "retry_loops": tr.retry_loops,
                "summary_words": SummarizeOptions().words}
    assert {k: str(v) if isinstance(v, Enum) else v for k, v in _defaults("run").items() if k in expected} == expected
    translate = _defaults("translate")
    assert {k: str(translate[k]) for k in ("translator", "device", "engine", "glossary_method", "names", "beams")} \
        == {k: str(expected[k]) for k in ("translator", "device", "engine", "glossary_method", "names", "beams")}
    assert str(_defaults("models", "convert")["quantization"]) in QUANTIZATIONS
    # --translator-actors and co. are unset unless given, and say RayOptions' defaults in their help
    assert f"(default {RayOptions().articles_per_call})" in runner.invoke(app, ["run", "--help"],
                                                                          terminal_width=200).output


def test_run_help_is_grouped_into_panels():
    help_text = runner.invoke(app, ["run", "--help"], terminal_width=200).output
    panels = {}
    current = None
    for line in help_text.splitlines():
        if line.startswith("╭─ "):
            current = line.strip("╭─ ╮").rsplit(" ─", 1)[0].strip(" ─")
        elif current:  # an option's row starts with its name; other rows continue a help text
            words = [w for w in line.strip("│ ").split() if w != "*"]
            if words and words[0].startswith("--"):
                panels[words[0]] = current
    assert panels["--translator"] == panels["--engine"] == panels["--device"] == "Models"
    assert panels["--beams"] == panels["--length-ratio"] == panels["--summary-words"] == "Decoding"
    assert panels["--glossary"] == panels["--glossary-method"] == panels["--names"] == "Glossary"
    assert panels["--out"] == panels["--force"] == "Output"
    assert panels["--ray"].startswith("Ray") and panels["--translator-actors"].startswith("Ray")
    assert all(panel != "Options" for option, panel in panels.items() if option != "--help"), panels
