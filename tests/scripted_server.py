"""A real OpenAI-compatible HTTP server on loopback, scripted per test.

It speaks the ``/v1/chat/completions`` and ``/v1/models`` wire format over real
sockets (stdlib ``http.server`` in a daemon thread), so the OpenAI SDK, httpx2 and
LangChain run unmodified: nothing in the client library is mocked.

Replies are scripted per *kind* of request (the tool name for function calling,
the schema name named in the system prompt for JSON mode, ``"text"`` otherwise)
and consumed in order; the last reply of a kind repeats.  A ``default`` callable
can answer anything not scripted.  Every request is recorded with its headers and
JSON body so tests can assert what went over the wire (attempt counts, keys,
tool_choice, response_format).

>>> with ScriptedServer() as srv:                       # doctest: +SKIP
...     srv.script("Extraction", Reply.tool("Extraction", {"facts": []}))
...     srv.base_url
'http://127.0.0.1:54321/v1'
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_SCHEMA_MARK = re.compile(r"Output schema: (\w+)")


@dataclass
class Reply:
    """One scripted HTTP reply."""

    status: int = 200
    body: Any = None
    """A dict (sent as JSON) or a str (sent verbatim)."""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering (to provoke client timeouts)."""
    close: bool = False
    """Drop the connection without answering (a server that disappears)."""
    trickle: float = 0.0
    """Send the whole response (status line, headers, body) one byte every ``trickle`` seconds:
    a server that is never silent long enough for a per-read timeout, but never finishes."""

    # -- builders ------------------------------------------------------------------------

    @staticmethod
    def completion(
        message: dict[str, Any],
        *,
        prompt_tokens: int = 50,
        completion_tokens: int = 20,
        finish_reason: str = "stop",
        model: str = "scripted",
    ) -> dict[str, Any]:
        return {
            "id": f"chatcmpl-{time.monotonic_ns()}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }

    @classmethod
    def text(cls, content: str, **usage: int) -> Reply:
        """A plain assistant message (also used for JSON-mode replies)."""
        return cls(body=cls.completion({"role": "assistant", "content": content}, **usage))

    @classmethod
    def tool(cls, name: str, arguments: dict[str, Any] | str, **usage: int) -> Reply:
        """A tool call; ``arguments`` as a dict (valid JSON) or a raw string (maybe invalid)."""
        args = arguments if isinstance(arguments, str) else json.dumps(arguments)
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": name, "arguments": args}}],
        }
        return cls(body=cls.completion(message, finish_reason="tool_calls", **usage))

    @classmethod
    def error(
        cls,
        status: int,
        message: str = "scripted error",
        *,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        body = {
            "error": {
                "message": message,
                "type": "server_error" if status >= 500 else "invalid_request_error",
                "code": code,
            }
        }
        return cls(status=status, body=body, headers=headers or {})


Responder = Callable[[dict[str, Any]], Reply]


def request_kind(body: dict[str, Any]) -> str:
    """The kind of a chat request: tool name, JSON-mode schema name, or ``"text"``."""
    tools = body.get("tools") or []
    if tools:
        return str(tools[0].get("function", {}).get("name", "tool"))
    for m in body.get("messages", []):
        content = m.get("content")
        if m.get("role") == "system" and isinstance(content, str):
            found = _SCHEMA_MARK.search(content)
            if found and body.get("response_format"):
                return found.group(1)
    return "text"


@dataclass
class Recorded:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    kind: str
    at: float


class ScriptedServer:
    """The server; use as a context manager."""

    def __init__(self, default: Responder | None = None, *, latency: float = 0.0) -> None:
        self.default = default
        self.latency = latency
        self.requests: list[Recorded] = []
        self._scripts: dict[str, list[Reply]] = {}
        self._lock = threading.Lock()
        self._connections: set[Any] = set()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- scripting -----------------------------------------------------------------------

    def script(self, kind: str, *replies: Reply) -> ScriptedServer:
        """Queue replies for requests of ``kind``; the last one repeats."""
        with self._lock:
            self._scripts.setdefault(kind, []).extend(replies)
        return self

    def clear(self, kind: str | None = None) -> None:
        """Forget the scripted replies (of ``kind``)."""
        with self._lock:
            if kind is None:
                self._scripts.clear()
            else:
                self._scripts.pop(kind, None)

    def count(self, kind: str | None = None) -> int:
        """How many chat requests (of ``kind``) arrived."""
        with self._lock:
            return sum(
                1 for r in self.requests if r.path.endswith("/chat/completions") and (kind is None or r.kind == kind)
            )

    def _next(self, body: dict[str, Any]) -> Reply:
        kind = request_kind(body)
        with self._lock:
            queue = self._scripts.get(kind)
            if queue:
                return queue.pop(0) if len(queue) > 1 else queue[0]
        if self.default is not None:
            return self.default(body)
        return Reply.error(500, f"nothing scripted for {kind}")

    # -- lifecycle -----------------------------------------------------------------------

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> ScriptedServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return None

            def setup(self) -> None:
                super().setup()
                with server._lock:
                    server._connections.add(self.connection)

            def finish(self) -> None:
                with server._lock:
                    server._connections.discard(self.connection)
                with contextlib.suppress(OSError):
                    super().finish()

            def _send(self, reply: Reply) -> None:
                if reply.delay:
                    time.sleep(reply.delay)
                if server.latency:
                    time.sleep(server.latency)
                if reply.close:
                    self.close_connection = True
                    with contextlib.suppress(OSError):
                        self.connection.shutdown(2)
                    return
                payload = (reply.body if isinstance(reply.body, str) else json.dumps(reply.body or {})).encode()
                if reply.trickle:
                    self._trickle(reply, payload)
                    return
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:  # the client gave up (timeout): nothing to do
                    self.close_connection = True

            def _trickle(self, reply: Reply, payload: bytes) -> None:
                head = [f"HTTP/1.1 {reply.status} OK", "Content-Type: application/json",
                        f"Content-Length: {len(payload)}", *(f"{k}: {v}" for k, v in reply.headers.items())]
                data = ("\r\n".join(head) + "\r\n\r\n").encode() + payload
                self.close_connection = True
                try:
                    for i in range(len(data)):
                        if server._httpd is None:  # the server is stopping
                            return
                        self.wfile.write(data[i : i + 1])
                        self.wfile.flush()
                        time.sleep(reply.trickle)
                except OSError:  # the client gave up: what a deadline should make it do
                    return

            def do_GET(self) -> None:
                server._record(self.path, {k.lower(): v for k, v in self.headers.items()}, {}, "models")
                self._send(Reply(body={"object": "list", "data": [{"id": "scripted", "object": "model"}]}))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = {}
                kind = request_kind(body)
                server._record(self.path, {k.lower(): v for k, v in self.headers.items()}, body, kind)
                self._send(server._next(body))

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def _record(self, path: str, headers: dict[str, str], body: dict[str, Any], kind: str) -> None:
        with self._lock:
            self.requests.append(Recorded(path, headers, body, kind, time.monotonic()))

    def stop(self) -> None:
        """Stop listening (a server that disappears: later requests get connection refused)."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        with self._lock:
            open_connections = list(self._connections)
        for conn in open_connections:  # kept-alive connections die with the server
            with contextlib.suppress(OSError):
                conn.shutdown(2)

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --- a well-behaved scripted model ---------------------------------------------------------

_FENCE = re.compile(r"<<<(DATA-[0-9a-f]+)\n(.*?)\n\1>>>", re.DOTALL)
_VERDICT = re.compile(r"Verdict: ([^\n(]+?) \(")
_BLOCK = re.compile(r"^\[([^\]\s]+)\] [^\n]*\n(.+?)(?=\n\n\[|\Z)", re.DOTALL | re.MULTILINE)


def _user_and_system(body: dict[str, Any]) -> tuple[str, str]:
    system = user = ""
    for m in body.get("messages", []):
        content = m.get("content") if isinstance(m.get("content"), str) else ""
        if m.get("role") == "system":
            system += content
        elif m.get("role") == "user":
            user += content
    return system, user


def _structured(body: dict[str, Any], name: str, args: dict[str, Any], **usage: int) -> Reply:
    if body.get("tools"):
        return Reply.tool(name, args, **usage)
    return Reply.text(json.dumps(args), **usage)


class EchoModel:
    """A deterministic, obedient "model": extraction runs the offline extractor on the
    fenced text and quotes it; the narrative cites the first sentence of each passage
    it was given; questions come back lightly rephrased.  Usage is scripted too."""

    def __init__(self, prompt_tokens: int = 400, completion_tokens: int = 60) -> None:
        self.usage = {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens}

    def __call__(self, body: dict[str, Any]) -> Reply:
        kind = request_kind(body)
        system, user = _user_and_system(body)
        fenced = _FENCE.search(user)
        data = fenced.group(2) if fenced else user
        if kind == "Extraction":
            from ftaudit.read.lexicon import extract_facts

            facts = [{"field": f.field, "value": f.value, "quote": f.quote} for f in extract_facts(data)]
            return _structured(body, kind, {"facts": facts}, **self.usage)
        if kind == "Narrative":
            verdict = _VERDICT.search(system)
            label = verdict.group(1) if verdict else "the recommended approach"
            paragraphs = []
            for sid, text in _BLOCK.findall(data)[:3]:
                first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
                paragraphs.append(
                    {
                        "text": f"The engine recommends {label} [{sid}].",
                        "citations": [{"section_id": sid, "quote": first}],
                    }
                )
            return _structured(body, kind, {"paragraphs": paragraphs}, **self.usage)
        if "Question to rewrite:" in user:
            q = user.rsplit("Question to rewrite:", 1)[1].strip()
            return Reply.text(f"Quick one: {q[0].lower()}{q[1:]}", **self.usage)
        return Reply.text("You want a model to help with the task described, as stated.", **self.usage)


def main() -> None:
    """Serve the echo model from a separate process: prints the base URL, runs until killed."""
    import argparse
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every reply")
    args = parser.parse_args()
    server = ScriptedServer(EchoModel(), latency=args.latency).start()
    print(server.base_url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
