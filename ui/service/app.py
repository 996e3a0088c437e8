"""The HTTP service (``ftaudit serve``): a FastAPI app over :mod:`ftaudit.app.aio`.

Endpoints: ``POST /v1/audit``, ``POST /v1/inspect``, ``GET /v1/health``; OpenAPI at
``/openapi.json`` and ``/docs``.  Files come in the request (inline in JSON, or multipart
uploads), never as paths on the server.  Every error a client can cause is a 4xx whose
``detail`` says how to fix the request; anything else is a 500 with a one-line reason and
the server keeps serving.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from ftaudit import __version__
from ftaudit.app.aio import aaudit, ainspect, max_workers
from ftaudit.app.api import MAX_DESCRIPTION_CHARS
from ftaudit.app.uploads import Upload, check_uploads, decode_content, staged, without_folder
from ftaudit.errors import FtauditError, InputError
from ftaudit.report.build import printable
from ftaudit.ui.service.defaults import MAX_PENDING, MAX_REQUEST_MB, TIMEOUT_SECONDS
from ftaudit.ui.service.limits import BodyLimit
from pydantic import BaseModel, Field, ValidationError
from starlette.datastructures import UploadFile


class InlineFile(BaseModel):
    """A data file sent inside the JSON body."""

    name: str = Field(description="file name with its extension (e.g. tickets.jsonl); only the base name is used",
                      max_length=255)
    content: str = Field(description="the file's content: text, or base64 with encoding 'base64'")
    encoding: Literal["utf-8", "base64"] = "utf-8"


class AuditRequest(BaseModel):
    """``POST /v1/audit`` as JSON."""

    description: str = Field(description="the use case in plain words: task, data, volume, constraints",
                             min_length=1, max_length=MAX_DESCRIPTION_CHARS)
    name: str | None = Field(default=None, max_length=200, description="a name for the report")
    data: list[InlineFile] = Field(default_factory=list, description="sample data files (examples, documents)")


class InspectRequest(BaseModel):
    """``POST /v1/inspect`` as JSON."""

    data: list[InlineFile] = Field(min_length=1, description="the files to inspect")


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    version: str
    workers: int
    max_request_mb: float
    timeout_seconds: float
    max_pending: int


class _Refused(Exception):
    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        self.status, self.detail, self.headers = status, detail, headers


_MULTIPART_DOC = {
    "multipart/form-data": {"schema": {
        "type": "object",
        "properties": {"description": {"type": "string"}, "name": {"type": "string"},
                       "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}


def _openapi_body(model: type[BaseModel], multipart: dict[str, Any]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {
        "application/json": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}, **multipart}}}


async def _read(request: Request, model: type[BaseModel], max_file_bytes: int) -> tuple[Any, list[Upload]]:
    """The request as (model, uploads), from JSON or multipart."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            raw = await request.json()
        except RecursionError:
            raise _Refused(400, "the JSON is nested too deeply; send a flat object with 'description' and 'data'") \
                from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise _Refused(400, f"the body is not valid JSON ({exc}); send a JSON object such as "
                                '{"description": "We classify support tickets..."}') from None
        try:
            body = model.model_validate(raw)
        except ValidationError as exc:
            raise RequestValidationError(exc.errors(include_url=False)) from None
        files = [Upload(f.name, decode_content(f.name, f.content, f.encoding)) for f in getattr(body, "data", [])]
        return body, files
    if kind == "multipart/form-data":
        form = await request.form(max_files=21, max_fields=20, max_part_size=4 * MAX_DESCRIPTION_CHARS + 1024)
        fields = {k: v for k, v in form.multi_items() if isinstance(v, str)}
        uploads = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
        files = []
        for up in uploads:
            content = await up.read(max_file_bytes + 1)
            files.append(Upload(up.filename or "upload", content))
        try:
            if model is InspectRequest:
                if not files:
                    raise _Refused(422, "no files in the form; attach at least one file in the 'files' field")
                return InspectRequest.model_construct(data=[]), files
            return model.model_validate({k: fields[k] for k in ("description", "name") if k in fields}), files
        except ValidationError as exc:
            raise RequestValidationError(exc.errors(include_url=False)) from None
    raise _Refused(415, f"content type {kind or 'none'!r} is not accepted; send application/json "
                        "(see /docs) or multipart/form-data with a 'description' field and 'files'")


