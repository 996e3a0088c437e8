"""Generate revision_log.csv and three sample guidance notes (standard library only)."""
import csv, random, datetime, os
random.seed(30)
reasons = ["Ministerial direction on rent arrears cap", "Clarification following LA query", "Correction of cross-reference",
           "Update to evidence requirements", "Uprating of income thresholds", "New paragraph on zero-hours income",
           "Withdrawal of interim easement", "Alignment with Universal Credit changes", "Audit recommendation",
           "Typographical correction", "Extension of temporary accommodation provision"]
d = datetime.date(2024, 1, 3)
rows = []
rev = {}
while d < datetime.date(2024, 11, 29):
    note = "HSG-%03d" % random.choice([14, 14, 47, 47, 102, 3, 9, 21, 33, 58, 61, 77, 88, 115, 130, 164, 171, 199, 205, 218])
    rev[note] = rev.get(note, 1) + 1
    rows.append([d.isoformat(), note, "v%d" % rev[note], random.choice(reasons), random.choice(["Policy Team A", "Policy Team B", "Legal"]),
                 random.choice(["minor", "substantive", "substantive"])])
    d += datetime.timedelta(days=random.randint(4, 10))
with open("revision_log.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["published_on", "note_id", "new_version", "summary_of_change", "owner", "change_type"])
    w.writerows(rows)
titles = {"HSG-014": "Rent arrears grants: eligibility", "HSG-047": "Evidence of income and savings",
          "HSG-102": "Temporary accommodation top-ups"}
body = {"HSG-014": ["A household is eligible where arrears exceed four weeks' rent and the tenancy is at risk.",
                    "Grants are capped at the amount set out in Annex B, as amended.",
                    "Authorities must record the reason for any award above the cap in the case file."],
        "HSG-047": ["Income from zero-hours contracts is averaged over the previous 13 weeks.",
                    "Savings below the lower capital limit are disregarded.",
                    "Bank statements older than one month are not acceptable evidence."],
        "HSG-102": ["Top-ups may be paid for up to 12 weeks while a settled home is sought.",
                    "The interim easement on 8-week limits is withdrawn from the date of this version.",
                    "Payments must be reviewed at week 6."]}
os.makedirs("guidance_notes", exist_ok=True)
for nid, title in titles.items():
    hist = [r for r in rows if r[1] == nid]
    with open(os.path.join("guidance_notes", nid + ".md"), "w") as f:
        f.write(f"# {nid} {title}\n\nCurrent version: {hist[-1][2] if hist else 'v1'}\n\n")
        for i, p in enumerate(body[nid], 1):
            f.write(f"{i}. {p}\n\n")
        f.write("## Revision history\n\n| Version | Published | Change |\n|---|---|---|\n| v1 | 2023-04-01 | First issue |\n")
        for r in hist:
            f.write(f"| {r[2]} | {r[0]} | {r[3]} |\n")
print(len(rows), "revisions")
