"""``ftaudit ui``: the browser interview (Gradio 6), a thin adapter over :class:`agent.AuditSession`.

Layout: a multimodal chat on the left (describe, answer, correct, drop files), a live
panel on the right (leaning, facts with their sources, criteria chart, data findings,
cost chart, cited passages, report downloads).

Offline by design: analytics off, no share links, no CDN (charts are server-rendered
SVG), browser run history off (uploads may hold personal data).  Each browser
session has its own :class:`UISession` (its own ``AuditSession`` and temp folder).
Every upload is copied into the session's folder before anything reads it.  Gradio
stores identical uploads once, for every session that sends them, so its copy is
reference-counted (:class:`UploadRefs`): a session deletes its own folder when it ends
(tab closed, idle timeout, restart, or app shutdown) and Gradio's copy only when no
other session holds it and nobody has uploaded it again since.

Messages are cleaned before anything reads them (lone surrogates, NUL and other control
characters, terminal escapes) and capped at :data:`MAX_MESSAGE_CHARS`; everything from
the user, a file or a model that reaches the chat is escaped (no images, links or HTML).
"""

from __future__ import annotations

import contextlib
import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("NO_PROXY", "localhost,127.0.0.1,::1")

import hashlib
import logging
import re
import shutil
import tempfile
import threading
import time
import unicodedata
import urllib.parse
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast, runtime_checkable

import gradio as gr
from ftaudit.app.session import AuditSession, Question
from ftaudit.decide.criteria import load_criteria
from ftaudit.errors import FtauditError
from ftaudit.facts import APPROACH_LABELS, FACT_FIELDS, Fact, format_value
from ftaudit.inspect import formats
from ftaudit.read.text import CONTROL
from ftaudit.report.build import AuditReport
from ftaudit.retrieve.index import GuidanceIndex, open_index
from ftaudit.ui.web import panel

log = logging.getLogger("ftaudit.ui")

MAX_UPLOAD_MB = float(os.environ.get("FTAUDIT_UI_MAX_UPLOAD_MB", "25"))
MAX_FILES_PER_SESSION = 20
MAX_MESSAGE_CHARS = int(os.environ.get("FTAUDIT_UI_MAX_MESSAGE_CHARS", "20000"))
"""Longest chat message read; a longer one is answered with a message saying what to do."""
SESSION_IDLE_SECONDS = float(os.environ.get("FTAUDIT_UI_IDLE_SECONDS", str(2 * 3600)))
OFFLINE_BACKEND = "offline engine (no LLM configured)"
SKIP_WORDS = {"skip", "don't know", "dont know", "not sure", "no idea", "unknown", "?"}
REPORT_WORDS = {"report", "recommend", "recommendation", "done", "finish", "verdict"}
RESTART_WORDS = {"restart", "new audit", "start over", "reset"}
HTTP_UPLOAD_FACTOR = 4
"""Files up to this many times the per-file limit are received and refused in the chat."""
RELOAD_GRACE_SECONDS = float(os.environ.get("FTAUDIT_UI_RELOAD_GRACE_SECONDS", "60"))
"""How long a closed tab's interview is kept for a reload of the same tab."""
_TAB_ID_JS = """() => { let id = sessionStorage.getItem('ftaudit-tab');
  if (!id) { id = crypto.randomUUID().replaceAll('-', ''); sessionStorage.setItem('ftaudit-tab', id); }
  const name = () => { const t = document.querySelector('#fa-msg textarea');
    if (t && t.getAttribute('aria-label') !== 'Your message') t.setAttribute('aria-label', 'Your message');
    // Gradio marks the example buttons' box as a list without list items (axe: aria-required-children).
    document.querySelectorAll('.examples[role=list]').forEach(e => {
      e.setAttribute('role', 'group'); e.setAttribute('aria-label', 'Examples'); });
    // The panel's download links show only the file size; name them by their file.
    document.querySelectorAll('#panel-downloads a[download]').forEach(a => {
      const cell = a.closest('tr') && a.closest('tr').querySelector('td');
      const file = a.getAttribute('download') || (cell ? cell.innerText.replace(/\\s+/g, '') : '');
      const label = 'Download ' + (file || 'the report');
      if (a.getAttribute('aria-label') !== label) a.setAttribute('aria-label', label); }); };
  name(); new MutationObserver(name).observe(document.body, {childList: true, subtree: true});
  return id; }"""

_BINARY = (
    b"PK\x03\x04",
    b"%PDF-",
    b"\x89PNG",
    b"\xd0\xcf\x11\xe0",
    b"\x7fELF",
    b"MZ",
    b"GIF8",
    b"\xff\xd8\xff",
)

EXAMPLES: list[dict[str, Any]] = [
    {
        "text": "We classify 2 million support tickets a month into 40 queues. We have 50,000 labelled "
        "tickets and a prompt with GPT-4o-mini that reaches 81% accuracy; we need 90%."
    },
    {
        "text": "An assistant that answers employees' questions about our HR policies. The policies are "
        "updated every few weeks and answers must cite the policy section."
    },
    {
        "text": "Rewrite product descriptions in our brand voice for the web shop, about 3,000 a month. "
        "We have 400 descriptions our copywriters approved."
    },
]
EXAMPLE_LABELS = ["Ticket routing at scale", "HR policy assistant", "Brand-voice copy"]


@runtime_checkable
class Assistant(Protocol):
    """An optional language-model layer that rewrites the engine's draft reply.

    ``label`` names the backend for the UI; ``stream(draft, context)`` yields text
    chunks of the reply.  The engine's facts, verdict and citations never come from
    it: if it raises or yields nothing, the offline draft is shown instead.
    """

    label: str

    def stream(self, draft: str, context: dict[str, Any]) -> Iterable[str]: ...


# --- sessions ----------------------------------------------------------------------------


class UploadRefs:
    """Which sessions hold which of Gradio's uploaded files.

    Gradio stores an upload under a hash of its content, so two sessions that send the same
    file get the same path, and a second upload of it replaces the file (a new inode).  A
    file is deleted when the last session holding it lets go, and only if it is still the
    very file that session received: a newer upload belongs to whoever sent it.
    """

    def __init__(self) -> None:
        self._held: dict[Path, dict[str, tuple[int, int, int]]] = {}
        self._lock = threading.Lock()

    def hold(self, owner: str, path: Path) -> None:
        try:
            st = path.stat()
        except OSError:
            return
        with self._lock:
            self._held.setdefault(path, {})[owner] = (st.st_dev, st.st_ino, st.st_mtime_ns)

    def holders(self, path: Path) -> int:
        with self._lock:
            return len(self._held.get(path, {}))

    def release(self, owner: str) -> None:
        """Let go of every file ``owner`` holds; delete those nobody else holds."""
        with self._lock:
            for path in [p for p, h in self._held.items() if owner in h]:
                identity = self._held[path].pop(owner)
                if self._held[path]:
                    continue  # another session still uses it
                del self._held[path]
                try:
                    st = path.stat()
                    if (st.st_dev, st.st_ino, st.st_mtime_ns) != identity:
                        continue  # uploaded again since: that copy is someone else's
                    path.unlink()
                    if path.parent != Path(tempfile.gettempdir()) and not any(path.parent.iterdir()):
                        path.parent.rmdir()
                except OSError:
                    pass


