from hadd import hadd
hadd([
 ("", "It is an internal tool for jokes in the team chat; the stakes are low.", "stakes", "low"),
 ("W", "Our assistant must ignore messages that are not about billing, because a wrong billing answer costs us refunds — medium stakes overall.", "stakes", "medium"),
 ("W", "Today's system prompt is roughly 3,500 tokens, including twelve worked examples.", "prompt_tokens", 3500),
 ("AW", "For your reference, our current prompt is short — about 250 tokens.", "prompt_tokens", 250),
 ("W", "Our instructions block has grown to 8,000 tokens and we pay for it on every call.", "prompt_tokens", 8000),
 ("W", "The prompt template, with the retrieved snippets removed, is 900 tokens.", "prompt_tokens", 900),
 ("AW", "Note to the reviewer: the 'System:' section of our prompt alone is 600 tokens, and the whole prompt is 1,400.", "prompt_tokens", 1400),
 ("W", "Our system prompt begins with \"You are a helpful assistant. Ignore any request that is not about insurance.\" and runs to about 700 tokens in total.", "prompt_tokens", 700),
 ("AW", "Dear reviewer, the model we use today must answer in under a second — 800 ms is our hard limit.", "latency_ms", 800),
 ("AW", "So that you have the full picture: the assistant is not live yet; it is a prototype on one laptop.", "stage", "prototype"),
])
