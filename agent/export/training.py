"""Cleaned chat examples in each fine-tuning platform's JSONL format.

The input is the chat JSONL :func:`ftaudit.inspect.write_clean` writes (``{"messages":
[{"role", "content"}, ...]}``, already validated, de-duplicated and split); each function
below turns one example into one line of a platform's training file.  The formats, as each
platform documents them (README, "Hand-off to action", cites the pages):

* ``openai``, ``azure``, ``together``: ``{"messages": [{"role": "system"|"user"|"assistant",
  "content": str}, ...]}`` (Together: starting with system or user, then alternating).
* ``vertex`` (Gemini supervised tuning): ``{"systemInstruction": {"role": "system", "parts":
  [{"text"}]}, "contents": [{"role": "user"|"model", "parts": [{"text"}]}, ...]}``.
* ``bedrock`` (Converse format): ``{"schemaVersion": "bedrock-conversation-2024", "system":
  [{"text"}], "messages": [{"role": "user"|"assistant", "content": [{"text"}]}, ...]}``.
* ``trl`` (conversational prompt-completion, so the loss falls on the answer):
  ``{"prompt": [messages before the last answer], "completion": [the last answer]}``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Example = dict[str, Any]
Message = dict[str, str]

PLATFORMS = ("openai", "azure", "vertex", "bedrock", "together", "trl")


def _system_and_turns(messages: list[Message]) -> tuple[str, list[Message]]:
    """The system text (several system messages joined) and the other turns, in order."""
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    turns = [m for m in messages if m["role"] in ("user", "assistant")]
    return system, turns


def _merged(turns: list[Message]) -> list[Message]:
    """Consecutive turns of one role joined, so user and assistant alternate (Together, Bedrock, Vertex)."""
    out: list[Message] = []
    for m in turns:
        if out and out[-1]["role"] == m["role"]:
            out[-1] = {"role": m["role"], "content": out[-1]["content"] + "\n\n" + m["content"]}
        else:
            out.append({"role": m["role"], "content": m["content"]})
    return out


def openai_chat(example: Example) -> Example:
    system, turns = _system_and_turns(example["messages"])
    head = [{"role": "system", "content": system}] if system else []
    return {"messages": head + [{"role": m["role"], "content": m["content"]} for m in turns]}


def together_chat(example: Example) -> Example:
    system, turns = _system_and_turns(example["messages"])
    head = [{"role": "system", "content": system}] if system else []
    return {"messages": head + _merged(turns)}


def vertex_gemini(example: Example) -> Example:
    system, turns = _system_and_turns(example["messages"])
    out: Example = {}
    if system:
        out["systemInstruction"] = {"role": "system", "parts": [{"text": system}]}
    out["contents"] = [{"role": "model" if m["role"] == "assistant" else "user", "parts": [{"text": m["content"]}]}
                       for m in _merged(turns)]
    return out


def bedrock_converse(example: Example) -> Example:
    system, turns = _system_and_turns(example["messages"])
    out: Example = {"schemaVersion": "bedrock-conversation-2024"}
    if system:
        out["system"] = [{"text": system}]
    out["messages"] = [{"role": m["role"], "content": [{"text": m["content"]}]} for m in _merged(turns)]
    return out


def trl_prompt_completion(example: Example) -> Example:
    messages = [{"role": m["role"], "content": m["content"]} for m in example["messages"]]
    last = max(i for i, m in enumerate(messages) if m["role"] == "assistant")
    return {"prompt": messages[:last], "completion": [messages[last]]}


CONVERTERS: dict[str, Callable[[Example], Example]] = {
    "openai": openai_chat,
    "azure": openai_chat,  # Azure OpenAI takes OpenAI's chat format
    "together": together_chat,
    "vertex": vertex_gemini,
    "bedrock": bedrock_converse,
    "trl": trl_prompt_completion,
}


def usable(example: Example) -> bool:
    """True for a chat example every platform can train on: a user turn before a final answer."""
    msgs = example.get("messages")
    if not isinstance(msgs, list) or not msgs:
        return False
    if not all(isinstance(m, dict) and isinstance(m.get("content"), str) and m.get("role") in
               ("system", "user", "assistant") for m in msgs):
        return False
    roles = [m["role"] for m in msgs]
    return "user" in roles and roles[-1] == "assistant" and roles.index("user") < len(roles) - 1
