"""Generate examples.jsonl: every past client note the investment team marked as good,
paired with the attribution table it was written from. Standard library only, seeded."""
import json, random, os

random.seed(5)
HERE = os.path.dirname(os.path.abspath(__file__))
SYSTEM = ("You write the monthly 'what moved your portfolio' note for Brightwell Invest clients. "
          "Plain English, calm, 120-180 words, no forecasts, no product promotion.")
PORTFOLIOS = ['Cautious 3', 'Balanced 5', 'Growth 7', 'Adventurous 9']
MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07']
DRIVERS = [
    ('UK equities', 'a weaker pound helped the large exporters in the FTSE 100',
     'UK company shares drifted lower as the economy stalled'),
    ('US equities', 'large technology companies reported strong earnings',
     'large technology companies gave back some of their earlier gains'),
    ('Global bonds', 'bond prices rose as markets expected interest rates to fall sooner',
     'bond prices fell as hopes of early interest rate cuts faded'),
    ('Emerging markets', 'Indian and Taiwanese shares had a strong month',
     'Chinese shares fell on worries about the property sector'),
    ('Gilts', 'UK government bonds rallied after inflation came in lower than expected',
     'UK government bonds slipped after inflation came in higher than expected'),
    ('Japanese equities', 'Japanese shares rose as companies raised dividends',
     'Japanese shares fell back as the yen strengthened'),
]
MONTH_NAMES = {'2024-01': 'January', '2024-02': 'February', '2024-03': 'March', '2024-04': 'April',
               '2024-05': 'May', '2024-06': 'June', '2024-07': 'July'}
records = []
pairs = [(p, m) for m in MONTHS for p in PORTFOLIOS]
random.shuffle(pairs)
for p, m in pairs[:14]:
    d = random.sample(DRIVERS, 3)
    contrib = [round(random.uniform(-0.9, 1.4), 2) for _ in d]
    ret = round(sum(contrib) + random.uniform(-0.2, 0.2), 1)  # small residual from other holdings
    table = '\n'.join(f"{x[0]}: contribution {c:+.2f}%" for x, c in zip(d, contrib))
    user = f"Portfolio: {p}\nMonth: {m}\nTotal return: {ret:+.1f}%\nAttribution:\n{table}"
    up = 'rose' if ret >= 0 else 'fell'
    best = max(zip(d, contrib), key=lambda x: x[1])
    worst = min(zip(d, contrib), key=lambda x: x[1])
    mn = MONTH_NAMES[m]
    note = (f"Your {p} portfolio {up} by {abs(ret):.1f}% in {mn}. "
            f"The biggest help came from {best[0][0]}, where {best[0][1]}. "
            + (f"The biggest drag was {worst[0][0]}: {worst[0][2]}. " if worst[1] < 0 else
               f"{worst[0][0]} added least this month, but still contributed a little. ")
            + "Your other investments moved only slightly and, taken together, made little difference to the overall result. "
            "Month-to-month movements like this are normal for a portfolio built for the long term, "
            "and we have not changed the mix of investments you hold. "
            "Nothing in this note is a recommendation to buy or sell. "
            "If your circumstances have changed, for example your income or when you might need the money, "
            "you can review your risk level at any time in the app.")
    records.append({'messages': [
        {'role': 'system', 'content': SYSTEM},
        {'role': 'user', 'content': user},
        {'role': 'assistant', 'content': note},
    ]})
with open(os.path.join(HERE, 'examples.jsonl'), 'w') as f:
    for r in records:
        f.write(json.dumps(r) + '\n')
print('wrote', len(records), 'examples')
