"""The MCP server (``ftaudit mcp``): ``audit`` and ``inspect`` as tools, over stdio or streamable HTTP.

Built on the ``mcp`` package's FastMCP rather than Gradio's ``mcp_server=True``: the tools
take a description and file *contents* (name, text or base64), the schema is exactly these
arguments, and the server runs without the web app.  No tool takes a path on this machine.
"""

from __future__ import annotations

import asyncio
from typing import Any, Literal

from ftaudit import __version__
from ftaudit.app.aio import aaudit, ainspect
from ftaudit.app.uploads import Upload, check_uploads, decode_content, staged, without_folder
from ftaudit.errors import FtauditError
from ftaudit.integrations.langchain_tool import compact
from ftaudit.ui.service.defaults import MAX_REQUEST_MB, TIMEOUT_SECONDS
from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.exceptions import ToolError
from pydantic import BaseModel, Field

INSTRUCTIONS = (
    "ftaudit decides whether an AI use case should use prompt engineering, retrieval (RAG) or fine-tuning, with "
    "reasons that cite published guidance. Call 'audit' with the use case in plain words and, if you have them, "
    "sample data files (their content, not a path). Call 'inspect' to check training data before fine-tuning."
)


class FileUpload(BaseModel):
    """A file sent to a tool: its name (for the format) and its content."""

    name: str = Field(description="file name with extension, e.g. tickets.jsonl (only the base name is used)",
                      max_length=255)
    content: str = Field(description="the file's text, or its bytes in base64 with encoding 'base64'")
    encoding: Literal["utf-8", "base64"] = "utf-8"


def _uploads(files: list[FileUpload], max_bytes: int) -> list[Upload]:
    uploads = [Upload(f.name, decode_content(f.name, f.content, f.encoding)) for f in files]
    check_uploads(uploads, max_bytes)
    return uploads


async def _timed(coro: Any, timeout: float) -> Any:
    try:
        return await asyncio.wait_for(coro, timeout)
    except TimeoutError:
        raise ToolError(f"the audit took longer than {timeout:g} s; send a smaller data sample, or raise "
                        "FTAUDIT_SERVICE_TIMEOUT where the server runs") from None


def build_server(*, host: str = "127.0.0.1", port: int = 8000, max_file_mb: float = MAX_REQUEST_MB,
                 timeout: float = TIMEOUT_SECONDS) -> FastMCP:
    """The MCP server with its two tools (run it with ``.run(transport)`` or serve ``.streamable_http_app()``)."""
    max_bytes = int(max_file_mb * 1048576)
    server = FastMCP("ftaudit", instructions=INSTRUCTIONS, host=host, port=port, stateless_http=True,
                     json_response=True, log_level="WARNING")

    @server.tool(name="audit", description="Recommend prompt engineering, RAG or fine-tuning for a use case, with "
                 "cited reasons. detail='summary' (default) gives the verdict, top reasons and open questions; "
                 "'full' the whole report.")
    async def audit_tool(description: str, files: list[FileUpload] | None = None,
                         detail: Literal["summary", "full"] = "summary") -> dict[str, Any]:
        try:
            uploads = _uploads(files or [], max_bytes)
            with staged(uploads) as (folder, paths):
                report = await _timed(aaudit(description, paths), timeout)
                out = report.model_dump(mode="json") if detail == "full" else compact(report)
                return without_folder(out, folder)
        except FtauditError as exc:
            raise ToolError(str(exc)) from exc

    @server.tool(name="inspect", description="Inspect sample data (training examples, documents): format problems, "
                 "duplicates, personal data, token statistics. Returns the data report.")
    async def inspect_tool(files: list[FileUpload]) -> dict[str, Any]:
        if not files:
            raise ToolError("no files sent; send at least one file as {name, content}")
        try:
            uploads = _uploads(files, max_bytes)
            with staged(uploads) as (folder, paths):
                report = await _timed(ainspect(paths), timeout)
                return without_folder(report.model_dump(mode="json"), folder)
        except FtauditError as exc:
            raise ToolError(str(exc)) from exc

    return server


def http_app(**kwargs: Any) -> Any:
    """The streamable-HTTP ASGI app (endpoint ``/mcp``) behind the request-size limit."""
    from ftaudit.ui.service.limits import BodyLimit

    max_mb = kwargs.get("max_file_mb", MAX_REQUEST_MB)
    # A file in base64 is 4/3 its size, plus the JSON-RPC envelope.
    return BodyLimit(build_server(**kwargs).streamable_http_app(), max_bytes=int(max_mb * 1048576 * 1.4) + 65536)


def run(transport: Literal["stdio", "http"] = "stdio", host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until interrupted: stdio for a desktop client, HTTP for a networked one."""
    if transport == "stdio":
        build_server().run("stdio")
        return
    import uvicorn

    print(f"ftaudit {__version__} MCP server on http://{host}:{port}/mcp (Ctrl-C to stop)", flush=True)
    uvicorn.run(http_app(host=host, port=port), host=host, port=port, log_level="warning")
