"""An output folder written by vietbrief 0.1 (tests/data/legacy-0.1, made by the code before the brief schema was
versioned) resumes under the current release with 0 sentences translated, and whatever the current release
writes into it is what 0.1 wrote: the same Markdown, index.md and index.jsonl apart from timings, the same JSON
apart from `schema_version` and timings - once what later releases add by default (fact checks, captions listed
apart) is taken out again, or as they stand when the run's options are 0.1's (`--checks off`).

The folder's README gives the command it was made with, run from a working directory holding `inputs/`, the
output folder and the tiny Marian checkpoint at `tiny/marian`. tests/tiny_models.py builds that checkpoint
deterministically and without the library's version stamps, so the session's `tiny` fixture is it, byte for
byte, under any transformers release (and a local model's identity ignores those stamps anyway: models/resolve.py)."""

from __future__ import annotations

import copy
import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.brief import render, review, schema
from pipeline.brief.digest import index_texts, read_index
from pipeline.brief.schema import SCHEMA_VERSION, Brief
from pipeline.cli.main import app

from helpers import markdown_content, with_relative_links

LEGACY = Path(__file__).resolve().parent / "data" / "legacy-0.1"
OUT = "outputs"
NOTES: list[str] = []  # the output of the last run()


def readme_command() -> list[str]:
    """The `vietbrief run ...` line of the fixture's README, as arguments."""
    lines = [ln.strip() for ln in (LEGACY / "README.md").read_text(encoding="utf-8").splitlines()]
    (command,) = [ln for ln in lines if ln.startswith("vietbrief run ")]
    return shlex.split(command)[1:]


@pytest.fixture
def workdir(tiny, tmp_path, monkeypatch) -> Path:
    """A copy of the fixture folder, with the tiny Marian checkpoint where the command's `tiny/marian` finds it,
    as the working directory."""
    work = tmp_path / "legacy"
    shutil.copytree(LEGACY, work)
    (work / "tiny").mkdir()
    (work / "tiny" / "marian").symlink_to(tiny["marian"], target_is_directory=True)
    monkeypatch.chdir(work)
    return work


