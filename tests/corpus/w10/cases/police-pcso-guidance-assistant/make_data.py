# Generates guidance/: the neighbourhood policing guidance documents PCSOs work from,
# each with its revision history, plus guidance/index.csv.
import os, random, datetime, csv
random.seed(1207)
titles = [
 ("NPG-01", "Powers of a PCSO: designated powers and limits"),
 ("NPG-02", "Dispersal directions (s.34 ABC&PA 2014)"),
 ("NPG-03", "Community Protection Warnings and Notices"),
 ("NPG-04", "Seizure of alcohol from under-18s"),
 ("NPG-05", "Dealing with abandoned and nuisance vehicles"),
 ("NPG-06", "Fixed Penalty Notices: litter, dog fouling, cycling on footways"),
 ("NPG-07", "Missing persons: initial actions for neighbourhood teams"),
 ("NPG-08", "Public Space Protection Orders in force (district list)"),
 ("NPG-09", "Body-worn video: when to record"),
 ("NPG-10", "Safeguarding referrals from neighbourhood patrol"),
 ("NPG-11", "Detention pending arrival of a constable"),
 ("NPG-12", "Engagement events and ward priorities"),
]
changes = ["Updated PSPO list for Eastfield ward", "Clarified wording on power of detention",
 "New referral form reference", "Contact numbers changed after restructure",
 "Added section on e-scooters", "Corrected FPN amount", "Reflects revised ward priorities",
 "Amended following legal services advice", "Minor wording", "Aligned with new BWV retention period"]
os.makedirs("guidance", exist_ok=True)
idx = []
# Amendments are issued in the Standards Unit's Thursday bulletin; each week about half the documents change.
bulletins = [datetime.date(2024, 1, 4) + datetime.timedelta(weeks=k) for k in range(26)]
for code, title in titles:
    revs = []
    v = 1
    for d in bulletins:
        if d == bulletins[0] or random.random() < 0.5:
            revs.append((f"{v}.0", d.isoformat(), random.choice(changes)))
            v += 1
    with open(f"guidance/{code}.md", "w") as f:
        f.write(f"# {code} {title}\n\nOwner: Neighbourhood Policing Standards Unit\n"
                f"Current version: {revs[-1][0]} ({revs[-1][1]})\n\n## Guidance\n\n"
                f"[Body text of {title}. Paragraph-numbered, e.g. {code}.3.2.]\n\n## Revision history\n\n"
                "| Version | Date | Change |\n|---|---|---|\n")
        for r in revs:
            f.write(f"| {r[0]} | {r[1]} | {r[2]} |\n")
    idx.append({"doc": code, "title": title, "current_version": revs[-1][0],
                "last_revised": revs[-1][1], "revisions_2024": len(revs)})
with open("guidance/index.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(idx[0])); w.writeheader(); w.writerows(idx)
print(sum(r["revisions_2024"] for r in idx), "revisions across", len(idx), "documents in 26 weekly bulletins")
