"""``ftaudit serve`` as users start it (a child process), and the web app mounted beside the service."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes] | None = None, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            if proc is not None and proc.poll() is not None:
                raise AssertionError(proc.stderr.read().decode() if proc.stderr else "server exited") from None
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer in {timeout:.0f} s")


def test_serve_command(session_home: Path) -> None:
    port = _port()
    proc = subprocess.Popen([sys.executable, "-m", "ftaudit.ui.cli.main", "serve", "--port", str(port),
                             "--max-request-mb", "2", "--timeout", "30"],
                            env={**os.environ, "FTAUDIT_HOME": str(session_home)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait(f"{base}/v1/health", proc)
        health = httpx.get(f"{base}/v1/health").json()
        assert health["max_request_mb"] == 2 and health["timeout_seconds"] == 30
        r = httpx.post(f"{base}/v1/audit", json={"description": "We answer staff questions from 300 policy "
                                                                "documents that change weekly."}, timeout=60)
        assert r.status_code == 200 and r.json()["approach"] in {"prompt", "rag", "fine_tune"}
    finally:
        proc.terminate()
        proc.wait(10)


def test_bad_serve_flags_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    from ftaudit.ui.cli.main import main

    assert main(["serve", "--timeout", "0"]) == 2
    assert "must be positive" in capsys.readouterr().err


def test_web_app_mounted_beside_the_service(session_home: Path) -> None:
    pytest.importorskip("gradio")
    from ftaudit.ui.service.app import create_app, mount_ui

    app = create_app()
    mount_ui(app)
    port = _port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{port}"
        _wait(f"{base}/v1/health")
        page = httpx.get(f"{base}/ui/", timeout=30, follow_redirects=True)
        assert page.status_code == 200 and "gradio" in page.text.lower()
        config = httpx.get(f"{base}/ui/config", timeout=30)
        assert config.status_code == 200 and "components" in config.json()
    finally:
        server.should_exit = True
        thread.join(10)