def run(*extra: str) -> tuple[int, int]:
    """Run the README's command as it stands (plus `extra`) in the working directory: (sentences translated,
    from cache). 0.1 had one engine, transformers; the default is now `auto`, which keeps the engine the folder's
    briefs were made with (run/session.keep_engine), so no `--engine` is needed."""
    result = CliRunner().invoke(app, readme_command() + list(extra), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    NOTES[:] = result.output.splitlines()
    found = re.search(r"sentences: (\d+) translated, (\d+) from cache", result.output)
    assert found, result.output
    return int(found[1]), int(found[2])


def legacy_files() -> list[str]:
    return sorted(p.relative_to(LEGACY / OUT).as_posix() for p in (LEGACY / OUT).iterdir() if p.is_file())


def json_without_timings(text: str) -> str:
    """The brief's JSON text with its timings emptied, laid out as vietbrief lays it out."""
    obj = json.loads(text)
    obj["timings"] = {}
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


# What releases after 0.1 add to a brief by default, leaving everything 0.1 wrote as it was: the fact checks
# (pipeline/checks) - each sentence's and the title's `checks`, the summary's `evidence`, their timing, the index's
# `flagged` -
# the photo captions, listed apart (they stay in `removed` too), the model's score of each sentence (none for
# 0.1's cached ones, and the decoding record says why) and how Chinese names are written. A brief made with them
# is compared with 0.1's once they are taken out again. Its `fingerprint` describes what it was made from, not
# what it says: it changes whenever that description does (run/resume.py), and a brief redone for that reason
# carries the new one.
NEW_DECODING_KEYS = ("score", "glossary_chinese_names")
# The built-in glossary has grown since 0.1 (Chinese persons from CC-CEDICT): a brief records the glossary it was
# made with, so its size and digest are the new glossary's while every term 0.1 used, and every sentence, stay.
GLOSSARY_RECORD_KEYS = ("glossary_entries", "glossary_digest")


def as_0_1_would_have_made_it(brief: Brief, old: dict) -> Brief:
    brief = copy.deepcopy(brief)
    brief.evidence = None
    brief.warnings = [w for w in brief.warnings if w not in review.title_warnings(brief.title_checks)]
    brief.title_checks = None
    brief.captions = []
    for para in brief.paragraphs:
        for sentence in para.sentences:
            sentence.checks = None
            sentence.score = None
    brief.timings.pop("checks", None)
    brief.decoding = {role: {k: old["decoding"][role][k] if k in GLOSSARY_RECORD_KEYS else v
                             for k, v in settings.items() if k not in NEW_DECODING_KEYS}
                      for role, settings in brief.decoding.items()}
    brief.fingerprint = old["fingerprint"]
    return brief


def assert_same_as_legacy(work: Path) -> dict[str, bool]:
    """Every file of the legacy output folder as the current release left it, compared with what 0.1 wrote;
    for each brief, whether the current release rewrote it. (Files of output formats 0.1 did not have may sit
    beside them.)"""
    def old(name: str) -> str:
        return (LEGACY / OUT / name).read_text(encoding="utf-8")

    def new(name: str) -> str:
        return (work / OUT / name).read_text(encoding="utf-8")

    rewritten = {}
    for name in legacy_files():
        if not name.endswith(".json") or name == "index.jsonl":
            continue
        md = name.removesuffix(".json") + ".md"
        rewritten[md] = new(name) != old(name)
        if not rewritten[md]:  # skipped: left as 0.1 wrote it
            assert new(md) == old(md), md
            continue
        brief = schema.read_text(new(name))
        assert new(name) == schema.json_text(brief)  # written by the one writer: nothing it does not know
        assert new(md) == render.markdown(brief)
        made_by_0_1 = as_0_1_would_have_made_it(brief, json.loads(old(name)))
        assert list(made_by_0_1.timings) == list(json.loads(old(name))["timings"])
        # The JSON, with the version's line taken out, is 0.1's, timings aside.
        lines = schema.json_text(made_by_0_1).splitlines(keepends=True)
        assert lines[1] == f'  "schema_version": {SCHEMA_VERSION},\n'
        assert json_without_timings("".join(lines[:1] + lines[2:])) == json_without_timings(old(name)), name
        # The Markdown says what 0.1's said (title, summary, every sentence pair), laid out as briefs are now.
        assert markdown_content(render.markdown(made_by_0_1)) == markdown_content(old(md)), md

    # The index: written by its one writer, and 0.1's apart from the timing field (`seconds`), `skipped` where
    # the run skipped an article, and what later releases add.
    outcomes = read_index(new("index.jsonl"))
    jsonl, digest = index_texts(outcomes)
    assert (new("index.jsonl"), new("index.md")) == (jsonl, digest)
    for outcome, old_outcome in zip(outcomes, read_index(old("index.jsonl")), strict=True):
        outcome.seconds, outcome.skipped, outcome.flagged = old_outcome.seconds, False, None
        # Later releases count the sentences and name each brief's story (every article of this folder is a
        # story of its own: two events over three years apart).
        assert outcome.story and outcome.sentences > 0
        outcome.sentences, outcome.story = 0, None
    assert index_texts(outcomes) == (old("index.jsonl"), with_relative_links(old("index.md")))
    return rewritten


def test_a_0_1_output_folder_resumes_with_nothing_translated(workdir):
    # 0.1 wrote Chinese names as the Vietnamese has them; later releases infer their pinyin by default.
    translated, cached = run("--chinese-names", "keep")
    assert translated == 0
    # ...because the run kept the engine the folder was made with, and said so.
    assert any("made with the transformers engine" in line for line in NOTES)
    rewritten = assert_same_as_legacy(workdir)
    index = [json.loads(line) for line in (workdir / OUT / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    # A brief the run skipped is left untouched; one it redid (the resume fingerprint changed) came from the
    # sentence cache alone, and its JSON now says its schema version.
    for row in index:
        md = Path(row["brief"]).name
        assert row["status"] == "ok" and row["skipped"] is not rewritten[md], row
        if row["skipped"]:
            assert (workdir / OUT / md).with_suffix(".json").read_bytes() == \
                (LEGACY / OUT / md).with_suffix(".json").read_bytes()
    if all(row["skipped"] for row in index):
        assert cached == 0
    else:
        assert cached > 0


def test_rebriefing_a_0_1_folder_from_its_cache_gives_its_briefs_again(workdir):
    # Without their JSON the articles are redone, as they would be if the resume fingerprint had changed: every
    # sentence must come from 0.1's cache (its keys are unchanged), and the briefs made from them must be
    # 0.1's, apart from schema_version and timings. With the fact checks off, as 0.1 had none, the Markdown and
    # the index are 0.1's as they stand.
    # With the briefs' JSON gone the folder no longer records the engine (only the briefs do: resume.
    # recorded_engine), so this run names 0.1's, whose translations the cache holds.
    for p in (workdir / OUT).glob("*.json"):
        p.unlink()
    translated, cached = run("--checks", "off", "--engine", "transformers", "--chinese-names", "keep")
    assert translated == 0 and cached >= sum(json.loads(p.read_text(encoding="utf-8"))["stats"]["sentences"]
                                             for p in (LEGACY / OUT).glob("*.json"))
    assert all(assert_same_as_legacy(workdir).values())  # every brief was rewritten
    for name in legacy_files():
        new = (workdir / OUT / name).read_text(encoding="utf-8")
        old = (LEGACY / OUT / name).read_text(encoding="utf-8")
        if name == "index.md":
            assert new == with_relative_links(old)
        elif name.endswith(".md"):
            assert markdown_content(new) == markdown_content(old), name
        elif name.endswith(".json") and name != "index.jsonl":
            assert json.loads(new)["schema_version"] == SCHEMA_VERSION


def test_the_readme_command_as_it_stands_translates_only_the_sentences_naming_an_inferred_chinese_person(workdir):
    """The pinyin of Chinese persons the glossary lacks (pipeline/names) reaches a 0.1 folder: the sentences naming
    such a person are translated again with the name in place, and nothing else is."""
    translated, _ = run()
    naming = set()
    for path in (workdir / OUT).glob("*.json"):
        brief = schema.read_text(path.read_text(encoding="utf-8"))
        inferred = [term.vi for term in brief.glossary if term.origin == "inferred"]
        sentences = [s.vi for p in brief.paragraphs for s in p.sentences] + [brief.title_vi or ""]
        naming |= {s for s in sentences if any(name in s for name in inferred)}
    assert naming and translated == len(naming)