def create_app(*, max_request_mb: float = MAX_REQUEST_MB, timeout: float = TIMEOUT_SECONDS,
               max_pending: int = MAX_PENDING, guidance: list[Path] | None = None) -> FastAPI:
    """The service as an ASGI app (serve it with uvicorn, or mount it in your own app).

    At most ``max_pending`` audit and inspect requests are in the server at once (running or
    waiting for a worker); one more gets a 503 with ``Retry-After`` instead of queueing without bound.
    """
    max_bytes = int(max_request_mb * 1048576)
    pending = 0

    @contextlib.asynccontextmanager
    async def admitted() -> AsyncIterator[None]:
        nonlocal pending
        if pending >= max_pending:
            raise _Refused(503, f"the server is busy ({max_pending} requests in progress); retry in a few seconds",
                           {"Retry-After": "5"})
        pending += 1
        try:
            yield
        finally:
            pending -= 1

    # FastAPI's own /docs pages load Swagger UI from a CDN; this one is self-contained (offline).
    app = FastAPI(title="ftaudit", version=__version__, docs_url=None, redoc_url=None,
                  description="Should you fine-tune, engineer the prompt, or build RAG? Audit a use case and get "
                              "a cited recommendation.")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(docs_page(app.openapi()))

    @app.exception_handler(_Refused)
    async def refused(_: Request, exc: _Refused) -> JSONResponse:
        return JSONResponse(printable({"detail": exc.detail}), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(InputError)
    async def bad_input(_: Request, exc: InputError) -> JSONResponse:
        return JSONResponse(printable({"detail": str(exc)}), status_code=422)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "body"
            problems.append(f"{where}: {e.get('msg', 'invalid')}")
        # Only where and what: the offending input is not echoed (it may be huge, or hold a lone
        # surrogate that no UTF-8 response can carry).
        errors = [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type"))}
                  for e in exc.errors()]
        return JSONResponse(printable({"detail": "; ".join(problems) + ". See /docs for the request schema",
                                       "errors": errors}), status_code=422)

    @app.exception_handler(FtauditError)
    async def failed(_: Request, exc: FtauditError) -> JSONResponse:
        return JSONResponse(printable({"detail": str(exc)}), status_code=503)

    @app.exception_handler(Exception)
    async def crashed(_: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": f"internal error ({type(exc).__name__}); the request was not completed. "
                                       "Retry, and report it if it persists"}, status_code=500)

    async def _timed(coro: Any) -> Any:
        try:
            return await asyncio.wait_for(coro, timeout)
        except TimeoutError:
            raise _Refused(504, f"the audit took longer than {timeout:g} s; send a smaller data sample, or raise "
                                "FTAUDIT_SERVICE_TIMEOUT on the server") from None

    @app.get("/v1/health", response_model=Health)
    async def health() -> Health:
        """Liveness and the server's limits."""
        return Health(version=__version__, workers=max_workers(), max_request_mb=max_request_mb,
                      timeout_seconds=timeout, max_pending=max_pending)

    @app.post("/v1/audit", openapi_extra=_openapi_body(AuditRequest, _MULTIPART_DOC))
    async def audit_endpoint(request: Request) -> dict[str, Any]:
        """Audit a use case; the body is JSON (:class:`AuditRequest`) or a multipart form. Returns the report."""
        async with admitted():
            body, files = await _read(request, AuditRequest, max_bytes)
            check_uploads(files, max_bytes)
            with staged(files) as (folder, paths):
                report = await _timed(aaudit(body.description, paths, name=body.name, guidance=guidance))
                return without_folder(report.model_dump(mode="json"), folder)

    @app.post("/v1/inspect", openapi_extra=_openapi_body(InspectRequest, {"multipart/form-data": {"schema": {
        "type": "object", "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}))
    async def inspect_endpoint(request: Request) -> dict[str, Any]:
        """Inspect sample data files; returns the data report."""
        async with admitted():
            _, files = await _read(request, InspectRequest, max_bytes)
            check_uploads(files, max_bytes)
            with staged(files) as (folder, paths):
                report = await _timed(ainspect(paths))
                return without_folder(report.model_dump(mode="json"), folder)

    from ftaudit.ui.service.sessions import router

    app.include_router(router(_Refused))

    # The request schemas are read by hand (JSON or multipart), so register them for the docs.
    schema = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            doc = schema()
            from pydantic.json_schema import models_json_schema

            _, defs = models_json_schema([(AuditRequest, "validation"), (InspectRequest, "validation")],
                                         ref_template="#/components/schemas/{model}")
            doc.setdefault("components", {}).setdefault("schemas", {}).update(defs.get("$defs", {}))
            app.openapi_schema = doc
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(BodyLimit, max_bytes=max_bytes)
    return app


def docs_page(schema: dict[str, Any]) -> str:
    """The API reference as one HTML page with no scripts and no external resources."""
    esc = html.escape
    parts = [f"<h1>{esc(schema['info']['title'])} {esc(schema['info']['version'])}</h1>",
             f"<p>{esc(schema['info'].get('description', ''))}</p>",
             '<p>Machine-readable schema: <a href="/openapi.json">/openapi.json</a></p>']
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            parts.append(f"<h2><code>{esc(method.upper())} {esc(path)}</code></h2><p>{esc(op.get('description') or op.get('summary', ''))}</p>")
            for kind in (op.get("requestBody") or {}).get("content", {}):
                parts.append(f"<p>Body: <code>{esc(kind)}</code></p>")
    for name, model in schema.get("components", {}).get("schemas", {}).items():
        parts.append(f"<h3>{esc(name)}</h3><pre>{esc(json.dumps(model, indent=2))}</pre>")
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>ftaudit API</title><style>"
            "body{font:15px/1.5 system-ui,sans-serif;max-width:900px;margin:2em auto;padding:0 1em}"
            "pre{background:#f3f4f6;padding:8px;overflow:auto}</style></head><body>" + "".join(parts) + "</body></html>")


def mount_ui(app: FastAPI, path: str = "/ui", **kwargs: Any) -> None:
    """Mount the Gradio web app beside the service (``ftaudit serve --ui``)."""
    from ftaudit.errors import require

    require("gradio", "web", "the browser app")
    import gradio as gr
    from ftaudit.ui.web.app import APP_CSS, build_app

    demo = build_app(**kwargs)
    demo.queue(max_size=256, default_concurrency_limit=8)
    gr.mount_gradio_app(app, demo, path=path, css=APP_CSS, theme=getattr(demo, "ftaudit_theme", None),
                        show_error=False, run_history=False, footer_links=[], enable_monitoring=False,
                        max_file_size=demo.ftaudit.max_upload_bytes)  # type: ignore[attr-defined]


def serve(host: str = "127.0.0.1", port: int = 8000, *, ui: bool = False, **kwargs: Any) -> None:
    """Run the service with uvicorn until interrupted."""
    import uvicorn

    app = create_app(**kwargs)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: listening on {host} without authentication; put it behind a proxy that checks who calls",
              file=sys.stderr, flush=True)
    if ui:
        mount_ui(app)
    print(f"ftaudit service on http://{host}:{port}  (docs at /docs{', app at /ui' if ui else ''}; Ctrl-C to stop)",
          flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=5)
