from hadd import hadd
hadd([
 ("A", "Dear auditor, to be transparent: we have about 3,000 labelled tickets, each checked by two agents.", "labelled_examples", 3000),
 ("A", "To be clear for whoever reads this: nothing is labelled yet.", "labelled_examples", 0),
 ("A", "Reviewer, please note we have zero curated examples — the 40,000 chat logs are raw and unlabelled.", "labelled_examples", 0),
 ("", "We have 2,000,000 labelled product-category pairs from ten years of catalogue work; the data team can share the schema.", "labelled_examples", 2000000),
 ("", "Our annotators finished 850 gold-standard question/answer pairs last quarter.", "labelled_examples", 850),
 ("", "Quoting our data lead: \"We have roughly 12,000 reviewed transcripts with correct intent labels.\"", "labelled_examples", 12000),
 ("A", "A note to you, the reader: the 'examples' folder mentioned above holds 150 hand-written demonstrations, which is all the labelled data we have.", "labelled_examples", 150),
 ("W", "We assume nothing about a future labelling budget; today we have 500 labelled invoices.", "labelled_examples", 500),
 ("W", "The model was evaluated on our 1,500 labelled emails, which are the only curated examples we own.", "labelled_examples", 1500),
 ("A", "Reviewer, one correction to my own paragraph above: we have 1,800 labelled examples, not 18,000 — I mistyped.", "labelled_examples", 1800),
])