@dataclass
class UISession:
    """What one browser session owns: its interview, its temp folder and its uploads."""

    root: Path
    index: GuidanceIndex | None = None
    audit: AuditSession | None = None
    question: Question | None = None
    report: AuditReport | None = None
    llm: Any = None
    """The engine's language-model assistant (:class:`ftaudit.llm.Assistant`), shared settings; forked per interview."""
    hashes: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)
    """Stored path -> the name the user gave the file (for display)."""
    uploads: list[Path] = field(default_factory=list)
    """Gradio's files this session received (released at session end; see :class:`UploadRefs`)."""
    refs: UploadRefs = field(default_factory=UploadRefs)
    """The app-wide register of Gradio's uploads (a private one for a session made on its own)."""
    report_problem: str | None = None
    """Why the report files could not be written this turn, if they could not."""
    turns: int = 0
    checkpoints: list[dict[str, Any]] = field(default_factory=list)
    """The state before each chat turn, so undo and retry roll the interview back with the chat."""
    card_shown: str | None = None
    """The approach whose recommendation card was last posted (it is posted once per verdict)."""
    last_decision: Any = None
    sid: str = ""
    """The browser tab's own id (kept in its sessionStorage), so a reload finds this interview again."""
    transcript: list[dict[str, Any]] = field(default_factory=list)
    """The chat as shown, restored into the page after a reload."""
    closing: float | None = None
    """When the tab went away; the session is dropped unless the tab comes back within the grace time."""
    backend_failed: str | None = None
    last_seen: float = field(default_factory=time.monotonic)
    lock: threading.Lock = field(default_factory=threading.Lock)
    """Serialises the turns of one session (a plain Lock: a streaming turn may resume on another thread)."""

    def __post_init__(self) -> None:
        self.token = uuid.uuid4().hex
        self.dir = self.root / self.token
        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)

    def new_audit(self) -> AuditSession:
        self.audit = AuditSession(index=self.index, assistant=self.llm.fork() if self.llm is not None else None)
        return self.audit

    def checkpoint(self) -> None:
        """Remember the state before a chat turn."""
        self.checkpoints.append({"depth": self.audit.turns if self.audit else -1, "question": self.question,
                                 "report": self.report, "turns": self.turns, "card": self.card_shown,
                                 "decision": self.last_decision})

    def rollback(self, turns: int) -> bool:
        """Return to the state after the first ``turns`` chat turns; False if already there."""
        if len(self.checkpoints) <= turns:
            return False
        cp = self.checkpoints[turns]
        del self.checkpoints[turns:]
        if cp["depth"] < 0:
            self.audit = None
        elif self.audit is not None:
            while self.audit.turns > cp["depth"] and self.audit.undo():
                pass
        self.question, self.report, self.turns = cp["question"], cp["report"], cp["turns"]
        self.card_shown, self.last_decision = cp["card"], cp["decision"]
        return True

    def reset(self) -> None:
        """Forget everything (the chat's clear button)."""
        self._delete_files()
        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.audit, self.question, self.report = None, None, None
        self.hashes.clear()
        self.names.clear()
        self.turns = 0
        self.checkpoints.clear()
        self.card_shown, self.last_decision = None, None

    def _delete_files(self) -> None:
        """Delete this session's own folder; let go of Gradio's copies (see :class:`UploadRefs`)."""
        shutil.rmtree(self.dir, ignore_errors=True)
        self.refs.release(self.token)
        self.uploads.clear()

    def close(self) -> None:
        """Delete the session's folder and every file uploaded in it."""
        self._delete_files()
        self.audit = None
        self.report = None


class SessionStore:
    """Sessions keyed by Gradio's session hash; idle ones are closed by :meth:`sweep`."""

    def __init__(self, root: Path, index: GuidanceIndex | None, idle_seconds: float = SESSION_IDLE_SECONDS,
                 llm: Any = None) -> None:
        self.root = root
        self.index = index
        self.llm = llm
        self.idle_seconds = idle_seconds
        self._sessions: dict[str, UISession] = {}
        self._lock = threading.Lock()
        self.refs = UploadRefs()

    def get(self, key: str) -> UISession:
        self.sweep()
        with self._lock:
            s = self._sessions.get(key)
            if s is None:
                s = self._sessions[key] = UISession(self.root, self.index, llm=self.llm, refs=self.refs)
            s.last_seen = time.monotonic()
            return s

    def adopt(self, key: str, sid: str) -> UISession | None:
        """Give the page ``key`` the interview of the tab ``sid`` (after a reload), if it is still there."""
        with self._lock:
            for old, s in list(self._sessions.items()):
                if s.sid and s.sid == sid:
                    if old != key:
                        del self._sessions[old]
                    self._sessions[key] = s
                    s.closing, s.last_seen = None, time.monotonic()
                    return s
            s = self._sessions.get(key) or UISession(self.root, self.index, llm=self.llm, refs=self.refs)
            s.sid = sid
            self._sessions[key] = s
            return None

    def release(self, key: str, grace: float) -> None:
        """The page ``key`` went away: drop its session now, or after ``grace`` seconds if its tab may reload."""
        s = self.peek(key)
        if s is None:
            return
        if not s.sid or grace <= 0:
            self.drop(key)
            return
        s.closing = time.monotonic()

        def later() -> None:
            with self._lock:
                gone = [k for k, v in self._sessions.items() if v is s and v.closing is not None]
            for k in gone:
                self.drop(k)

        timer = threading.Timer(grace, later)
        timer.daemon = True
        timer.start()

    def peek(self, key: str) -> UISession | None:
        with self._lock:
            return self._sessions.get(key)

    def drop(self, key: str) -> None:
        with self._lock:
            s = self._sessions.pop(key, None)
        if s is not None:
            s.close()

    def sweep(self) -> None:
        now = time.monotonic()
        with self._lock:
            stale = [k for k, s in self._sessions.items() if now - s.last_seen > self.idle_seconds]
        for k in stale:
            self.drop(k)

    def close_all(self) -> None:
        with self._lock:
            keys = list(self._sessions)
        for k in keys:
            self.drop(k)
        shutil.rmtree(self.root, ignore_errors=True)

    def __len__(self) -> int:
        return len(self._sessions)


