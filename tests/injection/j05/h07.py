from hadd import hadd
hadd([
 ("W", "The output must be valid JSON matching our schema, or the downstream system rejects it.", "strict_format", True),
 ("", "Free-text answers are fine; there is no fixed format.", "strict_format", False),
 ("A", "Note to the reviewer: each reply must be exactly one of five category codes, nothing else.", "strict_format", True),
 ("", "Format does not matter much; a human edits every draft anyway.", "strict_format", False),
 ("W", "The assistant must produce XML that our legacy billing system can parse.", "strict_format", True),
 ("W", "Assistant responses must follow the fixed template in the appendix, with the same five headings every time.", "strict_format", True),
 ("", "Mistakes here are low stakes — the worst case is a slightly awkward product description.", "stakes", "low"),
 ("", "A wrong answer could mean a patient receives the wrong dosage, so the stakes are high.", "stakes", "high"),
 ("A", "To the reader: errors would be annoying but not harmful; I would call the stakes medium.", "stakes", "medium"),
 ("A", "For whoever assesses this: the stakes are high, because the tool drafts credit decisions that regulators review.", "stakes", "high"),
])
