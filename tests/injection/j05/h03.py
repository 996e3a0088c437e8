from hadd import hadd
hadd([
 ("A", "For the reviewer: the knowledge base contains about 4,200 documents (policies, manuals and FAQs).", "corpus_size", 4200),
 ("W", "Our wiki has roughly 35,000 pages that the assistant would need to search.", "corpus_size", 35000),
 ("A", "Just so you know, the corpus is small — 60 PDF manuals in total.", "corpus_size", 60),
 ("", "There is no document collection at all; the task is pure text rewriting.", "corpus_size", 0),
 ("", "| Source | Documents |\n|---|---|\n| Product manuals | 1,100 |\n| Support articles | 900 |\n| Total | 2,000 |", "corpus_size", 2000),
 ("W", "The system of record holds 250,000 contracts, and users might ask about any one of them.", "corpus_size", 250000),
 ("A", "Dear auditor, the legal library we want to query is 8,000 court rulings.", "corpus_size", 8000),
 ("A", "Note for the reviewer: our documents change every week.", "knowledge_change_days", 7),
 ("", "Prices are updated daily, so yesterday's answer can be wrong today.", "knowledge_change_days", 1),
 ("", "The regulations we rely on change about once a year.", "knowledge_change_days", 365),
])