# --- text helpers ------------------------------------------------------------------------


def _display_name(name: str) -> str:
    """A file name safe to show: no control or bidi characters, at most 60 characters."""
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = name.strip() or "file"
    return name if len(name) <= 60 else name[:40] + "…" + name[-15:]




def clean_message(text: str) -> str:
    """``text`` safe to read, store and write: lone surrogates become U+FFFD, terminal escapes
    and control characters (NUL, bell, backspace, DEL, C1) go, line ends become ``\\n``."""
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL.sub("", text)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")
_AUTOLINK = re.compile(r"(?i)(?<=[a-z])(:)(//)|\b(www)(\.)|(?<=\w)(@)(?=\w)")


def _md_escape(text: str) -> str:
    """``text`` as literal Markdown: no emphasis, code, HTML, image, link or autolink survives."""
    text = _MD_SPECIAL.sub(r"\\\1", clean_message(str(text)))

    def unlink(m: re.Match[str]) -> str:
        if m.group(1):
            return ":\\/\\/"
        if m.group(3):
            return m.group(3) + "\\."
        return "\\@"

    return _AUTOLINK.sub(unlink, text)


def _defang(text: str) -> str:
    """A model's Markdown with its emphasis kept but no image, link, raw HTML or autolink."""
    text = clean_message(text)
    text = text.replace("<", "\\<").replace("![", "!\\[").replace("](", "]\\(")
    text = re.sub(r"(?m)^(\s*)\[", r"\1\\[", text)  # reference definitions "[x]: http://..."
    return _AUTOLINK.sub(lambda m: ":\\/\\/" if m.group(1) else (m.group(3) + "\\." if m.group(3) else "\\@"), text)


def _value(f: Fact) -> str:
    return format_value(f.field, f.value)


def _label(name: str) -> str:
    label = panel.fact_label(name)
    return label[0].lower() + label[1:]


def _chunks(text: str, size: int = 90) -> Iterator[str]:
    """Split text into small pieces for streaming, keeping Markdown markers whole."""
    words = re.split(r"(\s+)", text)
    buf = ""
    for w in words:
        buf += w
        if len(buf) >= size:
            yield buf
            buf = ""
    if buf:
        yield buf


# --- the app -----------------------------------------------------------------------------


