"""The HTTP service: the real uvicorn server on loopback, spoken to with httpx."""

from __future__ import annotations

import asyncio
import base64
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")

from ftaudit import AsyncAuditSession, aaudit, audit  # noqa: E402
from ftaudit.ui.service.app import create_app  # noqa: E402

CHAT = "\n".join(json.dumps({"messages": [{"role": "user", "content": f"Route ticket {i}: printer on floor {i} jams"},
                                          {"role": "assistant", "content": "hardware"}]}) for i in range(40))
DESCRIPTION = ("We route 2 million support tickets a month into 40 queues and have 60,000 tickets "
               "labelled by agents. Latency must stay under 200 ms.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, **kwargs: object) -> None:
        self.port = _free_port()
        config = uvicorn.Config(create_app(**kwargs), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def base(session_home: Path) -> Iterator[str]:
    with Server(max_request_mb=1, timeout=60) as url:
        yield url


@pytest.fixture()
def client(base: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base, timeout=60) as c:
        yield c


def test_health_and_openapi(client: httpx.Client) -> None:
    health = client.get("/v1/health").json()
    assert health["status"] == "ok" and health["max_request_mb"] == 1
    doc = client.get("/openapi.json").json()
    assert {"/v1/audit", "/v1/inspect", "/v1/health"} <= set(doc["paths"])
    body = doc["paths"]["/v1/audit"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(body)
    assert "description" in doc["components"]["schemas"]["AuditRequest"]["properties"]
    page = client.get("/docs")
    assert page.status_code == 200 and "POST /v1/audit" in page.text and "AuditRequest" in page.text
    assert "<script" not in page.text and "cdn" not in page.text.lower()  # works offline


def test_json_audit_matches_the_python_api(client: httpx.Client) -> None:
    r = client.post("/v1/audit", json={"description": DESCRIPTION, "name": "tickets"})
    assert r.status_code == 200, r.text
    report = r.json()
    local = audit(DESCRIPTION, name="tickets")
    assert report == local.model_dump(mode="json")  # same input, same report
    assert report["case"] == "tickets" and report["facts"]


def test_inline_and_multipart_data_give_the_same_report_without_server_paths(client: httpx.Client) -> None:
    inline = client.post("/v1/audit", json={"description": DESCRIPTION, "data": [
        {"name": "../../etc/tickets.jsonl", "content": base64.b64encode(CHAT.encode()).decode(), "encoding": "base64"}]})
    multipart = client.post("/v1/audit", data={"description": DESCRIPTION},
                            files=[("files", ("tickets.jsonl", CHAT.encode(), "application/json"))])
    assert inline.status_code == multipart.status_code == 200, (inline.text, multipart.text)
    a, b = inline.json(), multipart.json()
    assert a["data"]["summary"]["n_examples"] == b["data"]["summary"]["n_examples"] == 40
    assert a["approach"] == b["approach"]
    assert "ftaudit-up-" not in inline.text and "/etc/" not in inline.text
    assert a["data"]["files"][0]["name"] == "tickets.jsonl"


def test_inspect_endpoint(client: httpx.Client) -> None:
    r = client.post("/v1/inspect", json={"data": [{"name": "t.jsonl", "content": CHAT}]})
    assert r.status_code == 200, r.text
    assert r.json()["summary"]["n_examples"] == 40
    r = client.post("/v1/inspect", files=[("files", ("t.jsonl", CHAT.encode()))])
    assert r.status_code == 200 and r.json()["summary"]["n_examples"] == 40


@pytest.mark.parametrize(("kwargs", "status", "hint"), [
    ({"json": {"name": "no description"}}, 422, "description"),
    ({"json": {"description": ""}}, 422, "description"),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "valid JSON"),
    ({"content": b"description=x", "headers": {"content-type": "text/plain"}}, 415, "application/json"),
    ({"json": {"description": "x", "data": [{"name": "a.exe", "content": "MZ"}]}}, 422, ".jsonl"),
    ({"json": {"description": "x", "data": [{"name": "a.jsonl", "content": "%%%", "encoding": "base64"}]}}, 422, "base64"),
    ({"json": {"description": "x", "data": [{"name": "a.jsonl", "content": ""}]}}, 422, "empty"),
    ({"json": {"description": "x" * 1_100_000}}, 413, "MB limit"),
    ({"json": {"description": "x", "data": [{"name": f"{i}.txt", "content": "x"} for i in range(25)]}}, 422, "ZIP"),
])
def test_bad_requests_get_4xx_with_the_fix(client: httpx.Client, kwargs: dict, status: int, hint: str) -> None:
    r = client.post("/v1/audit", **kwargs)
    assert r.status_code == status, r.text
    assert hint in r.json()["detail"]
    assert client.get("/v1/health").status_code == 200  # still serving


def test_a_streamed_body_over_the_limit_is_refused(client: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit is enforced while reading
        yield b'{"description": "'
        for _ in range(40):
            yield b"x" * 65536
        yield b'"}'

    r = client.post("/v1/audit", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and "MB limit" in r.json()["detail"]


def test_a_slow_audit_gets_a_504_and_the_server_goes_on(session_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ftaudit.ui.service.app as service

    async def slow(*args: object, **kwargs: object) -> None:
        await asyncio.sleep(5)

    monkeypatch.setattr(service, "aaudit", slow)
    with Server(timeout=0.3) as url, httpx.Client(base_url=url, timeout=30) as c:
        r = c.post("/v1/audit", json={"description": DESCRIPTION})
        assert r.status_code == 504 and "FTAUDIT_SERVICE_TIMEOUT" in r.json()["detail"]
        assert c.get("/v1/health").status_code == 200


def test_over_the_pending_limit_is_a_503_with_retry_after(session_home: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import ftaudit.ui.service.app as service

    async def slow(*args: object, **kwargs: object) -> object:
        await asyncio.sleep(1.0)
        return audit(DESCRIPTION)

    monkeypatch.setattr(service, "aaudit", slow)

    async def run(url: str) -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=url, timeout=30) as c:
            return await asyncio.gather(*[c.post("/v1/audit", json={"description": DESCRIPTION}) for _ in range(4)])

    with Server(max_pending=2) as url:
        responses = asyncio.run(run(url))
        codes = sorted(r.status_code for r in responses)
        assert codes == [200, 200, 503, 503], codes
        busy = next(r for r in responses if r.status_code == 503)
        assert busy.headers["retry-after"] == "5" and "busy" in busy.json()["detail"]
        assert httpx.post(f"{url}/v1/audit", json={"description": DESCRIPTION}, timeout=30).status_code == 200


def test_concurrent_requests_all_answer(base: str) -> None:
    async def run() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=base, timeout=60) as c:
            return await asyncio.gather(*[c.post("/v1/audit", json={"description": f"{DESCRIPTION} Case {i}."})
                                          for i in range(12)])

    responses = asyncio.run(run())
    assert [r.status_code for r in responses] == [200] * 12
    assert len({r.json()["approach"] for r in responses}) == 1


def test_aaudit_and_async_session_match_the_sync_api(session_home: Path) -> None:
    async def run() -> tuple[str, str, list[str]]:
        report = await aaudit(DESCRIPTION)
        s = AsyncAuditSession(DESCRIPTION)
        q = await s.next_question()
        if q is not None:
            await s.answer("skip")
        second = await s.report()
        return report.approach, second.approach, [f.field for f in s.facts]

    a, b, fields = asyncio.run(run())
    assert a == audit(DESCRIPTION).approach
    assert b in {"prompt", "rag", "fine_tune"} and "monthly_volume" in fields


def test_the_interview_over_http(client: httpx.Client) -> None:
    r = client.post("/v1/sessions", json={"description": "We want an assistant for our HR policies."})
    assert r.status_code == 201, r.text
    state = r.json()
    sid, asked = state["id"], 0
    while state["question"] is not None and asked < 12:
        r = client.post(f"/v1/sessions/{sid}/answer", json={"text": "skip"})
        assert r.status_code == 200, r.text
        state, asked = r.json(), asked + 1
    assert state["question"] is None and asked >= 1
    report = client.get(f"/v1/sessions/{sid}/report").json()
    assert report["approach"] in {"prompt", "rag", "fine_tune"} and report["case"] == "We want an assistant for our HR policies"
    r = client.post(f"/v1/sessions/{sid}/answer", json={"text": "Our policies change every week."})
    assert r.status_code == 200 and r.json()["settled"]
    assert client.delete(f"/v1/sessions/{sid}").status_code == 204
    gone = client.get(f"/v1/sessions/{sid}/report")
    assert gone.status_code == 404 and "POST /v1/sessions" in gone.json()["detail"]
    assert client.post("/v1/sessions/nope/answer", json={"text": ""}).status_code == 422
