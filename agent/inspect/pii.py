"""Personal and secret data detectors: regex plus checksum, no network, no model.

Each hit has a kind and a masked form; raw values never leave this module except
through :func:`mask_text`, which replaces them.  Checksums cut false positives:
Luhn plus an issuer prefix for cards, mod-97 for IBANs, Verhoeff for Aadhaar, the
known-sample blocklist for US SSNs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}\b"
)
_SHAPE = bytes(
    ord("9") if chr(i).isdigit() else ord("-") if chr(i) in " -.()/" else ord("x")
    for i in range(256)
)
"""Byte map for cheap gates: digits become ``9``, separators ``-``, everything else ``x``."""
_UPPER_DIGITS = re.compile(r"[A-Z]{2} ?\d\d")
_NINO_GATE = re.compile(r"[A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]")
_INTL_PHONE = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .\-]?\(?\d{1,5}\)?){2,6}(?![\w-])")
_US_PHONE = re.compile(
    r"(?<![\w.\-])(?:\+?1[ .\-])?\(?[2-9]\d{2}\)?[ .\-]\d{3}[ .\-]\d{4}(?![\w-])"
)
_CARD = re.compile(r"(?<![\d\-])(?:\d[ \-]?){12,18}\d(?![\d\-])")
_SSN = re.compile(r"(?<![\d\-])(?!000|666|9\d\d)(\d{3})-(?!00)(\d{2})-(?!0000)(\d{4})(?![\d\-])")
_SSN_CONTEXT = re.compile(r"(?<![\d\-])(?!000|666|9\d\d)\d{3} (?!00)\d{2} (?!0000)\d{4}(?![\d\-])")
_SSN_WORDS = re.compile(r"\b(?:ssn|social security)\b", re.I)
_IBAN = re.compile(
    r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![A-Z0-9])"
)
_NINO = re.compile(
    r"(?<![A-Z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Z0-9])"
)
_AADHAAR = re.compile(r"(?<![\d\-])[2-9]\d{3}[ \-]?\d{4}[ \-]?\d{4}(?![\d\-])")
_AADHAAR_WORDS = re.compile(r"\b(?:aadhaar|aadhar|uidai|uid)\b", re.I)
_SECRET = re.compile(
    r"(?<![\w-])(?:sk-(?:proj-)?[A-Za-z0-9_\-]{20,}|AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{36}|"
    r"xox[baprs]-[A-Za-z0-9\-]{10,}|AIza[0-9A-Za-z_\-]{35})"
)
_LOCAL_PHONE = re.compile(r"(?<![\w.\-])0\d{2,4}[ .\-]\d{3,4}[ .\-]?\d{3,4}(?![\w-])")
_PHONE_WORDS = re.compile(r"\b(?:phone|tel|telephone|mobile|cell|call|ring|whatsapp|fax)\b", re.I)
_DATE_LIKE = re.compile(r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")
_SSN_BLOCK = {"078051120", "123456789", "219099999", "457555462"}
_IBAN_LENGTHS = {
    "AD": 24,
    "AT": 20,
    "BE": 16,
    "BG": 22,
    "CH": 21,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DK": 18,
    "EE": 20,
    "ES": 24,
    "FI": 18,
    "FR": 27,
    "GB": 22,
    "GR": 27,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IS": 26,
    "IT": 27,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "MC": 27,
    "MT": 31,
    "NL": 18,
    "NO": 15,
    "PL": 28,
    "PT": 25,
    "RO": 24,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "TR": 26,
    "AE": 23,
    "SA": 24,
    "IL": 23,
    "BR": 29,
    "QA": 29,
    "UA": 29,
}
_CARD_PREFIX = re.compile(r"^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5|4[4-9]|22)|3(?:0[0-5]|[689])|35)")

_VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def luhn_ok(digits: str) -> bool:
    """Luhn checksum of a digit string."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = ord(ch) - 48
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def iban_ok(value: str) -> bool:
    """IBAN mod-97 check (and the country's length when known)."""
    s = value.replace(" ", "").upper()
    if len(s) < 15 or len(s) > 34 or not s[:2].isalpha():
        return False
    expected = _IBAN_LENGTHS.get(s[:2])
    if expected is not None and len(s) != expected:
        return False
    rearranged = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1
    except ValueError:
        return False