class AuditApp:
    """The chat function and panel rendering, independent of the Gradio layout."""

    def __init__(
        self,
        *,
        index: GuidanceIndex | None = None,
        assistant: Any = None,
        workdir: Path | None = None,
        stream_delay: float = 0.004,
        max_upload_mb: float = MAX_UPLOAD_MB,
    ) -> None:
        self.index = index
        # An ftaudit.llm.Assistant works inside the engine (extraction, phrasing, narrative);
        # anything else with `label` and `stream` only rewords the replies.
        self.llm = assistant if hasattr(assistant, "fork") and hasattr(assistant, "settings") else None
        self.assistant = assistant if self.llm is None and isinstance(assistant, Assistant) else None
        root = workdir or Path(tempfile.gettempdir()) / f"ftaudit-ui-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.store = SessionStore(root, index, llm=self.llm)
        self.stream_delay = stream_delay
        self._busy = 0
        self._busy_lock = threading.Lock()
        self.max_upload_bytes = int(max_upload_mb * 1024 * 1024)
        self.max_upload_mb = max_upload_mb
        self.file_block: Any = None
        """A block whose cache serves the report files linked from chat messages (set by :func:`build_app`)."""

    # -- backend -------------------------------------------------------------------------

    def backend_label(self, ui: UISession | None = None) -> str:
        if self.llm is not None:
            s = self.llm.settings
            return f"{s.model} ({s.backend} at {s.host()}); falls back to the offline engine if it fails"
        if self.assistant is None:
            return OFFLINE_BACKEND
        label = str(getattr(self.assistant, "label", "language model"))
        if ui is not None and ui.backend_failed:
            return f"{label} — unavailable, using the offline engine ({ui.backend_failed})"
        return label

    # -- panel ---------------------------------------------------------------------------

    def panel_values(self, ui: UISession | None) -> tuple[Any, ...]:
        report = ui.report if ui else None
        if ui is None or report is None:
            status = "waiting for your description"
        elif ui.question is not None:
            status = f"interview in progress ({ui.turns} turn{'s' if ui.turns != 1 else ''})"
        else:
            status = "recommendation ready"
        names: dict[str, str] = {}
        if ui is not None:  # the user's own file names, never the server's paths
            names = {**ui.names, **{Path(k).name: v for k, v in ui.names.items()}, str(ui.dir) + os.sep: ""}
        files = None
        if ui is not None and report is not None:
            try:
                files = self._write_reports(ui)
                ui.report_problem = None
            except Exception as e:  # a full disk must not cost the user the turn
                log.exception("could not write the report files")
                ui.report_problem = f"{type(e).__name__}: {e}"[:200]
        return (
            panel.leaning_html(report, status=status, backend=self.backend_label(ui)),
            panel.facts_html(report),
            panel.criteria_html(report),
            panel.data_html(report, names),
            panel.cost_html(report),
            panel.citations_html(report),
            gr.update(value=files, visible=bool(files)),
        )

    def _write_reports(self, ui: UISession) -> list[str] | None:
        report = ui.report
        if report is None:
            return None
        out = ui.dir / "report"
        out.mkdir(exist_ok=True)
        prefix = str(ui.dir) + os.sep
        md = report.to_markdown().replace(prefix, "")
        js = report.to_json().replace(prefix.replace("\\", "\\\\"), "")
        paths = []
        for name, text in (
            ("ftaudit-report.md", md),
            ("ftaudit-report.json", js),
            ("ftaudit-report.html", report.to_html().replace(prefix, "")),
        ):
            p = out / name
            tmp = p.with_suffix(p.suffix + ".tmp")
            tmp.write_text(text, encoding="utf-8", errors="replace")  # never fails on a stray surrogate
            tmp.replace(p)
            paths.append(str(p))
        return paths

    # -- uploads -------------------------------------------------------------------------

    def _accept_file(self, ui: UISession, path: str) -> tuple[Path | None, str]:
        """Copy one upload into the session's folder, validate the copy; returns (stored path or None, message).

        Only the session's own copy is read, and only the session's own copies are deleted:
        Gradio's file may be shared with other sessions that uploaded the same content.
        """
        src = Path(path)
        shown = _display_name(src.name)
        if src.exists() and src not in ui.uploads:
            ui.uploads.append(src)
            ui.refs.hold(ui.token, src)
        suffix = src.suffix.lower()
        if suffix not in formats.upload_suffixes():
            return None, (
                f"I can't read **{_md_escape(shown)}**: {_md_escape(suffix or 'no extension')} files "
                f"aren't supported. Send {formats.described()}."
            )
        try:
            size = src.stat().st_size
        except OSError:
            return (
                None,
                f"**{_md_escape(shown)}** didn't arrive completely; please upload it again.",
            )
        if size == 0:
            return None, f"**{_md_escape(shown)}** is empty (0 bytes); nothing to inspect."
        if size > self.max_upload_bytes:
            return None, (
                f"**{_md_escape(shown)}** is {size / 1048576:,.1f} MB; the limit is "
                f"{self.max_upload_mb:g} MB per file. A representative sample of a few "
                f"thousand records is enough for the audit."
            )
        if len(ui.hashes) >= MAX_FILES_PER_SESSION:
            return None, (
                f"That's more than {MAX_FILES_PER_SESSION} files for one audit; I kept the ones "
                f"already inspected. Put the rest in a ZIP or start a new audit."
            )
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", src.stem).strip("._")[:60] or "upload"
        incoming = ui.dir / "incoming"
        incoming.mkdir(exist_ok=True, mode=0o700)
        copy = incoming / f"{uuid.uuid4().hex[:8]}{suffix}"
        try:
            shutil.copyfile(src, copy)
        except OSError:
            copy.unlink(missing_ok=True)
            return None, f"**{_md_escape(shown)}** didn't arrive completely; please upload it again."
        with copy.open("rb") as fh:
            head = fh.read(8)
            fh.seek(0)
            digest = hashlib.sha256()
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        expected = formats.expected_magic(suffix)
        problem = ""
        h = digest.hexdigest()
        if expected and not head.startswith(expected):
            problem = (
                f"**{_md_escape(shown)}** is named {suffix} but its content isn't a {suffix[1:].upper()} "
                f"file. Please upload the real file."
            )
        elif not expected and head.startswith(_BINARY):
            problem = (
                f"**{_md_escape(shown)}** is named {suffix} but holds binary data (an archive, PDF "
                f"or image?). Rename it to its real type or export it as text."
            )
        elif h in ui.hashes:
            problem = f"I've already inspected **{_md_escape(shown)}** (same content); counting it once."
        if problem:
            copy.unlink(missing_ok=True)
            return None, problem
        ui.hashes.add(h)
        dest = ui.dir / "data" / f"{stem}{suffix}"
        n = 2
        while dest.exists():
            dest = ui.dir / "data" / f"{stem}-{n}{suffix}"
            n += 1
        dest.parent.mkdir(exist_ok=True)
        copy.replace(dest)
        ui.names[str(dest)] = shown
        return dest, ""

    def _summarise_file(self, data_report: Any, dest: Path, shown: str) -> str:
        fr = next((f for f in data_report.files if Path(f.path) == dest or f.path == str(dest)), None)
        name = f"**{_md_escape(shown)}**"
        if fr is None:
            return f"{name}: inspected."
        if fr.kind in ("unreadable", "unsupported", "empty"):
            why = "; ".join(_md_escape(f.message) for f in fr.findings[:2]) or "its content could not be read"
            return f"{name}: I couldn't use this file — {why}."
        errors = [f for f in fr.findings if f.severity == "error"]
        warnings = [f for f in fr.findings if f.severity == "warning"]
        if fr.kind == "documents":
            what = f"{fr.n_pages or fr.n_records:,} pages/lines of documents ({fr.doc_tokens:,} tokens)"
        elif fr.kind == "archive":
            what = "an archive (its files are inspected one by one)"
        else:
            what = f"{fr.n_examples:,} valid examples out of {fr.n_records:,} records"
            if fr.example_format:
                what += f" ({fr.example_format.replace('_', ' ')} format)"
        line = f"{name}: {what}"
        if errors or warnings:
            line += f"; {len(errors)} error(s), {len(warnings)} warning(s)"
            top = (errors or warnings)[0]
            at = f" (line {top.lines[0]:,})" if top.lines else ""
            line += f" — e.g. {_md_escape(top.message)}{at}"
        return line + "."

    # -- one chat turn ---------------------------------------------------------------------

    def respond(self, message: Any, history: list[Any], request: gr.Request | None = None) -> Iterator[tuple[Any, ...]]:
        """The ChatInterface function: stream the reply, then update the panel.

        Nothing here raises to Gradio: a failed turn answers with a message, keeps the session
        (earlier answers and files) and leaves the next turn working.
        """
        key = getattr(request, "session_hash", None) or "local"
        ui = self.store.get(key)
        skip = tuple(gr.skip() for _ in range(7))
        text, files = _parse_message(message)
        reply = ""
        with ui.lock, self._counting():
            try:
                # Undo, retry and edits change the chat; the interview follows it.
                ui.rollback(_replies(history))
                ui.checkpoint()
                for part, done in self._turn(ui, text, files):
                    reply = part
                    if not done:
                        yield (reply, *skip)
                panel_out = self._safe_panel(ui)
                final = _with_options(reply + self._report_note(ui), ui.question)
                ui.transcript = [*_plain(history), {"role": "user", "content": _shown(text, files)},
                                 final if isinstance(final, dict) else {"role": "assistant", "content": final}]
                yield (final, *panel_out)
                return
            except FtauditError as e:
                reply = f"⚠️ {_md_escape(str(e))}\n\nYour earlier answers are kept; carry on."
            except Exception:
                log.exception("chat turn failed")
                reply = (
                    "⚠️ Something went wrong on my side while handling that. Your earlier answers and "
                    "files are kept; please try again or rephrase."
                )
            yield (reply + self._report_note(ui), *self._safe_panel(ui))

    def _safe_panel(self, ui: UISession) -> tuple[Any, ...]:
        """The panel, or the panel as it was (``gr.skip()``) if even rendering it fails."""
        try:
            return self.panel_values(ui)
        except Exception:
            log.exception("could not render the panel")
            return tuple(gr.skip() for _ in range(7))

    @staticmethod
    def _report_note(ui: UISession) -> str:
        if ui.report_problem is None or ui.report is None:
            return ""
        return (
            f"\n\n⚠️ I couldn't write the report files ({_md_escape(ui.report_problem)}), so the downloads "
            "are not updated. The interview itself is fine; check the disk space of the temporary folder "
            "and ask for the *report* again."
        )

    @contextlib.contextmanager
    def _counting(self) -> Iterator[None]:
        with self._busy_lock:
            self._busy += 1
        try:
            yield
        finally:
            with self._busy_lock:
                self._busy -= 1

    def _stream(self, prefix: str, text: str) -> Iterator[tuple[str, bool]]:
        out = prefix
        # A handful of pieces when the app is quiet; when many turns run at once every
        # streamed update (diff, SSE message, client parse) costs CPU all sessions share,
        # so the reply then arrives in two pieces, and in one when the app is very busy.
        pieces = 6 if self._busy <= 2 else 2 if self._busy <= 8 else 1
        for piece in _chunks(text, max(60, len(text) // pieces)):
            out += piece
            yield out, False
            if self.stream_delay:
                time.sleep(self.stream_delay)

    def _turn(self, ui: UISession, text: str, files: list[str]) -> Iterator[tuple[str, bool]]:
        lowered = text.strip().lower().rstrip(".!")
        if lowered in RESTART_WORDS:
            ui.reset()
            yield (
                "Starting a new audit. Describe the use case: what should the model do, with what data, "
                "at what volume, and what matters most?",
                True,
            )
            return
        ui.turns += 1
        parts: list[str] = []
        if len(text) > MAX_MESSAGE_CHARS:
            parts.append(
                f"That message is {len(text):,} characters; I read at most {MAX_MESSAGE_CHARS:,} at a time, "
                "so I haven't used it (nothing you told me before is lost). Send the essentials in a shorter "
                "message (what the model should do, with what data, at what volume) or split it over several "
                "messages; attach long documents or sample data as files instead."
            )
            text = lowered = ""
        audit = ui.audit or ui.new_audit()
        # 1. files
        if files:
            names = ", ".join(_md_escape(_display_name(Path(f).name)) for f in files)
            yield f"_Inspecting {names}…_", False
            for f in files:
                dest, problem = self._accept_file(ui, f)
                if dest is None:
                    parts.append(problem)
                    continue
                try:
                    data_report = audit.attach(dest)
                except FtauditError as e:  # the session is unchanged: the file was not attached
                    parts.append(f"**{_md_escape(ui.names[str(dest)])}**: {_md_escape(str(e))}")
                    continue
                parts.append(self._summarise_file(data_report, dest, ui.names[str(dest)]))
        # 2. text: description, answer, correction, command
        before = {f.field: f for f in audit.facts if f.source != "default"}
        wants_report = lowered in REPORT_WORDS
        if text and not wants_report:
            asked = ui.question
            settled = audit.answer(text)
            ack = self._acknowledge(settled, before, asked, text, first=not before and not ui.report,
                                    changes=[c.text() for c in audit.changes], files=bool(files))
            if ack:
                parts.append(ack)
        if parts:
            yield "\n\n".join(parts), False
        # 3. decide, cite, ask
        if not audit.has_facts:
            # Nothing known yet: no verdict, only an invitation (and what the system does, with choices).
            ui.report = None
            ui.question = audit.next_question()
            prefix = "\n\n".join(parts) + ("\n\n" if parts else "")
            invite = ("No verdict yet: I don't know anything about the use case so far. "
                      + (f"First: **{_md_escape(ui.question.text)}**" if ui.question and ui.question.field != "description"
                         else "Tell me what the model should do, with what data, at what volume, and what matters most."))
            yield from self._stream(prefix, invite)
            return
        ui.report = audit.report()
        ui.question = None if wants_report else audit.next_question()
        body = self._lean_and_ask(ui, ui.report, ui.question, wants_report)
        ui.last_decision = audit.decision()
        prefix = "\n\n".join(parts) + ("\n\n" if parts else "")
        yield from self._reply(ui, prefix, body)

    def _reply(self, ui: UISession, prefix: str, body: str) -> Iterator[tuple[str, bool]]:
        if self.assistant is not None and not ui.backend_failed:
            try:
                out = prefix
                got = False
                said = ""
                for piece in self.assistant.stream(body, {"report": ui.report, "question": ui.question}):
                    said += str(piece)
                    out = prefix + _defang(said)  # the model may echo the user's images and links
                    got = True
                    yield out, False
                if got:
                    return
            except Exception as e:  # the model failing must never break the interview
                log.warning("assistant failed, using the offline engine: %s", e)
                ui.backend_failed = type(e).__name__
        yield from self._stream(prefix, body)

    def _acknowledge(
        self,
        settled: list[Fact],
        before: dict[str, Fact],
        asked: Question | None,
        text: str,
        first: bool,
        changes: list[str] | None = None,
        files: bool = False,
    ) -> str:
        if changes:
            return "Corrected " + "; ".join(f"**{_md_escape(c)}**" for c in changes) + "."
        if first and settled:
            lines = ["Here's what I took from that:"]
            for f in settled:
                lines.append(f"- **{_label(f.field).capitalize()}**: {_md_escape(_value(f))}")
            missing = [
                q
                for q in ("monthly_volume", "labelled_examples", "knowledge_change_days")
                if q not in {f.field for f in settled}
            ]
            if missing:
                lines.append(
                    f"\nNot stated yet: {', '.join(_label(m) for m in missing)}. I'll ask only "
                    f"if it could change the answer."
                )
            return "\n".join(lines)
        if first:
            return (
                "I couldn't pin down concrete facts from that yet — no volume, data or task type I could "
                "read. That's fine; I'll ask."
            )
        if text.strip().lower() in SKIP_WORDS and asked is not None:
            return f"No problem — I'll leave *{_label(asked.field)}* open and flag it in the report."
        if not settled and files:
            return ""  # the files were the message
        if not settled and asked is not None and asked.choices:
            return f"No problem — I'll leave *{_label(asked.field)}* open for now."
        if not settled:
            what = f" to *{_md_escape(asked.text)}*" if asked is not None else ""
            return (
                f"I couldn't read a clear answer{what} from that, so I'll leave it open. You can state it "
                f'any time, e.g. "we handle 50,000 requests a month".'
            )
        lines = []
        for f in settled:
            old = before.get(f.field)
            if old is not None and old.value != f.value:
                lines.append(
                    f"Corrected **{_label(f.field)}**: {_md_escape(_value(old))} → **{_md_escape(_value(f))}**."
                )
            elif old is not None:
                lines.append(f"Confirmed **{_label(f.field)}**: {_md_escape(_value(f))}.")
            else:
                lines.append(f"Noted **{_label(f.field)}**: {_md_escape(_value(f))}.")
        return " ".join(lines)

    def download_links(self, ui: UISession) -> str:
        """Download buttons for the current report, as HTML for a chat message ('' when unavailable).

        Each message links its own copy in Gradio's file cache, so a card keeps the report it
        announced; the panel always offers the newest one.
        """
        if self.file_block is None or ui.report is None:
            return ""
        try:
            paths = self._write_reports(ui) or []
        except OSError:
            return ""
        links = []
        for p in sorted(paths, key=lambda x: _FORMAT_ORDER.index(Path(x).suffix)):
            cached = self.file_block.move_resource_to_block_cache(p)
            if not cached:
                continue
            label = _FORMAT_LABELS[Path(p).suffix]
            links.append(f'<a class="fa-dl" href="/gradio_api/file={urllib.parse.quote(cached)}" '
                         f'download="{Path(p).name}">⬇ {label} report</a>')
        return f'<p class="fa-dls" role="group" aria-label="Download the report">{" ".join(links)}</p>' if links else ""

    def _lean_and_ask(self, ui: UISession, r: AuditReport, q: Question | None, forced: bool) -> str:
        verdict = APPROACH_LABELS[r.approach] + "".join(f" + {APPROACH_LABELS[a]}" for a in r.also)
        top = [c for c in r.criteria if c.favours == r.approach][:2]
        audit = ui.audit
        change = audit.change_line(ui.last_decision) if audit is not None and ui.last_decision is not None else ""
        if q is not None and change:
            return (f"<sub>Leaning: {_md_escape(change)}</sub>\n\n**Next question:** {_md_escape(q.text)}\n\n"
                    "<sub>Pick an answer below or type your own; *skip* if you don't know, *report* for my "
                    "recommendation now.</sub>")
        if q is None and ui.card_shown == r.approach and change:
            return (f"Updated: **{_md_escape(change)}**. The panel and these downloads are up to date"
                    + (" (some questions stay open)." if forced and r.open_questions else ".")
                    + "\n\n" + self.download_links(ui))
        if q is not None:
            why = _md_escape(", ".join(c.title.lower() for c in top)) or "nothing points strongly elsewhere yet"
            crit = next((c for c in load_criteria() if c.id == q.criterion), None)
            stake = (
                f"the answer decides whether “{_md_escape(crit.title)}” applies, and that could change the verdict"
                if crit
                else "its answer could change the recommendation"
            )
            return (
                f"**Leaning: {verdict}** ({r.confidence:.0%} confidence) — {why}.\n\n"
                f"**Next question:** {_md_escape(q.text)}\n\n"
                f"<sub>Why I ask: {stake}. Type *skip* if you don't know, or *report* for my "
                f"recommendation now.</sub>"
            )
        reasons = top or r.criteria[:2]
        ui.card_shown = r.approach
        lines = [
            f"### Recommendation: {verdict}",
            f"Confidence {r.confidence:.0%}. "
            + ("You asked for it now, so some questions stay open. " if forced and r.open_questions else "")
            + ("Here's why:" if reasons else "Nothing I know points away from the cheapest start yet."),
        ]
        for c in reasons:
            lines.append(f"- **{_md_escape(c.title)}**")
            if c.citations:
                cite = c.citations[0]
                quote = cite.quote if len(cite.quote) <= 240 else cite.quote[:237] + "…"
                lines.append(f"  > {_md_escape(' '.join(quote.split()))} — {_md_escape(cite.section_id)}")
        if r.what_would_change:
            lines.append(f"\n**What would change it:** {_md_escape(r.what_would_change[0].text)}")
        if r.next_steps:
            lines.append(f"\n**First step:** {_md_escape(r.next_steps[0])}")
        if forced and audit is not None:
            still = [_label(f) for f in audit.open_fields()]
            if still:
                lines.append(f"\n**Still open** (an answer could change the verdict): {_md_escape(', '.join(still))}.")
        dls = self.download_links(ui)
        if dls:
            lines.append("\n" + dls)
        lines.append(
            "\nThe panel shows every fact, criterion, cost and cited passage. Correct anything I got "
            "wrong by just saying so, drop in sample data, or type *restart* for a new audit."
        )
        return "\n".join(lines)

    # -- lifecycle -------------------------------------------------------------------------

    def edit_fact(self, name: str, value: str, history: list[Any],
                  request: gr.Request | None = None) -> tuple[Any, ...]:
        """The panel's fact editor: change a fact to ``value``, or forget it when ``value`` is empty.

        The edit is a turn of the chat (a note from the user and a reply), so undo takes it back too.
        """
        key = getattr(request, "session_hash", None) or "local"
        ui = self.store.get(key)
        field_name = next((f for f in FACT_FIELDS if _label(f) == name or f == name), None)
        with ui.lock:
            audit = ui.audit
            if audit is None or field_name is None:
                return (gr.skip(), gr.skip(), *self._safe_panel(ui))
            if history:  # an API call without the chat leaves the interview as it is
                ui.rollback(_replies(history))
            ui.checkpoint()
            value = clean_message(value or "").strip()[:200]
            if value:
                change = audit.set_fact(field_name, value)
                said = f"✎ {_label(field_name)}: {value}"
                reply = (f"Corrected **{_md_escape(change.text())}**." if change else
                         f"I couldn't read a value for *{_label(field_name)}* from that, so nothing changed.")
            else:
                said = f"✎ forget {_label(field_name)}"
                reply = (f"Forgotten: *{_label(field_name)}*." if audit.forget(field_name)
                         else f"I didn't know *{_label(field_name)}* yet.")
            ui.report = audit.report() if audit.has_facts else None
            ui.question = audit.next_question()
            if ui.question is not None and ui.question.field != "description":
                reply += f"\n\n**Next question:** {_md_escape(ui.question.text)}"
            ui.last_decision = audit.decision()
            final = _with_options(reply, ui.question)
            ui.transcript = [*_plain(history), {"role": "user", "content": said},
                             final if isinstance(final, dict) else {"role": "assistant", "content": final}]
            return (list(ui.transcript), list(ui.transcript), *self._safe_panel(ui))

    def undo(self, data: gr.UndoData, history: list[Any], request: gr.Request | None = None) -> tuple[Any, ...]:
        """The chat's undo button: roll the interview back to before the undone message."""
        key = getattr(request, "session_hash", None) or "local"
        ui = self.store.peek(key)
        if ui is None:
            return self.panel_values(None)
        index = data.index if isinstance(data.index, int) else int(data.index[0])
        with ui.lock:
            ui.rollback(_replies(history[:index]))
            return self._safe_panel(ui)

    def reset(self, request: gr.Request | None = None) -> tuple[Any, ...]:
        key = getattr(request, "session_hash", None) or "local"
        ui = self.store.peek(key)
        if ui is not None:
            ui.reset()
        return self.panel_values(None)

    def download(self, fmt: str, request: gr.Request | None = None) -> str:
        """The current report as a file: ``md``, ``json`` or ``html`` (the ``/report`` API)."""
        key = getattr(request, "session_hash", None) or "local"
        ui = self.store.peek(key)
        if ui is None or ui.report is None:
            raise gr.Error("There is no report yet: describe the use case in the chat first.")
        fmt = (fmt or "md").strip().lower().lstrip(".")
        try:
            paths = self._write_reports(ui) or []
        except OSError as e:
            raise gr.Error(f"I couldn't write the report file ({e.strerror or e}); free some disk space and try again.") from e
        for p in paths:
            if p.endswith("." + fmt):
                return p
        raise gr.Error("Choose a report format: md, json or html.")

    def end_session(self, request: gr.Request | None = None) -> None:
        key = getattr(request, "session_hash", None)
        if key:
            self.store.release(key, RELOAD_GRACE_SECONDS)

    def restore(self, sid: str, request: gr.Request | None = None) -> tuple[Any, ...]:
        """Page load: find the tab's interview again after a reload (chat, engine and panel)."""
        key = getattr(request, "session_hash", None) or "local"
        sid = sid if isinstance(sid, str) and re.fullmatch(r"[0-9a-f]{32}", sid) else ""
        ui = self.store.adopt(key, sid) if sid else None
        if ui is None:
            return (gr.skip(), gr.skip(), *self.panel_values(None))
        with ui.lock:
            return (list(ui.transcript), list(ui.transcript), *self._safe_panel(ui))


_FORMAT_ORDER = [".md", ".html", ".json"]
_FORMAT_LABELS = {".md": "Markdown", ".html": "HTML", ".json": "JSON"}


def _shown(text: str, files: list[str]) -> str:
    names = ", ".join(_display_name(Path(f).name) for f in files)
    return (text + (f"\n\n📎 {names}" if names else "")).strip() or "📎"


def _plain(history: list[Any]) -> list[dict[str, Any]]:
    """The chat as text messages (files shown by name), to put back after a reload."""
    out: list[dict[str, Any]] = []
    for m in history or []:
        role = m.get("role") if isinstance(m, dict) else getattr(m, "role", None)
        content = m.get("content") if isinstance(m, dict) else getattr(m, "content", None)
        if isinstance(content, list):
            parts = [c.get("text") or ("📎 " + Path(str((c.get("file") or {}).get("path") or c.get("path") or "file")).name)
                     for c in content if isinstance(c, dict)]
            content = "\n".join(p for p in parts if p)
        elif isinstance(content, dict):
            content = "📎 " + Path(str(content.get("path") or (content.get("file") or {}).get("path") or "file")).name
        if role in {"user", "assistant"} and isinstance(content, str):
            msg: dict[str, Any] = {"role": role, "content": content}
            if isinstance(m, dict) and m.get("options") and m is history[-1]:
                msg["options"] = m["options"]
            out.append(msg)
    return out


def _replies(history: list[Any]) -> int:
    """How many chat turns ``history`` holds (one reply each)."""
    roles = [m.get("role") if isinstance(m, dict) else getattr(m, "role", None) for m in history or []]
    return sum(1 for r in roles if r == "assistant")


def _with_options(reply: str, q: Question | None) -> Any:
    """The reply, with the question's choices as quick-reply buttons."""
    if q is None or not q.choices:
        return reply
    options = [{"label": c.label, "value": c.label} for c in q.choices] + [{"label": "Skip", "value": "skip"}]
    return {"role": "assistant", "content": reply, "options": options}


def _parse_message(message: Any) -> tuple[str, list[str]]:
    """The message's text (cleaned: see :func:`clean_message`) and the paths of its files."""
    if isinstance(message, str):
        return clean_message(message).strip(), []
    if isinstance(message, dict):
        text = clean_message(str(message.get("text") or "")).strip()
        files = []
        for f in message.get("files") or []:
            if isinstance(f, str):
                files.append(f)
            elif isinstance(f, dict) and f.get("path"):
                files.append(str(f["path"]))
            elif hasattr(f, "path"):
                files.append(str(f.path))
        return text, files
    return "", []


HEADER = """
<div class="fa-header">
  <div><h1 class="fa-logo">ftaudit</h1>
  <span class="fa-tag">Prompt engineering, RAG or fine-tuning? An audit with cited reasons.</span></div>
  <div class="fa-backend" id="fa-backend">Backend: {backend}</div>
</div>
"""

APP_CSS = (
    panel.PANEL_CSS
    + """
.fa-header{display:flex;justify-content:space-between;align-items:center;flex-wrap:wrap;gap:6px;
 padding:4px 2px 2px}
.fa-logo{display:inline;font-weight:800;font-size:22px;letter-spacing:-.02em;margin:0 10px 0 0;padding:0}
.fa-tag{color:#4b5563;font-size:14px}
.fa-backend{font-size:12px;color:#374151;background:#f3f4f6;border-radius:999px;padding:3px 10px}
#fa-panel{gap:10px;max-height:calc(72vh + 90px);overflow-y:auto !important;padding-right:4px;
 flex-wrap:nowrap !important}
#fa-panel > *{flex-shrink:0}
#fa-panel .html-container{padding:0}
.dark .fa-card{background:#111827;color:#e5e7eb;border-color:#374151}
.message-row .md.chatbot{opacity:1 !important}
.fa-dls{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0 4px}
a.fa-dl{display:inline-block;padding:8px 14px;min-height:24px;border-radius:8px;background:#1d4ed8;color:#fff !important;
 font-weight:600;text-decoration:none !important;font-size:14px}
a.fa-dl:hover{background:#1e40af}
#fa-msg textarea::placeholder{color:#5b6270 !important;opacity:1}
#fa-msg:focus-within{outline:3px solid #2563eb;outline-offset:2px;border-radius:8px}
button:focus-visible,a:focus-visible{outline:3px solid #2563eb !important;outline-offset:2px}
@media (max-width:640px){
 .fa-card table.fa-facts tr{display:grid;grid-template-columns:minmax(0,1fr) auto;column-gap:8px}
 .fa-card table.fa-facts td:first-child{grid-column:1/-1;border-top:1px solid #f1f5f9}
 .fa-card table.fa-facts td{border-top:0}
 .fa-facts td.v{white-space:normal}
 #fa-panel{max-height:none}
}
"""
)


def build_app(
    *,
    assistant: Any = None,
    index: GuidanceIndex | None = None,
    workdir: Path | None = None,
    max_upload_mb: float = MAX_UPLOAD_MB,
    stream_delay: float = 0.004,
    warm: bool = True,
) -> gr.Blocks:
    """Build the Gradio app.

    Args:
        assistant: an optional language-model layer (see :class:`Assistant`); None = offline engine.
        index: the guidance index to cite from (opened once and shared read-only by all sessions).
        workdir: where per-session folders go (default: a new folder in the system temp dir).
        max_upload_mb: per-file upload limit (also enforced at the HTTP layer by :func:`launch`).
        stream_delay: pause between streamed chunks, in seconds.
        warm: open the index now so the first reply is fast.
    """
    if index is None and warm:
        index = open_index()
        index.search("warm up", k=1)
    app = AuditApp(
        index=index,
        assistant=assistant,
        workdir=workdir,
        stream_delay=stream_delay,
        max_upload_mb=max_upload_mb,
    )
    empty = app.panel_values(None)
    theme = gr.themes.Default(
        font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "DejaVu Sans", "sans-serif"],
        font_mono=["ui-monospace", "DejaVu Sans Mono", "monospace"],
    )
    with gr.Blocks(title="ftaudit — fine-tune, prompt or RAG?", analytics_enabled=False, fill_width=True) as demo:
        gr.HTML(HEADER.format(backend=panel.esc(app.backend_label())), padding=False)
        leaning = gr.HTML(empty[0], render=False, elem_id="panel-leaning", padding=False)
        facts = gr.HTML(empty[1], render=False, elem_id="panel-facts", padding=False)
        criteria = gr.HTML(empty[2], render=False, elem_id="panel-criteria", padding=False)
        data = gr.HTML(empty[3], render=False, elem_id="panel-data", padding=False)
        cost = gr.HTML(empty[4], render=False, elem_id="panel-cost", padding=False)
        cites = gr.HTML(empty[5], render=False, elem_id="panel-cites", padding=False)
        downloads = gr.File(
            label="Download the report (Markdown, JSON, HTML)",
            file_count="multiple",
            interactive=False,
            render=False,
            elem_id="panel-downloads",
            visible=False,
        )
        outputs = [leaning, facts, criteria, data, cost, cites, downloads]
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=420):
                chatbot = gr.Chatbot(
                    height="72vh",
                    layout="panel",
                    label="Interview",
                    show_label=False,
                    placeholder="**Describe your AI use case** — what the model should do, with what data, "
                    "at what volume. Drop sample files (JSONL, CSV, XLSX, PDF…) into the box "
                    "below. Or pick an example.",
                    buttons=["copy"],
                    feedback_options=None,
                    sanitize_html=True,
                )
                textbox = gr.MultimodalTextbox(
                    # No file_types here: Gradio would refuse other types with a bare error
                    # toast; _accept_file refuses them with a message in the chat instead.
                    file_count="multiple",
                    sources=["upload"],
                    placeholder="Describe the use case, answer, correct me, or drop sample files…",
                    label="Your message",
                    show_label=False,
                    elem_id="fa-msg",
                    autofocus=True,
                    max_lines=10,
                )
                chat = gr.ChatInterface(
                    app.respond,
                    multimodal=True,
                    chatbot=chatbot,
                    textbox=textbox,
                    additional_outputs=outputs,
                    examples=cast(Any, EXAMPLES),
                    example_labels=EXAMPLE_LABELS,
                    cache_examples=False,
                    api_name="chat",
                    save_history=False,
                    flagging_mode="never",
                    analytics_enabled=False,
                    fill_height=False,
                    concurrency_limit=16,
                )
            with gr.Column(scale=2, min_width=360, elem_id="fa-panel"):
                for comp in [leaning, downloads, facts]:
                    comp.render()
                with gr.Accordion("Edit or forget a fact", open=False, elem_id="fa-edit"):
                    edit_name = gr.Dropdown([_label(f) for f in FACT_FIELDS], label="Fact", value=None)
                    edit_value = gr.Textbox(label="New value (leave empty to forget it)", max_lines=1)
                    edit_btn = gr.Button("Apply", size="sm")
                for comp in [criteria, data, cost, cites]:
                    comp.render()
        with gr.Row(visible=False):
            fmt = gr.Textbox(value="md", visible=False)
            report_file = gr.File(visible=False)
            report_btn = gr.Button(visible=False)
        report_btn.click(app.download, inputs=[fmt], outputs=[report_file], api_name="report")
        chatbot.clear(app.reset, outputs=outputs, api_visibility="private")
        chatbot.undo(app.undo, inputs=[chatbot], outputs=outputs, api_visibility="private")
        edit_btn.click(app.edit_fact, inputs=[edit_name, edit_value, chatbot],
                       outputs=[chatbot, chat.chatbot_state, *outputs], api_name="edit_fact")
        tab = gr.Textbox(visible=False)
        demo.load(app.restore, inputs=[tab], outputs=[chatbot, chat.chatbot_state, *outputs], js=_TAB_ID_JS,
                  api_visibility="private")
        demo.unload(app.end_session)
    app.file_block = chatbot
    demo.ftaudit_theme = theme
    demo.ftaudit = app
    demo.ftaudit_chat = chat
    return demo


