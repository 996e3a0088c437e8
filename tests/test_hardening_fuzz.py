"""Property-based fuzzing of every reader and of the extractor (hypothesis).

Readers: random bytes and mutations (truncation, byte flips, splices) of a valid seed
file of each format go through :func:`ftaudit.inspect.inspect_paths`; it must never raise,
and the report must serialise.  Extractor: any text, and text assembled from the cue
vocabulary, never crashes; extraction is deterministic and every quote is verbatim.

CI runs a few thousand examples in total (``FUZZ_EXAMPLES`` per reader); the long run
is ``bench/fuzz_readers.py``.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from ftaudit.inspect import Limits, inspect_paths
from ftaudit.read.lexicon import extract_facts, interpret_answer, sentences
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_hardening_corpus import _docx_bytes, _parquet_bytes, _pdf_bytes, _xlsx_bytes

FUZZ_EXAMPLES = int(os.environ.get("FTAUDIT_FUZZ_EXAMPLES", "300"))
LIMITS = Limits(max_bytes=2_000_000, pdf_seconds=10.0)


def _seeds() -> dict[str, bytes]:
    good = {"messages": [{"role": "system", "content": "Route it."}, {"role": "user", "content": "Parcel late"},
                         {"role": "assistant", "content": "shipping"}]}
    jsonl = b"".join(json.dumps(good).encode() + b"\n" for _ in range(5))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("train.jsonl", jsonl)
        zf.writestr("docs/policy.md", "# Policy\n\nRefunds within 30 days.\n")
    return {
        "jsonl": jsonl,
        "json": json.dumps([good, good]).encode(),
        "csv": b"prompt,completion\n" + b"".join(b"question %d,answer %d\n" % (i, i % 3) for i in range(8)),
        "tsv": b"text\tlabel\n" + b"".join(b"ticket %d\tbilling\n" % i for i in range(8)),
        "xlsx": _xlsx_bytes([["prompt", "completion"], *[[f"q{i}", f"a{i}"] for i in range(8)]]),
        "parquet": _parquet_bytes(),
        "pdf": _pdf_bytes("Travel policy. Economy class only. Updated 2024-05-01."),
        "docx": _docx_bytes(["Travel policy", "Economy class only."]),
        "zip": buf.getvalue(),
        "txt": b"Policy v2, updated 2024-05-01.\nRefunds within 30 days.\n",
        "md": b"# Handbook\n\n## Leave\n\nStaff get 25 days.\n",
    }


SEEDS = _seeds()


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` cut, flipped, spliced or replaced; or plain random bytes."""
    how = draw(st.sampled_from(["random", "truncate", "flip", "splice", "repeat"]))
    if how == "random":
        return draw(st.binary(max_size=4096))
    data = bytearray(seed)
    if how == "truncate":
        return bytes(data[: draw(st.integers(0, len(data)))])
    if how == "flip":
        for _ in range(draw(st.integers(1, 12))):
            i = draw(st.integers(0, len(data) - 1))
            data[i] = draw(st.integers(0, 255))
        return bytes(data)
    if how == "splice":
        i = draw(st.integers(0, len(data)))
        return bytes(data[:i]) + draw(st.binary(max_size=512)) + bytes(data[i:])
    i = draw(st.integers(0, len(data)))
    j = draw(st.integers(i, min(len(data), i + 256)))
    return bytes(data[:i]) + bytes(data[i:j]) * draw(st.integers(2, 50)) + bytes(data[j:])


def zip_version_bomb() -> bytes:
    """The seed ZIP with the first central-directory entry's "version needed" byte set to 6.4.

    ``zipfile.ZipFile`` raises ``NotImplementedError`` for it, and the inspector lets that
    escape (found by this fuzzer; see ``test_zip_with_unsupported_version_is_a_finding``).
    """
    data = bytearray(SEEDS["zip"])
    at = data.index(b"PK\x01\x02")
    data[at + 6] = 0x40  # version needed to extract: 6.4 (what zipfile refuses)
    return bytes(data)


KNOWN_CRASHES: dict[str, tuple[type[BaseException], ...]] = {}
"""Exceptions a reader is still allowed to raise, per extension (none now: the ZIP crashes this
fuzzer found are findings since the fix in agent/data/sources.py)."""


