"""Keyword patterns for text that tries to instruct a model or this auditor, and their cheap gates.

Text-level only (no file formats), so both the description guard (:mod:`ftaudit.read.guard`)
and the data inspector (:mod:`ftaudit.inspect`)
use them; ``read`` never imports ``inspect``.  Nothing matched is executed, followed or
passed to a model as instructions: the patterns exist so a report can say where such text is.
"""

from __future__ import annotations

import base64
import binascii
import re

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "override_instructions",
        re.compile(
            r"\b(?:ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}?\b(?:previous|prior|above|"
            r"earlier|preceding|all|any|your|the|system)\b[^.\n]{0,30}?\b(?:instructions?|prompts?|"
            r"rules|directions|guidelines|context|messages?)\b",
            re.I,
        ),
    ),
    (
        "role_hijack",
        re.compile(
            r"\b(?:you are now|from now on,? you (?:are|will)|act as (?:an? )?(?:unrestricted|jailbroken)|"
            r"developer mode|DAN mode|jailbreak)\b",
            re.I,
        ),
    ),
    (
        "prompt_exfiltration",
        re.compile(
            r"\b(?:print|reveal|show|output|repeat|leak|tell me)\b[^.\n]{0,30}?\b(?:your |the )?"
            r"(?:system prompt|hidden instructions|initial instructions|instructions above)",
            re.I,
        ),
    ),
    (
        "fake_chat_markup",
        re.compile(
            r"<\|im_start\|>|<\|im_end\|>|<\|system\|>|<\|start_header_id\|>|\[/?INST\]|<<SYS>>|"
            r"^\s*#{2,}\s*(?:system|instruction)s?\s*:|^\s*(?:SYSTEM|ASSISTANT)\s*:",
            re.I | re.M,
        ),
    ),
    (
        "auditor_directed",
        re.compile(
            r"\b(?:recommend|choose|select|always pick|output)\b[^.\n]{0,30}?\b(?:fine[- ]?tun\w*|rag|"
            r"retrieval|prompt engineering)\b[^.\n]{0,40}?\b(?:regardless|no matter|instead|always|"
            r"reply|and say)\b|INJECTION_SUCCESS|SYSTEM_PROMPT:",
            re.I,
        ),
    ),
    (
        "hidden_markup",
        re.compile(
            r"<!--\s*(?:system|instruction|ignore|assistant)|\[//\]:\s*#\s*\(|!\[[^\]]*\]\(https?://[^)]*[?&]"
            r"[a-z]+=",
            re.I,
        ),
    ),
    (
        "tool_abuse",
        re.compile(
            r"\b(?:call|invoke|run|execute)\b[^.\n]{0,20}\b(?:tool|function|export\w*|shell|command)\b"
            r"[^.\n]{0,40}(?:\.\./|/etc/|rm -rf|curl |wget )",
            re.I,
        ),
    ),
]
_KEYWORDS = (
    "ignor", "disregard", "forget", "overrid", "bypass", "you are now", "from now on",
    "developer mode", "jailbreak", "dan mode", "system", "prompt", "instruction", "<|", "[inst]",
    "[/inst]", "<<sys>>", "assistant:", "auditor", "evaluator", "grader", "reviewer", "ftaudit",
    "injection_success", "<!--", "[//]", "![", "../", "/etc/", "rm -rf", "curl ", "wget ",
    "recommend", "fine-tun", "finetun", "fine tun", "dear ", "ai model",
)
_QUICK = re.compile("|".join(re.escape(k) for k in _KEYWORDS))
"""Matched against lower-cased text: a cheap gate before the full patterns."""
INVISIBLE = re.compile(
    "[\u200b\u200c\u200d\u2060\u2062-\u2064\ufeff\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f]"
)
_B64 = re.compile(r"[A-Za-z0-9+/]{32,}={0,2}")


