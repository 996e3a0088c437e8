"""Generate policies/: the policy library index with revision dates, plus four sample pages.
Standard library only. Deterministic (seed 27)."""
import os, random, datetime

random.seed(27)
os.makedirs("policies", exist_ok=True)
families = [("SG", "Safeguarding", 38), ("CR", "Competition rules", 41), ("DC", "Discipline", 22),
            ("WF", "Welfare & medical", 17), ("FAC", "Facilities & travel", 12), ("GOV", "Club governance", 10)]
titles = {
    "SG": ["Transporting children", "Photography and filming", "Changing rooms", "Social media contact", "DBS checks",
           "Reporting a concern", "Overnight stays", "Late collection", "Mixed-age training", "Online coaching"],
    "CR": ["Player registration", "Eligibility across age groups", "Postponements", "Pitch inspections", "Substitutions (youth)",
           "Small-sided formats", "Cup rules", "Weather and heat", "Fixture changes", "Kit clashes"],
    "DC": ["Sin bins (grassroots)", "Misconduct charges", "Appeals", "Touchline behaviour", "Fines"],
    "WF": ["Concussion (If in doubt, sit them out)", "Heat illness", "First aid kit contents", "Defibrillators", "Asthma"],
    "FAC": ["Minibus use", "Away travel", "Floodlights", "Toilets and accessibility"],
    "GOV": ["AGM procedure", "Committee roles", "Accounts", "Complaints"],
}
today = datetime.date(2024, 11, 29)
rows = []
for code, fam, n in families:
    for i in range(1, n + 1):
        t = titles[code][(i - 1) % len(titles[code])]
        if i > len(titles[code]):
            t += f" (part {((i - 1) // len(titles[code])) + 1})"
        # roughly a third of documents revised in the last 12 months
        if random.random() < 0.36:
            rev = today - datetime.timedelta(days=random.randint(0, 364))
        else:
            rev = today - datetime.timedelta(days=random.randint(365, 1800))
        rows.append((f"{code}-{i:02d}", fam, t, rev))
# sample pages below must agree with the index
fixed = {"SG-01": "2024-10-14", "WF-01": "2024-09-02", "CR-05": "2024-11-18", "CR-08": "2024-07-22"}
rows = [(ref, fam, t, datetime.date.fromisoformat(fixed[ref]) if ref in fixed else rev) for ref, fam, t, rev in rows]
rows.sort(key=lambda r: r[3], reverse=True)
with open("policies/00_index.md", "w") as f:
    f.write("# County FA policy library: index\n\nExported 29 Nov 2024. Current version of each document.\n\n")
    f.write("| Ref | Family | Title | Last revised |\n|---|---|---|---|\n")
    for ref, fam, t, rev in sorted(rows):
        f.write(f"| {ref} | {fam} | {t} | {rev.isoformat()} |\n")
    f.write(f"\n{len(rows)} documents.\n")
last12 = sum(1 for r in rows if (today - r[3]).days < 365)
print("docs", len(rows), "revised in last 12 months", last12)

pages = {
 "SG-01_transporting_children.md": ("SG-01", "Transporting children", "2024-10-14", "4.2",
  "1. Coaches and volunteers should not transport a child alone unless the parent has given written consent for that journey.\n"
  "2. Where a lift is unavoidable, the child sits in the back and another adult is told the route and expected arrival time.\n"
  "3. Drivers must hold valid insurance that covers club business use (changed 14 Oct 2024: previously 'social and domestic' was accepted).\n"),
 "WF-01_concussion.md": ("WF-01", "Concussion (If in doubt, sit them out)", "2024-09-02", "3.0",
  "1. Any player with a suspected concussion must be removed from play and must not return that day.\n"
  "2. Under-19s: minimum 23 days before returning to match play (updated 2 Sep 2024 in line with national guidance).\n"
  "3. The coach records the incident on the club welfare log within 24 hours.\n"),
 "CR-05_substitutions_youth.md": ("CR-05", "Substitutions (youth)", "2024-11-18", "6.1",
  "1. In mini-soccer and youth football up to U12, rolling substitutions are permitted at any stoppage with the referee's permission.\n"
  "2. From 18 Nov 2024, U13 to U16 fixtures in the Sunday league may use up to five named substitutes, on a rolling basis.\n"),
 "CR-08_weather_and_heat.md": ("CR-08", "Weather and heat", "2024-07-22", "2.3",
  "1. Drinks breaks are mandatory at the midpoint of each half when the forecast temperature at kick-off is 25 C or above.\n"
  "2. The home club may postpone a youth fixture on safety grounds with at least 2 hours' notice to the league secretary.\n"),
}
for fn, (ref, title, rev, ver, body) in pages.items():
    with open(os.path.join("policies", fn), "w") as f:
        f.write(f"# {ref} {title}\n\nVersion {ver}. Last revised {rev}. Supersedes all previous versions.\n\n{body}")
