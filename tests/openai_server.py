"""A real OpenAI-compatible chat-completions server for the tests: the standard library's HTTP server in a
thread, running a real causal LM through transformers (greedy), speaking the protocol that vLLM, llama.cpp's
llama-server and Ollama speak (`POST /v1/chat/completions`, `GET /v1/models`).

It counts the requests it gets, can be told to stop (close its socket, as a crashed server does) when a
request mentions some text, and, like several real servers, rejects a JSON-schema `response_format`
(vietbrief then goes on with plain prompts). `max_tokens` is the server's own ceiling on a reply, as
llama-server's `--n-predict` is: a request asking for more gets at most that many tokens and
`finish_reason: "length"`.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import torch


class ChatServer:
    def __init__(self, tokenizer, model, model_id: str = "smollm2-135m-instruct", stop_on: str | None = None,
                 max_tokens: int | None = None):
        self.tokenizer, self.model, self.model_id = tokenizer, model, model_id
        self.stop_on = stop_on  # a request whose prompt holds this text finds the server gone
        self.max_tokens = max_tokens  # the server's ceiling on a reply's tokens (None: what the request asks)
        self.requests = 0  # every HTTP request, whatever it asked
        self.completions = 0  # chat completions generated
        self.prompts: list[str] = []
        self.logprobs = True  # send token log-probabilities when a request asks (False: a server without them)
        self._logprobs: dict[int, list] = {}  # per handler thread, those of its latest completion
        self._generate_lock = threading.Lock()
        self._count_lock = threading.Lock()
        self.httpd: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> "ChatServer":
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def _send(self, status: int, payload: dict) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                server._count()
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": [{"id": server.model_id, "object": "model",
                                                                 "created": 0, "owned_by": "tests"}]})
                else:
                    self._send(404, {"error": {"message": "not found", "type": "not_found_error"}})

            def do_POST(self):
                server._count()
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    body = json.loads(self.rfile.read(length) or b"{}")
                except ValueError:
                    return self._send(400, {"error": {"message": "invalid JSON", "type": "invalid_request_error"}})
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    return self._send(404, {"error": {"message": "not found", "type": "not_found_error"}})
                if body.get("model") != server.model_id:
                    return self._send(404, {"error": {"message": f"model {body.get('model')!r} not found",
                                                      "type": "not_found_error"}})
                fmt = body.get("response_format") or {}
                if fmt.get("type") == "json_schema":
                    return self._send(400, {"error": {"message": "response_format json_schema is not supported",
                                                      "type": "invalid_request_error"}})
                text = "\n".join(str(m.get("content", "")) for m in body.get("messages", []))
                if server.stop_on and server.stop_on in text:
                    server.stop()  # as if it crashed: this connection and every later one fail
                    self.close_connection = True
                    return
                server.prompts.append(text)
                reply, prompt_tokens, new_tokens, finish = server.generate(body)
                choice = {"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": finish}
                if body.get("logprobs") and server.logprobs:  # the model's own, as OpenAI's API sends them
                    choice["logprobs"] = {"content": server._logprobs.pop(threading.get_ident(), [])}
                self._send(200, {
                    "id": f"chatcmpl-{server.completions}", "object": "chat.completion", "created": int(time.time()),
                    "model": server.model_id,
                    "choices": [choice],
                    "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": new_tokens,
                              "total_tokens": prompt_tokens + new_tokens}})

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def _count(self) -> None:
        with self._count_lock:
            self.requests += 1

    def generate(self, body: dict) -> tuple[str, int, int, str]:
        """Greedy decoding (the server ignores temperature beyond 0 anyway: tests need determinism)."""
        messages = body.get("messages", [])
        max_new = int(body.get("max_tokens") or body.get("max_completion_tokens") or 256)
        if self.max_tokens is not None:
            max_new = min(max_new, self.max_tokens)
        with self._generate_lock:
            ids = self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt",
                                                     return_dict=True)
            with torch.inference_mode():
                out = self.model.generate(**ids, max_new_tokens=max_new, do_sample=False,
                                          pad_token_id=self.tokenizer.pad_token_id, output_scores=True,
                                          return_dict_in_generate=True)
            self.completions += 1
        new = out.sequences[0, ids["input_ids"].shape[1]:].tolist()
        steps = self.model.compute_transition_scores(out.sequences, out.scores, normalize_logits=True)[0].tolist()
        eos = self.tokenizer.eos_token_id
        finish = "stop" if eos in new or len(new) < max_new else "length"
        if eos in new:
            new = new[:new.index(eos)]
        # Each token's bytes, as the reply's text spells them (llama.cpp and vLLM send `bytes` so too).
        spelled, content = b"", []
        for k, lp in zip(range(len(new)), steps):
            upto = self.tokenizer.decode(new[:k + 1], skip_special_tokens=True).encode("utf-8")
            token, spelled = upto[len(spelled):], upto
            content.append({"token": token.decode("utf-8", "replace"), "logprob": lp, "bytes": list(token),
                            "top_logprobs": []})
        self._logprobs[threading.get_ident()] = content
        return self.tokenizer.decode(new, skip_special_tokens=True), ids["input_ids"].shape[1], len(new), finish

    def stop(self) -> None:
        httpd = self.httpd
        if httpd is None:
            return
        self.httpd_closed = True
        # shutdown() waits for serve_forever to return, so not from a handler's own thread.
        threading.Thread(target=lambda: (httpd.shutdown(), httpd.server_close()), daemon=True).start()
        deadline = time.monotonic() + 5
        while self.thread is not None and self.thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.05)
