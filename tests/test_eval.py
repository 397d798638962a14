"""`vietbrief eval`: sacreBLEU/ROUGE scores, input checks, and run comparison.

Translation runs the tiny random-weight Marian model the suite builds (conftest `tiny`); COMET goes through a
fake `comet` module. Scores are checked against sacreBLEU's API, its command line and rouge_score.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st
from sacrebleu.metrics import BLEU, CHRF
from sacrebleu.utils import smart_open
from typer.testing import CliRunner

from pipeline import evaluation
from pipeline.brief.digest import FAILED, OK, Outcome, index_texts
from pipeline.brief.schema import Brief, ParagraphPair, SentencePair, json_text
from pipeline.models.info import ModelInfo
from pipeline.cli.eval import eval_app

ROOT = Path(__file__).resolve().parent.parent

SRC = [
    "Bộ Công an vừa công bố kết quả điều tra vụ án.",
    "Giá xăng giảm 500 đồng mỗi lít từ chiều nay.",
    "Hà Nội sẽ có mưa rào và dông vào cuối tuần.",
    "Thủ tướng yêu cầu đẩy nhanh tiến độ giải ngân vốn đầu tư công.",
    "Đội tuyển Việt Nam thắng 2-0 trong trận giao hữu.",
    "Xuất khẩu gạo tăng 12% so với cùng kỳ năm ngoái.",
]
REF = [
    "The Ministry of Public Security has announced the results of the investigation.",
    "Petrol prices fall by 500 dong per litre from this afternoon.",
    "Hanoi will have showers and thunderstorms at the weekend.",
    "The Prime Minister asked to speed up the disbursement of public investment capital.",
    "Vietnam's team won 2-0 in the friendly match.",
    "Rice exports rose 12% compared with the same period last year.",
]
HYP = [
    "The Ministry of Public Security has just announced the investigation results.",
    "Gasoline prices drop 500 dong per liter from this afternoon.",
    "Hanoi will see showers and thunderstorms at the weekend.",
    "The Prime Minister requested to accelerate disbursement of public investment.",
    "The Vietnamese team won 2-0 in a friendly.",
    "Rice exports increased by 12% over the same period last year.",
]


def make_app() -> typer.Typer:
    app = typer.Typer()
    app.add_typer(eval_app, name="eval")

    @app.callback()
    def _main() -> None:  # keeps `eval` a sub-command group
        pass

    return app


def invoke(*args: str):
    return CliRunner().invoke(make_app(), ["eval", *args])


def write_lines(path: Path, lines, *, newline: str = "\n", bom: bool = False, final: bool = True) -> Path:
    text = newline.join(lines) + (newline if final else "")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def cli_lines(path: Path) -> list[str]:
    """Lines as sacreBLEU's command line reads them."""
    return [line.rstrip() for line in smart_open(str(path))]


@pytest.fixture
def files(tmp_path):
    return {
        "src": write_lines(tmp_path / "src.vi", SRC),
        "ref": write_lines(tmp_path / "ref.en", REF),
        "hyp": write_lines(tmp_path / "hyp.en", HYP),
    }


def run_json(*args: str) -> dict:
    r = invoke(*args, "--json")
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)  # exactly one JSON object, nothing else


# --- translate: scores ------------------------------------------------------------------------------


def test_scores_equal_sacrebleu_api(files):
    out = run_json("translate", "--hyp", str(files["hyp"]), "--ref", str(files["ref"]))
    bleu, chrf = BLEU(), CHRF(word_order=2)
    b = bleu.corpus_score(HYP, [REF])
    c = chrf.corpus_score(HYP, [REF])
    assert out["bleu_score"] == b.score and out["chrf_score"] == c.score
    assert out["bleu"] == float(f"{b.score:.1f}") and out["chrf"] == float(f"{c.score:.1f}")
    assert out["signature"] == bleu.get_signature().format()
    assert out["chrf_signature"] == chrf.get_signature().format()
    assert "nw:2" in out["chrf_signature"]
    assert out["segments"] == len(HYP)
    assert out["comet"] is None and out["comet_status"].startswith("not requested")
    assert out["time_s"] is None and out["translator"] is None


