"""The CTranslate2 engine on tiny checkpoints: conversion, special tokens, parity with transformers, engine
choice, and smoke runs of the speed benchmarks."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("ctranslate2")

from pipeline.cli.main import app  # noqa: E402
from pipeline.models.convert import META_FILE, convert, read_converted  # noqa: E402
from pipeline.models.resolve import ModelUnavailable, resolve  # noqa: E402
from pipeline.summarization import SummarizeOptions, load_summarizer  # noqa: E402
from pipeline.translation.seq2seq import TranslateOptions, load_translator  # noqa: E402

from helpers import INPUTS, ROOT, check_briefs  # noqa: E402

runner = CliRunner()
SENTENCES = [
    "Chiều 10.1.2024, tại Hà Nội, Bộ Công an Việt Nam và Bộ Công an Trung Quốc tổ chức hội nghị.",
    "Hai bên thống nhất.",
    "Đại tướng Tô Lâm, Bộ trưởng Bộ Công an, đồng chủ trì Hội nghị với ông Triệu Khắc Chí.",
]
ARCHS = ("marian", "mbart", "t5", "m2m100", "nllb", "bart")


@pytest.fixture(scope="session")
def store(tiny, tmp_path_factory) -> Path:
    """A model store holding an int8 conversion of every tiny checkpoint, and float32 ones of a few."""
    root = tmp_path_factory.mktemp("store")
    for arch in ARCHS:
        convert(str(tiny[arch]), "int8", out=root / f"{arch}-ct2-int8")
    for arch in ("marian", "t5", "m2m100", "nllb", "bart"):
        convert(str(tiny[arch]), "float32", out=root / f"{arch}-ct2-float32")
    return root


@pytest.fixture
def in_store(store, monkeypatch) -> Path:
    monkeypatch.setenv("VIETBRIEF_MODELS", str(store))
    return store


def ct2_translator(store, arch, quantization="int8", **opts):
    return load_translator(str(store / f"{arch}-ct2-{quantization}"), device="cpu", engine="ct2",
                           options=TranslateOptions(**{"beams": 1, **opts}))


class Recorder:
    """Stands in for ctranslate2.Translator and records what translate_batch was given."""

    def __init__(self, inner):
        self.inner, self.calls = inner, []

    def translate_batch(self, source, target_prefix=None, **kwargs):
        self.calls.append((source, target_prefix, kwargs))
        return self.inner.translate_batch(source, target_prefix, **kwargs)


def recorded(tr, sentences):
    rec = Recorder(tr.model.translator)
    tr.model.translator = rec
    outputs = []
    original = tr.model.generate

    def spy(*args, **kwargs):
        out = original(*args, **kwargs)
        outputs.append(out.tolist())
        return out

    tr.model.generate = spy
    try:
        return tr.translate(sentences), rec.calls, outputs
    finally:
        tr.model.translator, tr.model.generate = rec.inner, original


# --- conversion ---------------------------------------------------------------------------------------------
def test_conversion_keeps_tokenizer_and_provenance(tiny, store):
    c = read_converted(store / "marian-ct2-int8")
    assert c is not None and c.quantization == "int8" and c.model_type == "marian"
    assert c.source["revision"] == resolve(str(tiny["marian"]), "translator").revision
    names = {p.name for p in c.path.iterdir()}
    assert {"model.bin", "config.json", "hf_config.json", "source.spm", "target.spm", "vocab.json",
            "tokenizer_config.json", META_FILE} <= names
    assert not any(n.endswith(".safetensors") for n in names)


def test_models_convert_command(tiny, tmp_path, monkeypatch):
    monkeypatch.setenv("VIETBRIEF_MODELS", str(tmp_path))
    result = runner.invoke(app, ["models", "convert", str(tiny["t5"]), "--quantization", "float16"])
    assert result.exit_code == 0, result.output
    assert read_converted(tmp_path / "t5-ct2-float16").quantization == "float16"
    result = runner.invoke(app, ["models", "convert", "lead"])
    assert result.exit_code == 2 and "needs no conversion" in result.output


# --- special tokens, as transformers handles them -------------------------------------------------------------
def test_mbart_source_code_and_decoder_start(store):
    tr = ct2_translator(store, "mbart")
    results, calls, outputs = recorded(tr, SENTENCES[:1])
    source, prefix, _ = calls[0]
    assert source[0][-2:] == ["</s>", "vi_VN"] and prefix == [["en_XX"]]
    en = tr.tokenizer.convert_tokens_to_ids("en_XX")
    assert outputs[0][0][0] == en and tr.decoding()["decoder_start_token_id"] == en
    assert "en_XX" not in results[0].text


@pytest.mark.parametrize("arch,src,tgt", [("m2m100", "__vi__", "__en__"), ("nllb", "vie_Latn", "eng_Latn")])
def test_m2m100_family_language_tokens(store, arch, src, tgt):
    tr = ct2_translator(store, arch)
    results, calls, outputs = recorded(tr, SENTENCES[:1])
    source, prefix, _ = calls[0]
    assert source[0][0] == src and source[0][-1] == "</s>" and prefix == [[tgt]]
    assert outputs[0][0][1] == tr.tokenizer.convert_tokens_to_ids(tgt)
    assert src not in results[0].text and tgt not in results[0].text


def test_t5_prefix_and_marian_plain(store):
    tr = ct2_translator(store, "t5")
    _, calls, _ = recorded(tr, SENTENCES[1:2])
    assert tr.tokenizer.convert_tokens_to_string(calls[0][0][0]).startswith("vi: ") and calls[0][1] is None
    tr = ct2_translator(store, "marian")
    _, calls, outputs = recorded(tr, SENTENCES[1:2])
    assert calls[0][1] is None and calls[0][0][0][-1] == "</s>"
    assert outputs[0][0][0] == tr.tokenizer.pad_token_id  # Marian's decoder start, as transformers returns it


def test_guard_and_retry_run_through_ct2(store):
    tr = ct2_translator(store, "marian")
    results, calls, _ = recorded(tr, SENTENCES[1:2])
    assert results[0].retried  # random weights run into the length cap, as with transformers
    assert calls[0][2]["no_repeat_ngram_size"] == 8
    assert calls[-1][2]["no_repeat_ngram_size"] == 3 and calls[-1][2]["repetition_penalty"] == 1.3
    assert calls[0][2]["max_input_length"] == 0  # never truncates silently


def test_two_cpu_threads_decode_a_batch_in_two_halves_with_the_same_outputs(store):
    """With two CPU threads or more, CTranslate2 gets a batch in one piece per worker, decoded side by side; the
    text is what one worker over both threads gives."""
    load = lambda threads: load_translator(str(store / "marian-ct2-int8"), device="cpu", engine="ct2",  # noqa: E731
                                           threads=threads, options=TranslateOptions(beams=2))
    one, two = load(1), load(2)
    assert (one.model.workers, two.model.workers) == (1, 2)
    sentences = SENTENCES * 3
    results, calls, _ = recorded(two, sentences)
    assert calls[0][2]["batch_type"] == "examples" and calls[0][2]["max_batch_size"] == -(-len(calls[0][0]) // 2)
    assert [r.text for r in results] == [r.text for r in one.translate(sentences)]


# --- same outputs as transformers -----------------------------------------------------------------------------
@pytest.mark.parametrize("arch", ["marian", "t5", "m2m100", "nllb"])
def test_float32_conversion_translates_like_transformers(tiny, store, arch):
    """Greedy decoding of a float32 conversion gives the transformers text, retries included. (mBART is left
    out: transformers counts the decoder start token in no_repeat_ngram's history and CTranslate2 does not,
    which only matters when a model generates its start token again, as random weights do.)"""
    hf = load_translator(str(tiny[arch]), device="cpu", engine="transformers", options=TranslateOptions(beams=1))
    ct = ct2_translator(store, arch, "float32")
    a, b = hf.translate(SENTENCES), ct.translate(SENTENCES)
    assert [r.text for r in a] == [r.text for r in b]
    assert [(r.target_tokens, r.retried, r.looping) for r in a] == [(r.target_tokens, r.retried, r.looping) for r in b]


def test_float32_summarizer_like_transformers(tiny, in_store):
    english = ["On Wednesday the ministry held its first dialogue in Hanoi.",
               "Both delegations agreed to cooperate against cross-border crime."] * 30
    opts = SummarizeOptions(words=20, beams=2)
    hf = load_summarizer(str(tiny["bart"]), "cpu", opts, engine="transformers")
    ct = load_summarizer(str(in_store / "bart-ct2-float32"), "cpu", opts, engine="ct2")
    a, b = hf.summarize(english), ct.summarize(english)
    assert a.text == b.text and a.method == b.method == "abstractive map-reduce"
    assert ct.info.name == hf.info.name and ct.info.revision == hf.info.revision
    assert ct.info.kind == "bart (ctranslate2 float32)" and ct.decoding()["engine"] == "ctranslate2"


# --- engine choice --------------------------------------------------------------------------------------------
def test_auto_prefers_a_converted_model(tiny, in_store):
    tr = load_translator(str(tiny["marian"]), device="cpu", engine="auto", options=TranslateOptions(beams=1))
    assert tr.decoding()["engine"] == "ctranslate2" and tr.decoding()["quantization"] == "int8"  # int8 first on CPU
    assert tr.info.name == str(tiny["marian"]) and tr.info.revision.startswith("local:")
    tr = load_translator(str(tiny["marian"]), device="cpu", engine="transformers", options=TranslateOptions(beams=1))
    assert tr.decoding()["engine"] == "transformers"


def test_auto_converts_on_first_use_and_again_after_the_checkpoint_changes(tiny, tmp_path, monkeypatch):
    store = tmp_path / "store"
    monkeypatch.setenv("VIETBRIEF_MODELS", str(store))
    src = tmp_path / "marian"
    shutil.copytree(tiny["marian"], src)
    assert load_translator(str(src), "cpu", "transformers").decoding()["engine"] == "transformers"
    assert not store.exists() or not any(store.glob("*-ct2-*"))  # --engine transformers never converts
    with pytest.raises(ModelUnavailable, match="models convert"):
        load_translator(str(src), "cpu", "ct2")  # ct2 asks for an explicit conversion
    assert load_translator(str(src), "cpu", "auto").decoding()["engine"] == "ctranslate2"
    first = [json.loads(m.read_text()) for m in store.glob("*/vietbrief-ct2.json")]
    assert len(first) == 1 and first[0]["quantization"] == "int8"
    assert load_translator(str(src), "cpu", "auto").decoding()["engine"] == "ctranslate2"
    assert [json.loads(m.read_text()) for m in store.glob("*/vietbrief-ct2.json")] == first  # reused, not redone
    gen = src / "generation_config.json"
    gen.write_text(gen.read_text().replace('"num_beams": 4', '"num_beams": 5'))  # the checkpoint changed
    with pytest.raises(ModelUnavailable, match="earlier revision"):
        load_translator(str(src), "cpu", "ct2")
    assert load_translator(str(src), "cpu", "auto").decoding()["engine"] == "ctranslate2"
    (meta,) = [json.loads(m.read_text()) for m in store.glob("*/vietbrief-ct2.json")]
    assert meta["source"]["revision"] != first[0]["source"]["revision"]  # converted again from the new revision


def test_transformers_engine_refuses_a_ct2_folder(store):
    result = runner.invoke(app, ["translate", "-", "--translator", str(store / "marian-ct2-int8"),
                                 "--engine", "transformers"], input="Một câu.".encode())
    assert result.exit_code == 2 and "CTranslate2 model" in result.output


# --- whole pipeline: same structure and alignment as transformers ----------------------------------------------
def briefs(out: Path) -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))}


def shape(b: dict) -> list:
    return [[s["vi"] for s in p["sentences"]] for p in b["paragraphs"]]


def expected_shape(src: Path) -> dict[str, list]:
    """Paragraphs and sentences as the pipeline segments them before any model runs (engine-independent)."""
    from pipeline.ingest.clean import clean_article
    from pipeline.ingest.read import read_article
    from pipeline.text.segment import split_sentences

    shapes = {}
    for f in sorted(src.glob("*.txt")):
        article = clean_article(read_article(f, src))
        shapes[f.with_suffix(".json").name] = [split_sentences(p) for p in article.paragraphs]
    return shapes


def test_run_ct2_on_inputs(tiny, in_store, tmp_path):
    """`vietbrief run inputs --engine ct2`: every sample briefed with the alignment segmentation fixes, which is
    what the transformers engine gives too (test_run_cli checks those briefs the same way)."""

    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(INPUTS), "--out", str(out), "--translator", str(tiny["marian"]),
                                 "--summarizer", str(tiny["bart"]), "--beams", "1", "--summary-words", "20",
                                 "--engine", "ct2"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    found = check_briefs(out)
    assert {name: shape(b) for name, b in briefs(out).items()} == expected_shape(INPUTS)
    for b in found:
        assert b["models"]["translator"]["kind"] == "marian (ctranslate2 int8)"
        assert b["models"]["summarizer"]["kind"] == "bart (ctranslate2 int8)"
        assert b["models"]["translator"]["name"] == str(tiny["marian"])
        assert b["decoding"]["translator"]["engine"] == b["decoding"]["summarizer"]["engine"] == "ctranslate2"
    assert any("map-reduce" in b["summary_method"] for b in found)


@pytest.mark.parametrize("arch,beams", [("marian", "1"), ("mbart", "2"), ("t5", "1"), ("m2m100", "1")])
def test_run_ct2_matches_transformers_structure(tiny, in_store, tmp_path, arch, beams):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(INPUTS / "001_217e83315b95950c.txt", src)  # one short article, for time
    outs = {}
    for engine in ("transformers", "ct2"):
        out = tmp_path / engine
        result = runner.invoke(app, ["run", str(src), "--out", str(out), "--translator", str(tiny[arch]),
                                     "--summarizer", "lead", "--beams", beams, "--engine", engine,
                                     "--length-ratio", "0.5"],  # a random model runs to the cap: keep it low
                               catch_exceptions=False)
        assert result.exit_code == 0, result.output
        outs[engine] = briefs(out)
    hf, ct = outs["transformers"], outs["ct2"]
    assert hf.keys() == ct.keys() == expected_shape(src).keys()
    for name in hf:
        a, b = hf[name], ct[name]
        assert set(a) == set(b)
        assert shape(a) == shape(b) == expected_shape(src)[name]  # same paragraphs, sentences, Vietnamese
        assert all(s["en"] for p in b["paragraphs"] for s in p["sentences"])
        for p in b["paragraphs"]:
            assert p["en"] == " ".join(s["en"] for s in p["sentences"])
        assert (a["title"]["vi"], bool(a["title"]["en"])) == (b["title"]["vi"], bool(b["title"]["en"]))
        assert a["stats"]["sentences"] == b["stats"]["sentences"]
        assert a["stats"]["source_tokens"] == b["stats"]["source_tokens"]
        assert a["summary_method"] == b["summary_method"]
        assert a["models"]["translator"]["name"] == b["models"]["translator"]["name"]
        assert a["models"]["translator"]["revision"] == b["models"]["translator"]["revision"]
        assert b["models"]["translator"]["kind"] == a["models"]["translator"]["kind"] + " (ctranslate2 int8)"
        assert (a["decoding"]["translator"]["engine"], b["decoding"]["translator"]["engine"]) == \
            ("transformers", "ctranslate2")


# --- the benchmarks must keep working ------------------------------------------------------------------------
BENCHES = {
    "translate_speed.py": ["--sentences", "2", "--length-ratio", "0.3"],
    "summarize_speed.py": ["--articles", "1", "--summary-tokens", "6"],
}


def test_bench_smoke():
    """Both speed benchmarks, toy-sized, side by side: they must keep printing their JSON."""
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    procs = {script: subprocess.Popen([sys.executable, str(ROOT / "bench" / script), "--tiny", "--threads", "1",
                                       *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                      cwd=ROOT) for script, args in BENCHES.items()}
    for script, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 0, f"{script}: {stderr[-3000:]}"
        summary = json.loads(stdout.strip().splitlines()[-1])
        assert set(summary["engines"]) == {"hf_naive", "hf_batched", "ct2_int8"}
        for r in summary["engines"].values():
            assert set(r) == {"tokens_per_s", "sentences_per_s", "peak_rss_mb", "speedup"}
            assert r["tokens_per_s"] > 0 and r["peak_rss_mb"] > 0
        assert summary["engines"]["hf_naive"]["speedup"] == 1.0 and summary["sentences"] >= 1


def test_ct2_engine_with_a_gguf_model_says_to_use_auto_not_to_convert(tmp_path, monkeypatch):
    """CTranslate2 reads no GGUF, so `models convert` is no fix: the message names the engine that runs it."""
    monkeypatch.setenv("VIETBRIEF_MODELS", str(tmp_path / "store"))
    gguf = tmp_path / "model.Q4_1.gguf"
    gguf.write_bytes(b"GGUF")  # the check is on the name: nothing is read before the refusal
    for spec in (gguf, tmp_path):
        with pytest.raises(ModelUnavailable, match="GGUF model runs on transformers") as e:
            load_summarizer(str(spec), device="cpu", engine="ct2")
        assert "models convert" not in str(e.value)