def check_reader(ext: str, data: bytes, *, tolerate_known: bool = True) -> None:
    """The property: inspecting ``data`` as a ``.ext`` file never raises; the report serialises."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"fuzz.{ext}"
        p.write_bytes(data)
        known: tuple[type[BaseException], ...] = KNOWN_CRASHES.get(ext, ()) if tolerate_known else ()
        try:
            report = inspect_paths([p], limits=LIMITS)
        except known:
            return
        assert report.files, ext
        json.dumps(report.model_dump(mode="json"))
        report.to_markdown().encode("utf-8")
        assert sorted(os.listdir(d)) == [p.name], "inspection wrote next to its input"


def _reader_test(ext: str):  # type: ignore[no-untyped-def]
    @settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(data=mutated(SEEDS[ext]))
    def test(data: bytes) -> None:
        check_reader(ext, data)

    test.__name__ = f"test_reader_never_crashes_{ext}"
    return test


for _ext in SEEDS:
    globals()[f"test_reader_never_crashes_{_ext}"] = _reader_test(_ext)


def test_zip_with_unsupported_version_is_a_finding() -> None:
    check_reader("zip", zip_version_bomb(), tolerate_known=False)


def zip_repeated_central_header() -> bytes:
    """The seed ZIP with a slice of its central directory repeated (found by ``bench/fuzz_readers.py``):
    ``zipfile`` raises ``IndexError`` while parsing the names, and it escapes the inspector."""
    data = SEEDS["zip"]
    a = data.index(b"PK\x01\x02") + 46 + 1
    return data[:a] + data[a : a + 19] * 4 + data[a + 19 :]


def test_zip_with_garbled_central_directory_is_a_finding() -> None:
    check_reader("zip", zip_repeated_central_header(), tolerate_known=False)


def test_xlsx_and_docx_with_unsupported_zip_version_are_findings() -> None:
    for ext in ("xlsx", "docx"):
        b = bytearray(SEEDS[ext])
        at = b.index(b"PK\x01\x02")
        b[at + 6] = 0x40
        check_reader(ext, bytes(b), tolerate_known=False)


@pytest.mark.parametrize("ext", sorted(SEEDS))
def test_seed_files_are_read(ext: str) -> None:
    """The seeds themselves are valid files of their type (so mutations start from real structure)."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"seed.{ext}"
        p.write_bytes(SEEDS[ext])
        report = inspect_paths([p])
        assert all(f.kind not in ("unreadable", "unsupported") for f in report.files), [
            (f.code, f.message) for f in report.findings]


# --- the extractor ----------------------------------------------------------------------------

CUES = ["we", "classify", "2 million", "tickets", "a month", "labelled", "examples", "cite", "the policy",
        "changes weekly", "no", "not", "latency", "under 2 seconds", "JSON", "tone", "brand voice", "GDPR",
        "budget", "$5,000", "per month", "prototype", "production", "OpenAI", "Azure", "documents", "1,800 pages",
        "accuracy", "matters", "doesn't", "matter", "4,200", "contracts", "annotated", ".", ",", ";", "\n",
        "e.g.", "(", ")", "—", "-", "?", "!", "%", "k", "M", "0", "1e9", "½", "٣", "\u2028", "\u200b"]

texts = st.one_of(
    st.text(max_size=600),
    st.lists(st.sampled_from(CUES), max_size=80).map(" ".join),
    st.lists(st.one_of(st.sampled_from(CUES), st.text(max_size=8)), max_size=60).map(" ".join),
)


@settings(max_examples=max(200, FUZZ_EXAMPLES * 2), deadline=None, derandomize=True)
@given(text=texts)
def test_extractor_never_crashes_is_deterministic_and_quotes_verbatim(text: str) -> None:
    first = extract_facts(text)
    again = extract_facts(text)
    assert [f.model_dump() for f in first] == [f.model_dump() for f in again]
    flat = " ".join(text.split())
    for f in first:
        assert f.quote is None or " ".join(f.quote.split()) in flat, (f.field, f.quote)
    for s in sentences(text):
        assert s.text


@settings(max_examples=max(100, FUZZ_EXAMPLES), deadline=None, derandomize=True)
@given(text=texts, focus=st.sampled_from([None, "monthly_volume", "labelled_examples", "knowledge_change_days",
                                          "latency_ms", "citations_required", "budget_monthly"]))
def test_interview_answers_never_crash(text: str, focus: str | None) -> None:
    from ftaudit.facts import FACT_FIELDS

    if focus is not None and focus not in FACT_FIELDS:
        focus = None
    assert [f.model_dump() for f in interpret_answer(text, focus)] == [
        f.model_dump() for f in interpret_answer(text, focus)]


@settings(max_examples=max(100, FUZZ_EXAMPLES), deadline=None, derandomize=True)
@given(text=texts)
def test_guard_never_crashes(text: str) -> None:
    from ftaudit.read.guard import MAX_WARNINGS, suspicious_instructions

    out = suspicious_instructions(text)
    assert len(out) <= MAX_WARNINGS and all("\n" not in w for w in out)
    assert out == suspicious_instructions(text)
