"""write_clean and the ``ftaudit inspect`` CLI adapter."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from ftaudit.errors import InputError
from ftaudit.inspect import write_clean
from ftaudit.ui.cli import inspect as inspect_cmd


def _read(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def test_write_clean_dev_files(dev_cases: Path, tmp_path: Path) -> None:
    out = tmp_path / "clean"
    res = write_clean(
        [
            dev_cases / "helpdesk-replies-with-data" / "tickets-sample.jsonl",
            dev_cases / "warranty-claims-classifier" / "claims-labelled.csv",
        ],
        out,
        mask_pii=True,
        val_fraction=0.2,
    )
    assert sorted(p.name for p in out.iterdir()) == [
        "clean-log.jsonl",
        "train.jsonl",
        "validation.jsonl",
    ]
    train, val = _read(res.train_path), _read(res.validation_path)
    assert len(train) + len(val) == 117 + 56 == res.n_train + res.n_validation
    assert 0 < len(val) < len(train)
    for rec in train + val:
        roles = [m["role"] for m in rec["messages"]]
        assert roles[-1] == "assistant" and set(roles) <= {"system", "user", "assistant"}
    text = Path(res.train_path).read_text() + Path(res.validation_path).read_text()
    assert "jane.doe@example.com" not in text and "[EMAIL]" in text and "[PHONE]" in text
    log = _read(res.log_path)
    dropped = {
        (e["line"], e["reason"])
        for e in log
        if e["action"] == "dropped" and e["file"].endswith(".jsonl")
    }
    assert dropped == {
        (21, "example_missing_assistant_message"),
        (31, "example_missing_assistant_message,unrecognized_role"),
        (42, "duplicate_example"),
        (56, "invalid_json"),
    }
    assert {
        (e["line"], e["reason"])
        for e in log
        if e["file"].endswith(".csv")
        and e["action"] == "dropped"
        and e["reason"] != "duplicate_example"
    } == {(9, "missing_label")}
    assert res.dropped["duplicate_example"] == 1 + 343
    assert res.changed == {"pii_masked": 1, "converted_from_table": 56}
    assert "jane.doe" not in Path(res.log_path).read_text()


def test_split_is_grouped_by_prompt_and_deterministic(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    recs = [
        {
            "messages": [
                {"role": "user", "content": f"question {i % 40}"},
                {"role": "assistant", "content": f"answer {i}"},
            ]
        }
        for i in range(200)
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in recs))
    a = write_clean([src], tmp_path / "a", val_fraction=0.25)
    b = write_clean([src], tmp_path / "b", val_fraction=0.25)
    assert Path(a.train_path).read_bytes() == Path(b.train_path).read_bytes()
    train_prompts = {r["messages"][0]["content"] for r in _read(a.train_path)}
    val_prompts = {r["messages"][0]["content"] for r in _read(a.validation_path)}
    assert train_prompts.isdisjoint(val_prompts) and val_prompts


def test_write_clean_rejects_bad_arguments(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(InputError):
        write_clean([f], f)
    with pytest.raises(InputError):
        write_clean([f], tmp_path / "o", val_fraction=0.9)


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="ftaudit")
    sub = parser.add_subparsers(dest="command", required=True)
    inspect_cmd.add_parser(sub)
    args = parser.parse_args(argv)
    return inspect_cmd.run(args)


def test_cli_markdown_json_and_exit_codes(dev_cases: Path, tmp_path: Path, capsys) -> None:
    helpdesk = str(dev_cases / "helpdesk-replies-with-data" / "tickets-sample.jsonl")
    assert _cli(["inspect", helpdesk]) == 0
    out = capsys.readouterr()
    assert "# Data inspection" in out.out and "`invalid_json`" in out.out
    assert "inspecting" in out.err and "Traceback" not in out.err
    assert _cli(["inspect", helpdesk, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["n_examples"] == 118
    assert {f["field"] for f in data["facts"]} >= {"labelled_examples", "task_kind"}
    assert _cli(["inspect", str(tmp_path / "missing.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert _cli(["inspect", helpdesk, "--val-fraction", "0.9"]) == 2
    out_dir = tmp_path / "clean"
    assert (
        _cli(["inspect", helpdesk, "--write-clean", str(out_dir), "--mask-pii", "--format", "json"])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["clean"]["n_train"] + data["clean"]["n_validation"] == 117
    assert (out_dir / "clean-log.jsonl").exists()
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    assert _cli(["inspect", helpdesk, "--write-clean", str(blocker)]) == 2