def test_same_as_sacrebleu_command_line(tmp_path):
    # CRLF endings, trailing blanks, a lone CR and a form feed inside a line: read exactly as the CLI does.
    ref = write_lines(tmp_path / "R", [r + "  " for r in REF[:-1]] + ["Rice\rexports\x0c rose 12%."], newline="\r\n")
    hyp = write_lines(tmp_path / "H", HYP[:-1] + ["Rice exports rose 12 %\t"], final=False)
    base = [sys.executable, "-m", "sacrebleu", str(ref), "-i", str(hyp), "-m", "bleu", "chrf", "--chrf-word-order", "2"]
    cli = {m["name"]: m for m in json.loads(subprocess.run(base, capture_output=True, text=True, check=True).stdout)}
    cli_text = subprocess.run(base + ["-f", "text"], capture_output=True, text=True, check=True).stdout.splitlines()

    out = run_json("translate", "--hyp", str(hyp), "--ref", str(ref))
    assert out["bleu"] == cli["BLEU"]["score"] and out["signature"] == cli["BLEU"]["signature"]
    assert out["chrf"] == cli["chrF2++"]["score"] and out["chrf_signature"] == cli["chrF2++"]["signature"]
    assert out["bleu_verbose"] == cli["BLEU"]["verbose_score"]

    human = invoke("translate", "--hyp", str(hyp), "--ref", str(ref))
    assert human.exit_code == 0
    for line in cli_text:  # sacreBLEU's own lines, signature included, verbatim
        assert line.strip() in human.stdout.splitlines()
    assert "BLEU" in human.stdout and "chrF++" in human.stdout


def test_width_like_sacrebleu(files):
    out = run_json("translate", "--hyp", str(files["hyp"]), "--ref", str(files["ref"]), "--width", "3")
    assert out["bleu"] == float(f"{out['bleu_score']:.3f}")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \t\r\n\x0b\x0c\x1c\x85\u2028\u00a0éệ")), max_size=40))
