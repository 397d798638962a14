"""An OpenAI-compatible chat-completions server as an LLM translator's backend (vLLM, llama.cpp's
llama-server, Ollama, `transformers serve`, a hosted API), through the `openai` client library.

* At most `concurrency` requests are in flight (a thread per request, up to that many).
* HTTP 429, 5xx, timeouts, refused connections and replies that are not a chat completion (`{}`, a body that
  is not JSON or not sent as JSON, JSON nested past any reply's depth, no choices or no message) are retried
  with exponential backoff (doubling from `first_wait`, capped at `max_wait`), each retry logged. `patience`
  bounds the whole: a request's timeout is what is left of it (but never under `min_timeout`, 30 s: a model on
  a CPU can take that long over a paragraph), so a server that hangs is given up on as one that refuses
  connections is. Then, or when the server refuses the key or the
  model, `ServerUnavailable` ends the batch the way a full disk does: finished briefs stay, the run says why
  in one line, and the same command resumes. A malformed reply is never read as an empty translation.
* A reply format (JSON schema) is asked for where the server takes one; a server that rejects the parameter
  gets plain prompts from then on, and the brief's provenance says so.
* The API key comes from OPENAI_API_KEY and is never written anywhere: provenance names the host only.
"""

from __future__ import annotations

import json
import logging
import math
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

from pipeline.models.resolve import ModelUnavailable
from pipeline.stops import ServerUnavailable
from pipeline.translation.llm import confidence
from pipeline.translation.llm.backend import Reply, Request

log = logging.getLogger("vietbrief")

CHARS_PER_TOKEN = 3.0  # no tokenizer on this side: a cautious estimate for Vietnamese and English


def endpoint_host(base_url: str) -> str:
    """scheme://host[:port] of the endpoint: what provenance records (never a key, user or query)."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return f"{parts.scheme}://{host}" if parts.scheme else host


class ServerBackend:
    def __init__(self, model: str, base_url: str, api_key: str | None = None, concurrency: int = 4,
                 min_timeout: float = 30.0, first_wait: float = 1.0, max_wait: float = 30.0,
                 patience: float = 120.0, structured: bool = True):
        from openai import OpenAI

        if concurrency < 1:
            raise ValueError("--api-concurrency must be at least 1")
        self.model, self.base_url = model, base_url
        self.host = endpoint_host(base_url)
        # Retries are ours (backoff with a cap, then a clean stop), not the client's.
        # A request may take what is left of `patience`, and at least `min_timeout`: a slow model is not a hang.
        self.min_timeout = min_timeout
        self.client = OpenAI(base_url=base_url, api_key=api_key or "none", max_retries=0,
                             timeout=max(patience, min_timeout))
        self.concurrency, self.first_wait, self.max_wait, self.patience = concurrency, first_wait, max_wait, patience
        self.structured = structured
        self.logprobs = True  # asked for until the server rejects the parameter
        self.structured_refused = ""
        self.served_model: str | None = None  # the model id the server reports in its replies
        self.requests = 0
        self._lock = threading.Lock()

    def count_tokens(self, text: str) -> int:
        return max(1, math.ceil(len(text) / CHARS_PER_TOKEN))

    def complete(self, requests: list[Request]) -> list[Reply]:
        if len(requests) <= 1 or self.concurrency == 1:
            return [self._one(r) for r in requests]
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(requests))) as pool:
            return list(pool.map(self._one, requests))

    # --- one request ----------------------------------------------------------------------------------
    def _one(self, request: Request) -> Reply:
        import openai

        started, attempt = time.monotonic(), 0
        while True:
            kwargs = dict(model=self.model, messages=request.messages, temperature=0.0, top_p=1.0,
                          max_tokens=request.max_tokens, seed=0)
            if self.logprobs:  # the model's own confidence per sentence (confidence.py), where the server has it
                kwargs["logprobs"] = True
            structured = request.schema is not None and self.structured
            if structured:
                kwargs["response_format"] = {"type": "json_schema", "json_schema": {
                    "name": "translations", "schema": request.schema, "strict": True}}
            with self._lock:
                self.requests += 1
            left = self.patience - (time.monotonic() - started)
            try:
                raw = self.client.chat.completions.with_raw_response.create(
                    **kwargs, timeout=max(self.min_timeout, left))
                response = _completion(raw)
            except openai.BadRequestError as exc:
                # The parameter the error names, else the least needed one first (the scores are then null).
                if kwargs.get("logprobs") and ("logprob" in str(exc).lower() or not structured):
                    self._refuse_logprobs(exc)
                    continue
                if structured:  # most likely the reply format: this server does without it from now on
                    self._refuse_structured(exc)
                    continue
                return Reply("", error=f"the server refused the request: {_reason(exc)}")
            except (openai.AuthenticationError, openai.PermissionDeniedError, openai.NotFoundError) as exc:
                raise ServerUnavailable(f"the translation server at {self.host} refused model '{self.model}': "
                                        f"{_reason(exc)}") from None
            except (openai.RateLimitError, openai.InternalServerError, openai.APIConnectionError, Malformed) as exc:
                # APIConnectionError covers timeouts and refused connections.
                wait = min(self.max_wait, self.first_wait * 2 ** attempt) * random.uniform(0.8, 1.0)
                spent = time.monotonic() - started
                if spent + wait > self.patience:
                    raise ServerUnavailable(f"the translation server at {self.host} has been unavailable for "
                                            f"{spent:.0f} s ({_reason(exc)})") from None
                log.warning("server %s: %s; retrying in %.1f s", self.host, _reason(exc), wait)
                time.sleep(wait)
                attempt += 1
                continue
            except openai.APIStatusError as exc:  # another 4xx: this request only
                return Reply("", error=f"the server refused the request: {_reason(exc)}")
            return self._reply(response)

    def _refuse_logprobs(self, exc: Exception) -> None:
        with self._lock:
            if self.logprobs:
                self.logprobs = False
                log.info("server %s rejected logprobs (%s); sentence scores will be null", self.host, _reason(exc))

    def _refuse_structured(self, exc: Exception) -> None:
        with self._lock:
            if self.structured:
                self.structured = False
                self.structured_refused = _reason(exc)
                log.info("server %s rejected a JSON-schema reply format (%s); plain prompts from now on",
                         self.host, self.structured_refused)

    def _reply(self, response) -> Reply:
        if getattr(response, "model", None):
            self.served_model = response.model
        choice = response.choices[0] if response.choices else None
        text = (choice.message.content or "") if choice is not None and choice.message is not None else ""
        usage = getattr(response, "usage", None)
        return Reply(text, getattr(usage, "prompt_tokens", 0) or 0, getattr(usage, "completion_tokens", 0) or 0,
                     truncated=choice is not None and choice.finish_reason == "length",
                     logprobs=confidence.from_choice(choice) if choice is not None else None)

    def structured_output(self) -> str:
        if self.structured:
            return "json_schema"
        return f"none (the server rejected it: {self.structured_refused})" if self.structured_refused else "none"


class Malformed(Exception):
    """A reply that is not a chat completion: the server's fault, retried like a 5xx."""


