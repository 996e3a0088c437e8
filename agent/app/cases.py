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
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from ftaudit.errors import InputError
from ftaudit.files import NotRegularFile, open_regular

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
        with open_regular(path) as fh:  # never blocks on a FIFO or device
            size = os.fstat(fh.fileno()).st_size
            raw = fh.read(MAX_CASE_BYTES + 1) if size <= MAX_CASE_BYTES else b""
    except NotRegularFile as exc:
        raise InputError(f"{exc.strerror}", str(path)) from exc
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror}); check the path and permissions", str(path)) from exc
    if size == 0 and not raw:
        raise InputError("the file is empty; write the use-case description into it", str(path))
    if size > MAX_CASE_BYTES:
        raise InputError(
            f"the file is {size / 1e6:.1f} MB; a case description must be under {MAX_CASE_BYTES // 1_000_000} MB "
            "(attach large material as data files instead)", str(path))
    return case_text(raw, str(path))


def _inside(path: Path, home: Path, where: Path, what: str) -> None:
    """Refuse ``path`` (shown as ``what``) when its real path is outside the folder ``home``."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symbolic link loop
        raise InputError(f"{what} cannot be resolved ({exc}); fix or remove the link", str(where)) from exc
    if not real.is_relative_to(home):
        raise InputError(f"{what} links to a file outside the case folder; files a case reads must be inside "
                         "its folder (copy the file into the folder instead)", str(where))


def _folder_files(folder: Path, home: Path, where: Path) -> None:
    """Check every file the inspector will read under a ``data:`` folder (it skips hidden
    names and does not descend into linked folders): each must resolve inside ``home``."""
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for n in names:
            if not n.startswith("."):
                p = Path(root) / n
                if p.is_symlink():
                    _inside(p, home, where, f"data file {str(p.relative_to(folder.parent))[:120]!r}")


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
    unknown = sorted(set(map(str, data)) - _ALLOWED_KEYS)
    if unknown and not _flat_spec(data):
        raise InputError(f"unknown key(s) {', '.join(unknown[:5])} hold nested structures; a case file is a spec "
                         "of plain values (or name, description and data)", str(path))
    if unknown:
        # A spec with keys of the team's own: the whole file is the description, read like prose
        # (quotes stay verbatim lines of the file).
        data = {"name": data.get("name") if isinstance(data.get("name"), str) else path.stem,
                "description": text, "data": _data_paths_or_none(path, data.get("data"))}
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
        if target.is_dir():
            _folder_files(target, home, path)
        files.append(target)
    return CaseInput(str(name), description, files, path)


def _data_paths_or_none(path: Path, raw: Any) -> Any:
    """In a free-form spec, ``data:`` names files only if every entry is an existing file name;
    otherwise it is prose ("data: none yet, the API has 22 endpoints") and was read as such."""
    entries = [raw] if isinstance(raw, str) else raw
    if not isinstance(entries, list) or not entries:
        return None
    try:
        ok = all(isinstance(e, str) and "\x00" not in e and (path.parent / e).is_file() for e in entries)
    except OSError:
        ok = False
    return raw if ok else None


def _scalar(v: Any) -> bool:
    return v is None or isinstance(v, str | int | float | bool)


def _flat_spec(data: dict[Any, Any]) -> bool:
    """True for a spec of plain values: scalars, or lists and mappings of scalars."""
    return all(_scalar(v) or (isinstance(v, list) and all(map(_scalar, v)))
               or (isinstance(v, dict) and all(map(_scalar, v.values()))) for v in data.values())


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 120 else text[:117] + "..."


def _case_entry(path: Path, name: str) -> bool:
    """True when ``path/name`` exists as anything but a folder (a FIFO is found, then refused)."""
    try:
        st = (path / name).lstat()
    except OSError:
        return False
    if stat.S_ISLNK(st.st_mode):
        return (path / name).exists() and not (path / name).is_dir()
    return not stat.S_ISDIR(st.st_mode)


def read_case(path: Path) -> CaseInput:
    """Read a case file or case folder.

    Every file a case reads must be a regular file whose real path is inside the case's
    folder (the folder, or the folder holding the case file): a link that leads outside,
    a FIFO, socket or device is refused with an :class:`InputError` that names it.  Special
    files among a folder's data files are passed on, and the inspector reports them.
    """
    path = Path(path)
    if path.is_dir():
        main = next((path / f"case{s}" for s in CASE_SUFFIXES if _case_entry(path, f"case{s}")), None)
        if main is None:
            raise InputError("folder has no case.md, case.txt, case.yaml or case.json", str(path))
        home = path.resolve()
        _inside(main, home, path, main.name)
        case = read_case(main)
        attached = {p.resolve() for p in case.data}
        extra = []
        for p in sorted(path.rglob("*")):
            if p.name.startswith(".") or p.is_dir() or not p.exists():
                continue  # hidden, a folder (walked by rglob) or a broken link
            if p.is_symlink():
                _inside(p, home, path, str(p.relative_to(path)))
            real = p.resolve()
            if real != main.resolve() and real not in attached:
                extra.append(p)
        case.data = case.data + extra
        case.name = path.name
        case.path = path
        return case
    if not path.exists():
        raise InputError("no such file; check the path", str(path))
    if path.suffix.lower() not in CASE_SUFFIXES:
        raise InputError(f"unsupported case file type {path.suffix!r}; use .md, .txt, .yaml or .json", str(path))
    if path.is_symlink():
        _inside(path, path.parent.resolve(), path, "the case file")
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
