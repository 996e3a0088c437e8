"""Hand-off to action: training files per platform, starter evaluation sets, a prompt scaffold, a RAG plan.

    from ftaudit.export import export
    export(["tickets.jsonl"], "out/", to=["openai", "bedrock"], evals=["promptfoo"], prompt=True)
"""

from ftaudit.export.evals import EVAL_KINDS
from ftaudit.export.run import export
from ftaudit.export.training import CONVERTERS, PLATFORMS

__all__ = ["CONVERTERS", "EVAL_KINDS", "PLATFORMS", "export"]
