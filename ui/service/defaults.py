"""The service's limits, readable without importing FastAPI (the CLI's help shows them)."""

from __future__ import annotations

import os

MAX_REQUEST_MB = float(os.environ.get("FTAUDIT_SERVICE_MAX_MB", "25"))
"""Largest request body accepted (all files together, after base64 for inline files)."""
TIMEOUT_SECONDS = float(os.environ.get("FTAUDIT_SERVICE_TIMEOUT", "120"))
"""Longest an audit may take before the request gets a 504."""
MAX_PENDING = int(os.environ.get("FTAUDIT_SERVICE_MAX_PENDING", "64"))
"""Audit and inspect requests in the server at once (running or waiting); one more gets a 503."""