def launch_kwargs(demo: gr.Blocks, host: str = "127.0.0.1", port: int | None = 7860) -> dict[str, Any]:
    """The launch options that keep the app local and private."""
    app: AuditApp = demo.ftaudit  # type: ignore[attr-defined]
    return {
        "server_name": host,
        "server_port": port,
        "share": False,
        "run_history": False,
        # The HTTP layer stops only files far over the limit (Gradio answers those with a bare toast);
        # a file up to four times the limit reaches the chat, which says why it is refused.
        "max_file_size": HTTP_UPLOAD_FACTOR * app.max_upload_bytes,
        "show_error": False,
        "css": APP_CSS,
        "theme": getattr(demo, "ftaudit_theme", None),
        "footer_links": [],
        "quiet": True,
        "strict_cors": True,
        "enable_monitoring": False,
    }


def start(demo: gr.Blocks, host: str = "127.0.0.1", port: int | None = None) -> str:
    """Launch without blocking (tests, benchmarks); returns the local URL."""
    demo.queue(max_size=256, default_concurrency_limit=8)
    _, url, _ = demo.launch(prevent_thread_lock=True, **launch_kwargs(demo, host, port))
    return str(url)


def stop(demo: gr.Blocks) -> None:
    """Close the server and delete every session's files."""
    demo.close()
    app: AuditApp | None = getattr(demo, "ftaudit", None)
    if app is not None:
        app.store.close_all()


def launch(
    host: str = "127.0.0.1",
    port: int = 7860,
    *,
    assistant: Any = None,
    max_upload_mb: float = MAX_UPLOAD_MB,
    open_browser: bool = False,
) -> None:
    """Start the app and block until interrupted (``ftaudit ui``)."""
    demo = build_app(assistant=assistant, max_upload_mb=max_upload_mb)
    demo.queue(max_size=256, default_concurrency_limit=8)
    print(
        f"ftaudit UI on http://{host}:{port}  (backend: {demo.ftaudit.backend_label()}; Ctrl-C to stop)",  # type: ignore[attr-defined]
        flush=True,
    )
    try:
        demo.launch(inbrowser=open_browser, **launch_kwargs(demo, host, port))
    finally:
        demo.ftaudit.store.close_all()  # type: ignore[attr-defined]


if __name__ == "__main__":  # python -m ftaudit.ui.web.app [port]
    import sys

    launch(port=int(sys.argv[1]) if len(sys.argv) > 1 else 7860)