def verhoeff_ok(digits: str) -> bool:
    """Verhoeff checksum (Aadhaar)."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][ord(ch) - 48]]
    return c == 0


@dataclass(frozen=True)
class PiiMatch:
    """One detected value: its kind, position and masked form."""

    kind: str
    start: int
    end: int
    masked: str


def _mask_tail(value: str, keep: int = 4) -> str:
    chars = [c for c in value if c.isalnum()]
    return "****" + "".join(chars[-keep:]) if len(chars) > keep else "****"


def _mask_email(value: str) -> str:
    local, _, domain = value.partition("@")
    return f"{local[:1]}***@{domain}"




_DIGITS = b"0123456789"
_SECRET_PREFIXES = ("sk-", "AKIA", "ghp_", "xox", "AIza")
_CLASS = bytes(
    57 if 48 <= i <= 57 else 45 if chr(i) in " -.()/" else 65 if 65 <= i <= 90 else 120
    for i in range(256)
)
"""Byte classes for ASCII text: digits ``9``, separators ``-``, capitals ``A``, the rest ``x``."""
RUN7 = re.compile(rb"9(?:-{0,2}9){6}")
"""Seven digits with at most two separators between neighbours: every card, SSN, Aadhaar,
US and local phone pattern contains such a run."""
_IBAN_CLASS = re.compile(rb"AA99(?:-?[A9]{4}){2}")
_NINO_CLASS = re.compile(rb"AA-?99-?99-?99-?A")


def could_match(text: str) -> bool:
    """Cheap test: False only when :func:`scan` cannot find anything in ``text``."""
    if text.isascii():
        return could_match_ascii(text.encode("ascii"))
    if "@" in text or "+" in text or _has_secret_prefix(text):
        return True
    return _could_match_any(text)


def could_match_ascii(b: bytes) -> bool:
    """:func:`could_match` for ASCII text already encoded as ``b``."""
    if b"@" in b or b"+" in b or any(p in b for p in _SECRET_PREFIXES_B):
        return True
    return _ascii_could_match(b.translate(_CLASS))


def _has_secret_prefix(text: str) -> bool:
    return any(p in text for p in _SECRET_PREFIXES)


_SECRET_PREFIXES_B = tuple(p.encode() for p in _SECRET_PREFIXES)


def _ascii_could_match(cls: bytes) -> bool:
    """The digit-shape part of the gate, from the byte classes of ASCII text.

    Each remaining detector needs one of: a run of seven digits (cards, SSNs, Aadhaar,
    phones without ``+``), the start of an IBAN (two capitals, two digits, two groups of
    four) with twelve digits in the text as :func:`scan` requires, or the NINO shape
    (six digits).
    """
    n_digits = cls.count(b"9")
    if n_digits >= 7 and RUN7.search(cls):
        return True
    return n_digits >= 6 and b"AA" in cls and _caps_shapes(cls, n_digits)


def _caps_shapes(cls: bytes, n_digits: int) -> bool:
    if n_digits >= 6 and _NINO_CLASS.search(cls):
        return True
    return n_digits >= 12 and _IBAN_CLASS.search(cls) is not None


_KEY_CAPS = re.compile(rb"A(?:KIA|Iza)")


def caps_could_match(b: bytes, cls: bytes, n_digits: int) -> bool:
    """The gate's checks that start with two capitals (NINO, IBAN, ``AKIA``/``AIza`` keys) for
    ASCII text ``b`` whose byte classes ``cls`` (capitals ``A``, digits ``9``, separators
    ``-``) contain ``AA`` and ``n_digits`` digits."""
    return _caps_shapes(cls, n_digits) or _KEY_CAPS.search(b) is not None


def _could_match_any(text: str) -> bool:
    """The gate for any text: :func:`scan`'s own early exits without its detectors."""
    b = text.encode("utf-8", "surrogatepass")
    n_digits = len(b) - len(b.translate(None, _DIGITS))
    if n_digits < 6:
        return False
    if n_digits >= 12 and _UPPER_DIGITS.search(text):
        return True
    shape = b.translate(_SHAPE)
    if (b"99-99-99" in shape or b"999999" in shape) and _NINO_GATE.search(text):
        return True
    if n_digits < 8:
        return False
    return (
        n_digits >= 12
        or (n_digits >= 13 and b"9999" in shape)
        or b"999-99-9999" in shape
        or b"999-9999" in shape
        or b"9999999" in shape
    )


