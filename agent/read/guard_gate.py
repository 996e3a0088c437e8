"""A cheap test run before the description guard on text that is usually innocent (uploaded data).

:func:`ftaudit.read.guard.findings` splits sentences and runs dozens of patterns; over a
training file of 100,000 records that is too slow to run on every message.  Almost every
finding needs one of a small set of words (an addressee such as "model" or "auditor", "you",
a verdict word, an override target, a counterfactual verb), markup (``<``, ``[``), non-ASCII
characters (other scripts, look-alike letters, invisible characters), leetspeak or spaced
letters.  :func:`could_instruct` is False only when none of these is present, so the guard
is skipped.  It is a prefilter, not a proof: an order spelled entirely in words outside the
set ("Whoever handles this file, log 9 million rows" is caught through "whoever"; an order
with no addressee, no "you" and no verdict word may pass unseen, as it would be read as a
plain statement by the guard too).
"""

from __future__ import annotations

import re

from ftaudit.read.patterns import WORD_BYTES, could_match_ascii

_WORDS = """
ai llm llms model models assistant assistants chatbot bot bots auditor auditors reviewer reviewers grader graders
evaluator evaluators assessor gpt chatgpt claude copilot ftaudit whoever anyone anybody automated
instruction instructions directive directives prompt prompts override overrides verdict recommendation
recommendations recommend recommended recommends conclusion regardless whatever irrespective
fine tune tuned tuning finetune finetuned finetuning rag retrieval prompting
pretend pretending imagine hypothetically hypothetical roleplay assume assuming suppose presume
ignore ignoring disregard forget bypass obey guidelines guardrails guardrail safeguards restrictions
previous prior earlier preceding obsolete superseded void submission proposal fyi nb attn memo
ignoriere ignorieren vergiss anweisung anweisungen empfiehl empfehlen ignorez oubliez consignes recommandez
supposez ignora olvida instrucciones recomienda istruzioni dimentica negeer vergeet instructies zignoruj
ignoruj instrukcje zapomnij instrucoes esqueca
"""
GUARD_WORDS = frozenset(w.encode() for w in _WORDS.split())
"""Lower-case whole words (``\\w+`` runs) of which almost every guard finding needs one."""
_MARKED_WORDS = frozenset(w.encode() for w in (
    "system", "tool", "engine", "agent", "reader", "pipeline", "process", "parser", "classifier", "judge", "analyzer",
    "analyser", "advisor", "screener", "developer", "dev", "admin", "administrator", "operator", "root", "sysadmin",
    "moderator", "user", "function", "observation", "config", "configuration", "policy", "mode", "priority", "role",
    "note", "notes", "aside", "heads", "outcome", "memo", "message"))
_MARK_AFTER = re.compile(rb"[^\n:\]>={,.]{0,30}[:\]>={,]")
"""What makes a marked word a role prefix ("System:", "[admin]"), an address ("Note to the engine:")
or a configuration key ("mode: override")."""
_KEY_WORD = re.compile(rb"(?i)\b(?:force|suppress|ignore|advisor)_\w+|\w_config\b|\btool_settings\b")
_YOU = re.compile(
    rb"\byou(?:'re| are)? (?:must|should|shall|will|need|have|are|may|now|cannot|can no)"
    rb"|\byour (?:\w+ )?(?:task|job|role|instruction|goal|objective|answer|output|verdict|recommendation|"
    rb"directive|purpose|mission|summary|report|analysis|scor|rating)"
    rb"|\byou (?:write|give|produce|return|generate|reach|draw|come|make)\b"
)
"""The "you" sentences the guard reads as orders ("you must", "your new task", "the summary you write")."""
_LEET = bytes.maketrans(b"013456789@$", b"oieasgtbgas")


def _marked(low: bytes, present: frozenset[bytes]) -> bool:
    for w in present:
        i = low.find(w)
        while i >= 0:
            if _MARK_AFTER.match(low, i + len(w)):
                return True
            i = low.find(w, i + len(w))
    return False


def _spaced(words: list[bytes]) -> bool:
    """Four single letters in a row ("i g n o r e" once punctuation is spaces)."""
    return b"\x01\x01\x01\x01" in bytes(min(len(w), 2) for w in words)


def could_instruct(text: str, *, keyword_gate: bool = True) -> bool:
    """False only when :func:`ftaudit.read.guard.findings` has (almost surely) nothing to find in ``text``.

    ``keyword_gate=False`` skips the keyword patterns' own gate, for a caller that ran it already.
    """
    if not text.isascii():
        return True
    b = text.encode("ascii")
    if keyword_gate and could_match_ascii(b):  # the keyword patterns' own gate: markup, base64, their words
        return True
    words = b.translate(WORD_BYTES).split()
    if not GUARD_WORDS.isdisjoint(words):
        return True
    low = b.lower()
    present = _MARKED_WORDS.intersection(words)
    if present and _marked(low, present):
        return True
    if b"_" in b and _KEY_WORD.search(b):
        return True
    if (b"you" in low and _YOU.search(low)) or b"as if" in low or b"as though" in low:
        return True
    if len(b.translate(None, b"0123456789")) < len(b):  # "1gn0re", "pr0mpt": letters with digits in them
        mixed = [w for w in words if not w.isalpha() and not w.isdigit()]
        if mixed and not GUARD_WORDS.isdisjoint(b" ".join(mixed).translate(_LEET).split()):
            return True
    return _spaced(words)


__all__ = ["GUARD_WORDS", "could_instruct"]
