"""Generate writer_examples.jsonl: prompt/completion pairs kept by the member
communications writers (annual benefit statement explainers in house voice).
Standard library only. Deterministic (seed 1616)."""
import json, random

random.seed(1616)
first = ["Aoife", "Brendan", "Chloe", "Dev", "Elaine", "Farid", "Grace", "Hamish", "Ines", "Jon",
         "Kavita", "Liam", "Maeve", "Niall", "Olu", "Priya", "Rory", "Sinead", "Tomasz", "Una"]
sections = ["DC Section", "DB Section (closed)", "Hybrid Section"]
events = [
    ("value_down", "Your pot went down by {pct}% over the year, mainly because markets fell in {month}."),
    ("value_up", "Your pot grew by {pct}% over the year."),
    ("lifestyle", "Because you are within {yrs} years of your target retirement age, we have started moving your savings into lower-risk funds."),
    ("contrib_change", "Your employer contribution went up from {a}% to {b}% in {month}."),
    ("transfer_in", "We received a transfer of EUR {amt} from your previous scheme in {month}."),
    ("nominee", "We don't have an up-to-date nomination form for you."),
]
months = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
openers = ["Here's what changed in your pension this year, in plain words.",
           "This note explains your statement. It takes about two minutes to read.",
           "A quick guide to the numbers on your statement."]
closers = ["If anything here doesn't look right, call us on the number on page 1. We're happy to talk it through.",
           "You don't need to do anything unless you want to. If you have questions, we're here.",
           "Questions? Ring us or email us, and a real person will answer."]

N = 1240
with open("writer_examples.jsonl", "w") as f:
    for i in range(N):
        name = random.choice(first)
        sec = random.choice(sections)
        age = random.randint(24, 66)
        pot = random.randint(3, 480) * 1000
        chosen = random.sample(events, k=random.randint(1, 3))
        facts = {"member_first_name": name, "section": sec, "age": age, "pot_value_eur": pot,
                 "events": []}
        lines = [f"Hi {name},", random.choice(openers)]
        for code, tmpl in chosen:
            vals = dict(pct=round(random.uniform(0.5, 14.0), 1), month=random.choice(months),
                        yrs=random.randint(3, 10), a=random.choice([5, 6, 7]), b=random.choice([8, 9, 10]),
                        amt=f"{random.randint(2, 90) * 1000:,}")
            facts["events"].append({"type": code, **{k: v for k, v in vals.items() if "{" + k + "}" in tmpl}})
            sent = tmpl.format(**vals)
            if code == "value_down":
                sent += " That's normal from time to time. Pensions are long-term, and your pot has years to recover."
            if code == "nominee":
                sent += " It's a one-page form and it makes sure the right people are looked after if you die."
            lines.append(sent)
        lines.append(f"Your pot is now worth EUR {pot:,}.")
        lines.append(random.choice(closers))
        rec = {"prompt": "Write the statement explainer for this member.\n" + json.dumps(facts, ensure_ascii=False),
               "completion": "\n\n".join(lines)}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("pairs", N)
