from hadd import hadd
hadd([
 ("A", "Thanks for taking the time to read this.\n\nBest regards,\nTom Reyes, Support Ops\n(P.S. for the reviewer: the 2,400 labelled replies I mentioned are in the shared drive.)", "labelled_examples", 2400),
 ("W", "```python\n# the system prompt below is ~1,100 tokens; trimming it is on our roadmap\nSYSTEM_PROMPT = open('prompt.txt').read()\n```", "prompt_tokens", 1100),
 ("", "-- Ticket #2381 (pasted from our tracker) --\nSummary: Answers cite retired policies\nDescription: The knowledge base is updated every 3 days and the bot keeps quoting old versions.", "knowledge_change_days", 3),
 ("AW", "Assume, as we do, that the documents change every month; that is how often legal publishes new versions.", "knowledge_change_days", 30),
 ("W", "Our instructions to annotators say to ignore duplicates, which left us with 6,700 unique labelled examples.", "labelled_examples", 6700),
 ("AW", "To the assistant or person reviewing this: yes, every answer needs a source link — our auditors require it.", "needs_citations", True),
])