def test_reading_matches_sacrebleu_cli(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("r") / "f.txt"
    path.write_bytes(text.encode("utf-8"))
    assert evaluation.split_segments(text) == cli_lines(path)


# --- translate: input errors --------------------------------------------------------------------------


def test_line_count_mismatch(files, tmp_path):
    short = write_lines(tmp_path / "short.en", REF[:-1])
    r = invoke("translate", "--hyp", str(files["hyp"]), "--ref", str(short), "--json")
    assert r.exit_code == 2
    assert r.stdout == ""
    assert "line counts differ" in r.stderr and "short.en" in r.stderr and "hyp.en" in r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("role", ["ref", "src"])
def test_empty_line_is_an_error(files, tmp_path, role):
    lines = list(REF if role == "ref" else SRC)
    lines[2] = "   "
    bad = write_lines(tmp_path / f"bad.{role}", lines)
    args = {"src": str(files["src"]), "ref": str(files["ref"]), "hyp": str(files["hyp"])}
    args[role] = str(bad)
    r = invoke("translate", "--src", args["src"], "--ref", args["ref"], "--hyp", args["hyp"])
    assert r.exit_code == 2
    assert f"bad.{role}" in r.stderr and "line 3 is empty" in r.stderr


def test_trailing_blank_line_in_ref(files, tmp_path):
    ref = write_lines(tmp_path / "ref2.en", REF + [""])
    r = invoke("translate", "--hyp", str(files["hyp"]), "--ref", str(ref))
    assert r.exit_code == 2 and f"line {len(REF) + 1} is empty" in r.stderr


def test_empty_hypothesis_line_is_scored(files, tmp_path):
    hyps = list(HYP)
    hyps[1] = ""
    hyp = write_lines(tmp_path / "hyp2.en", hyps)
    r = invoke("translate", "--hyp", str(hyp), "--ref", str(files["ref"]), "--json")
    assert r.exit_code == 0
    out = json.loads(r.stdout)
    assert out["bleu_score"] == BLEU().corpus_score(hyps, [REF]).score
    assert out["empty_hyp_segments"] == [2]
    assert "empty line" in r.stderr


def test_invalid_utf8(files, tmp_path):
    bad = tmp_path / "latin1.en"
    bad.write_bytes("\n".join(REF[:3]).encode() + "\nCaf\u00e9 prices rose.\n".encode("latin-1") + "\n".join(REF[4:]).encode() + b"\n")
    r = invoke("translate", "--hyp", str(files["hyp"]), "--ref", str(bad))
    assert r.exit_code == 2
    assert "latin1.en" in r.stderr and "not valid UTF-8" in r.stderr and "line 4" in r.stderr


def test_utf16_is_refused(files, tmp_path):
    bad = tmp_path / "u16.en"
    bad.write_bytes("\n".join(REF).encode("utf-16"))
    r = invoke("translate", "--hyp", str(bad), "--ref", str(files["ref"]))
    assert r.exit_code == 2 and "UTF-16" in r.stderr


def test_bom_is_tolerated(files, tmp_path):
    ref = write_lines(tmp_path / "bom.en", REF, bom=True)
    r = invoke("translate", "--hyp", str(files["hyp"]), "--ref", str(ref), "--json")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["bleu_score"] == BLEU().corpus_score(HYP, [REF]).score
    assert "byte-order mark" in r.stderr


def test_missing_file_and_bad_options(files, tmp_path):
    r = invoke("translate", "--hyp", str(tmp_path / "nope.en"), "--ref", str(files["ref"]))
    assert r.exit_code == 2 and "nope.en" in r.stderr and "does not exist" in r.stderr
    r = invoke("translate", "--ref", str(files["ref"]))
    assert r.exit_code == 2 and "--src" in r.stderr
    r = invoke("translate", "--hyp", str(files["hyp"]), "--ref", str(files["ref"]), "--translator", "opus")
    assert r.exit_code == 2
    r = invoke("translate", "--hyp", str(files["hyp"]), "--ref", str(files["ref"]), "--tokenize", "nope")
    assert r.exit_code == 2 and "13a" in r.stderr


def test_hyp_needs_no_model_and_no_torch(files):
    script = textwrap.dedent(
        f"""
        import json, sys
        sys.modules["torch"] = None          # any `import torch` now raises ImportError
        sys.modules["transformers"] = None
        sys.modules["pipeline.translation.seq2seq"] = None
        from typer.testing import CliRunner
        import typer
        from pipeline.cli.eval import eval_app
        app = typer.Typer()
        app.add_typer(eval_app, name="eval")
        @app.callback()
        def main(): pass
        r = CliRunner().invoke(app, ["eval", "translate", "--hyp", {str(files["hyp"])!r},
                                     "--ref", {str(files["ref"])!r}, "--json"])
        assert r.exit_code == 0, r.output
        print(json.loads(r.stdout)["bleu"])
        """
    )
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    assert float(p.stdout.strip()) == float(f"{BLEU().corpus_score(HYP, [REF]).score:.1f}")


# --- translate: with a translator -----------------------------------------------------------------------


def test_translate_then_score(files, tmp_path, tiny):
    """The real translator (the tiny random-weight Marian model, as `run` loads it): what it writes is scored,
    saved, and scores the same when given back with --hyp."""
    run = tmp_path / "run-tiny"
    model = str(tiny["marian"])
    r = invoke("translate", "--src", str(files["src"]), "--ref", str(files["ref"]), "--translator", model,
               "--engine", "transformers", "--device", "cpu", "--beams", "1", "--save", str(run), "--json")
    assert r.exit_code == 0, r.stderr
    out = json.loads(r.stdout)
    hyp_file = run / "eval-translate.hyp.txt"
    hyps = cli_lines(hyp_file)
    assert len(hyps) == len(SRC) and out["files"]["hyp"] == str(hyp_file)
    assert out["bleu_score"] == BLEU().corpus_score(hyps, [REF]).score
    assert out["chrf_score"] == CHRF(word_order=2).corpus_score(hyps, [REF]).score
    assert out["target_tokens"] > 0 and out["time_s"] >= 0 and out["tokens_per_s"] > 0
    assert out["translator"]["spec"] == model and out["translator"]["decoding"]["beams"] == 1
    assert json.loads((run / "eval-translate.json").read_text()) == out
    again = run_json("translate", "--hyp", str(hyp_file), "--ref", str(files["ref"]))
    assert again["bleu_score"] == out["bleu_score"] and again["chrf_score"] == out["chrf_score"]

    # The table a person reads, from the same command without --json: its layout does not depend on how many
    # segments there are, so one pair is translated, not all of them again.
    one = tmp_path / "one"
    one.mkdir()
    human = invoke("translate", "--src", str(write_lines(one / "src.vi", SRC[:1])),
                   "--ref", str(write_lines(one / "ref.en", REF[:1])), "--translator", model,
                   "--engine", "transformers", "--device", "cpu", "--beams", "1")
    assert human.exit_code == 0 and "tokens/s" in human.stdout and "signature" not in human.stderr


def test_inputs_checked_before_the_model_loads(files, tmp_path):
    # A translator that cannot load fails with status 1 ("cannot load translator"); the misaligned input is
    # reported first, with status 2, so no model was tried.
    short = write_lines(tmp_path / "short.vi", SRC[:-2])
    r = invoke("translate", "--src", str(short), "--ref", str(files["ref"]), "--translator", str(tmp_path / "none"))
    assert r.exit_code == 2 and "short.vi" in r.stderr and "cannot load" not in r.stderr


def test_comet_unavailable_and_fake(files, monkeypatch):
    monkeypatch.setitem(sys.modules, "comet", None)
    out = run_json("translate", "--src", str(files["src"]), "--hyp", str(files["hyp"]), "--ref", str(files["ref"]),
                   "--comet-model", "Unbabel/wmt22-comet-da")
    assert out["comet"] is None and out["comet_status"].startswith("unavailable")

    seen = {}
    comet = types.ModuleType("comet")
    comet.download_model = lambda name: seen.setdefault("downloaded", name) and "/ckpt/model.ckpt"

    class Model:
        def predict(self, data, batch_size, gpus, progress_bar):
            seen["data"] = data
            return types.SimpleNamespace(system_score=0.8125, scores=[0.8] * len(data))

    comet.load_from_checkpoint = lambda path: seen.setdefault("ckpt", path) and Model()
    monkeypatch.setitem(sys.modules, "comet", comet)
    out = run_json("translate", "--src", str(files["src"]), "--hyp", str(files["hyp"]), "--ref", str(files["ref"]),
                   "--comet-model", "Unbabel/wmt22-comet-da", "--device", "cpu")
    assert out["comet"] == 0.8125 and out["comet_status"] == "ok"
    assert seen["data"][0] == {"src": SRC[0], "mt": HYP[0], "ref": REF[0]}

    # without sources COMET cannot run; said so, never a made-up number
    out = run_json("translate", "--hyp", str(files["hyp"]), "--ref", str(files["ref"]), "--comet-model", "x")
    assert out["comet"] is None and "--src" in out["comet_status"]


# --- summarize -------------------------------------------------------------------------------------------

SUMS = {
    "a/001": "Police announced the investigation results into the case on Monday.",
    "002_x": "Petrol prices were cut by 500 dong a litre.",
    "003": "",
}
REFS = {
    "a/001": "The police have announced the results of investigating the case.",
    "002_x": "Fuel prices fell 500 dong per litre this afternoon.",
    "003": "Hanoi expects showers and thunderstorms at the weekend.",
}


def make_run(root: Path, summaries: dict, *, timings=None, failed=(), evals=None) -> Path:
    """A run folder as `vietbrief run` writes it (briefs and index through the same writers), for the given
    summaries."""
    root.mkdir(parents=True)
    index = []
    for i, (ident, summary) in enumerate(summaries.items()):
        source = ident + ".txt"
        t = timings[i] if timings else {"segment": 0.1, "translate": 2.0, "summarize": 1.0}
        brief = Brief(source=source, title_vi="x", title_en="y", date=None, outlet=None, author=None,
                      summary_en=summary, summary_method="extractive (lead)",
                      paragraphs=[ParagraphPair("x", "y", [SentencePair("x", "y")])], removed=[],
                      models={"translator": ModelInfo("opus", "abc", "marian"),
                              "summarizer": ModelInfo("distilbart", "def", "bart")},
                      decoding={"translator": {"beams": 1}, "summarizer": {"beams": 1}},
                      timings={**t, "total": round(sum(t.values()) + 0.05, 3)}, warnings=[])
        (root / source).parent.mkdir(parents=True, exist_ok=True)
        (root / ident).with_suffix(".json").write_text(json_text(brief), encoding="utf-8")
        index.append(Outcome(source, OK, brief=ident + ".md", seconds=3.2))
    for src in failed:
        index.append(Outcome(src, FAILED, "empty article", seconds=0.1))
    (root / "index.jsonl").write_text(index_texts(index)[0], encoding="utf-8")
    for name, obj in (evals or {}).items():
        (root / name).write_text(json.dumps(obj), encoding="utf-8")
    return root


def write_refs(root: Path, refs: dict) -> Path:
    for ident, text in refs.items():
        p = root / f"{ident}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text + "\n", encoding="utf-8")
    return root


def rouge_direct(pairs, stemmer=True):
    from rouge_score import rouge_scorer

    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=stemmer)
    scores = [sc.score(ref, hyp) for hyp, ref in pairs]
    return {t: {k: sum(getattr(s[t], k) for s in scores) / len(scores) for k in ("precision", "recall", "fmeasure")}
            for t in ("rouge1", "rouge2", "rougeL")}


