"""The prompts an LLM translator sends, in one versioned place.

`PROMPT_VERSION` names the wording below. It is part of the translator's decoding record, so it is in the
sentence cache key and the resume fingerprint: change any text here and bump it, and every cached sentence and
finished brief made with the old wording is made again.

A paragraph goes out as a JSON array of `{"id": n, "vi": sentence}` objects; the reply must be
`{"translations": [{"id": n, "en": ...}, ...]}` with the same ids (`SCHEMA`, sent as structured output where
the server takes it). Ids, not positions, tie each English sentence to its Vietnamese one (reply.py checks
them). Empty segments never reach a prompt: callers drop them, and `paragraph_messages` refuses them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

PROMPT_VERSION = "vi-en-json-1"

SYSTEM = "You translate Vietnamese news into English: faithfully, completely, names and numbers exact, no comments."

PARAGRAPH_TASK = (
    "Translate each Vietnamese sentence (\"vi\") below into English. Reply with JSON only: "
    "{{\"translations\": [{{\"id\": <same id>, \"en\": <English>}}, ...]}}, one item for each of the {count} "
    "ids ({ids}), in order. Never merge, split, drop or move sentences.")

SENTENCE_TASK = "Translate this Vietnamese sentence into English. Reply with the English sentence only."

TERMS_HEADER = "Required renderings (use exactly):"
CONTEXT_HEADER = "Previous paragraph, for context only:"
RETRY_NOTE = ("Your previous reply was unusable: {problem}. Reply again with exactly {count} items, ids {ids}, "
              "one English sentence each.")


@dataclass(frozen=True)
class Context:
    """The previous paragraph: its Vietnamese, and its English when it is already translated."""
    vi: str
    en: str = ""


def response_schema(count: int) -> dict:
    """JSON schema of a paragraph reply (for servers that constrain their output to one)."""
    item = {"type": "object", "properties": {"id": {"type": "integer"}, "en": {"type": "string"}},
            "required": ["id", "en"], "additionalProperties": False}
    return {"type": "object", "additionalProperties": False, "required": ["translations"],
            "properties": {"translations": {"type": "array", "items": item, "minItems": count,
                                            "maxItems": count}}}


def _terms(terms: list[tuple[str, str]]) -> str:
    if not terms:
        return ""
    return "\n\n" + TERMS_HEADER + "\n" + "\n".join(f"- {vi} => {en}" for vi, en in terms)


def _context(context: Context | None) -> str:
    if context is None or not context.vi.strip():
        return ""
    text = f"\n\n{CONTEXT_HEADER}\nVietnamese: {context.vi}"
    if context.en.strip():
        text += f"\nEnglish: {context.en}"
    return text


def _id_list(count: int) -> str:
    return "1" if count == 1 else f"1 to {count}"


def paragraph_messages(sentences: list[str], terms: list[tuple[str, str]] = (), context: Context | None = None,
                       problem: str | None = None) -> list[dict]:
    """Chat messages asking for a paragraph's sentences by id; `problem` (what was wrong with the first reply)
    makes it the retry prompt, which differs from the first so that greedy decoding can answer differently."""
    if not sentences or any(not s.strip() for s in sentences):
        raise ValueError("an empty segment must never be sent to the model")
    count = len(sentences)
    items = json.dumps([{"id": n, "vi": s} for n, s in enumerate(sentences, 1)], ensure_ascii=False)
    user = PARAGRAPH_TASK.format(count=count, ids=_id_list(count)) + _terms(list(terms)) + _context(context)
    user += f"\n\nSentences:\n{items}"
    if problem:
        user += "\n\n" + RETRY_NOTE.format(problem=problem, count=count, ids=_id_list(count))
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def sentence_messages(sentence: str, terms: list[tuple[str, str]] = (), context: Context | None = None) -> list[dict]:
    """Chat messages asking for one sentence as plain text (the last fallback)."""
    if not sentence.strip():
        raise ValueError("an empty segment must never be sent to the model")
    user = SENTENCE_TASK + _terms(list(terms)) + _context(context) + f"\n\nVietnamese: {sentence}"
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def prompt_text(messages: list[dict]) -> str:
    """Every message's text, for logs and tests."""
    return "\n".join(m["content"] for m in messages)
