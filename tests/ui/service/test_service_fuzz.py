"""Hostile and random requests never crash the service: every one gets a 2xx or a 4xx with a message."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("fastapi")

from test_service import Server

JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
                       lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                                     max_size=4), max_leaves=12)
BODIES = st.one_of(
    JSONISH,
    st.fixed_dictionaries({"description": st.text(max_size=300)},
                          optional={"name": JSONISH, "data": JSONISH}),
    st.fixed_dictionaries({"description": st.just("We classify tickets."),
                           "data": st.lists(st.fixed_dictionaries(
                               {"name": st.text(max_size=30), "content": st.text(max_size=200)},
                               optional={"encoding": st.sampled_from(["utf-8", "base64", "rot13"])}), max_size=3)}),
)


@pytest.fixture(scope="module")
def client(session_home: Path) -> Iterator[httpx.Client]:
    with Server(max_request_mb=1, timeout=60) as url, httpx.Client(base_url=url, timeout=60) as c:
        yield c


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=BODIES, endpoint=st.sampled_from(["/v1/audit", "/v1/inspect"]))
def test_random_bodies(client: httpx.Client, body: object, endpoint: str) -> None:
    r = client.post(endpoint, content=json.dumps(body), headers={"content-type": "application/json"})
    assert r.status_code == 200 or 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    if r.status_code != 200:
        assert r.json()["detail"]


@pytest.mark.parametrize("raw", [
    b"[" * 100_000 + b"]" * 100_000,                       # a depth bomb
    b'{"description": "\\ud800 broken escape"}',           # a lone surrogate
    b'\xef\xbb\xbf{"description": "BOM first"}',           # a UTF-8 BOM
    b'{"description": "x", "data": [{"name": "a.jsonl", "content": "\\u0000\\u0001"}]}',
    b'{"description": "x", "data": [{"name": "../../../../etc/passwd.txt", "content": "root:x:0:0"}]}',
])
def test_hostile_bodies(client: httpx.Client, raw: bytes) -> None:
    r = client.post("/v1/audit", content=raw, headers={"content-type": "application/json"})
    assert r.status_code == 200 or 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    assert "/etc/passwd" not in r.text
    assert client.get("/v1/health").status_code == 200