GATE_WORDS = frozenset(
    w.encode()
    for group in (
        ("ignore", "disregard", "forget", "override", "bypass"),  # override_instructions
        ("now", "act", "unrestricted", "jailbroken", "mode", "jailbreak"),  # role_hijack
        ("print", "reveal", "show", "output", "repeat", "leak", "tell"),  # prompt_exfiltration
        ("system", "systems", "instruction", "instructions", "assistant"),  # fake_chat_markup
        ("recommend", "choose", "select", "pick", "output"),  # auditor_directed: the verb,
        ("auditor", "evaluator", "grader", "reviewer", "model", "ftaudit"),  # the addressee
        ("call", "invoke", "run", "execute"),  # tool_abuse
    )
    for w in group
)
"""For ASCII text every pattern needs one of these as a whole ``\\w+`` word (lower case),
a ``<`` or ``[``, or the literals ``injection_success`` / ``system_prompt:``."""
WORD_BYTES = bytes(
    (ord(chr(i).lower()) if (chr(i).isalnum() or chr(i) == "_") else 32) if i < 128 else 32
    for i in range(256)
)
B64_BYTES = bytes(
    97 if (i < 128 and (chr(i).isalnum() or chr(i) in "+/")) else 32 for i in range(256)
)
B64_RUN = b"a" * 32


def could_match(text: str) -> bool:
    """Cheap test: False only when :func:`scan` cannot find anything in ``text``
    (``text`` may be JSON source, where invisible characters appear as ``\\u`` escapes)."""
    return not text.isascii() or could_match_ascii(text.encode("ascii"))


def could_match_ascii(b: bytes) -> bool:
    """:func:`could_match` for ASCII text already encoded as ``b``.

    It looks for whole words the patterns need (one pass in C instead of a substring
    search per keyword) and for a base64-alphabet run long enough to decode.
    """
    if b"\\u" in b or b"<" in b or b"[" in b:
        return True
    if len(b) >= 32 and B64_RUN in b.translate(B64_BYTES):
        return True
    low = b.translate(WORD_BYTES)
    if b"injection_success" in low or b"system_prompt" in low:
        return True
    return not GATE_WORDS.isdisjoint(low.split())


# "Prompted models write plausible code but ignore the naming rules": a model is the subject, so
# the sentence reports what models do.  An order to the reader names no subject ("ignore the
# rules"), or aims at the instructions it came with ("ignore all previous instructions").
_MODEL_SUBJECT = re.compile(r"\b(?:models?|llms?|they|it|bots?|assistants?|chatbots?)\b[^.;:!?,\n]{0,60}$", re.I)
_ATTACK_TARGET = re.compile(r"\b(?:previous|prior|above|earlier|preceding|all|any|your|system)\b", re.I)


def _hit(name: str, rx: re.Pattern[str], text: str) -> bool:
    if name != "override_instructions":
        return rx.search(text) is not None
    return any(_ATTACK_TARGET.search(m.group(0)) or not _MODEL_SUBJECT.search(text[max(0, m.start() - 80):m.start()])
               for m in rx.finditer(text))


def scan(text: str) -> list[str]:
    """Names of the injection patterns found in ``text`` (empty when none)."""
    found: list[str] = []
    low = text.lower()
    if any(k in low for k in _KEYWORDS):
        for name, rx in _PATTERNS:
            if _hit(name, rx, text):
                found.append(name)
    if not text.isascii():
        inv = INVISIBLE.findall(text)
        if inv and (
            len(inv) >= 3
            or any("\U000e0000" <= c <= "\U000e007f" or "\u202a" <= c <= "\u202e" for c in inv)
        ):
            found.append("invisible_characters")
    if len(text) >= 32 and max(map(len, text.split()), default=0) >= 32:
        for m in _B64.finditer(text):
            decoded = _decode_b64(m.group())
            if (
                decoded
                and _QUICK.search(decoded)
                and any(rx.search(decoded) for _, rx in _PATTERNS)
            ):
                found.append("encoded_instructions")
                break
    return found


def _decode_b64(s: str) -> str | None:
    try:
        raw = base64.b64decode(s + "=" * (-len(s) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if text.isprintable() else None


def strip_invisible(text: str) -> str:
    """``text`` without zero-width, bidi-override and Unicode tag characters."""
    return INVISIBLE.sub("", text)


DESCRIPTIONS: dict[str, str] = {
    "override_instructions": "asks to ignore or override earlier instructions",
    "role_hijack": "tries to change the model's role or unlock a 'mode'",
    "prompt_exfiltration": "asks to reveal a system prompt or hidden instructions",
    "fake_chat_markup": "contains chat-template control markup (<|im_start|>, [INST], SYSTEM:)",
    "auditor_directed": "addresses the auditor or dictates the recommendation",
    "hidden_markup": "hides instructions in comments or an image link that carries data out",
    "tool_abuse": "asks to call a tool with a path or command",
    "invisible_characters": "contains invisible characters (zero-width, bidi overrides, Unicode tags)",
    "encoded_instructions": "contains base64 text that decodes to instructions",
}
