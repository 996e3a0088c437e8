"""The MCP server: a real MCP client session over streamable HTTP on loopback."""

from __future__ import annotations

import asyncio
import base64
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("mcp")
uvicorn = pytest.importorskip("uvicorn")

from ftaudit import audit  # noqa: E402
from ftaudit.ui.mcp.server import http_app  # noqa: E402
from mcp import ClientSession  # noqa: E402
from mcp.client.streamable_http import streamable_http_client  # noqa: E402

DESCRIPTION = ("Staff ask questions about our 300 internal policy documents, which are revised every week; "
               "every answer must cite the policy it comes from.")
CHAT = "\n".join(json.dumps({"messages": [{"role": "user", "content": f"Ticket {i}: VPN drops"},
                                          {"role": "assistant", "content": "network"}]}) for i in range(30))


@pytest.fixture(scope="module")
def url(session_home: Path) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(http_app(port=port, max_file_mb=1), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "MCP server did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}/mcp"
    server.should_exit = True
    thread.join(10)


def _session(url: str, calls: list[tuple[str, dict[str, Any]]]) -> tuple[list[Any], list[Any]]:
    async def run() -> tuple[list[Any], list[Any]]:
        async with streamable_http_client(url) as (read, write, _), ClientSession(read, write) as session:
            await session.initialize()
            tools = (await session.list_tools()).tools
            results = [await session.call_tool(name, args) for name, args in calls]
            return tools, results

    return asyncio.run(run())


def test_tools_are_listed_with_content_not_paths(url: str) -> None:
    tools, _ = _session(url, [])
    by_name = {t.name: t for t in tools}
    assert set(by_name) == {"audit", "inspect"}
    props = by_name["audit"].inputSchema["properties"]
    assert set(props) == {"description", "files", "detail"}
    schema = json.dumps(by_name["audit"].inputSchema)
    assert "content" in schema and "path" not in schema.lower()


def test_audit_and_inspect_over_a_real_session(url: str) -> None:
    encoded = base64.b64encode(CHAT.encode()).decode()
    _, (summary, full, inspected) = _session(url, [
        ("audit", {"description": DESCRIPTION}),
        ("audit", {"description": DESCRIPTION, "detail": "full",
                   "files": [{"name": "/etc/tickets.jsonl", "content": encoded, "encoding": "base64"}]}),
        ("inspect", {"files": [{"name": "t.jsonl", "content": CHAT}]}),
    ])
    assert not summary.isError and not full.isError and not inspected.isError
    expected = audit(DESCRIPTION)
    s = summary.structuredContent
    assert s["approach"] == expected.approach and s["confidence"] == expected.confidence
    assert set(s) >= {"also", "top_reasons", "open_questions"}
    f = full.structuredContent
    assert f["data"]["summary"]["n_examples"] == 30 and f["data"]["files"][0]["name"] == "tickets.jsonl"
    assert "ftaudit-up-" not in json.dumps(f) and "/etc/" not in json.dumps(f)
    assert inspected.structuredContent["summary"]["n_examples"] == 30


@pytest.mark.parametrize(("name", "args", "hint"), [
    ("audit", {"description": ""}, "description is empty"),
    ("audit", {"description": "x", "files": [{"name": "a.exe", "content": "MZ"}]}, ".jsonl"),
    ("audit", {"description": "x", "files": [{"name": "a.jsonl", "content": "%%", "encoding": "base64"}]}, "base64"),
    ("inspect", {"files": []}, "at least one file"),
    ("inspect", {"files": [{"name": "big.txt", "content": "x" * 1_200_000}]}, "MB per file"),
])
def test_bad_calls_are_tool_errors_with_the_fix(url: str, name: str, args: dict[str, Any], hint: str) -> None:
    _, (result, after) = _session(url, [(name, args), ("audit", {"description": DESCRIPTION})])
    assert result.isError and hint in result.content[0].text, result.content
    assert not after.isError  # the server goes on


def test_stdio_transport_through_the_cli(session_home: Path) -> None:
    """``ftaudit mcp`` as a desktop client starts it: a child process speaking MCP on stdin/stdout."""
    import os
    import sys

    from mcp import StdioServerParameters
    from mcp.client.stdio import stdio_client

    params = StdioServerParameters(command=sys.executable, args=["-m", "ftaudit.ui.cli.main", "mcp"],
                                   env={**os.environ, "FTAUDIT_HOME": str(session_home)})

    async def run() -> tuple[list[str], Any]:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            names = [t.name for t in (await session.list_tools()).tools]
            return names, await session.call_tool("audit", {"description": DESCRIPTION})

    names, result = asyncio.run(run())
    assert sorted(names) == ["audit", "inspect"]
    assert not result.isError and result.structuredContent["approach"] == audit(DESCRIPTION).approach


def test_a_slow_audit_is_a_tool_error(session_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ftaudit.ui.mcp.server as server_module

    async def slow(*args: object, **kwargs: object) -> None:
        await asyncio.sleep(5)

    monkeypatch.setattr(server_module, "aaudit", slow)
    server = server_module.build_server(timeout=0.2)

    async def run() -> Any:
        return await server.call_tool("audit", {"description": DESCRIPTION})

    from mcp.server.fastmcp.exceptions import ToolError

    with pytest.raises(ToolError, match=r"longer than 0\.2 s"):
        asyncio.run(run())