def scan(text: str) -> list[PiiMatch]:
    """All personal/secret values in ``text`` (non-overlapping, in order)."""
    hits: list[PiiMatch] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(kind: str, m: re.Match[str], masked: str) -> None:
        hits.append(PiiMatch(kind, m.start(), m.end(), masked))
        taken.append((m.start(), m.end()))

    if "@" in text:
        for m in _EMAIL.finditer(text):
            add("email", m, _mask_email(m.group()))
    if _has_secret_prefix(text):
        for m in _SECRET.finditer(text):
            add("secret_key", m, m.group()[:4] + "****")
    n_digits = sum(map(text.count, "0123456789"))
    plus = "+" in text
    if n_digits < 6 and not plus:
        hits.sort(key=lambda h: h.start)
        return hits
    shape = text.encode("utf-8", "surrogatepass").translate(_SHAPE)
    if n_digits >= 12 and _UPPER_DIGITS.search(text):
        for m in _IBAN.finditer(text):
            if free(m.start(), m.end()) and iban_ok(m.group()):
                add("iban", m, m.group()[:2] + _mask_tail(m.group()))
    if (b"99-99-99" in shape or b"999999" in shape) and _NINO_GATE.search(text):
        for m in _NINO.finditer(text):
            if free(m.start(), m.end()):
                add("uk_nino", m, _mask_tail(m.group(), 1))
    if n_digits < 8 and not plus:
        hits.sort(key=lambda h: h.start)
        return hits
    card_like = n_digits >= 13 and b"9999" in shape
    ssn_like = b"999-99-9999" in shape
    phone_like = plus or b"999-9999" in shape or b"9999999" in shape
    if not (card_like or ssn_like or phone_like or n_digits >= 12):
        hits.sort(key=lambda h: h.start)
        return hits
    for m in _CARD.finditer(text) if card_like else ():
        digits = re.sub(r"\D", "", m.group())
        if (
            13 <= len(digits) <= 19
            and free(m.start(), m.end())
            and _CARD_PREFIX.match(digits)
            and luhn_ok(digits)
            and len(set(digits)) > 1
        ):
            add("card_number", m, _mask_tail(digits))
    for m in _SSN.finditer(text) if ssn_like else ():
        digits = m.group(1) + m.group(2) + m.group(3)
        if digits not in _SSN_BLOCK and free(m.start(), m.end()) and len(set(digits)) > 1:
            add("us_ssn", m, _mask_tail(digits))
    if ssn_like and _SSN_WORDS.search(text):
        for m in _SSN_CONTEXT.finditer(text):
            digits = m.group().replace(" ", "")
            if digits not in _SSN_BLOCK and free(m.start(), m.end()):
                add("us_ssn", m, _mask_tail(digits))
    for m in _AADHAAR.finditer(text) if _AADHAAR_WORDS.search(text) else ():
        digits = re.sub(r"\D", "", m.group())
        if (
            len(digits) == 12
            and free(m.start(), m.end())
            and verhoeff_ok(digits)
            and len(set(digits)) > 2
            and (" " in m.group() or "-" in m.group())
        ):
            add("aadhaar", m, _mask_tail(digits))
    phone_rx = ([_INTL_PHONE] if plus else []) + ([_US_PHONE] if phone_like else [])
    if phone_like and _PHONE_WORDS.search(text):
        phone_rx.append(_LOCAL_PHONE)
    for rx in phone_rx:
        for m in rx.finditer(text):
            value = m.group().strip()
            digits = re.sub(r"\D", "", value)
            if not 8 <= len(digits) <= 15 or not free(m.start(), m.end()):
                continue
            if _DATE_LIKE.match(value) or len(set(digits)) < 3:
                continue
            add("phone", m, _mask_tail(digits))
    hits.sort(key=lambda h: h.start)
    return hits


def mask_text(text: str) -> tuple[str, list[str]]:
    """``text`` with every detected value replaced by ``[KIND]``, and the kinds replaced."""
    hits = scan(text)
    if not hits:
        return text, []
    out: list[str] = []
    pos = 0
    for h in hits:
        out.append(text[pos : h.start])
        out.append(f"[{h.kind.upper()}]")
        pos = h.end
    out.append(text[pos:])
    return "".join(out), [h.kind for h in hits]
