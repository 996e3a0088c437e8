"""Generate example_letters.jsonl (the board's good examples) and request_log.csv (2024 responses sent)."""
import json, csv, random, datetime
random.seed(61)
issues = ["medication error at a care home", "rude conduct by a home health nurse", "suspected impairment on shift",
          "documentation falsified in a patient chart", "practising on an expired license", "boundary violation with a patient",
          "failure to respond to a call light", "HIPAA breach on social media", "abandonment of patients at shift change",
          "unsafe discharge teaching", "overbilling by a private duty nurse", "outside our jurisdiction: hospital parking fees",
          "outside our jurisdiction: physician conduct", "theft of controlled substances"]
with open("example_letters.jsonl", "w") as f:
    for i, iss in enumerate(issues):
        out = "outside" in iss
        body = ("Dear Complainant,\n\nThank you for contacting the State Board of Nursing about " + iss.split(": ")[-1] + ". "
                + ("This matter falls outside the Board's authority, which covers the practice of licensed nurses. We have included contact details for the agency that can help.\n\n"
                   if out else
                   "Your complaint is within the Board's jurisdiction. An investigator will review the information you provided, may contact you for more detail, and will request records from the employer. Most investigations take four to eight months.\n\n")
                + "You may withdraw or add to your complaint at any time by writing to us with your reference number.\n\nSincerely,\nEnforcement Unit")
        f.write(json.dumps({"complaint_summary": iss, "reference": f"CMP-24-{100 + i}", "letter": body}) + "\n")
start = datetime.date(2024, 1, 2)
rows = []
for m in range(1, 7):
    n = random.randint(26, 34)
    for k in range(n):
        d = datetime.date(2024, m, random.randint(1, 28))
        rows.append([d.isoformat(), f"CMP-24-{len(rows) + 200}", random.choice(issues).split(": ")[-1],
                     random.choice(["J. Ortiz", "L. Park", "S. Nwosu", "R. Haines"]), random.choice(["mailed", "emailed"])])
rows.sort()
with open("request_log.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["response_sent", "complaint_ref", "issue", "investigator", "channel"])
    w.writerows(rows)
print(len(issues), "examples;", len(rows), "responses in 6 months")
