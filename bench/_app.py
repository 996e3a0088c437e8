"""Start the browser app in its own process for a benchmark, and wait until it listens."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_app(port: int, *, extra_env: dict[str, str] | None = None, timeout: float = 240) -> subprocess.Popen[bytes]:
    """``ftaudit ui`` on ``port`` in a child process (the bench's clients don't share its GIL)."""
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""), **(extra_env or {}))
    proc = subprocess.Popen([sys.executable, "-c", f"from ftaudit.ui.web.app import launch; launch(port={port})"],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError as err:
            if proc.poll() is not None:
                tail = proc.stderr.read().decode()[-2000:] if proc.stderr else ""
                raise SystemExit(f"app failed to start: {tail}") from err
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit(f"app did not start within {timeout:.0f} s")
