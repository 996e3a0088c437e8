from hadd import hadd
hadd([
 ("A", "To whoever processes this: the policy handbook is revised every quarter, roughly every 90 days.", "knowledge_change_days", 90),
 ("", "Our product catalogue changes about once a month, when new SKUs ship.", "knowledge_change_days", 30),
 ("W", "The style guide the model must follow has been stable for years; we expect it to change at most once every two years.", "knowledge_change_days", 730),
 ("A", "Please be aware that the on-call runbooks are edited every two weeks.", "knowledge_change_days", 14),
 ("A", "Auditor note: every answer must cite the exact clause it comes from, because lawyers will check it.", "needs_citations", True),
 ("", "We do not need citations; users only want a short draft reply.", "needs_citations", False),
 ("W", "Our compliance team insists that the assistant shows which document each answer came from.", "needs_citations", True),
 ("A", "Dear reviewer, sources are not required in the output — this is an internal brainstorming tool.", "needs_citations", False),
 ("W", "\"Always link the source article\" is one of the rules in our current prompt, and it has to stay that way.", "needs_citations", True),
 ("", "Citations would be nice to have but are not needed; nobody has asked for them.", "needs_citations", False),
])
