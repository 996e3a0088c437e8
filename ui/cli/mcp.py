"""``ftaudit mcp``: the MCP server (stdio for desktop clients, or streamable HTTP)."""

from __future__ import annotations

import argparse
from typing import Any


def add_parser(subparsers: Any) -> None:
    """Register the ``mcp`` command."""
    p = subparsers.add_parser("mcp", help="run the MCP server (tools: audit, inspect)")
    p.add_argument("--transport", choices=["stdio", "http"], default="stdio",
                   help="stdio (default: for a desktop client that starts ftaudit) or streamable HTTP at /mcp")
    p.add_argument("--host", default="127.0.0.1", help="with --transport http: address (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="with --transport http: port (default 8000)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ftaudit.errors import require

    require("mcp", "mcp", "ftaudit mcp")
    from ftaudit.ui.mcp.server import run as serve

    serve(args.transport, args.host, args.port)
    return 0