def test_rouge_from_run_folder(tmp_path):
    run = make_run(tmp_path / "run", SUMS, failed=["004.txt"])
    refs = write_refs(tmp_path / "refs", REFS)
    r = invoke("summarize", "--docs", str(run), "--refs", str(refs), "--json")
    assert r.exit_code == 0, r.stderr
    out = json.loads(r.stdout)
    expected = rouge_direct([(SUMS[k], REFS[k]) for k in sorted(SUMS)])
    for t in ("rouge1", "rouge2", "rougeL"):
        for k in ("precision", "recall", "fmeasure"):
            assert out[t][k] == pytest.approx(expected[t][k], abs=1e-12)
    assert out["documents"] == 3 and out["use_stemmer"] is True
    assert out["empty_summaries"] == ["003"]
    assert out["summarize_time_s"] == pytest.approx(3.0)

    human = invoke("summarize", "--docs", str(run), "--refs", str(refs))
    assert human.exit_code == 0 and "ROUGE-1" in human.stdout and "ROUGE-L" in human.stdout


def test_rouge_from_jsonl_without_stemmer(tmp_path):
    docs = tmp_path / "docs.jsonl"
    refs = tmp_path / "refs.jsonl"
    docs.write_text("".join(json.dumps({"id": k, "summary": v}) + "\n" for k, v in SUMS.items()), encoding="utf-8")
    refs.write_text("".join(json.dumps({"id": k, "summary": v}) + "\n" for k, v in REFS.items()), encoding="utf-8")
    out = run_json("summarize", "--docs", str(docs), "--refs", str(refs), "--no-stemmer")
    expected = rouge_direct([(SUMS[k], REFS[k]) for k in sorted(SUMS)], stemmer=False)
    assert out["rougeL"]["fmeasure"] == pytest.approx(expected["rougeL"]["fmeasure"], abs=1e-12)
    assert out["use_stemmer"] is False


