"""What an LLM translator asks of whatever runs the model: a list of chat requests in, their replies out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Request:
    messages: list[dict]
    max_tokens: int  # bounded by the source's length (translator.py)
    schema: dict | None = None  # JSON schema of the reply, for backends that can constrain their output


@dataclass
class Reply:
    text: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    truncated: bool = False  # stopped by max_tokens, not by the model
    error: str | None = None  # the request was refused (a reply that cannot be used); the translator falls back
    # (token bytes, log-probability) per reply token, where the backend reports them (confidence.py); else None.
    logprobs: list[tuple[bytes, float]] | None = None


class Backend(Protocol):
    def complete(self, requests: list[Request]) -> list[Reply]:
        """The replies, parallel to `requests`. Raises stops.ServerUnavailable when the model cannot be reached
        at all (the batch must stop); a refusal of one request is a Reply with `error`."""
        ...

    def count_tokens(self, text: str) -> int: ...
