"""Optional language-model assistance: extraction, phrasing, summaries, narrative.

With no model configured (the default) nothing here is used and nothing heavy is
imported: LangChain and the OpenAI SDK load only when an :class:`Assistant`
first calls a model.  The verdict always stays with the engine; the model's
output is checked (quotes verbatim, citations against the index) and every
fallback to the offline path is recorded.

>>> settings = settings_from_env()          # None unless FTAUDIT_LLM / FTAUDIT_MODEL / flags
>>> settings is None or isinstance(settings, LLMSettings)
True
"""

from ftaudit.llm.assistant import Assistant, ExtractResult, enrich_report
from ftaudit.llm.config import (
    OPENAI_DEFAULT_URL,
    PLACEHOLDER_KEY,
    LLMSettings,
    default_gguf,
    llama_cpp_available,
    settings_from_env,
)
from ftaudit.llm.ratelimit import RateLimiter
from ftaudit.llm.usage import Usage

__all__ = [
    "OPENAI_DEFAULT_URL",
    "PLACEHOLDER_KEY",
    "Assistant",
    "ExtractResult",
    "LLMSettings",
    "RateLimiter",
    "Usage",
    "default_gguf",
    "enrich_report",
    "llama_cpp_available",
    "settings_from_env",
]