# A chat completion is a few levels deep; a reply nested past this is not one (and would exhaust the parser).
MAX_DEPTH = 64


def _completion(raw):
    """The parsed chat completion of a raw response, or Malformed saying what is wrong with it."""
    kind = raw.http_response.headers.get("content-type", "")
    if "json" not in kind.lower():
        raise Malformed(f"the reply was not JSON (content type {kind or 'none'!r})")
    body = raw.http_response.text
    if _depth(body) > MAX_DEPTH:
        raise Malformed(f"the reply's JSON is nested more than {MAX_DEPTH} levels deep")
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise Malformed(f"the reply was not valid JSON ({type(exc).__name__})") from None
    choices = data.get("choices") if isinstance(data, dict) else None
    first = choices[0] if isinstance(choices, list) and choices else None
    message = first.get("message") if isinstance(first, dict) else None
    if not isinstance(message, dict) or not isinstance(message.get("content"), (str, type(None))):
        raise Malformed("the reply held no chat completion (no choices with a message)")
    if message.get("content") is None and first.get("finish_reason") != "length":
        raise Malformed("the reply's message had no content")
    try:
        return raw.parse()
    except Exception as exc:  # the client's own parsing: whatever it raises, the reply is the fault
        raise Malformed(f"the reply could not be read ({type(exc).__name__})") from None


def _depth(text: str) -> int:
    """How deep the brackets of a JSON text nest (outside strings), without parsing it."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _reason(exc: Exception) -> str:
    status = getattr(exc, "status_code", None)
    text = " ".join(str(exc).split())[:200] or type(exc).__name__
    return f"HTTP {status}: {text}" if status else text


def check_endpoint(base_url: str | None, model: str) -> str:
    """The base URL to use, or ModelUnavailable saying how to give one."""
    if not model:
        raise ModelUnavailable("--translator openai:MODEL needs a model name after 'openai:'.")
    if not base_url:
        raise ModelUnavailable(f"--translator openai:{model} needs the server's address: --api-base URL "
                               f"(e.g. http://localhost:8000/v1) or OPENAI_BASE_URL.")
    if not urlsplit(base_url).scheme.startswith("http"):
        raise ModelUnavailable(f"--api-base {base_url!r} is not an http(s) URL.")
    return base_url
