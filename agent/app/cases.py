"""Reading use-case files.

A case is one of:

* a ``.md`` or ``.txt`` file: the prose description;
* a ``.yaml``/``.yml`` or ``.json`` file with ``name``, ``description`` and an
  optional ``data`` list of paths relative to the file;
* a folder holding ``case.md``, ``case.txt``, ``case.yaml`` or ``case.json`` plus
  data files, which are attached automatically.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from ftaudit.errors import InputError

MAX_CASE_BYTES = 1_000_000
CASE_SUFFIXES = (".md", ".txt", ".yaml", ".yml", ".json")
_ALLOWED_KEYS = {"name", "description", "data"}


@dataclass
class CaseInput:
    """A use case as read from disk, before any analysis."""

    name: str
    description: str
    data: list[Path] = field(default_factory=list)
    path: Path | None = None


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror}); check the path and permissions", str(path)) from exc
    if size == 0:
        raise InputError("the file is empty; write the use-case description into it", str(path))
    if size > MAX_CASE_BYTES:
        raise InputError(
            f"the file is {size / 1e6:.1f} MB; a case description must be under {MAX_CASE_BYTES // 1_000_000} MB "
            "(attach large material as data files instead)", str(path))
    return case_text(path.read_bytes(), str(path))


def case_text(raw: bytes, where: str) -> str:
    """A case description from raw bytes (a file or standard input), checked like a case file:
    at most :data:`MAX_CASE_BYTES`, text not binary, UTF-8 (or UTF-16 with a byte-order mark)."""
    if len(raw) > MAX_CASE_BYTES:
        raise InputError(
            f"the description is over {MAX_CASE_BYTES // 1_000_000} MB; a case description must be shorter "
            "(attach large material as data files instead)", where)
    utf16 = raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    if b"\x00" in raw[:8192] and not utf16:
        raise InputError("the file is binary, not text; save the description as UTF-8 Markdown or text", where)
    for encoding in ("utf-16",) if utf16 else ("utf-8-sig",):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InputError("the file is not valid UTF-8; re-save it as UTF-8", where)
    if "\x00" in text:
        raise InputError("the file is binary, not text; save the description as UTF-8 Markdown or text", where)
    if not text.strip():
        raise InputError("the file holds only white space; write the use-case description into it", where)
    return text


def _structured(path: Path, text: str) -> CaseInput:
    try:
        data: Any = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else (f" at line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else "")
        raise InputError(f"is not valid {path.suffix[1:].upper()}{line}; fix the syntax", str(path)) from exc
    except RecursionError as exc:
        raise InputError("is nested too deeply to be a case file; a case is a flat mapping with "
                         "name, description and data", str(path)) from exc
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise InputError(f"is not a usable {path.suffix[1:].upper()} case file ({_short(exc)}); fix the value",
                         str(path)) from exc
    if not isinstance(data, dict):
        raise InputError("must be a mapping with `name`, `description` and optional `data`", str(path))
    if set(map(str, data)) - _ALLOWED_KEYS:
        # A spec with keys of the team's own: the whole file is the description, read like prose
        # (quotes stay verbatim lines of the file).
        data = {"name": data.get("name") if isinstance(data.get("name"), str) else path.stem,
                "description": text, "data": data.get("data")}
    description = data.get("description")
    if not isinstance(description, str) or not description.strip():
        raise InputError("`description` must be non-empty text", str(path))
    name = data.get("name", path.stem)
    if not isinstance(name, str | int | float):
        raise InputError("`name` must be text", str(path))
    raw_data = data.get("data") or []
    if isinstance(raw_data, str):
        raw_data = [raw_data]
    if not isinstance(raw_data, list) or not all(isinstance(p, str) for p in raw_data):
        raise InputError("`data` must be a list of file paths relative to the case file", str(path))
    files = []
    home = path.parent.resolve()
    for rel in raw_data:
        if "\x00" in rel or not rel.strip():
            raise InputError(f"data path {rel!r} is not a file name", str(path))
        target = (path.parent / rel).resolve()
        if Path(rel).is_absolute() or not target.is_relative_to(home):
            raise InputError(
                f"data file {rel[:80]!r} is outside the case's folder; data paths must stay inside the folder that "
                "holds the case file (copy the file there)", str(path))
        if not target.exists():
            raise InputError(f"data file {rel!r} does not exist (paths are relative to the case file)", str(path))
        files.append(target)
    return CaseInput(str(name), description, files, path)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 120 else text[:117] + "..."


def read_case(path: Path) -> CaseInput:
    """Read a case file or case folder."""
    path = Path(path)
    if path.is_dir():
        main = next((path / f"case{s}" for s in CASE_SUFFIXES if (path / f"case{s}").is_file()), None)
        if main is None:
            raise InputError("folder has no case.md, case.txt, case.yaml or case.json", str(path))
        case = read_case(main)
        attached = {p.resolve() for p in case.data}
        home = path.resolve()
        extra = sorted(p for p in path.rglob("*")
                       if p.is_file() and p.resolve() != main.resolve() and p.resolve() not in attached
                       and not p.name.startswith("."))
        for p in extra:
            if not p.resolve().is_relative_to(home):
                raise InputError(f"{p.relative_to(path)} links to a file outside the case folder; "
                                 "copy the file into the folder instead", str(path))
        case.data = case.data + extra
        case.name = path.name
        case.path = path
        return case
    if not path.exists():
        raise InputError("no such file; check the path", str(path))
    if path.suffix.lower() not in CASE_SUFFIXES:
        raise InputError(f"unsupported case file type {path.suffix!r}; use .md, .txt, .yaml or .json", str(path))
    text = _read_text(path)
    if path.suffix.lower() in {".yaml", ".yml", ".json"}:
        case = _structured(path, text)
        case.name = path.stem
        return case
    return CaseInput(path.stem, text, [], path)


def find_cases(folder: Path) -> list[Path]:
    """The cases in a batch folder: case files and case sub-folders, sorted by name."""
    out = []
    for p in sorted(Path(folder).iterdir()):
        if p.name.startswith("."):
            continue
        if p.is_dir() or p.suffix.lower() in CASE_SUFFIXES:
            out.append(p)
    return out


def case_name(path: Path) -> str:
    """The case's name in batch outputs: the file name without extension, or the folder name."""
    return path.name if path.is_dir() else path.stem
