"""Example formats, their validation and normalisation into one :class:`Example` shape.

Chat checks reproduce the OpenAI cookbook's format errors under the same names
(``data_type``, ``missing_messages_list``, ``message_missing_key``,
``message_unrecognized_key``, ``unrecognized_role``, ``missing_content``,
``example_missing_assistant_message``; the message-level ones count once per
message) and fix its known gaps: ``tools``/``tool_calls``/role ``tool``,
``weight`` (validated, not a crash), content given as a list of parts, and
assistant messages that carry only a tool call.  Prompt/completion pairs,
preference (DPO) pairs and table rows are validated with their own codes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from ftaudit.inspect.findings import FindingSink
from ftaudit.inspect.tokens import REPLY_PRIMING, TOKENS_PER_MESSAGE, TOKENS_PER_NAME, TokenCounter

MESSAGE_KEYS = frozenset(
    {"role", "content", "name", "function_call", "weight", "tool_calls", "tool_call_id", "refusal"}
)
ROLES = frozenset({"system", "developer", "user", "assistant", "function", "tool"})
EXAMPLE_KEYS = frozenset({"messages", "tools", "functions", "parallel_tool_calls", "metadata"})
PART_TYPES = frozenset({"text", "image_url", "input_audio", "file", "input_text", "refusal"})


@dataclass(slots=True)
class Example:
    """One valid training example reduced to what the checks need."""

    line: int
    prompt: str
    """Everything before the answer, as ``role: text`` lines (system included)."""
    answer: str
    """The trained answer (final assistant turn, completion or label)."""
    user: str = ""
    """The user-side text only (no system prompt)."""
    system: str = ""
    n_messages: int = 2
    total_tokens: int = 0
    prompt_tokens: int = 0
    answer_tokens: int = 0
    system_tokens: int = 0
    chat: list[dict[str, Any]] | None = None
    """The example as chat messages (for the clean writer)."""
    tools: Any = None
    texts: list[str] = field(default_factory=list)
    """Every string in the record (for the personal-data and injection scans)."""
    raw: Any = None
    """The original record when it is kept unchanged (preference pairs)."""


def detect_format(rec: Any) -> str | None:
    """The example format of one parsed record, or None when unrecognised."""
    if not isinstance(rec, dict):
        return None
    if "messages" in rec:
        return "chat"
    if "preferred_output" in rec or "non_preferred_output" in rec:
        return "preference"
    if "prompt" in rec or "completion" in rec:
        return "prompt_completion"
    if "text" in rec and len(rec) <= 2:
        return "text"
    return None


def _content_text(content: Any) -> str | None:
    """Text of a message content (string or list of parts); None when invalid."""
    if isinstance(content, str):
        return content
    if isinstance(content, list) and content:
        out: list[str] = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") not in PART_TYPES:
                return None
            if part.get("type") in ("text", "input_text", "refusal"):
                t = part.get("text", part.get("refusal"))
                if not isinstance(t, str):
                    return None
                out.append(t)
        return "\n".join(out)
    return None


def _check_tool_calls(calls: Any) -> tuple[bool, list[str]]:
    """``(valid, ids)`` for an assistant ``tool_calls`` list."""
    if not isinstance(calls, list) or not calls:
        return False, []
    ids: list[str] = []
    for c in calls:
        if not isinstance(c, dict):
            return False, ids
        fn = c.get("function")
        if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
            return False, ids
        args = fn.get("arguments", "")
        if not isinstance(args, str):
            return False, ids
        if args:
            try:
                json.loads(args)
            except ValueError:
                return False, ids
        if isinstance(c.get("id"), str):
            ids.append(c["id"])
    return True, ids


def check_messages(
    msgs: list[Any], line: int, sink: FindingSink, tc: TokenCounter, *, need_assistant: bool = True
) -> tuple[bool, int, list[str]]:
    """Validate a messages list.  Returns ``(ok, tokens, texts)``."""
    ok = True
    tokens = 0
    texts: list[str] = []
    call_ids: set[str] = set()
    has_assistant = False
    count = tc.count
    for m in msgs:
        if not isinstance(m, dict):
            sink.add("error", "message_data_type", "a message is not a JSON object", line)
            ok = False
            continue
        role = m.get("role")
        content = m.get("content")
        calls = m.get("tool_calls")
        fcall = m.get("function_call")
        if "role" not in m or ("content" not in m and not calls and not fcall):
            sink.add("error", "message_missing_key", "a message lacks 'role' or 'content'", line)
            ok = False
        if len(m) > 2 or "role" not in m or "content" not in m:
            for k in m:
                if k not in MESSAGE_KEYS:
                    sink.add(
                        "error",
                        "message_unrecognized_key",
                        "a message has a key outside role, content, name, function_call, "
                        "weight, tool_calls, tool_call_id",
                        line,
                        example=str(k)[:40],
                    )
                    ok = False
        if role not in ROLES:
            sink.add(
                "error",
                "unrecognized_role",
                "a message role is not system, developer, user, assistant, tool or function",
                line,
                example=str(role)[:30],
            )
            ok = False
        text = content if type(content) is str else _content_text(content)
        if text is None or not text:
            if not ((calls or fcall) and content in (None, "")):
                sink.add(
                    "error", "missing_content", "a message has empty or non-text content", line
                )
                ok = False
            text = ""
        tokens += TOKENS_PER_MESSAGE + count(role) if type(role) is str else TOKENS_PER_MESSAGE
        if text:
            tokens += count(text)
            texts.append(text)
        if "name" in m:
            tokens += TOKENS_PER_NAME + tc.value(m["name"])
        if calls is not None:
            valid, ids = _check_tool_calls(calls)
            if not valid or role != "assistant":
                sink.add(
                    "error",
                    "invalid_tool_call",
                    "tool_calls must be a list of {id, type, function: {name, arguments "
                    "(a JSON string)}} on an assistant message",
                    line,
                )
                ok = False
            call_ids.update(ids)
            tokens += tc.value(calls)
        if fcall is not None:
            tokens += tc.value(fcall)
        if role == "tool":
            tid = m.get("tool_call_id")
            if not isinstance(tid, str) or (call_ids and tid not in call_ids):
                sink.add(
                    "warning",
                    "tool_message_without_call",
                    "a tool message has no tool_call_id matching an earlier tool call",
                    line,
                )
        if "weight" in m:
            w = m["weight"]
            if w not in (0, 1) or isinstance(w, bool):
                sink.add(
                    "error", "invalid_weight", "weight must be 0 or 1", line, example=str(w)[:20]
                )
                ok = False
            elif role != "assistant":
                sink.add(
                    "warning",
                    "weight_on_non_assistant",
                    "weight only applies to assistant messages",
                    line,
                )
        if role == "assistant":
            has_assistant = True
    if need_assistant and not has_assistant:
        sink.add(
            "error",
            "example_missing_assistant_message",
            "the example has no assistant message to learn from",
            line,
        )
        ok = False
    return ok, tokens + REPLY_PRIMING, texts


def _prompt_repr(msgs: list[dict[str, Any]]) -> tuple[str, str, str]:
    """``(prompt, user_text, system_text)`` of the messages before the answer."""
    parts: list[str] = []
    user: list[str] = []
    system: list[str] = []
    for m in msgs:
        role = m.get("role")
        c = m.get("content")
        text = c if type(c) is str else (_content_text(c) or "")
        if m.get("tool_calls") is not None:
            text += json.dumps(m["tool_calls"], sort_keys=True, ensure_ascii=False)
        parts.append(f"{role}: {text}")
        if role in ("system", "developer"):
            system.append(text)
        else:
            user.append(text)
    return "\n".join(parts), "\n".join(user), "\n".join(system)


def _answer_text(m: dict[str, Any]) -> str:
    c = m.get("content")
    text = c if type(c) is str else (_content_text(c) or "")
    if m.get("tool_calls") is not None:
        text += json.dumps(m["tool_calls"], sort_keys=True, ensure_ascii=False)
    elif m.get("function_call") is not None:
        text += json.dumps(m["function_call"], sort_keys=True, ensure_ascii=False)
    return text


_PLAIN_ROLES = frozenset({"system", "developer", "user", "assistant"})


def _plain_chat(msgs: list[Any], line: int, sink: FindingSink, tc: TokenCounter) -> Example | None:
    """:func:`check_chat` in one pass for the usual record: every message just ``{role,
    content}`` with a system/developer/user/assistant role and non-empty string content,
    one from the assistant, no tools.  None sends the record to the general checks."""
    known = tc.cache.get
    once = tc.count_uncached
    roles: list[str] = []
    texts: list[str] = []
    counts: list[int] = []
    tokens = REPLY_PRIMING
    for m in msgs:
        if type(m) is not dict or len(m) != 2:
            return None
        role = m.get("role")
        content = m.get("content")
        if type(content) is not str or not content or type(role) is not str or role not in _PLAIN_ROLES:
            return None
        n = known(content)
        if n is None:
            # System prompts repeat; user turns and answers rarely do.
            n = tc.count(content) if role == "system" or role == "developer" else once(content)
        r = known(role)
        if r is None:
            r = tc.count(role)
        tokens += TOKENS_PER_MESSAGE + r + n
        roles.append(role)
        texts.append(content)
        counts.append(n)
    if "assistant" not in roles:
        return None
    _role_findings(roles, line, sink)
    last = len(roles) - 1 - roles[::-1].index("assistant")
    parts: list[str] = []
    user: list[str] = []
    system: list[str] = []
    ptoks = REPLY_PRIMING
    atoks = stoks = 0
    for i, (role, text, c) in enumerate(zip(roles, texts, counts, strict=True)):
        if i < last:
            parts.append(f"{role}: {text}")
            ptoks += TOKENS_PER_MESSAGE + 1 + c
            if role == "system" or role == "developer":
                system.append(text)
            else:
                user.append(text)
        if role == "assistant":
            atoks += c
        elif role == "system" or role == "developer":
            stoks += c
    return Example(
        line,
        "\n".join(parts),
        texts[last],
        "\n".join(user),
        "\n".join(system),
        len(msgs),
        tokens,
        ptoks,
        atoks,
        stoks,
        msgs,
        None,
        texts,
    )


def _role_findings(roles: list[Any], line: int, sink: FindingSink) -> None:
    """The warnings about which roles an example has and their order."""
    if "system" not in roles and "developer" not in roles:
        sink.add("info", "example_missing_system_message", "example has no system message", line)
    if "user" not in roles:
        sink.add("warning", "example_missing_user_message", "example has no user message", line)
    if roles[-1] != "assistant":
        sink.add(
            "warning",
            "last_message_not_assistant",
            "the last message is not from the assistant; nothing after the last assistant "
            "message is learned",
            line,
        )
    for a, b in pairwise(roles):
        if a == b and a in ("user", "assistant"):
            sink.add(
                "info", "roles_not_alternating", "two consecutive messages have the same role", line
            )
            break


def check_chat(rec: Any, line: int, sink: FindingSink, tc: TokenCounter) -> Example | None:
    """Validate a chat-format record (cookbook checks plus tools and weights)."""
    if not isinstance(rec, dict):
        sink.add("error", "data_type", "the record is not a JSON object", line)
        return None
    msgs = rec.get("messages")
    if not msgs or not isinstance(msgs, list):
        sink.add(
            "error",
            "missing_messages_list",
            "the record has no (or an empty) 'messages' list",
            line,
        )
        return None
    if len(rec) > 1:
        for k in rec:
            if k not in EXAMPLE_KEYS:
                sink.add(
                    "warning",
                    "example_unrecognized_key",
                    "the record has a top-level key other than messages, tools, functions, "
                    "parallel_tool_calls",
                    line,
                    example=str(k)[:40],
                )
    if len(rec) == 1:
        ex = _plain_chat(msgs, line, sink, tc)
        if ex is not None:
            return ex
    ok, tokens, texts = check_messages(msgs, line, sink, tc)
    if not ok:
        return None
    roles = [m.get("role") for m in msgs]
    _role_findings(roles, line, sink)
    last = max(i for i, r in enumerate(roles) if r == "assistant")
    prompt, user, system = _prompt_repr(msgs[:last])
    answer = _answer_text(msgs[last])
    ptoks = REPLY_PRIMING
    atoks = 0
    stoks = 0
    count = tc.count
    for m in msgs[:last]:
        c = m.get("content")
        ptoks += TOKENS_PER_MESSAGE + 1 + (count(c) if type(c) is str else tc.value(c))
    for m in msgs:
        r = m.get("role")
        if r == "assistant":
            c = m.get("content")
            atoks += count(c) if type(c) is str else tc.value(c)
        elif r in ("system", "developer"):
            c = m.get("content")
            stoks += count(c) if type(c) is str else tc.value(c)
    tools = rec.get("tools", rec.get("functions"))
    if tools is not None:
        t = tc.value(tools)
        tokens += t
        ptoks += t
    return Example(
        line,
        prompt,
        answer,
        user,
        system,
        len(msgs),
        tokens,
        ptoks,
        atoks,
        stoks,
        msgs,
        tools,
        texts,
    )


def check_prompt_completion(
    rec: Any, line: int, sink: FindingSink, tc: TokenCounter
) -> Example | None:
    """Validate a legacy ``{"prompt", "completion"}`` record."""
    if not isinstance(rec, dict):
        sink.add("error", "data_type", "the record is not a JSON object", line)
        return None
    p, c = rec.get("prompt"), rec.get("completion")
    ok = True
    if not isinstance(p, str):
        sink.add("error", "missing_prompt", "'prompt' is missing or not a string", line)
        ok = False
    if not isinstance(c, str):
        sink.add("error", "missing_completion", "'completion' is missing or not a string", line)
        ok = False
    extra = [k for k in rec if k not in ("prompt", "completion")]
    if extra:
        sink.add(
            "warning",
            "example_unrecognized_key",
            "the record has keys other than prompt and completion",
            line,
            example=extra[0][:40],
        )
    if not ok:
        return None
    assert isinstance(p, str) and isinstance(c, str)
    return pair_example(line, p, c, tc)


def pair_example(line: int, prompt: str, answer: str, tc: TokenCounter) -> Example:
    """An example from a prompt and an answer, counted as a user + assistant chat."""
    pt = tc.count(prompt)
    at = tc.count(answer)
    base = TOKENS_PER_MESSAGE + 1
    chat = [{"role": "user", "content": prompt}, {"role": "assistant", "content": answer}]
    return Example(
        line,
        f"user: {prompt}",
        answer,
        prompt,
        "",
        2,
        2 * base + pt + at + REPLY_PRIMING,
        base + pt + REPLY_PRIMING,
        at,
        0,
        chat,
        None,
        [prompt, answer],
    )


def check_preference(rec: Any, line: int, sink: FindingSink, tc: TokenCounter) -> Example | None:
    """Validate an OpenAI preference (DPO) record: input messages plus two outputs."""
    if not isinstance(rec, dict):
        sink.add("error", "data_type", "the record is not a JSON object", line)
        return None
    inp = rec.get("input")
    msgs = inp.get("messages") if isinstance(inp, dict) else None
    if not msgs or not isinstance(msgs, list):
        sink.add(
            "error",
            "missing_input_messages",
            "a preference record needs input.messages (a non-empty list)",
            line,
        )
        return None
    ok, tokens, texts = check_messages(msgs, line, sink, tc, need_assistant=False)
    outs: list[str] = []
    for key in ("preferred_output", "non_preferred_output"):
        out = rec.get(key)
        good = (
            isinstance(out, list)
            and len(out) == 1
            and isinstance(out[0], dict)
            and out[0].get("role") == "assistant"
        )
        text = _answer_text(out[0]) if good else ""  # type: ignore[index]
        if not good or not text:
            sink.add(
                "error",
                f"invalid_{key}",
                f"{key} must be a list with one assistant message with content",
                line,
            )
            ok = False
        outs.append(text)
        texts.append(text)
    if not ok:
        return None
    if outs[0].strip() == outs[1].strip():
        sink.add(
            "warning",
            "identical_preference_pair",
            "preferred and non-preferred outputs are the same; the pair teaches nothing",
            line,
        )
    prompt, user, system = _prompt_repr(msgs)
    atoks = tc.count(outs[0])
    return Example(
        line,
        prompt,
        outs[0],
        user,
        system,
        len(msgs) + 1,
        tokens + atoks + tc.count(outs[1]) + 2 * TOKENS_PER_MESSAGE,
        tokens,
        atoks,
        0,
        None,
        inp.get("tools") if isinstance(inp, dict) else None,
        texts,
        rec,
    )