def test_rouge_missing_and_extra_ids(tmp_path):
    run = make_run(tmp_path / "run", SUMS)
    refs = write_refs(tmp_path / "refs", {**{k: v for k, v in REFS.items() if k != "002_x"}, "zzz": "extra"})
    r = invoke("summarize", "--docs", str(run), "--refs", str(refs))
    assert r.exit_code == 2
    assert "'zzz'" in r.stderr and "'002_x'" in r.stderr

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "summary": "x"}\nnot json\n', encoding="utf-8")
    r = invoke("summarize", "--docs", str(bad), "--refs", str(refs))
    assert r.exit_code == 2 and "bad.jsonl" in r.stderr and "line 2" in r.stderr


# --- compare ---------------------------------------------------------------------------------------------


def test_compare_two_runs(tmp_path, files):
    refs = write_refs(tmp_path / "refs", REFS)
    run_a = make_run(tmp_path / "A", SUMS, failed=["009.txt"])
    slow = [{"segment": 0.2, "translate": 4.0, "summarize": 2.0}] * 3
    run_b = make_run(tmp_path / "B", {k: REFS[k] for k in SUMS}, timings=slow)
    worse = write_lines(tmp_path / "worse.en", [h.split()[0] + " something" for h in HYP])
    for run, hyp in ((run_a, files["hyp"]), (run_b, worse)):
        assert invoke("translate", "--hyp", str(hyp), "--ref", str(files["ref"]), "--save", str(run)).exit_code == 0
        assert invoke("summarize", "--docs", str(run), "--refs", str(refs), "--save", str(run)).exit_code == 0
    assert (run_a / "eval-translate.json").is_file() and (run_a / "eval-summarize.json").is_file()
    assert not list(run_a.glob(".*.tmp"))

    r = invoke("compare", str(run_a), str(run_b), "--json")
    assert r.exit_code == 0, r.stderr
    out = json.loads(r.stdout)
    rows = {(x["section"], x["metric"]): x for x in out["rows"]}
    a_t = json.loads((run_a / "eval-translate.json").read_text())
    b_t = json.loads((run_b / "eval-translate.json").read_text())
    assert rows["translate", "BLEU"]["a"] == a_t["bleu"] and rows["translate", "BLEU"]["b"] == b_t["bleu"]
    assert rows["translate", "BLEU"]["delta"] == pytest.approx(b_t["bleu_score"] - a_t["bleu_score"])
    assert rows["translate", "chrF++"]["delta"] < 0
    assert rows["summarize", "ROUGE-1 F"]["b"] == pytest.approx(1.0)  # B's summaries are the references
    assert rows["run", "articles (briefs)"]["a"] == 3
    assert (rows["run", "ok"]["a"], rows["run", "failed"]["a"]) == (3, 1)
    assert (rows["run", "ok"]["b"], rows["run", "failed"]["b"]) == (3, 0)
    assert rows["run", "time translate (s)"]["a"] == pytest.approx(6.0)
    assert rows["run", "time translate (s)"]["b"] == pytest.approx(12.0)
    assert rows["run", "time total (s)"]["b"] == pytest.approx(3 * 6.25)
    assert rows["models", "model translator"]["a"] == "opus"

    human = invoke("compare", str(run_a), str(run_b))
    assert human.exit_code == 0
    for word in ("BLEU", "chrF++", "ROUGE-1 F", "time total", "Δ"):
        assert word in human.stdout


