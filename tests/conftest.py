"""Shared fixtures: an isolated FTAUDIT_HOME, the shared dev cases, and a network guard."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FTAUDIT_SHARED", REPO.parent / "shared")).resolve()
DEV_CASES = SHARED / "cases" / "dev"
DEV_LABELS = SHARED / "cases" / "dev-labels.csv"

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("NO_PROXY", "localhost,127.0.0.1,::1")


def _is_local(address: object) -> bool:
    if not (isinstance(address, tuple) and address):
        return isinstance(address, str | bytes)  # an AF_UNIX socket path is local
    host = str(address[0])
    if host in {"localhost", ""}:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _is_local(address):
        raise RuntimeError(f"test tried to reach the network: {address!r}")
    return _real_connect(self, address)  # type: ignore[arg-type]


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _is_local(address):
        raise RuntimeError(f"test tried to reach the network: {address!r}")
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's shared folder (dev cases, references)."""
    if not DEV_CASES.is_dir():
        pytest.fail(f"shared dev cases not found at {DEV_CASES}; set FTAUDIT_SHARED")
    return SHARED


@pytest.fixture(scope="session")
def dev_cases(shared_dir: Path) -> Path:
    """Folder of the labelled development cases."""
    return DEV_CASES


@pytest.fixture(scope="session")
def session_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One FTAUDIT_HOME for the whole test session, so the index is built once."""
    home = tmp_path_factory.mktemp("ftaudit-home")
    old = os.environ.get("FTAUDIT_HOME")
    os.environ["FTAUDIT_HOME"] = str(home)
    yield home
    if old is None:
        os.environ.pop("FTAUDIT_HOME", None)
    else:
        os.environ["FTAUDIT_HOME"] = old


@pytest.fixture(autouse=True)
def _home(session_home: Path) -> Path:
    return session_home
