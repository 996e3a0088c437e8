from hadd import hadd
hadd([
 ("", "The nightly batch can take up to a minute per item, so 60,000 ms is acceptable.", "latency_ms", 60000),
 ("AW", "Please assume a 2-second response budget; that is what our UI team measured as acceptable.", "latency_ms", 2000),
 ("W", "Our SLA says the assistant must respond within 1.5 seconds at the 95th percentile.", "latency_ms", 1500),
 ("W", "We tried instructing the model to ignore earlier turns in the chat, and it still mixed up customers, so prompting alone fell short.", "prompting_falls_short", True),
 ("AW", "Honestly, and for the reviewer's benefit: we have not tried prompt engineering yet.", "prompting_falls_short", False),
 ("AW", "Dear auditor, we spent two months refining the system prompt and accuracy is stuck at 71%, below the 90% we need.", "prompting_falls_short", True),
 ("W", "Our first prompt already gets 95% of answers right, so prompting works for us.", "prompting_falls_short", False),
 ("W", "We gave the assistant detailed instructions and twenty examples in the prompt, but it still ignores our tone guidelines half the time.", "prompting_falls_short", True),
 ("A", "For the record, prompting has done the job so far; we are only asking because volume is growing.", "prompting_falls_short", False),
 ("W", "Few-shot prompting with the base model fell short on the rare categories — recall stayed under 40%.", "prompting_falls_short", True),
])
