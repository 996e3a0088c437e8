"""``ftaudit serve``: the HTTP service (and, with ``--ui``, the web app beside it)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_parser(subparsers: Any) -> None:
    """Register the ``serve`` command."""
    from ftaudit.ui.service.defaults import MAX_PENDING, MAX_REQUEST_MB, TIMEOUT_SECONDS

    p = subparsers.add_parser("serve", help="run the HTTP service (POST /v1/audit, /v1/inspect; docs at /docs)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--max-request-mb", type=float, default=MAX_REQUEST_MB,
                   help=f"largest request body in MB (default {MAX_REQUEST_MB:g}, or FTAUDIT_SERVICE_MAX_MB)")
    p.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS,
                   help=f"seconds an audit may take before a 504 (default {TIMEOUT_SECONDS:g}, or FTAUDIT_SERVICE_TIMEOUT)")
    p.add_argument("--max-pending", type=int, default=MAX_PENDING,
                   help=f"requests in the server at once before a 503 (default {MAX_PENDING}, or FTAUDIT_SERVICE_MAX_PENDING)")
    p.add_argument("--guidance", action="append", type=Path, help="folder of your own guidance to index and cite")
    p.add_argument("--ui", action="store_true", help="also serve the browser app at /ui")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ftaudit.errors import InputError, require

    require("fastapi", "service", "ftaudit serve")
    require("uvicorn", "service", "ftaudit serve")
    if args.max_request_mb <= 0 or args.timeout <= 0 or args.max_pending < 1:
        raise InputError("--max-request-mb, --timeout and --max-pending must be positive numbers")
    from ftaudit.ui.service.app import serve

    serve(args.host, args.port, ui=args.ui, max_request_mb=args.max_request_mb, timeout=args.timeout,
          max_pending=args.max_pending, guidance=args.guidance)
    return 0
