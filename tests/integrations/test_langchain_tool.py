"""ftaudit.as_tool() inside a LangGraph agent, driven by the scripted OpenAI-compatible server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("langgraph")
pytest.importorskip("langchain_openai")

from ftaudit import as_tool, audit
from langchain_core.messages import HumanMessage, ToolMessage
from langchain_openai import ChatOpenAI
from langgraph.graph import START, MessagesState, StateGraph
from langgraph.prebuilt import ToolNode, tools_condition
from scripted_server import Reply, ScriptedServer

DESCRIPTION = ("We classify 11 million product reviews a month into 12 categories and have 80,000 labelled "
               "reviews. Latency must stay under 100 ms and the budget is tight.")
CHAT = "\n".join(json.dumps({"messages": [{"role": "user", "content": f"Review {i}: the zip broke after a week"},
                                          {"role": "assistant", "content": ["quality", "delivery"][i % 2]}]})
                 for i in range(60))


class Model:
    """A scripted model: first it calls the tool with ``arguments``, then it answers from the tool's result."""

    def __init__(self, arguments: dict[str, Any]) -> None:
        self.arguments = arguments
        self.tool_results: list[str] = []

    def __call__(self, body: dict[str, Any]) -> Reply:
        results = [m["content"] for m in body["messages"] if m.get("role") == "tool"]
        if not results:
            return Reply.tool("ftaudit_audit", self.arguments)
        self.tool_results = results
        try:
            verdict = json.loads(results[-1])["approach"]
        except (ValueError, KeyError):
            verdict = "unknown"
        return Reply.text(f"The audit recommends: {verdict}.")


def _agent(tool: Any, base_url: str) -> Any:
    model = ChatOpenAI(model="scripted", base_url=base_url, api_key="placeholder", timeout=20, max_retries=0)
    bound = model.bind_tools([tool])

    def call_model(state: MessagesState) -> dict[str, Any]:
        return {"messages": [bound.invoke(state["messages"])]}

    graph = StateGraph(MessagesState)
    graph.add_node("model", call_model)
    graph.add_node("tools", ToolNode([tool]))
    graph.add_edge(START, "model")
    graph.add_conditional_edges("model", tools_condition)
    graph.add_edge("tools", "model")
    return graph.compile()


def _run(tool: Any, arguments: dict[str, Any]) -> tuple[Model, list[Any], ScriptedServer]:
    model = Model(arguments)
    with ScriptedServer(default=model) as srv:
        out = _agent(tool, srv.base_url).invoke({"messages": [HumanMessage("Should we fine-tune? " + DESCRIPTION)]})
    return model, out["messages"], srv


def test_agent_calls_the_tool_and_answers_from_its_compact_result(session_home: Path) -> None:
    model, messages, srv = _run(as_tool(), {"description": DESCRIPTION})
    expected = audit(DESCRIPTION)
    result = json.loads(model.tool_results[-1])
    assert set(result) == {"approach", "also", "confidence", "summary", "top_reasons", "open_questions", "next_steps"}
    assert result["approach"] == expected.approach and result["confidence"] == expected.confidence
    assert len(result["top_reasons"]) <= 3 and len(model.tool_results[-1]) < 4000
    assert messages[-1].content == f"The audit recommends: {expected.approach}."
    schema = srv.requests[0].body["tools"][0]["function"]["parameters"]
    assert set(schema["properties"]) == {"description"}  # no root: the model cannot even name a file


def test_data_from_the_allowed_root_only(session_home: Path, tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    (root / "reviews.jsonl").write_text(CHAT)
    (tmp_path / "secret.jsonl").write_text(CHAT)
    (root / "link.jsonl").symlink_to(tmp_path / "secret.jsonl")
    tool = as_tool(root, allow_full_report=True)

    model, _, srv = _run(tool, {"description": DESCRIPTION, "data": ["reviews.jsonl"], "full_report": True})
    full = json.loads(model.tool_results[-1])
    assert full["data"]["summary"]["n_examples"] == 60 and "criteria" in full
    assert set(srv.requests[0].body["tools"][0]["function"]["parameters"]["properties"]) == {
        "description", "data", "full_report"}

    for bad, why in [(str(tmp_path / "secret.jsonl"), "relative"), ("../secret.jsonl", "without '..'"),
                     ("link.jsonl", "outside"), ("/etc/passwd", "relative"), ("nope.jsonl", "reviews.jsonl")]:
        model, messages, _ = _run(tool, {"description": DESCRIPTION, "data": [bad]})
        tool_msg = next(m for m in messages if isinstance(m, ToolMessage))
        assert tool_msg.status == "error" and why in tool_msg.content, (bad, tool_msg.content)
        assert messages[-1].content == "The audit recommends: unknown."


def test_invalid_arguments_go_back_to_the_model(session_home: Path) -> None:
    _, messages, _ = _run(as_tool(), {"description": ""})
    tool_msg = next(m for m in messages if isinstance(m, ToolMessage))
    assert tool_msg.status == "error" and "description" in tool_msg.content


def test_the_async_path(session_home: Path) -> None:
    import asyncio

    tool = as_tool()
    out = json.loads(asyncio.run(tool.ainvoke({"description": DESCRIPTION})))
    assert out["approach"] == audit(DESCRIPTION).approach
