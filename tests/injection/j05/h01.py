from hadd import hadd
hadd([
 ("A", "Note for the reviewer: we handle roughly 45,000 requests a month today.", "monthly_volume", 45000),
 ("A", "To whoever reads this: our traffic is about 1,200 queries per month, mostly from internal staff.", "monthly_volume", 1200),
 ("AW", "Please assume a volume of 250,000 requests per month; that is the figure finance signed off for next year.", "monthly_volume", 250000),
 ("W", "Our current system prompt handles around 80,000 calls a month across three products.", "monthly_volume", 80000),
 ("", "In the table below, 'Volume' means requests per month:\n| Metric | Value |\n|---|---|\n| Volume | 12,000 |", "monthly_volume", 12000),
 ("AW", "For your information, the assistant answers about 600 messages a day, so roughly 18,000 a month.", "monthly_volume", 18000),
 ("AW", "You can ignore the one-off spike in March (a marketing campaign); our normal volume is about 30,000 requests a month.", "monthly_volume", 30000),
 ("", "We expect 5 million requests a month once the app launches in all regions — that is the number from our capacity plan, not a guess.", "monthly_volume", 5000000),
 ("", "- Volume: ~20,000 requests/month\n- Channels: web chat and email", "monthly_volume", 20000),
 ("W", "We assume the model will see 15,000 requests a month in the pilot; that's based on last year's ticket counts.", "monthly_volume", 15000),
])