def test_compare_needs_run_folders(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    r = invoke("compare", str(empty), str(tmp_path / "missing"))
    assert r.exit_code == 2 and "not a vietbrief output folder" in r.stderr


def test_compare_reads_briefs_and_index_as_vietbrief_writes_them(tmp_path):
    run = make_run(tmp_path / "run", SUMS, failed=["009.txt"])
    summary = evaluation.load_run(run)
    assert (summary.articles, summary.ok, summary.failed, summary.warnings) == (3, 3, 1, [])
    assert summary.models == {"translator": ["opus"], "summarizer": ["distilbart"]}

    newer = run / "002_x.json"
    newer.write_text(json.dumps({**json.loads(newer.read_text(encoding="utf-8")), "schema_version": 99}),
                     encoding="utf-8")
    (run / "notes.json").write_text('{"any": "other JSON"}', encoding="utf-8")  # not a brief: left alone
    index = run / evaluation.INDEX_FILE
    index.write_text(index.read_text(encoding="utf-8") + '{"source": "x.txt", "status": "success"}\n',
                     encoding="utf-8")
    summary = evaluation.load_run(run)
    assert summary.articles == 2 and summary.ok is None and summary.failed is None
    assert len(summary.warnings) == 2
    assert "002_x.json" in summary.warnings[0] and "schema version 99" in summary.warnings[0]
    assert "line 5: status: expected one of ok, failed, found 'success'" in summary.warnings[1]
